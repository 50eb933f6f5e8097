#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

namespace paydesk::sandbox {

class JsonWriter;

// Appends compact JSON text to a byte buffer, with the key order chosen by the caller, integers of any size
// written as raw digits (Crypto.com minor units can exceed 64 bits; a double would round them), and optional
// PHP-style escaping of '/' as "\/" (Cryptomus). Faster and exact where QJsonDocument is neither.
class JsonWriter final
{
public:
    explicit JsonWriter(QByteArray* out = nullptr);

    void setEscapeSlash(bool on) { m_escapeSlash = on; }

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(QLatin1StringView name);

    JsonWriter& string(QStringView text);
    JsonWriter& string(QLatin1StringView text);
    JsonWriter& stringUtf8(QByteArrayView utf8);
    JsonWriter& number(qint64 value);
    JsonWriter& rawNumber(QByteArrayView digits); // an already valid JSON number token, e.g. "100000000000000000000"
    JsonWriter& boolean(bool value);
    JsonWriter& null();
    JsonWriter& rawValue(QByteArrayView json); // a complete JSON value written verbatim

    // key + value in one call
    JsonWriter& field(QLatin1StringView name, QStringView text) { return key(name).string(text); }
    JsonWriter& field(QLatin1StringView name, QLatin1StringView text) { return key(name).string(text); }
    JsonWriter& field(QLatin1StringView name, const QString& text) { return key(name).string(QStringView(text)); }
    JsonWriter& field(QLatin1StringView name, qint64 value) { return key(name).number(value); }
    JsonWriter& field(QLatin1StringView name, int value) { return key(name).number(value); }
    JsonWriter& field(QLatin1StringView name, bool value) { return key(name).boolean(value); }
    JsonWriter& nullField(QLatin1StringView name) { return key(name).null(); }
    // A string, or null when the text is null (QString()).
    JsonWriter& optionalField(QLatin1StringView name, const QString& text);

    QByteArray& buffer() { return *m_out; }
    QByteArray take(); // only for the writer's own buffer

private:
    void beforeValue();
    void escapeInto(QByteArrayView utf8);

    QByteArray m_own;
    QByteArray* m_out;
    QVarLengthArray<bool, 16> m_needsComma; // per open container
    bool m_afterKey = false;
    bool m_escapeSlash = false;
};

} // namespace paydesk::sandbox
