#pragma once

#include "core/Decimal.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace paydesk {

// Writes a compact JSON object with the fields in the order they are added: the exact bytes that are sent and signed.
// Strings are escaped minimally ('"', '\\', control characters; '/' and non-ASCII stay as they are, UTF-8), amounts
// are written from Decimal text (never through double).
class JsonBodyWriter final
{
public:
    JsonBodyWriter& string(QStringView key, const QString& value);
    // Only when value is not empty.
    JsonBodyWriter& optionalString(QStringView key, const QString& value);
    // A JSON number token with the decimal's exact digits ("100", "0.037").
    JsonBodyWriter& number(QStringView key, const Decimal& value);
    JsonBodyWriter& integer(QStringView key, qint64 value);
    JsonBodyWriter& boolean(QStringView key, bool value);
    // Already-encoded JSON (an array or object built by another writer).
    JsonBodyWriter& rawValue(QStringView key, const QByteArray& json);

    bool isEmpty() const { return m_body.isEmpty(); }
    // "{…}"; "{}" when nothing was added.
    QByteArray toJson() const;

    static QByteArray quoted(const QString& value);

private:
    void appendKey(QStringView key);

    QByteArray m_body;
};

} // namespace paydesk
