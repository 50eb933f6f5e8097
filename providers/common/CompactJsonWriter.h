#pragma once

#include "core/Decimal.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace paydesk {

// Writes compact JSON (no whitespace) with members in the order they are added, which QJsonObject cannot (it sorts
// keys). Request bodies are signed over these exact bytes. Strings are UTF-8; '"', '\\' and control characters are
// escaped, '/' and non-ASCII are written as they are.
class CompactJsonWriter final
{
public:
    CompactJsonWriter& beginObject(); // top level, or an array element
    CompactJsonWriter& beginObject(QStringView key);
    CompactJsonWriter& endObject();
    CompactJsonWriter& beginArray(QStringView key); // items are added with beginObject()
    CompactJsonWriter& endArray();
    CompactJsonWriter& addString(QStringView key, QStringView value);
    // Only when value is not empty.
    CompactJsonWriter& addOptionalString(QStringView key, QStringView value);
    // A JSON number token with the decimal's exact digits ("100.50", "0.037"), never through double.
    CompactJsonWriter& addNumber(QStringView key, const Decimal& value);
    CompactJsonWriter& addInteger(QStringView key, qint64 value);
    CompactJsonWriter& addBool(QStringView key, bool value);
    // A raw JSON token for numbers and literals ("true", "42"); the caller guarantees it is valid JSON.
    CompactJsonWriter& addRaw(QStringView key, QByteArrayView token);

    QByteArray bytes() const { return m_bytes; }

    // A JSON string literal with quotes.
    static QByteArray quoted(QStringView text);

private:
    void separator();
    void writeKey(QStringView key);

    QByteArray m_bytes;
    QList<bool> m_hasMembers; // one entry per open object or array
};

} // namespace paydesk
