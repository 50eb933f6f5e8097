#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

namespace paydesk::sandbox {

// Compact JSON exactly as PHP's json_encode() writes it, which is what Cryptomus (a PHP service) sends:
// no whitespace, keys in the order written, '/' escaped as "\/", control characters as \b \f \n \r \t or \u00xx,
// U+2028 / U+2029 always escaped. Unicode::Escaped is PHP's default (API replies: every non-ASCII character as
// \uXXXX, surrogate pairs above the BMP); Unicode::Raw is JSON_UNESCAPED_UNICODE (webhook bodies: raw UTF-8).
// Written for the sandbox, independent of providers/ (which has its own encoder for verification).
class CryptomusJson final
{
public:
    enum class Unicode { Escaped, Raw };

    explicit CryptomusJson(Unicode unicode = Unicode::Escaped);

    CryptomusJson& beginObject();
    CryptomusJson& endObject();
    CryptomusJson& beginArray();
    CryptomusJson& endArray();
    CryptomusJson& key(QLatin1StringView name);

    CryptomusJson& string(QStringView text);
    CryptomusJson& string(QLatin1StringView text);
    CryptomusJson& null();
    CryptomusJson& boolean(bool value);
    CryptomusJson& number(qint64 value);
    CryptomusJson& rawNumber(QByteArrayView token); // an already valid JSON number, e.g. "1250.75"
    CryptomusJson& rawValue(QByteArrayView json); // a complete JSON value written verbatim

    CryptomusJson& field(QLatin1StringView name, const QString& text) { return key(name).string(QStringView(text)); }
    CryptomusJson& field(QLatin1StringView name, QLatin1StringView text) { return key(name).string(text); }
    CryptomusJson& field(QLatin1StringView name, qint64 value) { return key(name).number(value); }
    CryptomusJson& field(QLatin1StringView name, int value) { return key(name).number(value); }
    CryptomusJson& field(QLatin1StringView name, bool value) { return key(name).boolean(value); }
    CryptomusJson& nullField(QLatin1StringView name) { return key(name).null(); }
    // The string, or null when text.isNull().
    CryptomusJson& optionalField(QLatin1StringView name, const QString& text);

    QByteArray& buffer() { return m_out; }
    QByteArray take();

    // Appends text as a JSON string literal (with quotes) under the given rules.
    static void appendString(QByteArray& out, QStringView text, Unicode unicode);
    // md5_hex(base64(bytes) + key): the signature of a request body and of a webhook (over the body without "sign").
    static QByteArray sign(QByteArrayView bytes, QByteArrayView key);

private:
    void beforeValue();

    QByteArray m_out;
    QVarLengthArray<bool, 8> m_needsComma;
    Unicode m_unicode;
    bool m_afterKey = false;
};

} // namespace paydesk::sandbox
