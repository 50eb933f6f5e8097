#include "providers/common/CompactJsonWriter.h"

namespace paydesk {

QByteArray CompactJsonWriter::quoted(QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
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
            if (c < 0x20) {
                out.append("\\u00");
                out.append(kHex[c >> 4]);
                out.append(kHex[c & 0xF]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
    return out;
}

void CompactJsonWriter::separator()
{
    if (m_hasMembers.isEmpty())
        return;
    if (m_hasMembers.last())
        m_bytes.append(',');
    m_hasMembers.last() = true;
}

void CompactJsonWriter::writeKey(QStringView key)
{
    separator();
    m_bytes.append(quoted(key));
    m_bytes.append(':');
}

CompactJsonWriter& CompactJsonWriter::beginObject()
{
    separator();
    m_bytes.append('{');
    m_hasMembers.append(false);
    return *this;
}

CompactJsonWriter& CompactJsonWriter::beginObject(QStringView key)
{
    writeKey(key);
    m_bytes.append('{');
    m_hasMembers.append(false);
    return *this;
}

CompactJsonWriter& CompactJsonWriter::endObject()
{
    if (!m_hasMembers.isEmpty())
        m_hasMembers.removeLast();
    m_bytes.append('}');
    return *this;
}

CompactJsonWriter& CompactJsonWriter::addString(QStringView key, QStringView value)
{
    writeKey(key);
    m_bytes.append(quoted(value));
    return *this;
}

CompactJsonWriter& CompactJsonWriter::beginArray(QStringView key)
{
    writeKey(key);
    m_bytes.append('[');
    m_hasMembers.append(false);
    return *this;
}

CompactJsonWriter& CompactJsonWriter::endArray()
{
    if (!m_hasMembers.isEmpty())
        m_hasMembers.removeLast();
    m_bytes.append(']');
    return *this;
}

CompactJsonWriter& CompactJsonWriter::addOptionalString(QStringView key, QStringView value)
{
    if (!value.isEmpty())
        addString(key, value);
    return *this;
}

CompactJsonWriter& CompactJsonWriter::addNumber(QStringView key, const Decimal& value)
{
    return addRaw(key, value.toString().toLatin1());
}

CompactJsonWriter& CompactJsonWriter::addInteger(QStringView key, qint64 value)
{
    return addRaw(key, QByteArray::number(value));
}

CompactJsonWriter& CompactJsonWriter::addBool(QStringView key, bool value)
{
    return addRaw(key, value ? QByteArrayView("true") : QByteArrayView("false"));
}

CompactJsonWriter& CompactJsonWriter::addRaw(QStringView key, QByteArrayView token)
{
    writeKey(key);
    m_bytes.append(token);
    return *this;
}

} // namespace paydesk
