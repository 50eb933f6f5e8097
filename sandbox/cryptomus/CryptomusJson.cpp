#include "sandbox/cryptomus/CryptomusJson.h"

#include "sandbox/SandboxCrypto.h"

namespace paydesk::sandbox {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void appendUnicodeEscape(QByteArray& out, char16_t unit)
{
    out.append("\\u", 2);
    out.append(kHex[(unit >> 12) & 0xf]);
    out.append(kHex[(unit >> 8) & 0xf]);
    out.append(kHex[(unit >> 4) & 0xf]);
    out.append(kHex[unit & 0xf]);
}

} // namespace

CryptomusJson::CryptomusJson(Unicode unicode)
    : m_unicode(unicode)
{
}

void CryptomusJson::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_needsComma.isEmpty()) {
        if (m_needsComma.back())
            m_out.append(',');
        m_needsComma.back() = true;
    }
}

CryptomusJson& CryptomusJson::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_needsComma.append(false);
    return *this;
}

CryptomusJson& CryptomusJson::endObject()
{
    m_needsComma.removeLast();
    m_out.append('}');
    return *this;
}

CryptomusJson& CryptomusJson::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_needsComma.append(false);
    return *this;
}

CryptomusJson& CryptomusJson::endArray()
{
    m_needsComma.removeLast();
    m_out.append(']');
    return *this;
}

CryptomusJson& CryptomusJson::key(QLatin1StringView name)
{
    beforeValue();
    appendString(m_out, QString(name), m_unicode);
    m_out.append(':');
    m_afterKey = true;
    return *this;
}

void CryptomusJson::appendString(QByteArray& out, QStringView text, Unicode unicode)
{
    out.append('"');
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case u'"':
            out.append("\\\"", 2);
            continue;
        case u'\\':
            out.append("\\\\", 2);
            continue;
        case u'/':
            out.append("\\/", 2);
            continue;
        case u'\b':
            out.append("\\b", 2);
            continue;
        case u'\f':
            out.append("\\f", 2);
            continue;
        case u'\n':
            out.append("\\n", 2);
            continue;
        case u'\r':
            out.append("\\r", 2);
            continue;
        case u'\t':
            out.append("\\t", 2);
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            appendUnicodeEscape(out, c);
        } else if (c < 0x80) {
            out.append(static_cast<char>(c));
        } else if (unicode == Unicode::Escaped) {
            appendUnicodeEscape(out, c); // surrogate halves one by one, as PHP does
        } else if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out.append(text.mid(i, 2).toUtf8());
            ++i;
        } else {
            out.append(text.mid(i, 1).toUtf8());
        }
    }
    out.append('"');
}

CryptomusJson& CryptomusJson::string(QStringView text)
{
    beforeValue();
    appendString(m_out, text, m_unicode);
    return *this;
}

CryptomusJson& CryptomusJson::string(QLatin1StringView text)
{
    return string(QStringView(QString(text)));
}

CryptomusJson& CryptomusJson::null()
{
    beforeValue();
    m_out.append("null", 4);
    return *this;
}

CryptomusJson& CryptomusJson::boolean(bool value)
{
    beforeValue();
    if (value)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
    return *this;
}

CryptomusJson& CryptomusJson::number(qint64 value)
{
    beforeValue();
    m_out.append(QByteArray::number(value));
    return *this;
}

CryptomusJson& CryptomusJson::rawNumber(QByteArrayView token)
{
    beforeValue();
    m_out.append(token);
    return *this;
}

CryptomusJson& CryptomusJson::rawValue(QByteArrayView json)
{
    beforeValue();
    m_out.append(json);
    return *this;
}

CryptomusJson& CryptomusJson::optionalField(QLatin1StringView name, const QString& text)
{
    key(name);
    return text.isNull() ? null() : string(QStringView(text));
}

QByteArray CryptomusJson::take()
{
    QByteArray out = std::move(m_out);
    m_out.clear();
    m_needsComma.clear();
    m_afterKey = false;
    return out;
}

QByteArray CryptomusJson::sign(QByteArrayView bytes, QByteArrayView key)
{
    return crypto::md5Hex(QByteArray(bytes.toByteArray().toBase64() + key.toByteArray()));
}

} // namespace paydesk::sandbox
