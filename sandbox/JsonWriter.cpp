#include "sandbox/JsonWriter.h"

namespace paydesk::sandbox {

JsonWriter::JsonWriter(QByteArray* out)
    : m_out(out ? out : &m_own)
{
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_needsComma.isEmpty()) {
        if (m_needsComma.back())
            m_out->append(',');
        m_needsComma.back() = true;
    }
}

JsonWriter& JsonWriter::beginObject()
{
    beforeValue();
    m_out->append('{');
    m_needsComma.append(false);
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_needsComma.removeLast();
    m_out->append('}');
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    beforeValue();
    m_out->append('[');
    m_needsComma.append(false);
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_needsComma.removeLast();
    m_out->append(']');
    return *this;
}

JsonWriter& JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    m_out->append('"');
    escapeInto(QByteArrayView(name.data(), name.size()));
    m_out->append("\":", 2);
    m_afterKey = true;
    return *this;
}

void JsonWriter::escapeInto(QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_out->append("\\\"", 2);
            break;
        case '\\':
            m_out->append("\\\\", 2);
            break;
        case '\n':
            m_out->append("\\n", 2);
            break;
        case '\r':
            m_out->append("\\r", 2);
            break;
        case '\t':
            m_out->append("\\t", 2);
            break;
        case '\b':
            m_out->append("\\b", 2);
            break;
        case '\f':
            m_out->append("\\f", 2);
            break;
        case '/':
            if (m_escapeSlash)
                m_out->append("\\/", 2);
            else
                m_out->append('/');
            break;
        default:
            if (u < 0x20) {
                m_out->append("\\u00", 4);
                m_out->append(hex[u >> 4]);
                m_out->append(hex[u & 0xf]);
            } else {
                m_out->append(c);
            }
        }
    }
}

JsonWriter& JsonWriter::string(QStringView text)
{
    return stringUtf8(text.toUtf8());
}

JsonWriter& JsonWriter::string(QLatin1StringView text)
{
    bool ascii = true;
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (!ascii)
        return stringUtf8(QString(text).toUtf8());
    return stringUtf8(QByteArrayView(text.data(), text.size()));
}

JsonWriter& JsonWriter::stringUtf8(QByteArrayView utf8)
{
    beforeValue();
    m_out->append('"');
    escapeInto(utf8);
    m_out->append('"');
    return *this;
}

JsonWriter& JsonWriter::number(qint64 value)
{
    beforeValue();
    m_out->append(QByteArray::number(value));
    return *this;
}

JsonWriter& JsonWriter::rawNumber(QByteArrayView digits)
{
    beforeValue();
    m_out->append(digits);
    return *this;
}

JsonWriter& JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out->append(value ? QByteArrayView("true") : QByteArrayView("false"));
    return *this;
}

JsonWriter& JsonWriter::null()
{
    beforeValue();
    m_out->append("null", 4);
    return *this;
}

JsonWriter& JsonWriter::rawValue(QByteArrayView json)
{
    beforeValue();
    m_out->append(json);
    return *this;
}

JsonWriter& JsonWriter::optionalField(QLatin1StringView name, const QString& text)
{
    key(name);
    return text.isNull() ? null() : string(QStringView(text));
}

QByteArray JsonWriter::take()
{
    QByteArray out = std::move(m_own);
    m_own.clear();
    return out;
}

} // namespace paydesk::sandbox
