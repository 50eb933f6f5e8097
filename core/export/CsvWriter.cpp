#include "core/export/CsvWriter.h"

#include <QIODevice>

namespace paydesk {

namespace {

constexpr qsizetype kFlushThreshold = 64 * 1024;

bool needsQuoting(QStringView text, QChar separator)
{
    for (const QChar c : text) {
        if (c == separator || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

// Neutralises a text that could start a formula, then quotes it when it holds the separator, a quote, CR or LF.
void appendTextField(QString& out, QStringView text, QChar separator)
{
    const bool neutralise = CsvWriter::needsNeutralising(text);
    if (!needsQuoting(text, separator)) {
        if (neutralise)
            out.append(u'\'');
        out.append(text);
        return;
    }
    out.append(u'"');
    if (neutralise)
        out.append(u'\'');
    for (const QChar c : text) {
        if (c == u'"')
            out.append(u'"');
        out.append(c);
    }
    out.append(u'"');
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device, CsvDialect dialect)
    : m_device(device)
    , m_dialect(dialect)
{
    m_row.reserve(512);
    m_buffer.reserve(kFlushThreshold + 4096);
    if (m_dialect.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF", 3);
}

bool CsvWriter::needsNeutralising(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

QString CsvWriter::textField(QStringView text, CsvDialect dialect)
{
    QString field;
    appendTextField(field, text, QLatin1Char(dialect.separatorChar()));
    return field;
}

void CsvWriter::beginField()
{
    if (m_rowHasField)
        m_row.append(QLatin1Char(m_dialect.separatorChar()));
    m_rowHasField = true;
}

void CsvWriter::addText(QStringView text)
{
    beginField();
    appendTextField(m_row, text, QLatin1Char(m_dialect.separatorChar()));
}

void CsvWriter::addNumber(const Decimal& number)
{
    beginField();
    m_row.append(number.toString()); // digits, '-' and '.': never quoted, never neutralised
}

void CsvWriter::addEmpty()
{
    beginField();
}

bool CsvWriter::endRow()
{
    m_rowHasField = false;
    if (m_failed) {
        m_row.truncate(0);
        return false;
    }
    m_row.append(u"\r\n");
    m_buffer.append(m_row.toUtf8());
    m_row.truncate(0); // keeps the capacity
    ++m_rows;
    if (m_buffer.size() >= kFlushThreshold)
        return flushBuffer();
    return true;
}

bool CsvWriter::writeTextRow(const QStringList& texts)
{
    for (const QString& text : texts)
        addText(text);
    return endRow();
}

bool CsvWriter::finish()
{
    return flushBuffer();
}

bool CsvWriter::flushBuffer()
{
    if (m_failed)
        return false;
    if (m_buffer.isEmpty())
        return true;
    if (!m_device || !m_device->isWritable()) {
        m_failed = true;
        m_errorString = m_device ? m_device->errorString() : QString();
        m_buffer.resize(0);
        return false;
    }
    const qint64 written = m_device->write(m_buffer);
    if (written != m_buffer.size()) {
        m_failed = true;
        m_errorString = m_device->errorString();
    }
    m_buffer.resize(0); // keeps the capacity
    return !m_failed;
}

} // namespace paydesk
