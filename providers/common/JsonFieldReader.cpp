#include "providers/common/JsonFieldReader.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

JsonFieldReader::JsonFieldReader(const RawJsonNode& object, QString what, RawJsonNode::KeyMatch keyMatch)
    : m_object(object)
    , m_what(std::move(what))
    , m_keyMatch(keyMatch)
{
    if (!m_object.isObject())
        fail(tr("The %1 in the gateway's reply is not a JSON object.").arg(m_what));
}

Result<RawJsonNode> JsonFieldReader::parseReply(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return parseError(tr("The gateway's reply is empty."));
    QString why;
    std::optional<RawJsonNode> root = RawJsonNode::parse(body, &why);
    if (!root)
        return parseError(tr("The gateway's reply is not valid JSON (%1).").arg(why));
    return *std::move(root);
}

ProviderError JsonFieldReader::parseError(const QString& message, const QString& field)
{
    ProviderError error;
    error.kind = ProviderError::Kind::Parse;
    error.message = message;
    error.field = field;
    return error;
}

void JsonFieldReader::fail(const QString& message, const QString& field)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = parseError(message, field);
}

const RawJsonNode* JsonFieldReader::node(QStringView key) const
{
    const RawJsonNode* value = m_object.member(key, m_keyMatch);
    return value && !value->isNull() ? value : nullptr;
}

void JsonFieldReader::missing(QStringView key)
{
    fail(tr("The %1 in the gateway's reply has no \"%2\".").arg(m_what, key.toString()), key.toString());
}

void JsonFieldReader::wrongShape(QStringView key, const QString& expected)
{
    fail(tr("In the %1 in the gateway's reply, \"%2\" is not %3.").arg(m_what, key.toString(), expected),
        key.toString());
}

QString JsonFieldReader::requiredText(QStringView key)
{
    const QString text = optionalText(key);
    if (text.isEmpty() && ok())
        missing(key);
    return text;
}

QString JsonFieldReader::optionalText(QStringView key)
{
    const RawJsonNode* value = node(key);
    if (!value)
        return {};
    if (std::optional<QString> text = value->toText())
        return *text;
    wrongShape(key, tr("text"));
    return {};
}

QString JsonFieldReader::firstText(std::initializer_list<QStringView> keys)
{
    for (const QStringView key : keys) {
        QString text = optionalText(key);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QString JsonFieldReader::requiredFirstText(std::initializer_list<QStringView> keys)
{
    QString text = firstText(keys);
    if (text.isEmpty() && ok() && keys.size() > 0)
        missing(*keys.begin());
    return text;
}

std::optional<Decimal> JsonFieldReader::requiredDecimal(QStringView key)
{
    if (!node(key)) {
        missing(key);
        return std::nullopt;
    }
    return optionalDecimal(key);
}

std::optional<Decimal> JsonFieldReader::optionalDecimal(QStringView key)
{
    const RawJsonNode* value = node(key);
    if (!value)
        return std::nullopt;
    if (std::optional<Decimal> amount = value->toDecimal())
        return amount;
    wrongShape(key, tr("an exact decimal amount"));
    return std::nullopt;
}

std::optional<Decimal> JsonFieldReader::minorUnits(const RawJsonNode& value, QStringView key, int exponent)
{
    // The integer may be written in exponent form ("1e+21") by some JSON encoders: expand it exactly first.
    QString units;
    if (value.isNumber() || value.isString()) {
        const QByteArray text = value.isNumber() ? value.numberText() : value.string().trimmed().toLatin1();
        bool plainInteger = !text.isEmpty();
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (!((c >= '0' && c <= '9') || (i == 0 && c == '-')))
                plainInteger = false;
        }
        if (plainInteger) {
            units = QString::fromLatin1(text);
        } else if (std::optional<Decimal> whole = RawJsonNode::decimalFromNumberText(text)) {
            const Decimal normalized = whole->normalized();
            if (normalized.scale() == 0)
                units = normalized.toString();
        }
    }
    if (!units.isEmpty()) {
        if (std::optional<Decimal> amount = Decimal::fromMinorUnits(units, exponent))
            return amount;
    }
    wrongShape(key, tr("a whole number of minor units"));
    return std::nullopt;
}

std::optional<Decimal> JsonFieldReader::requiredMinorUnits(QStringView key, int exponent)
{
    const RawJsonNode* value = node(key);
    if (!value) {
        missing(key);
        return std::nullopt;
    }
    return minorUnits(*value, key, exponent);
}

std::optional<Decimal> JsonFieldReader::optionalMinorUnits(QStringView key, int exponent)
{
    const RawJsonNode* value = node(key);
    if (!value)
        return std::nullopt;
    return minorUnits(*value, key, exponent);
}

QDateTime JsonFieldReader::optionalTime(QStringView key)
{
    const RawJsonNode* value = node(key);
    if (!value)
        return {};
    if (std::optional<QDateTime> time = value->toUtcDateTime())
        return *time;
    wrongShape(key, tr("a time"));
    return {};
}

QDateTime JsonFieldReader::requiredTime(QStringView key)
{
    if (!node(key)) {
        missing(key);
        return {};
    }
    return optionalTime(key);
}

bool JsonFieldReader::optionalBool(QStringView key, bool fallback)
{
    const RawJsonNode* value = node(key);
    if (!value)
        return fallback;
    if (value->isBool())
        return value->boolean();
    wrongShape(key, tr("true or false"));
    return fallback;
}

std::optional<int> JsonFieldReader::optionalInt(QStringView key)
{
    const RawJsonNode* value = node(key);
    if (!value)
        return std::nullopt;
    if (std::optional<Decimal> number = value->toDecimal()) {
        const Decimal normalized = number->normalized();
        bool converted = false;
        const int result = normalized.toString().toInt(&converted);
        if (normalized.scale() == 0 && converted)
            return result;
    }
    wrongShape(key, tr("a whole number"));
    return std::nullopt;
}

} // namespace paydesk
