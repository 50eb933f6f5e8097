#pragma once

// Request-body helpers shared by the Cryptomus route files: fields read the way Laravel validation sees them.

#include "core/Decimal.h"
#include "sandbox/HttpResponse.h"
#include "sandbox/cryptomus/CryptomusJson.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <optional>

namespace paydesk::sandbox::cryptomus {

using namespace Qt::Literals::StringLiterals;

// A body field as Laravel sees it: null, absent and "" count as missing (ConvertEmptyStringsToNull).
struct Field
{
    bool present = false;
    bool isString = false;
    QString text; // strings as they are, numbers in their shortest form, booleans as "1" / "0"
    QJsonValue value;
};

inline Field fieldOf(const QJsonObject& body, const QString& name)
{
    Field field;
    field.value = body.value(name);
    switch (field.value.type()) {
    case QJsonValue::String:
        field.text = field.value.toString();
        field.isString = true;
        field.present = !field.text.isEmpty();
        break;
    case QJsonValue::Double:
        field.text = field.value.toVariant().toString();
        field.present = true;
        break;
    case QJsonValue::Bool:
        field.text = field.value.toBool() ? u"1"_s : u"0"_s;
        field.present = true;
        break;
    case QJsonValue::Array:
    case QJsonValue::Object:
        field.present = true;
        break;
    default:
        break;
    }
    return field;
}

inline bool isAlphaDash(QStringView text)
{
    return std::all_of(
        text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'_'; });
}

inline bool isUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

inline std::optional<bool> booleanOf(const Field& field)
{
    if (field.value.isBool())
        return field.value.toBool();
    const QString t = field.text.toLower();
    if (t == u"1" || t == u"true")
        return true;
    if (t == u"0" || t == u"false")
        return false;
    return std::nullopt;
}

inline std::optional<qint64> integerOf(const Field& field)
{
    bool ok = false;
    const qint64 value = field.text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

inline std::optional<Decimal> decimalOf(const Field& field)
{
    if (!field.isString && !field.value.isDouble())
        return std::nullopt;
    return Decimal::fromString(field.text);
}

// uuid or order_id; with both, `preferOrderId` says which one identifies (it differs per route in the docs).
inline std::optional<HttpResponse> identify(const QJsonObject& body, QLatin1StringView orderKey,
    const std::function<qint32(const QString& uuid, const QString& orderId)>& find, bool preferOrderId, qint32* index,
    QLatin1StringView notFound)
{
    const Field uuid = fieldOf(body, u"uuid"_s);
    const Field orderId = fieldOf(body, QString(orderKey));
    CryptomusJson w;
    if (!uuid.present && !orderId.present) {
        w.beginObject().field("state"_L1, 1).key("errors"_L1).beginObject();
        w.key("uuid"_L1).beginArray().string("validation.required_without"_L1).endArray();
        w.key(orderKey).beginArray().string("validation.required_without"_L1).endArray();
        w.endObject().endObject();
        return HttpResponse::json(422, w.take());
    }
    const bool byOrder = orderId.present && (preferOrderId || !uuid.present);
    if (!byOrder && (!uuid.isString || uuid.text.size() != 36)) {
        w.beginObject().field("state"_L1, 1).key("errors"_L1).beginObject();
        w.key("uuid"_L1).beginArray().string("validation.uuid"_L1).endArray();
        w.endObject().endObject();
        return HttpResponse::json(422, w.take());
    }
    *index = byOrder ? find(QString(), orderId.text) : find(uuid.text, QString());
    if (*index < 0) {
        w.beginObject().field("state"_L1, 1).field("message"_L1, notFound).endObject();
        return HttpResponse::json(422, w.take());
    }
    return std::nullopt;
}

} // namespace paydesk::sandbox::cryptomus
