#include "providers/cryptomus/CryptomusJson.h"

#include "providers/StatusMapping.h"
#include "providers/common/JsonFieldReader.h"
#include "providers/common/TransportError.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

constexpr RawJsonNode::KeyMatch kKeys = RawJsonNode::KeyMatch::IgnoreSurroundingSpaces;

QString translated(const char* text)
{
    return QCoreApplication::translate("ProviderJson", text);
}

// Fills providerCode, field and message from a Cryptomus error body and refines the kind where the words say more
// than the status does.
void applyErrorBody(const RawJsonNode& body, ProviderError& error)
{
    const RawJsonNode* errors = body.member(u"errors", kKeys);
    const RawJsonNode* message = body.member(u"message", kKeys);
    if (errors && errors->isObject() && !errors->keys().isEmpty()) {
        // {"errors":{"amount":["validation.required"], …}}: every field with its messages, the first field named.
        QStringList parts;
        for (qsizetype i = 0; i < errors->keys().size(); ++i) {
            const RawJsonNode& value = errors->children().at(i);
            QStringList messages;
            for (const RawJsonNode& item : value.isArray() ? value.children() : QList<RawJsonNode>{value})
                messages.append(item.toText().value_or(QString()));
            parts.append(errors->keys().at(i) + u": "_s + messages.join(u", "_s));
        }
        error.field = errors->keys().first();
        error.message = parts.join(u"; "_s);
    } else if (message && message->isString() && !message->string().trimmed().isEmpty()) {
        // An empty or blank message keeps ours: an error always says something.
        error.message = message->string();
    }
    if (const RawJsonNode* code = body.member(u"code", kKeys); code && (code->isString() || code->isNumber()))
        error.providerCode = code->toText().value_or(QString());

    const QString lower = error.message.toLower();
    static const QRegularExpression notFound(u"^(payment|payout|invoice|static wallet)( was)? not found"_s);
    if (lower.contains(u"sign"_s) && (lower.contains(u"invalid"_s) || lower.contains(u"wrong"_s)))
        error.kind = ProviderError::Kind::Auth;
    else if (error.kind == ProviderError::Kind::Validation && notFound.match(lower).hasMatch())
        error.kind = ProviderError::Kind::NotFound;
}

// A "state" other than 0: the gateway refused the request's content.
bool isRefusal(const RawJsonNode& envelope)
{
    const RawJsonNode* state = envelope.member(u"state", kKeys);
    const std::optional<Decimal> value = state && state->isNumber() ? state->toDecimal() : std::nullopt;
    return value && !value->isZero();
}

// The "result" member of {"state":0,"result":…}; an error for state ≠ 0 or a malformed envelope.
Result<RawJsonNode> resultNode(const QByteArray& json, const QString& what)
{
    const Result<RawJsonNode> root = JsonFieldReader::parseReply(json);
    if (!root)
        return root.error();
    const RawJsonNode& envelope = root.value();
    if (!envelope.isObject())
        return JsonFieldReader::parseError(translated("The %1 reply is not a JSON object.").arg(what));
    const RawJsonNode* state = envelope.member(u"state", kKeys);
    if (!state || !state->isNumber())
        return JsonFieldReader::parseError(translated("The %1 reply has no \"state\" field.").arg(what), u"state"_s);
    if (isRefusal(envelope)) {
        ProviderError error;
        error.kind = ProviderError::Kind::Validation;
        error.httpStatus = 200;
        error.message = translated("Cryptomus refused the request.");
        applyErrorBody(envelope, error);
        return error;
    }
    const RawJsonNode* result = envelope.member(u"result", kKeys);
    if (!result || result->isNull())
        return JsonFieldReader::parseError(translated("The %1 reply has no \"result\" field.").arg(what), u"result"_s);
    return *result;
}

Money money(JsonFieldReader& reader, QStringView amountKey, const QString& currency)
{
    const std::optional<Decimal> amount = reader.optionalDecimal(amountKey);
    if (!amount || currency.isEmpty())
        return {};
    return {*amount, currency};
}

// An amount that is only informational (valuation, fees): absent, null or unreadable gives an empty Money, never a
// problem.
Money informationalMoney(const JsonFieldReader& reader, QStringView amountKey, const QString& currency)
{
    const RawJsonNode* node = reader.node(amountKey);
    const std::optional<Decimal> amount = node ? node->toDecimal() : std::nullopt;
    if (!amount || currency.isEmpty())
        return {};
    return {*amount, currency};
}

Result<Payment> mapPayment(const RawJsonNode& object, bool accountLive)
{
    JsonFieldReader reader(object, translated("payment"), kKeys);
    Payment payment;
    payment.gateway = Gateway::Cryptomus;
    payment.id = reader.requiredText(u"uuid");
    payment.orderId = reader.optionalText(u"order_id");
    payment.description = reader.optionalText(u"additional_data");
    payment.amount
        = {reader.requiredDecimal(u"amount").value_or(Decimal()), reader.requiredText(u"currency").toUpper()};
    const QString payerCurrency = reader.optionalText(u"payer_currency").toUpper();
    payment.payAmount = money(reader, u"payer_amount", payerCurrency);
    payment.paid = money(reader, u"payment_amount", payerCurrency.isEmpty() ? payment.amount.currency : payerCurrency);
    // merchant_amount: credited to the balance after Cryptomus' commission, in payer_currency (null until the payer
    // currency is known). `commission` is not in the invoice reply's published fields; when a reply or webhook
    // carries it, it is the fee in payer_currency. Informational: unreadable values are left out.
    payment.credited = informationalMoney(reader, u"merchant_amount", payerCurrency);
    payment.fee = informationalMoney(reader, u"commission", payerCurrency);
    payment.network = reader.optionalText(u"network");
    payment.address = reader.optionalText(u"address");
    // A payment to a static wallet: the wallet's uuid (DedicatedAddress::id).
    payment.addressId = reader.optionalText(u"wallet_address_uuid");
    payment.paymentUrl = reader.optionalText(u"url");
    payment.rawStatus = reader.requiredFirstText({u"payment_status", u"status"});
    payment.created = reader.optionalTime(u"created_at");
    payment.updated = reader.optionalTime(u"updated_at");
    payment.expires = reader.optionalTime(u"expired_at");
    // A Cryptomus invoice says nothing of a mode: the account's decides.
    payment.liveMode = accountLive;
    if (!reader.ok())
        return reader.error();
    payment.status = mapPaymentStatus(Gateway::Cryptomus, payment.rawStatus);
    payment.rawJson = object.rawBytes();
    return payment;
}

Result<Withdrawal> mapPayout(const RawJsonNode& object)
{
    JsonFieldReader reader(object, translated("payout"), kKeys);
    Withdrawal payout;
    payout.gateway = Gateway::Cryptomus;
    payout.id = reader.requiredText(u"uuid");
    payout.foreignId = reader.optionalText(u"order_id");
    payout.amount = {reader.requiredDecimal(u"amount").value_or(Decimal()), reader.requiredText(u"currency").toUpper()};
    const QString feeCurrency = reader.firstText({u"payer_currency", u"currency"}).toUpper();
    payout.fee = money(reader, u"commission", feeCurrency);
    payout.address = reader.optionalText(u"address");
    payout.network = reader.optionalText(u"network");
    payout.txHash = reader.optionalText(u"txid");
    payout.rawStatus = reader.optionalText(u"status");
    payout.created = reader.optionalTime(u"created_at");
    payout.updated = reader.optionalTime(u"updated_at");
    const bool isFinal = reader.optionalBool(u"is_final");
    if (!reader.ok())
        return reader.error();
    // A payout just created may come back with "status": null; it is queued until the gateway says more.
    if (payout.rawStatus.isEmpty())
        payout.status = isFinal ? TransferStatus::Unknown : TransferStatus::Pending;
    else
        payout.status = mapTransferStatus(Gateway::Cryptomus, payout.rawStatus);
    payout.rawJson = object.rawBytes();
    return payout;
}

template<typename T, typename Mapper>
Result<CryptomusPage<T>> mapPage(const QByteArray& json, const QString& what, Mapper mapItem)
{
    const auto result = resultNode(json, what);
    if (!result)
        return result.error();
    JsonFieldReader reader(result.value(), what, kKeys);
    const RawJsonNode* items = reader.node(u"items");
    const RawJsonNode* paginate = reader.node(u"paginate");
    if (!reader.ok())
        return reader.error();
    if (!items || !items->isArray())
        return JsonFieldReader::parseError(translated("The %1 reply has no \"items\" list.").arg(what), u"items"_s);
    CryptomusPage<T> page;
    for (const RawJsonNode& item : items->children()) {
        auto mapped = mapItem(item);
        if (!mapped)
            return mapped.error();
        page.items.append(std::move(mapped).value());
    }
    if (!paginate || !paginate->isObject()) {
        return JsonFieldReader::parseError(
            translated("The %1 reply has no \"paginate\" object.").arg(what), u"paginate"_s);
    }
    JsonFieldReader paging(*paginate, translated("paging information"), kKeys);
    page.nextCursor = paging.optionalText(u"nextCursor");
    page.previousCursor = paging.optionalText(u"previousCursor");
    page.hasPages = paging.optionalBool(u"hasPages");
    page.count = paging.optionalInt(u"count").value_or(0);
    page.perPage = paging.optionalInt(u"perPage").value_or(0);
    if (!paging.ok())
        return paging.error();
    return page;
}

} // namespace

Result<Payment> CryptomusJson::payment(const QByteArray& json, bool accountLive)
{
    const auto result = resultNode(json, translated("payment"));
    if (!result)
        return result.error();
    return mapPayment(result.value(), accountLive);
}

Result<CryptomusPage<Payment>> CryptomusJson::paymentPage(const QByteArray& json, bool accountLive)
{
    return mapPage<Payment>(json, translated("payment list"),
        [accountLive](const RawJsonNode& item) { return mapPayment(item, accountLive); });
}

Result<void> CryptomusJson::accepted(const QByteArray& json)
{
    const auto result = resultNode(json, translated("request"));
    if (!result)
        return result.error();
    return {};
}

std::optional<Refund> CryptomusJson::refundOf(const Payment& payment)
{
    Refund refund;
    const QString raw = payment.rawStatus.toLower();
    if (raw == u"refund_process"_s)
        refund.status = TransferStatus::Processing;
    else if (raw == u"refund_paid"_s)
        refund.status = TransferStatus::Succeeded;
    else if (raw == u"refund_fail"_s)
        refund.status = TransferStatus::Failed;
    else
        return std::nullopt;
    refund.accountId = payment.accountId;
    refund.gateway = Gateway::Cryptomus;
    refund.id = payment.id;
    refund.paymentId = payment.id;
    refund.amount = payment.paid;
    refund.rawStatus = payment.rawStatus;
    refund.updated = payment.updated;
    // While the refund is under way, the payment's last change is the refund request: its creation time. Once it is
    // paid or failed, that time is gone (kept from an earlier read by completedFrom()).
    if (refund.status == TransferStatus::Processing)
        refund.created = payment.updated;
    refund.rawJson = payment.rawJson;
    return refund;
}

Result<QList<Balance>> CryptomusJson::balances(const QByteArray& json)
{
    const auto result = resultNode(json, translated("balance"));
    if (!result)
        return result.error();
    // The documented shape is a list of {"balance":{…}}; a bare {"balance":{…}} is accepted too.
    QList<RawJsonNode> groups;
    if (result.value().isArray())
        groups = result.value().children();
    else if (result.value().isObject())
        groups.append(result.value());
    else
        return JsonFieldReader::parseError(translated("The balance reply is not a list."));

    QList<Balance> balances;
    for (const RawJsonNode& group : groups) {
        const RawJsonNode* inner = group.member(u"balance", kKeys);
        const RawJsonNode* merchant = inner ? inner->member(u"merchant", kKeys) : nullptr;
        if (!merchant || !merchant->isArray())
            return JsonFieldReader::parseError(translated("The balance reply has no \"merchant\" balances."));
        for (const RawJsonNode& wallet : merchant->children()) {
            JsonFieldReader reader(wallet, translated("balance"), kKeys);
            Balance balance;
            balance.gateway = Gateway::Cryptomus;
            balance.currency = reader.requiredText(u"currency_code").toUpper();
            balance.total = reader.requiredDecimal(u"balance").value_or(Decimal());
            balance.available = balance.total;
            if (!reader.ok())
                return reader.error();
            balance.rawJson = wallet.rawBytes();
            balances.append(std::move(balance));
        }
    }
    return balances;
}

Result<QList<GatewayAsset>> CryptomusJson::services(const QByteArray& json)
{
    const QString what = translated("payment services");
    const auto result = resultNode(json, what);
    if (!result)
        return result.error();
    if (!result.value().isArray())
        return JsonFieldReader::parseError(translated("The payment services reply is not a list."));
    QList<GatewayAsset> assets;
    for (const RawJsonNode& item : result.value().children()) {
        JsonFieldReader reader(item, what, kKeys);
        GatewayAsset asset;
        asset.code = reader.requiredText(u"currency").toUpper();
        asset.network = reader.optionalText(u"network");
        asset.available = reader.optionalBool(u"is_available", true);
        if (const RawJsonNode* limit = reader.node(u"limit")) {
            JsonFieldReader limits(*limit, what, kKeys);
            asset.minimum = limits.optionalDecimal(u"min_amount");
            if (!limits.ok())
                return limits.error();
        }
        if (!reader.ok())
            return reader.error();
        assets.append(std::move(asset));
    }
    return assets;
}

Result<DedicatedAddress> CryptomusJson::staticWallet(const QByteArray& json)
{
    const QString what = translated("static wallet");
    const auto result = resultNode(json, what);
    if (!result)
        return result.error();
    JsonFieldReader reader(result.value(), what, kKeys);
    DedicatedAddress wallet;
    wallet.gateway = Gateway::Cryptomus;
    wallet.id = reader.requiredText(u"uuid");
    wallet.address = reader.requiredText(u"address");
    wallet.currency = reader.optionalText(u"currency").toUpper();
    wallet.network = reader.optionalText(u"network");
    wallet.customerReference = reader.optionalText(u"order_id");
    wallet.rawStatus = reader.optionalText(u"status");
    wallet.created = reader.optionalTime(u"created_at");
    wallet.updated = reader.optionalTime(u"updated_at");
    if (!reader.ok())
        return reader.error();
    wallet.status
        = wallet.rawStatus.isEmpty() ? AddressStatus::Active : mapAddressStatus(Gateway::Cryptomus, wallet.rawStatus);
    wallet.rawJson = result.value().rawBytes();
    return wallet;
}

Result<DedicatedAddress> CryptomusJson::blockedWallet(const QByteArray& json)
{
    const QString what = translated("blocked wallet");
    const auto result = resultNode(json, what);
    if (!result)
        return result.error();
    JsonFieldReader reader(result.value(), what, kKeys);
    DedicatedAddress wallet;
    wallet.gateway = Gateway::Cryptomus;
    wallet.id = reader.requiredText(u"uuid");
    wallet.rawStatus = reader.requiredText(u"status");
    if (!reader.ok())
        return reader.error();
    wallet.status = mapAddressStatus(Gateway::Cryptomus, wallet.rawStatus);
    wallet.rawJson = result.value().rawBytes();
    return wallet;
}

Result<Withdrawal> CryptomusJson::payout(const QByteArray& json)
{
    const auto result = resultNode(json, translated("payout"));
    if (!result)
        return result.error();
    return mapPayout(result.value());
}

Result<CryptomusPage<Withdrawal>> CryptomusJson::payoutPage(const QByteArray& json)
{
    return mapPage<Withdrawal>(json, translated("payout list"), mapPayout);
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
    if (auto transport = TransportError::fromOutcome(result, creatingCall))
        return *transport;
    ProviderError error = TransportError::fromStatus(result.status, creatingCall);
    const std::optional<RawJsonNode> body = RawJsonNode::parse(result.body);
    if (body && body->isObject()) {
        // HTTP 200 with {"state":1,…}: the gateway refused the request's content.
        if (result.isSuccess() && isRefusal(*body))
            error.kind = ProviderError::Kind::Validation;
        applyErrorBody(*body, error);
    } else if (result.isSuccess()) {
        error.message = translated("The reply is not valid JSON.");
    }
    TransportError::describeStatus(error, u"Cryptomus"_s);
    return error;
}

} // namespace paydesk
