#include "providers/common/JsonFieldReader.h"

#include "providers/common/RawJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace paydesk {

JsonFieldReader::JsonFieldReader(QByteArrayView objectJson, QString what)
    : m_what(std::move(what))
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(objectJson.toByteArray(), &parseError);
    const auto members = RawJson::members(objectJson);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !members) {
        fail(QCoreApplication::translate("ProviderJson", "The %1 is not a JSON object.").arg(m_what));
        return;
    }
    m_object = document.object();
    for (const RawJson::Member& member : *members) {
        const QString key = member.key.trimmed();
        if (!m_raw.contains(key))
            m_raw.insert(key, member.value);
    }
}

ProviderError JsonFieldReader::error() const
{
    ProviderError error;
    error.kind = ProviderError::Kind::Parse;
    error.message = m_error.value_or(QString());
    return error;
}

void JsonFieldReader::fail(const QString& message)
{
    if (!m_error)
        m_error = message;
}

QString JsonFieldReader::resolvedKey(QStringView key) const
{
    if (m_object.contains(key))
        return key.toString();
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (QStringView(it.key()).trimmed() == key)
            return it.key();
    }
    return {};
}

QJsonValue JsonFieldReader::value(QStringView key) const
{
    const QString resolved = resolvedKey(key);
    return resolved.isEmpty() ? QJsonValue(QJsonValue::Undefined) : m_object.value(resolved);
}

bool JsonFieldReader::has(QStringView key) const
{
    const QJsonValue v = value(key);
    return !v.isUndefined() && !v.isNull();
}

QByteArrayView JsonFieldReader::raw(QStringView key) const
{
    return m_raw.value(key.toString());
}

QString JsonFieldReader::string(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::fromLatin1(raw(key).toByteArray());
    return {};
}

QString JsonFieldReader::requiredString(QStringView key)
{
    const QString text = string(key);
    if (text.isEmpty()) {
        fail(QCoreApplication::translate("ProviderJson", "The %1 has no \"%2\" field.").arg(m_what, key.toString()));
    }
    return text;
}

QString JsonFieldReader::firstString(std::initializer_list<QStringView> keys) const
{
    for (QStringView key : keys) {
        const QString text = string(key);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QString JsonFieldReader::requiredFirstString(std::initializer_list<QStringView> keys)
{
    const QString text = firstString(keys);
    if (text.isEmpty() && keys.size() > 0) {
        fail(QCoreApplication::translate("ProviderJson", "The %1 has no \"%2\" field.")
                 .arg(m_what, keys.begin()->toString()));
    }
    return text;
}

std::optional<Decimal> JsonFieldReader::decimal(QStringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isString() && v.toString().trimmed().isEmpty())
        return std::nullopt;
    std::optional<Decimal> amount;
    if (v.isString() || v.isDouble())
        amount = RawJson::decimal(raw(key));
    if (!amount) {
        fail(QCoreApplication::translate("ProviderJson", "The %1's \"%2\" is not an exact amount: %3")
                 .arg(m_what, key.toString(), QString::fromUtf8(raw(key).first(qMin<qsizetype>(raw(key).size(), 60)))));
    }
    return amount;
}

Decimal JsonFieldReader::requiredDecimal(QStringView key)
{
    if (!has(key)) {
        fail(QCoreApplication::translate("ProviderJson", "The %1 has no \"%2\" field.").arg(m_what, key.toString()));
        return {};
    }
    return decimal(key).value_or(Decimal());
}

QDateTime JsonFieldReader::isoTime(QStringView key)
{
    const QString text = string(key);
    if (text.trimmed().isEmpty())
        return {};
    const QDateTime time = RawJson::utcFromIso(text);
    if (!time.isValid()) {
        fail(QCoreApplication::translate("ProviderJson", "The %1's \"%2\" is not a date and time: %3")
                 .arg(m_what, key.toString(), text.left(60)));
    }
    return time;
}

QDateTime JsonFieldReader::unixTime(QStringView key)
{
    if (!has(key))
        return {};
    const QDateTime time = RawJson::utcFromUnix(raw(key));
    if (!time.isValid()) {
        fail(QCoreApplication::translate("ProviderJson", "The %1's \"%2\" is not a Unix time: %3")
                 .arg(m_what, key.toString(), QString::fromUtf8(raw(key).first(qMin<qsizetype>(raw(key).size(), 60)))));
    }
    return time;
}

bool JsonFieldReader::boolean(QStringView key, bool fallback) const
{
    const QJsonValue v = value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString text = v.toString().trimmed().toLower();
        if (text == u"true" || text == u"1")
            return true;
        if (text == u"false" || text == u"0")
            return false;
    }
    if (v.isDouble())
        return v.toDouble() != 0.0;
    return fallback;
}

int JsonFieldReader::integer(QStringView key, int fallback)
{
    if (!has(key))
        return fallback;
    const std::optional<Decimal> number = RawJson::decimal(raw(key));
    bool ok = false;
    int result = 0;
    if (number && number->scale() == 0)
        result = number->toString().toInt(&ok);
    if (!ok || result < 0) {
        fail(QCoreApplication::translate("ProviderJson", "The %1's \"%2\" is not a whole number.")
                 .arg(m_what, key.toString()));
        return fallback;
    }
    return result;
}

} // namespace paydesk
