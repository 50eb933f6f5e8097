#include "core/export/JsonRowWriter.h"

#include <QIODevice>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

constexpr qsizetype kFlushThreshold = 64 * 1024;

void appendQuoted(QString& out, QStringView text)
{
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    out.append(u'"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out.append(u"\\\"");
            break;
        case u'\\':
            out.append(u"\\\\");
            break;
        case u'\n':
            out.append(u"\\n");
            break;
        case u'\r':
            out.append(u"\\r");
            break;
        case u'\t':
            out.append(u"\\t");
            break;
        case u'\b':
            out.append(u"\\b");
            break;
        case u'\f':
            out.append(u"\\f");
            break;
        default:
            if (u < 0x20) {
                out.append(u"\\u00");
                out.append(QChar(kHex[u >> 4]));
                out.append(QChar(kHex[u & 0xF]));
            } else {
                out.append(c);
            }
        }
    }
    out.append(u'"');
}

} // namespace

JsonRowWriter::JsonRowWriter(QIODevice* device, const QStringList& keys)
    : m_device(device)
{
    m_keyPrefixes.reserve(keys.size());
    for (const QString& key : keys)
        m_keyPrefixes.append(quoted(key) + u':');
    m_line.reserve(1024);
    m_buffer.reserve(kFlushThreshold + 4096);
    m_buffer.append("[");
}

QString JsonRowWriter::quoted(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    appendQuoted(out, text);
    return out;
}

bool JsonRowWriter::writeRow(const ExportRow& row)
{
    Q_ASSERT(row.size() == m_keyPrefixes.size());
    if (m_failed)
        return false;
    m_line.append(m_rows == 0 ? u"\n{"_s : u",\n{"_s);
    const qsizetype columns = std::min(row.size(), m_keyPrefixes.size());
    for (qsizetype i = 0; i < columns; ++i) {
        if (i > 0)
            m_line.append(u',');
        m_line.append(m_keyPrefixes.at(i));
        const ExportValue& value = row.at(i);
        switch (value.type) {
        case ExportValue::Type::Empty:
            m_line.append(u"null");
            break;
        case ExportValue::Type::Text:
            appendQuoted(m_line, value.text);
            break;
        case ExportValue::Type::Number:
            m_line.append(u'"');
            m_line.append(value.number.toString());
            m_line.append(u'"');
            break;
        case ExportValue::Type::Boolean:
            m_line.append(value.flag ? u"true" : u"false");
            break;
        }
    }
    m_line.append(u'}');
    m_buffer.append(m_line.toUtf8());
    m_line.truncate(0);
    ++m_rows;
    if (m_buffer.size() >= kFlushThreshold)
        return flushBuffer();
    return true;
}

bool JsonRowWriter::finish()
{
    if (m_failed)
        return false;
    m_buffer.append(m_rows == 0 ? "]\n" : "\n]\n");
    return flushBuffer();
}

bool JsonRowWriter::flushBuffer()
{
    if (m_failed)
        return false;
    if (m_buffer.isEmpty())
        return true;
    const qint64 written = m_device && m_device->isWritable() ? m_device->write(m_buffer) : -1;
    if (written != m_buffer.size()) {
        m_failed = true;
        m_errorString = m_device ? m_device->errorString() : QString();
    }
    m_buffer.resize(0);
    return !m_failed;
}

} // namespace paydesk
