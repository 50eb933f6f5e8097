#pragma once

#include "core/Decimal.h"
#include "core/ProviderError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace paydesk {

// Reads the fields of one JSON object from a gateway reply the way the mappers need it: strings through QJsonObject,
// amounts and Unix times from the exact number token text (RawJson), keys matched exactly or, failing that, with the
// gateway's stray spaces trimmed ("custom1 "). The first problem (missing required field, malformed amount or time)
// is remembered as a ProviderError::Parse in plain words; later reads still return harmless values, so a mapper can
// read everything and check ok() once. The reader keeps views into `objectJson`: keep those bytes alive while it is
// used.
class JsonFieldReader final
{
public:
    // `what` names the object in messages ("payment", "withdrawal").
    JsonFieldReader(QByteArrayView objectJson, QString what);

    bool ok() const { return !m_error.has_value(); }
    ProviderError error() const;
    const QJsonObject& object() const { return m_object; }

    // Present and not null.
    bool has(QStringView key) const;
    // Text of a string member; a number member gives its token text; absent, null or other types give "".
    QString string(QStringView key) const;
    // Like string(), but absent / null / empty records an error.
    QString requiredString(QStringView key);
    // The first of the keys that is present and not empty ("status" or "status_type").
    QString firstString(std::initializer_list<QStringView> keys) const;
    QString requiredFirstString(std::initializer_list<QStringView> keys);

    // Exact amount from a string or number member; std::nullopt when absent or null; a malformed value records an
    // error (never a silent zero).
    std::optional<Decimal> decimal(QStringView key);
    Decimal requiredDecimal(QStringView key);
    // ISO 8601 / Unix-seconds times in UTC; invalid when absent, null or empty; malformed records an error.
    QDateTime isoTime(QStringView key);
    QDateTime unixTime(QStringView key);
    bool boolean(QStringView key, bool fallback) const;
    // A non-negative integer member (number or numeric string); fallback when absent; malformed records an error.
    int integer(QStringView key, int fallback);
    // The member's exact bytes (empty when absent).
    QByteArrayView raw(QStringView key) const;

    // Records a problem found by the caller (the first one wins).
    void fail(const QString& message);

private:
    QJsonValue value(QStringView key) const;
    QString resolvedKey(QStringView key) const;

    QString m_what;
    QJsonObject m_object;
    QHash<QString, QByteArrayView> m_raw; // trimmed key → value bytes (first occurrence)
    std::optional<QString> m_error;
};

} // namespace paydesk
