#pragma once

#include "core/Decimal.h"
#include "core/ProviderError.h"
#include "core/Result.h"
#include "providers/common/RawJsonNode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <optional>

namespace paydesk {

// Reads the members of one JSON object for a mapper and remembers the first problem, so a mapper can read every
// field and check ok() once. A missing required field, or a field of the wrong shape, becomes a ProviderError::Parse
// naming the object and the member in plain words; nothing becomes a silent zero. Unknown members are ignored.
// With KeyMatch::IgnoreSurroundingSpaces a name the gateway sends with stray spaces ("custom1 ") is found under
// "custom1" when no member has the exact name.
class JsonFieldReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    // `what` names the object in messages, e.g. tr("payment").
    JsonFieldReader(
        const RawJsonNode& object, QString what, RawJsonNode::KeyMatch keyMatch = RawJsonNode::KeyMatch::Exact);

    // The whole reply as JSON, or a Parse error ("not valid JSON: …"; an empty body says so).
    static Result<RawJsonNode> parseReply(const QByteArray& body);
    static ProviderError parseError(const QString& message, const QString& field = {});

    bool ok() const { return !m_failed; }
    const ProviderError& error() const { return m_error; }
    // Records a mapper's own problem (the first one wins).
    void fail(const QString& message, const QString& field = {});

    // The member, or nullptr when absent or JSON null.
    const RawJsonNode* node(QStringView key) const;
    bool has(QStringView key) const { return node(key) != nullptr; }

    // A string, or a number's token text. Required: absent, null or "" is a problem.
    QString requiredText(QStringView key);
    // Absent or null gives "". An object, array or boolean is a problem.
    QString optionalText(QStringView key);
    // The text of the first of `keys` that is present and not "" (field drift: "status" or "status_type"). Required:
    // none of them is a problem named after the first key.
    QString firstText(std::initializer_list<QStringView> keys);
    QString requiredFirstText(std::initializer_list<QStringView> keys);
    // Decimal from a string or a number token (exponent forms expanded exactly).
    std::optional<Decimal> requiredDecimal(QStringView key);
    std::optional<Decimal> optionalDecimal(QStringView key);
    // Whole minor units (a number token or a string of digits, beyond 64 bits allowed) scaled by 10^-exponent.
    std::optional<Decimal> requiredMinorUnits(QStringView key, int exponent);
    std::optional<Decimal> optionalMinorUnits(QStringView key, int exponent);
    // Unix seconds or ISO 8601 (see RawJsonNode::toUtcDateTime); absent or null gives an invalid QDateTime.
    QDateTime optionalTime(QStringView key);
    QDateTime requiredTime(QStringView key);
    // true/false; absent or null gives `fallback`.
    bool optionalBool(QStringView key, bool fallback = false);
    // A whole number in int range, as a number token or a string of digits.
    std::optional<int> optionalInt(QStringView key);

private:
    std::optional<Decimal> minorUnits(const RawJsonNode& value, QStringView key, int exponent);
    void missing(QStringView key);
    void wrongShape(QStringView key, const QString& expected);

    const RawJsonNode& m_object;
    QString m_what;
    RawJsonNode::KeyMatch m_keyMatch;
    ProviderError m_error;
    bool m_failed = false;
};

} // namespace paydesk
