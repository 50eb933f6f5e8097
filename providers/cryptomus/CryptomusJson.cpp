#include "providers/cryptomus/CryptomusJson.h"

#include "providers/StatusMapping.h"
#include "providers/common/HttpErrorClassifier.h"
#include "providers/common/JsonFieldReader.h"
#include "providers/common/RawJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

ProviderError parseError(const QString& message)
{
    ProviderError error;
    error.kind = ProviderError::Kind::Parse;
    error.message = message;
    return error;
}

// Fills providerCode, field and message from a Cryptomus error body and refines the kind where the words say more
// than the status does.
void applyErrorBody(const QJsonObject& body, ProviderError& error)
{
    const QJsonValue errors = body.value(u"errors"_s);
    if (errors.isObject() && !errors.toObject().isEmpty()) {
        const QJsonObject fields = errors.toObject();
        QStringList parts;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            QStringList messages;
            if (it.value().isArray()) {
                for (const QJsonValue& message : it.value().toArray())
                    messages.append(message.toString());
            } else {
                messages.append(it.value().toString());
            }
            parts.append(it.key() + u": "_s + messages.join(u", "_s));
        }
        error.field = fields.constBegin().key();
        error.message = parts.join(u"; "_s);
    } else if (body.value(u"message"_s).isString()) {
        error.message = body.value(u"message"_s).toString();
    }
    const QJsonValue code = body.value(u"code"_s);
    if (code.isString())
        error.providerCode = code.toString();
    else if (code.isDouble())
        error.providerCode = QString::number(code.toInteger());

    const QString lower = error.message.toLower();
    static const QRegularExpression notFound(u"^(payment|payout|invoice|static wallet)( was)? not found"_s);
    if (lower.contains(u"sign"_s) && (lower.contains(u"invalid"_s) || lower.contains(u"wrong"_s)))
        error.kind = ProviderError::Kind::Auth;
    else if (error.kind == ProviderError::Kind::Validation && notFound.match(lower).hasMatch())
        error.kind = ProviderError::Kind::NotFound;
}

// The "result" member's exact bytes from {"state":0,"result":…}; an error for state ≠ 0 or a malformed envelope.
Result<QByteArray> resultBytes(const QByteArray& json, const QString& what)
{
    QJsonParseError jsonError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        return parseError(QCoreApplication::translate("ProviderJson", "The %1 reply is not valid JSON: %2")
                              .arg(what, jsonError.errorString()));
    }
    if (!document.isObject())
        return parseError(QCoreApplication::translate("ProviderJson", "The %1 reply is not a JSON object.").arg(what));
    const QJsonObject envelope = document.object();
    const QJsonValue state = envelope.value(u"state"_s);
    if (!state.isDouble()) {
        return parseError(
            QCoreApplication::translate("ProviderJson", "The %1 reply has no \"state\" field.").arg(what));
    }
    if (state.toInteger() != 0) {
        ProviderError error;
        error.kind = ProviderError::Kind::Validation;
        error.httpStatus = 200;
        error.message = QCoreApplication::translate("ProviderJson", "Cryptomus refused the request.");
        applyErrorBody(envelope, error);
        return error;
    }
    const auto result = RawJson::member(json, u"result");
    if (!result || *result == "null") {
        return parseError(
            QCoreApplication::translate("ProviderJson", "The %1 reply has no \"result\" field.").arg(what));
    }
    return result->toByteArray();
}

Money money(JsonFieldReader& reader, QStringView amountKey, const QString& currency)
{
    const std::optional<Decimal> amount = reader.decimal(amountKey);
    if (!amount || currency.isEmpty())
        return {};
    return {*amount, currency};
}

Result<Payment> mapPayment(QByteArrayView bytes)
{
    JsonFieldReader reader(bytes, QCoreApplication::translate("ProviderJson", "payment"));
    Payment payment;
    payment.gateway = Gateway::Cryptomus;
    payment.id = reader.requiredString(u"uuid");
    payment.orderId = reader.string(u"order_id");
    payment.description = reader.string(u"additional_data");
    payment.amount = {reader.requiredDecimal(u"amount"), reader.requiredString(u"currency")};
    const QString payerCurrency = reader.string(u"payer_currency");
    payment.payAmount = money(reader, u"payer_amount", payerCurrency);
    payment.paid = money(reader, u"payment_amount", payerCurrency.isEmpty() ? payment.amount.currency : payerCurrency);
    payment.network = reader.string(u"network");
    payment.address = reader.string(u"address");
    payment.paymentUrl = reader.string(u"url");
    payment.rawStatus = reader.requiredFirstString({u"payment_status", u"status"});
    payment.created = reader.isoTime(u"created_at");
    payment.updated = reader.isoTime(u"updated_at");
    payment.expires = reader.unixTime(u"expired_at");
    payment.liveMode = true;
    if (!reader.ok())
        return reader.error();
    payment.status = mapPaymentStatus(Gateway::Cryptomus, payment.rawStatus);
    payment.rawJson = bytes.toByteArray();
    return payment;
}

Result<Withdrawal> mapPayout(QByteArrayView bytes)
{
    JsonFieldReader reader(bytes, QCoreApplication::translate("ProviderJson", "payout"));
    Withdrawal payout;
    payout.gateway = Gateway::Cryptomus;
    payout.id = reader.requiredString(u"uuid");
    payout.foreignId = reader.string(u"order_id");
    payout.amount = {reader.requiredDecimal(u"amount"), reader.requiredString(u"currency")};
    const QString feeCurrency = reader.firstString({u"payer_currency", u"currency"});
    payout.fee = money(reader, u"commission", feeCurrency);
    payout.address = reader.string(u"address");
    payout.network = reader.string(u"network");
    payout.txHash = reader.string(u"txid");
    payout.rawStatus = reader.string(u"status");
    payout.created = reader.isoTime(u"created_at");
    payout.updated = reader.isoTime(u"updated_at");
    if (!reader.ok())
        return reader.error();
    // A payout just created may come back with "status": null; it is queued until the gateway says more.
    if (payout.rawStatus.isEmpty())
        payout.status = reader.boolean(u"is_final", false) ? TransferStatus::Unknown : TransferStatus::Pending;
    else
        payout.status = mapTransferStatus(Gateway::Cryptomus, payout.rawStatus);
    payout.rawJson = bytes.toByteArray();
    return payout;
}

template<typename T, typename Mapper>
Result<CryptomusPage<T>> mapPage(const QByteArray& json, const QString& what, Mapper mapItem)
{
    const auto result = resultBytes(json, what);
    if (!result)
        return result.error();
    const QByteArray& bytes = result.value();
    JsonFieldReader reader(bytes, what);
    if (!reader.ok())
        return reader.error();
    const auto itemsBytes = RawJson::member(bytes, u"items");
    const auto items = itemsBytes ? RawJson::elements(*itemsBytes) : std::nullopt;
    if (!items) {
        return parseError(QCoreApplication::translate("ProviderJson", "The %1 reply has no \"items\" list.").arg(what));
    }
    CryptomusPage<T> page;
    for (QByteArrayView item : *items) {
        auto mapped = mapItem(item);
        if (!mapped)
            return mapped.error();
        page.items.append(std::move(mapped).value());
    }
    const auto paginateBytes = RawJson::member(bytes, u"paginate");
    if (!paginateBytes || paginateBytes->isEmpty() || paginateBytes->front() != '{') {
        return parseError(
            QCoreApplication::translate("ProviderJson", "The %1 reply has no \"paginate\" object.").arg(what));
    }
    JsonFieldReader paginate(*paginateBytes, QCoreApplication::translate("ProviderJson", "paging information"));
    page.nextCursor = paginate.string(u"nextCursor");
    page.previousCursor = paginate.string(u"previousCursor");
    page.hasPages = paginate.boolean(u"hasPages", false);
    page.count = paginate.integer(u"count", 0);
    page.perPage = paginate.integer(u"perPage", 0);
    if (!paginate.ok())
        return paginate.error();
    return page;
}

} // namespace

Result<Payment> CryptomusJson::payment(const QByteArray& json)
{
    const auto result = resultBytes(json, QCoreApplication::translate("ProviderJson", "payment"));
    if (!result)
        return result.error();
    return mapPayment(result.value());
}

Result<CryptomusPage<Payment>> CryptomusJson::paymentPage(const QByteArray& json)
{
    return mapPage<Payment>(json, QCoreApplication::translate("ProviderJson", "payment list"), mapPayment);
}

Result<void> CryptomusJson::accepted(const QByteArray& json)
{
    const auto result = resultBytes(json, QCoreApplication::translate("ProviderJson", "request"));
    if (!result)
        return result.error();
    return {};
}

Result<QList<Balance>> CryptomusJson::balances(const QByteArray& json)
{
    const QString what = QCoreApplication::translate("ProviderJson", "balance");
    const auto result = resultBytes(json, what);
    if (!result)
        return result.error();
    const QByteArray& bytes = result.value();
    // The documented shape is a list of {"balance":{…}}; a bare {"balance":{…}} is accepted too.
    QList<QByteArrayView> groups;
    if (const auto list = RawJson::elements(bytes))
        groups = *list;
    else if (RawJson::members(bytes))
        groups.append(bytes);
    else
        return parseError(QCoreApplication::translate("ProviderJson", "The balance reply is not a list."));

    QList<Balance> balances;
    for (QByteArrayView group : groups) {
        const auto inner = RawJson::member(group, u"balance");
        const auto merchant = inner ? RawJson::member(*inner, u"merchant") : std::nullopt;
        const auto wallets = merchant ? RawJson::elements(*merchant) : std::nullopt;
        if (!wallets) {
            return parseError(
                QCoreApplication::translate("ProviderJson", "The balance reply has no \"merchant\" balances."));
        }
        for (QByteArrayView wallet : *wallets) {
            JsonFieldReader reader(wallet, QCoreApplication::translate("ProviderJson", "balance"));
            Balance balance;
            balance.gateway = Gateway::Cryptomus;
            balance.currency = reader.requiredString(u"currency_code");
            balance.total = reader.requiredDecimal(u"balance");
            balance.available = balance.total;
            if (!reader.ok())
                return reader.error();
            balance.rawJson = wallet.toByteArray();
            balances.append(std::move(balance));
        }
    }
    return balances;
}

Result<DedicatedAddress> CryptomusJson::staticWallet(const QByteArray& json)
{
    const QString what = QCoreApplication::translate("ProviderJson", "static wallet");
    const auto result = resultBytes(json, what);
    if (!result)
        return result.error();
    JsonFieldReader reader(result.value(), what);
    DedicatedAddress wallet;
    wallet.gateway = Gateway::Cryptomus;
    wallet.id = reader.requiredString(u"uuid");
    wallet.address = reader.requiredString(u"address");
    wallet.currency = reader.string(u"currency");
    wallet.network = reader.string(u"network");
    wallet.customerReference = reader.string(u"order_id");
    wallet.rawStatus = reader.string(u"status");
    wallet.created = reader.isoTime(u"created_at");
    wallet.updated = reader.isoTime(u"updated_at");
    if (!reader.ok())
        return reader.error();
    wallet.status
        = wallet.rawStatus.isEmpty() ? AddressStatus::Active : mapAddressStatus(Gateway::Cryptomus, wallet.rawStatus);
    wallet.rawJson = result.value();
    return wallet;
}

Result<DedicatedAddress> CryptomusJson::blockedWallet(const QByteArray& json)
{
    const QString what = QCoreApplication::translate("ProviderJson", "blocked wallet");
    const auto result = resultBytes(json, what);
    if (!result)
        return result.error();
    JsonFieldReader reader(result.value(), what);
    DedicatedAddress wallet;
    wallet.gateway = Gateway::Cryptomus;
    wallet.id = reader.requiredString(u"uuid");
    wallet.rawStatus = reader.requiredString(u"status");
    if (!reader.ok())
        return reader.error();
    wallet.status = mapAddressStatus(Gateway::Cryptomus, wallet.rawStatus);
    wallet.rawJson = result.value();
    return wallet;
}

Result<Withdrawal> CryptomusJson::payout(const QByteArray& json)
{
    const auto result = resultBytes(json, QCoreApplication::translate("ProviderJson", "payout"));
    if (!result)
        return result.error();
    return mapPayout(result.value());
}

Result<CryptomusPage<Withdrawal>> CryptomusJson::payoutPage(const QByteArray& json)
{
    return mapPage<Withdrawal>(json, QCoreApplication::translate("ProviderJson", "payout list"), mapPayout);
}

Result<void> CryptomusJson::accountTest(const QByteArray& json)
{
    const auto parsed = balances(json);
    if (!parsed)
        return parsed.error();
    return {};
}

ProviderError CryptomusJson::errorFrom(const HttpResult& result, bool creatingCall)
{
    if (auto transport = HttpErrorClassifier::transportError(result, creatingCall))
        return *transport;
    ProviderError error = HttpErrorClassifier::statusError(result, creatingCall);
    QJsonParseError jsonError{};
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &jsonError);
    if (jsonError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject body = document.object();
        // HTTP 200 with {"state":1,…}: the gateway refused the request's content.
        if (result.isSuccess() && body.value(u"state"_s).toInteger() != 0)
            error.kind = ProviderError::Kind::Validation;
        applyErrorBody(body, error);
    } else if (result.isSuccess()) {
        error.message = QCoreApplication::translate("ProviderJson", "The reply is not valid JSON.");
    }
    return error;
}

} // namespace paydesk
