#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace paydesk {

class Decimal;

// Byte-exact access to JSON text, for what QJsonDocument loses: the original text of a number token (QJsonValue only
// gives a double, so "3.708847905797581e-05" or a 25-digit integer would lose digits) and each list item's own bytes
// (kept verbatim as rawJson). It only splits well-formed JSON into members and elements; callers validate the document
// with QJsonDocument first and read strings, booleans and nesting from it.
class RawJson final
{
public:
    struct Member
    {
        QString key; // decoded
        QByteArrayView value; // the value's exact bytes (no surrounding whitespace)
    };

    // The members of a JSON object, in document order; std::nullopt if `json` is not an object.
    static std::optional<QList<Member>> members(QByteArrayView json);
    // The elements of a JSON array, each as its exact bytes; std::nullopt if `json` is not an array.
    static std::optional<QList<QByteArrayView>> elements(QByteArrayView json);
    // The raw bytes of the first member called `key` (surrounding spaces in the gateway's key ignored, as in v10.2's
    // "custom1 "), or std::nullopt when the object has no such member.
    static std::optional<QByteArrayView> member(QByteArrayView object, QStringView key);

    // Exact decimal from a JSON number token or from a JSON string holding a number. Exponent forms ("1e-08",
    // "3.708847905797581e-05", "2.4E3") are converted to plain digits first, since Decimal::fromString rejects them.
    // std::nullopt for anything else (null, words, more digits than Decimal holds).
    static std::optional<Decimal> decimal(QByteArrayView token);
    // Plain decimal text of a number written with an exponent ("3.7e-05" → "0.000037"); text without an exponent is
    // returned unchanged. std::nullopt when it is not a number.
    static std::optional<QString> plainNumberText(QByteArrayView number);

    // UTC time from ISO 8601 text with "Z", an offset ("+03:00") or none (taken as UTC), with or without fractional
    // seconds, 'T' or ' ' between date and time. Invalid QDateTime when it is none of those.
    static QDateTime utcFromIso(const QString& text);
    // UTC time from Unix seconds given as a JSON number token or a numeric string; invalid when it is neither.
    static QDateTime utcFromUnix(QByteArrayView token);
};

} // namespace paydesk
