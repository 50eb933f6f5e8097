#pragma once

#include "core/Decimal.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace paydesk {

// A strict RFC 8259 JSON reader that remembers, for every value, the exact bytes it came from. Gateways send amounts
// as JSON numbers (Crypto.com minor units beyond 64 bits, v10.2 `rate` as 3.708847905797581e-05) that QJsonValue would
// turn into doubles; here a number keeps its token text, so toDecimal() is exact. Each object or array item also keeps
// its own verbatim bytes (rawBytes()), which is what the ledger stores as rawJson.
//
// Nodes share the source buffer (implicitly shared QByteArray), so copying a node is cheap.
class RawJsonNode final
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    // How member() compares names: exactly, or (when no name matches exactly) ignoring spaces around the gateway's
    // name, as in v10.2's "custom1 ".
    enum class KeyMatch { Exact, IgnoreSurroundingSpaces };

    static constexpr int kMaxDepth = 128;

    // The whole document (any JSON value at top level, surrounding whitespace allowed). std::nullopt for anything
    // that is not exactly one valid JSON value (truncated, trailing garbage, bad escapes, invalid UTF-8, nesting
    // deeper than kMaxDepth); *error (if given) then says what and where, in plain words.
    static std::optional<RawJsonNode> parse(const QByteArray& json, QString* error = nullptr);

    RawJsonNode() = default; // a Null node with no source

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isBool() const { return m_type == Type::Bool; }

    // The verbatim bytes of this value in the source document.
    QByteArray rawBytes() const;
    // String: the decoded text. Other types: empty.
    QString string() const { return m_string; }
    // Number: the token text exactly as sent ("1e+21", "-0.5"). Other types: empty.
    QByteArray numberText() const { return m_type == Type::Number ? rawBytes() : QByteArray(); }
    bool boolean() const { return m_bool; }

    // Object: the member named key (the first one if repeated), or nullptr. Other types: nullptr.
    const RawJsonNode* member(QStringView key, KeyMatch match = KeyMatch::Exact) const;
    // Object member names in document order.
    const QStringList& keys() const { return m_keys; }
    // Array items, or object member values (same order as keys()).
    const QList<RawJsonNode>& children() const { return m_children; }

    // A number token, or a string holding a plain decimal or a JSON number ("0.5", "1e-5"), as an exact Decimal.
    // Exponent notation is expanded exactly; std::nullopt when the value needs more than Decimal's 38 digits or
    // scale, or is not numeric.
    std::optional<Decimal> toDecimal() const;
    // A string's text, or a number's token text (ids that some gateways send as numbers). std::nullopt otherwise.
    std::optional<QString> toText() const;
    // A UTC time from Unix seconds (a number or a string of digits, fractions kept as milliseconds) or an ISO 8601
    // string with "Z" or an offset ("+03:00"); a zone-less ISO string is taken as UTC. std::nullopt otherwise.
    std::optional<QDateTime> toUtcDateTime() const;

    // Exact decimal from JSON number text or plain decimal text ("3.708847905797581e-05" → 0.00003708847905797581).
    static std::optional<Decimal> decimalFromNumberText(QByteArrayView text);

private:
    friend class RawJsonParser;

    QByteArray m_source;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    Type m_type = Type::Null;
    bool m_bool = false;
    QString m_string;
    QStringList m_keys;
    QList<RawJsonNode> m_children;
};

} // namespace paydesk
