#include "providers/bucksbus/BucksBusJson.h"

#include "providers/StatusMapping.h"
#include "providers/common/JsonFieldReader.h"
#include "providers/common/TransportError.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

// v10.2 sends some keys with stray spaces ("custom1 "): every reader matches names trimmed when none is exact.
constexpr RawJsonNode::KeyMatch kKeys = RawJsonNode::KeyMatch::IgnoreSurroundingSpaces;

QString translated(const char* text)
{
    return QCoreApplication::translate("ProviderJson", text);
}

// The reply's top-level array items; a Parse error for anything else.
Result<QList<RawJsonNode>> arrayItems(const RawJsonNode& list, const QString& what)
{
    if (!list.isArray())
        return JsonFieldReader::parseError(translated("The %1 reply is not a JSON list.").arg(what));
    return list.children();
}

// A record mapped from a whole reply keeps the reply's bytes as they came (surrounding whitespace included).
template<typename T>
Result<T> withReplyBytes(Result<T> record, const QByteArray& json)
{
    if (record)
        record.value().rawJson = json;
    return record;
}

Money money(JsonFieldReader& reader, QStringView amountKey, QStringView currencyKey)
{
    const std::optional<Decimal> amount = reader.optionalDecimal(amountKey);
    const QString currency = reader.optionalText(currencyKey).toUpper();
    if (!amount || currency.isEmpty())
        return {};
    return {*amount, currency};
}

Result<Payment> mapPayment(const RawJsonNode& object, bool accountLive)
{
    JsonFieldReader reader(object, translated("payment"), kKeys);
    Payment payment;
    payment.gateway = Gateway::BucksBus;
    payment.id = reader.requiredText(u"payment_id");
    payment.orderId = reader.optionalText(BucksBusJson::kOrderIdField).trimmed();
    payment.description = reader.optionalText(u"description");
    payment.amount
        = {reader.requiredDecimal(u"amount").value_or(Decimal()), reader.requiredText(u"asset_id").toUpper()};
    payment.payAmount = money(reader, u"payment_amount", u"payment_asset_id");
    payment.network = reader.optionalText(u"crypto_network");
    payment.paid = money(reader, u"ip_amount", u"ip_asset_id");
    // ip_asset_id missing: the payment's crypto, when known; otherwise the amount's currency is unknown and the
    // amount is left out rather than kept without a currency.
    if (!payment.paid.isValid() && reader.has(u"ip_amount") && payment.payAmount.isValid())
        payment.paid = {reader.optionalDecimal(u"ip_amount").value_or(Decimal()), payment.payAmount.currency};
    payment.rawStatus = reader.requiredFirstText({u"status", u"status_type"});
    payment.address = reader.optionalText(u"address");
    // A receipt on a USES dedicate, or the payment an ASSIGN dedicate was reserved for: a deposit to that address.
    payment.addressId = reader.optionalText(u"dedicate_id");
    payment.paymentUrl = reader.optionalText(u"payment_url");
    payment.payerEmail = reader.optionalText(u"payer_email");
    payment.created = reader.optionalTime(u"start_date");
    payment.expires = reader.optionalTime(u"end_date");
    payment.updated = reader.optionalTime(u"complete_date");
    if (!payment.updated.isValid())
        payment.updated = payment.created;
    // is_test marks a payment to a test store; without it, the account's mode decides.
    payment.liveMode = !reader.optionalBool(u"is_test", !accountLive);
    // Valuation (docs/export.md): `rate` is a float64 read from its token text, never through double; `paid_amount`
    // is what was received so far in asset_id at that rate. Informational: an unreadable value is left out ("not
    // given") instead of making the payment unreadable.
    if (const RawJsonNode* rate = reader.node(u"rate"))
        payment.exchangeRate = rate->toDecimal();
    if (const RawJsonNode* rateDate = reader.node(u"rate_date"))
        payment.exchangeRateTime = rateDate->toUtcDateTime().value_or(QDateTime());
    if (const RawJsonNode* paidValue = reader.node(u"paid_amount"); paidValue && payment.amount.isValid()) {
        if (const std::optional<Decimal> value = paidValue->toDecimal())
            payment.paidValue = {*value, payment.amount.currency};
    }
    const bool openAmount = reader.optionalText(u"payment_type").compare(u"OPEN_AMOUNT", Qt::CaseInsensitive) == 0;
    if (!reader.ok())
        return reader.error();

    payment.status = mapPaymentStatus(Gateway::BucksBus, payment.rawStatus);
    // A fixed-amount payment still OPEN with part of the crypto received is underpaid (the payer may still top up).
    if (payment.status == PaymentStatus::Pending && !openAmount && payment.paid.isValid()
        && !payment.paid.amount.isZero() && payment.payAmount.isValid()
        && payment.paid.amount < payment.payAmount.amount) {
        payment.status = PaymentStatus::Underpaid;
    }
    payment.rawJson = object.rawBytes();
    return payment;
}

Result<Withdrawal> mapWithdrawal(const RawJsonNode& object)
{
    JsonFieldReader reader(object, translated("withdrawal"), kKeys);
    Withdrawal withdrawal;
    withdrawal.gateway = Gateway::BucksBus;
    withdrawal.id = reader.requiredText(u"withdraw_id");
    withdrawal.foreignId = reader.optionalText(BucksBusJson::kOrderIdField).trimmed();
    withdrawal.amount
        = {reader.requiredDecimal(u"amount").value_or(Decimal()), reader.requiredText(u"asset_id").toUpper()};
    withdrawal.fee = money(reader, u"fee", u"fee_asset_id");
    withdrawal.address = reader.optionalText(u"address");
    withdrawal.network = reader.optionalText(u"crypto_network");
    withdrawal.txHash = reader.firstText({u"trx_hash", u"tx_hash", u"txid"});
    withdrawal.rawStatus = reader.requiredFirstText({u"status", u"status_type"});
    withdrawal.created = reader.optionalTime(u"start_date");
    withdrawal.updated = reader.optionalTime(u"complete_date");
    if (!withdrawal.updated.isValid())
        withdrawal.updated = withdrawal.created;
    if (!reader.ok())
        return reader.error();
    withdrawal.status = mapTransferStatus(Gateway::BucksBus, withdrawal.rawStatus);
    withdrawal.rawJson = object.rawBytes();
    return withdrawal;
}

Result<BlockchainTx> mapTransaction(const RawJsonNode& object, const QString& paymentId)
{
    JsonFieldReader reader(object, translated("transaction"), kKeys);
    BlockchainTx tx;
    tx.gateway = Gateway::BucksBus;
    tx.paymentId = paymentId;
    tx.txHash = reader.requiredFirstText({u"trx_hash", u"tx_hash", u"hash", u"txid"});
    tx.amount = {reader.requiredDecimal(u"amount").value_or(Decimal()),
        reader.requiredFirstText({u"asset_id", u"currency"}).toUpper()};
    tx.network = reader.optionalText(u"crypto_network");
    tx.toAddress = reader.optionalText(u"address");
    tx.fromAddress = reader.firstText({u"from_address", u"from"});
    tx.confirmations = reader.optionalInt(u"confirms").value_or(0);
    tx.rawStatus = reader.firstText({u"status", u"status_type"});
    tx.time = reader.optionalTime(u"trx_received");
    const QDateTime completed = reader.optionalTime(u"trx_date");
    if (!tx.time.isValid())
        tx.time = completed;
    if (!reader.ok())
        return reader.error();
    tx.rawJson = object.rawBytes();
    return tx;
}

Result<DedicatedAddress> mapDedicate(const RawJsonNode& object)
{
    JsonFieldReader reader(object, translated("dedicated address"), kKeys);
    DedicatedAddress address;
    address.gateway = Gateway::BucksBus;
    address.id = reader.requiredText(u"dedicate_id");
    address.address = reader.requiredText(u"address");
    address.currency = reader.optionalText(u"asset_id").toUpper();
    address.network = reader.optionalText(u"crypto_network");
    address.label = reader.optionalText(u"description");
    address.customerReference = reader.optionalText(BucksBusJson::kOrderIdField).trimmed();
    address.rawStatus = reader.requiredFirstText({u"status", u"status_type"});
    address.created = reader.optionalTime(u"start_date");
    address.updated = address.created;
    reader.optionalTime(u"end_date"); // validated only: the record has no expiry
    if (!reader.ok())
        return reader.error();
    address.status = mapAddressStatus(Gateway::BucksBus, address.rawStatus);
    address.rawJson = object.rawBytes();
    return address;
}

} // namespace

Result<Payment> BucksBusJson::payment(const QByteArray& json, bool accountLive)
{
    const Result<RawJsonNode> root = JsonFieldReader::parseReply(json);
    if (!root)
        return root.error();
    return withReplyBytes(mapPayment(root.value(), accountLive), json);
}

Result<Payment> BucksBusJson::webhookPayment(const QByteArray& json, bool accountLive)
{
    const Result<RawJsonNode> root = JsonFieldReader::parseReply(json);
    if (!root)
        return root.error();
    const RawJsonNode* inner = root.value().member(u"payment", kKeys);
    if (!inner || !inner->isObject())
        return JsonFieldReader::parseError(translated("The webhook has no \"payment\" object."), u"payment"_s);
    return mapPayment(*inner, accountLive);
}

Result<QList<Payment>> BucksBusJson::payments(const QByteArray& json, bool accountLive)
{
    const Result<RawJsonNode> root = JsonFieldReader::parseReply(json);
    if (!root)
        return root.error();
    const auto items = arrayItems(root.value(), translated("payment list"));
    if (!items)
        return items.error();
    QList<Payment> payments;
    payments.reserve(items.value().size());
    for (const RawJsonNode& item : items.value()) {
        auto payment = mapPayment(item, accountLive);
        if (!payment)
            return payment.error();
        payments.append(std::move(payment).value());
    }
    return payments;
}

Result<QList<BlockchainTx>> BucksBusJson::paymentTransactions(const QByteArray& json, const QString& paymentId)
{
    const QString what = translated("transaction list");
    const Result<RawJsonNode> root = JsonFieldReader::parseReply(json);
    if (!root)
        return root.error();
    const RawJsonNode* list = &root.value();
    if (list->isObject()) {
        list = nullptr;
        for (QStringView key : {u"trxs", u"txs", u"items", u"data"}) {
            const RawJsonNode* inner = root.value().member(key, kKeys);
            if (inner && inner->isArray()) {
                list = inner;
                break;
            }
        }
        if (!list)
            return JsonFieldReader::parseError(translated("The %1 reply holds no list.").arg(what));
    }
    const auto items = arrayItems(*list, what);
    if (!items)
        return items.error();
    QList<BlockchainTx> transactions;
    for (const RawJsonNode& item : items.value()) {
        auto tx = mapTransaction(item, paymentId);
        if (!tx)
            return tx.error();
        transactions.append(std::move(tx).value());
    }
    return transactions;
}

Result<Withdrawal> BucksBusJson::withdrawal(const QByteArray& json)
{
    const Result<RawJsonNode> root = JsonFieldReader::parseReply(json);
    if (!root)
        return root.error();
    return withReplyBytes(mapWithdrawal(root.value()), json);
}

Result<Refund> BucksBusJson::refund(const QByteArray& json, const QString& paymentId)
{
    const Result<RawJsonNode> root = JsonFieldReader::parseReply(json);
    if (!root)
        return root.error();
    const auto withdrawal = withReplyBytes(mapWithdrawal(root.value()), json);
    if (!withdrawal)
        return withdrawal.error();
    const Withdrawal& w = withdrawal.value();
    JsonFieldReader reader(root.value(), translated("withdrawal"), kKeys);
    Refund refund;
    refund.gateway = Gateway::BucksBus;
    refund.id = w.id;
    const QString echoed = reader.optionalText(kRefundedPaymentField).trimmed();
    refund.paymentId = echoed.isEmpty() ? paymentId : echoed;
    refund.reason = reader.optionalText(u"description");
    if (!reader.ok())
        return reader.error();
    refund.amount = w.amount;
    refund.address = w.address;
    refund.status = w.status;
    refund.rawStatus = w.rawStatus;
    refund.created = w.created;
    refund.updated = w.updated;
    refund.rawJson = w.rawJson;
    return refund;
}

Result<QList<Balance>> BucksBusJson::balances(const QByteArray& json)
{
    const QString what = translated("accounts");
    const Result<RawJsonNode> root = JsonFieldReader::parseReply(json);
    if (!root)
        return root.error();
    JsonFieldReader reply(root.value(), what, kKeys);
    const RawJsonNode* accounts = reply.node(u"accounts");
    if (!reply.ok())
        return reply.error();
    if (!accounts)
        return JsonFieldReader::parseError(translated("The accounts reply has no \"accounts\" list."), u"accounts"_s);
    const auto items = arrayItems(*accounts, what);
    if (!items)
        return items.error();
    QList<Balance> balances;
    for (const RawJsonNode& item : items.value()) {
        JsonFieldReader reader(item, translated("account"), kKeys);
        Balance balance;
        balance.gateway = Gateway::BucksBus;
        balance.currency = reader.requiredText(u"asset_id").toUpper();
        balance.total = reader.requiredDecimal(u"balance").value_or(Decimal());
        balance.available = reader.optionalDecimal(u"available").value_or(balance.total);
        balance.onHold = reader.optionalDecimal(u"on_hold").value_or(Decimal());
        balance.fiatEquivalent = money(reader, u"base_balance", u"base_asset_id");
        if (!balance.fiatEquivalent.isValid())
            balance.fiatEquivalent = money(reader, u"base_balance", u"base_currency");
        if (!reader.ok())
            return reader.error();
        balance.rawJson = item.rawBytes();
        balances.append(std::move(balance));
    }
    return balances;
}

Result<DedicatedAddress> BucksBusJson::dedicatedAddress(const QByteArray& json)
{
    const Result<RawJsonNode> root = JsonFieldReader::parseReply(json);
    if (!root)
        return root.error();
    return withReplyBytes(mapDedicate(root.value()), json);
}

Result<QList<GatewayAsset>> BucksBusJson::assets(const QByteArray& json)
{
    const Result<RawJsonNode> root = JsonFieldReader::parseReply(json);
    if (!root)
        return root.error();
    const auto items = arrayItems(root.value(), translated("asset list"));
    if (!items)
        return items.error();
    QList<GatewayAsset> assets;
    for (const RawJsonNode& item : items.value()) {
        JsonFieldReader reader(item, translated("asset"), kKeys);
        GatewayAsset asset;
        asset.code = reader.requiredText(u"asset_id");
        asset.name = reader.optionalText(u"asset_name");
        asset.fiat = reader.optionalText(u"asset_type").compare(u"FIAT", Qt::CaseInsensitive) == 0;
        asset.network = reader.optionalText(u"crypto_network");
        // min_size and precision are float64 in the spec: read from their token text, never through double.
        if (const RawJsonNode* minimum = reader.node(u"min_size"))
            asset.minimum = minimum->toDecimal();
        if (const RawJsonNode* precision = reader.node(u"precision")) {
            if (const std::optional<Decimal> places = precision->toDecimal(); places && places->scale() == 0)
                asset.precision = places->toString().toInt();
        }
        if (!reader.ok())
            return reader.error();
        assets.append(std::move(asset));
    }
    return assets;
}

Result<void> BucksBusJson::accountTest(const QByteArray& json)
{
    const auto parsed = balances(json);
    if (!parsed)
        return parsed.error();
    return {};
}

ProviderError BucksBusJson::errorFrom(const HttpResult& result, bool creatingCall)
{
    if (auto transport = TransportError::fromOutcome(result, creatingCall))
        return *transport;
    ProviderError error = TransportError::fromStatus(result.status, creatingCall);
    // 422 (and any other status that carries it): {"code":"ERR_…","message":"…"}.
    const std::optional<RawJsonNode> root = RawJsonNode::parse(result.body);
    if (root && root->isObject()) {
        JsonFieldReader body(*root, translated("error"), kKeys);
        const QString code = body.optionalText(u"code");
        const QString message = body.optionalText(u"message");
        if (!code.isEmpty())
            error.providerCode = code;
        if (!message.isEmpty())
            error.message = message;
        // "ERR_NO_PAYMENT" and its kin: the object does not exist.
        if (error.kind == ProviderError::Kind::Validation && code.startsWith(u"ERR_NO_"_s))
            error.kind = ProviderError::Kind::NotFound;
    } else if (result.isSuccess()) {
        error.kind = ProviderError::Kind::Parse;
        error.message = translated("The reply is not valid JSON.");
    }
    TransportError::describeStatus(error, u"Gateway v10.2"_s);
    return error;
}

} // namespace paydesk
