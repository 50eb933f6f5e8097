#include "providers/common/JsonBodyWriter.h"

namespace paydesk {

QByteArray JsonBodyWriter::quoted(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (byte < 0x20) {
            switch (c) {
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            default:
                out.append("\\u00").append(QByteArray::number(byte, 16).rightJustified(2, '0'));
            }
        } else {
            out.append(c);
        }
    }
    out.append('"');
    return out;
}

void JsonBodyWriter::appendKey(QStringView key)
{
    if (!m_body.isEmpty())
        m_body.append(',');
    m_body.append(quoted(key.toString())).append(':');
}

JsonBodyWriter& JsonBodyWriter::string(QStringView key, const QString& value)
{
    appendKey(key);
    m_body.append(quoted(value));
    return *this;
}

JsonBodyWriter& JsonBodyWriter::optionalString(QStringView key, const QString& value)
{
    if (!value.isEmpty())
        string(key, value);
    return *this;
}

JsonBodyWriter& JsonBodyWriter::number(QStringView key, const Decimal& value)
{
    appendKey(key);
    m_body.append(value.toString().toLatin1());
    return *this;
}

JsonBodyWriter& JsonBodyWriter::integer(QStringView key, qint64 value)
{
    appendKey(key);
    m_body.append(QByteArray::number(value));
    return *this;
}

JsonBodyWriter& JsonBodyWriter::boolean(QStringView key, bool value)
{
    appendKey(key);
    m_body.append(value ? "true" : "false");
    return *this;
}

JsonBodyWriter& JsonBodyWriter::rawValue(QStringView key, const QByteArray& json)
{
    appendKey(key);
    m_body.append(json);
    return *this;
}

QByteArray JsonBodyWriter::toJson() const
{
    return '{' + m_body + '}';
}

} // namespace paydesk
