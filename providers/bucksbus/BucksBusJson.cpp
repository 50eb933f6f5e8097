#include "providers/bucksbus/BucksBusJson.h"

#include "providers/StatusMapping.h"
#include "providers/common/HttpErrorClassifier.h"
#include "providers/common/JsonFieldReader.h"
#include "providers/common/RawJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

// Validates the whole reply with QJsonDocument, then returns its top-level array's items as their exact bytes.
Result<QList<QByteArrayView>> arrayItems(const QByteArray& json, const QString& what)
{
    QJsonParseError jsonError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        return parseError(QCoreApplication::translate("ProviderJson", "The %1 reply is not valid JSON: %2")
                              .arg(what, jsonError.errorString()));
    }
    if (!document.isArray())
        return parseError(QCoreApplication::translate("ProviderJson", "The %1 reply is not a JSON list.").arg(what));
    const auto items = RawJson::elements(json);
    if (!items)
        return parseError(QCoreApplication::translate("ProviderJson", "The %1 reply is not a JSON list.").arg(what));
    return *items;
}

Result<void> validDocument(const QByteArray& json, const QString& what)
{
    QJsonParseError jsonError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        return parseError(QCoreApplication::translate("ProviderJson", "The %1 reply is not valid JSON: %2")
                              .arg(what, jsonError.errorString()));
    }
    if (!document.isObject())
        return parseError(QCoreApplication::translate("ProviderJson", "The %1 reply is not a JSON object.").arg(what));
    return {};
}

Money money(JsonFieldReader& reader, QStringView amountKey, QStringView currencyKey)
{
    const std::optional<Decimal> amount = reader.decimal(amountKey);
    const QString currency = reader.string(currencyKey);
    if (!amount || currency.isEmpty())
        return {};
    return {*amount, currency};
}

Result<Payment> mapPayment(QByteArrayView bytes)
{
    const QString what = QCoreApplication::translate("ProviderJson", "payment");
    JsonFieldReader reader(bytes, what);
    Payment payment;
    payment.gateway = Gateway::BucksBus;
    payment.id = reader.requiredString(u"payment_id");
    payment.orderId = reader.string(BucksBusJson::kOrderIdField).trimmed();
    payment.description = reader.string(u"description");
    payment.amount = {reader.requiredDecimal(u"amount"), reader.requiredString(u"asset_id")};
    payment.payAmount = money(reader, u"payment_amount", u"payment_asset_id");
    payment.network = reader.string(u"crypto_network");
    payment.paid = money(reader, u"ip_amount", u"ip_asset_id");
    if (!payment.paid.isValid() && reader.has(u"ip_amount")) // ip_asset_id missing: the payment's crypto
        payment.paid = {reader.decimal(u"ip_amount").value_or(Decimal()), payment.payAmount.currency};
    payment.rawStatus = reader.requiredFirstString({u"status", u"status_type"});
    payment.address = reader.string(u"address");
    payment.paymentUrl = reader.string(u"payment_url");
    payment.payerEmail = reader.string(u"payer_email");
    payment.created = reader.isoTime(u"start_date");
    payment.expires = reader.isoTime(u"end_date");
    payment.updated = reader.isoTime(u"complete_date");
    if (!payment.updated.isValid())
        payment.updated = payment.created;
    payment.liveMode = !reader.boolean(u"is_test", false);
    if (!reader.ok())
        return reader.error();

    payment.status = mapPaymentStatus(Gateway::BucksBus, payment.rawStatus);
    // A fixed-amount payment still OPEN with part of the crypto received is underpaid (the payer may still top up).
    const bool openAmount = reader.string(u"payment_type").compare(u"OPEN_AMOUNT", Qt::CaseInsensitive) == 0;
    if (payment.status == PaymentStatus::Pending && !openAmount && payment.paid.isValid()
        && !payment.paid.amount.isZero() && payment.payAmount.isValid()
        && payment.paid.amount < payment.payAmount.amount) {
        payment.status = PaymentStatus::Underpaid;
    }
    payment.rawJson = bytes.toByteArray();
    return payment;
}

Result<Withdrawal> mapWithdrawal(QByteArrayView bytes)
{
    JsonFieldReader reader(bytes, QCoreApplication::translate("ProviderJson", "withdrawal"));
    Withdrawal withdrawal;
    withdrawal.gateway = Gateway::BucksBus;
    withdrawal.id = reader.requiredString(u"withdraw_id");
    withdrawal.foreignId = reader.string(BucksBusJson::kOrderIdField).trimmed();
    withdrawal.amount = {reader.requiredDecimal(u"amount"), reader.requiredString(u"asset_id")};
    withdrawal.fee = money(reader, u"fee", u"fee_asset_id");
    withdrawal.address = reader.string(u"address");
    withdrawal.network = reader.string(u"crypto_network");
    withdrawal.txHash = reader.firstString({u"trx_hash", u"tx_hash", u"txid"});
    withdrawal.rawStatus = reader.requiredFirstString({u"status", u"status_type"});
    withdrawal.created = reader.isoTime(u"start_date");
    withdrawal.updated = reader.isoTime(u"complete_date");
    if (!withdrawal.updated.isValid())
        withdrawal.updated = withdrawal.created;
    if (!reader.ok())
        return reader.error();
    withdrawal.status = mapTransferStatus(Gateway::BucksBus, withdrawal.rawStatus);
    withdrawal.rawJson = bytes.toByteArray();
    return withdrawal;
}

Result<BlockchainTx> mapTransaction(QByteArrayView bytes, const QString& paymentId)
{
    JsonFieldReader reader(bytes, QCoreApplication::translate("ProviderJson", "transaction"));
    BlockchainTx tx;
    tx.gateway = Gateway::BucksBus;
    tx.paymentId = paymentId;
    tx.txHash = reader.requiredFirstString({u"trx_hash", u"tx_hash", u"hash", u"txid"});
    tx.amount = {reader.requiredDecimal(u"amount"), reader.firstString({u"asset_id", u"currency"})};
    tx.network = reader.string(u"crypto_network");
    tx.toAddress = reader.string(u"address");
    tx.fromAddress = reader.firstString({u"from_address", u"from"});
    tx.confirmations = reader.integer(u"confirms", 0);
    tx.rawStatus = reader.firstString({u"status", u"status_type"});
    tx.time = reader.isoTime(u"trx_received");
    const QDateTime completed = reader.isoTime(u"trx_date");
    if (!tx.time.isValid())
        tx.time = completed;
    if (tx.amount.currency.isEmpty())
        reader.fail(QCoreApplication::translate("ProviderJson", "The transaction has no \"asset_id\" field."));
    if (!reader.ok())
        return reader.error();
    tx.rawJson = bytes.toByteArray();
    return tx;
}

Result<DedicatedAddress> mapDedicate(QByteArrayView bytes)
{
    JsonFieldReader reader(bytes, QCoreApplication::translate("ProviderJson", "dedicated address"));
    DedicatedAddress address;
    address.gateway = Gateway::BucksBus;
    address.id = reader.requiredString(u"dedicate_id");
    address.address = reader.requiredString(u"address");
    address.currency = reader.string(u"asset_id");
    address.network = reader.string(u"crypto_network");
    address.label = reader.string(u"description");
    address.customerReference = reader.string(BucksBusJson::kOrderIdField).trimmed();
    address.rawStatus = reader.requiredFirstString({u"status", u"status_type"});
    address.created = reader.isoTime(u"start_date");
    address.updated = address.created;
    reader.isoTime(u"end_date"); // validated only: the record has no expiry
    if (!reader.ok())
        return reader.error();
    address.status = mapAddressStatus(Gateway::BucksBus, address.rawStatus);
    address.rawJson = bytes.toByteArray();
    return address;
}

} // namespace

Result<Payment> BucksBusJson::payment(const QByteArray& json)
{
    if (auto valid = validDocument(json, QCoreApplication::translate("ProviderJson", "payment")); !valid)
        return valid.error();
    return mapPayment(json);
}

Result<Payment> BucksBusJson::webhookPayment(const QByteArray& json)
{
    if (auto valid = validDocument(json, QCoreApplication::translate("ProviderJson", "webhook")); !valid)
        return valid.error();
    const auto inner = RawJson::member(json, u"payment");
    if (!inner || inner->isEmpty() || inner->front() != '{')
        return parseError(QCoreApplication::translate("ProviderJson", "The webhook has no \"payment\" object."));
    return mapPayment(*inner);
}

Result<QList<Payment>> BucksBusJson::payments(const QByteArray& json)
{
    const auto items = arrayItems(json, QCoreApplication::translate("ProviderJson", "payment list"));
    if (!items)
        return items.error();
    QList<Payment> payments;
    payments.reserve(items.value().size());
    for (QByteArrayView item : items.value()) {
        auto payment = mapPayment(item);
        if (!payment)
            return payment.error();
        payments.append(std::move(payment).value());
    }
    return payments;
}

Result<QList<BlockchainTx>> BucksBusJson::paymentTransactions(const QByteArray& json, const QString& paymentId)
{
    const QString what = QCoreApplication::translate("ProviderJson", "transaction list");
    QByteArray listBytes = json;
    QJsonParseError jsonError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error == QJsonParseError::NoError && document.isObject()) {
        bool found = false;
        for (QStringView key : {u"trxs", u"txs", u"items", u"data"}) {
            const auto inner = RawJson::member(json, key);
            if (inner && !inner->isEmpty() && inner->front() == '[') {
                listBytes = inner->toByteArray();
                found = true;
                break;
            }
        }
        if (!found)
            return parseError(QCoreApplication::translate("ProviderJson", "The %1 reply holds no list.").arg(what));
    }
    const auto items = arrayItems(listBytes, what);
    if (!items)
        return items.error();
    QList<BlockchainTx> transactions;
    for (QByteArrayView item : items.value()) {
        auto tx = mapTransaction(item, paymentId);
        if (!tx)
            return tx.error();
        transactions.append(std::move(tx).value());
    }
    return transactions;
}

Result<Withdrawal> BucksBusJson::withdrawal(const QByteArray& json)
{
    if (auto valid = validDocument(json, QCoreApplication::translate("ProviderJson", "withdrawal")); !valid)
        return valid.error();
    return mapWithdrawal(json);
}

Result<Refund> BucksBusJson::refund(const QByteArray& json, const QString& paymentId)
{
    const auto withdrawal = BucksBusJson::withdrawal(json);
    if (!withdrawal)
        return withdrawal.error();
    const Withdrawal& w = withdrawal.value();
    JsonFieldReader reader(json, QCoreApplication::translate("ProviderJson", "withdrawal"));
    Refund refund;
    refund.gateway = Gateway::BucksBus;
    refund.id = w.id;
    const QString echoed = reader.string(kRefundedPaymentField).trimmed();
    refund.paymentId = echoed.isEmpty() ? paymentId : echoed;
    refund.amount = w.amount;
    refund.reason = reader.string(u"description");
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
    const QString what = QCoreApplication::translate("ProviderJson", "accounts");
    if (auto valid = validDocument(json, what); !valid)
        return valid.error();
    const auto accountsBytes = RawJson::member(json, u"accounts");
    if (!accountsBytes)
        return parseError(QCoreApplication::translate("ProviderJson", "The accounts reply has no \"accounts\" list."));
    const QByteArray accountsList = accountsBytes->toByteArray(); // the items below point into it
    const auto items = arrayItems(accountsList, what);
    if (!items)
        return items.error();
    QList<Balance> balances;
    for (QByteArrayView item : items.value()) {
        JsonFieldReader reader(item, QCoreApplication::translate("ProviderJson", "account"));
        Balance balance;
        balance.gateway = Gateway::BucksBus;
        balance.currency = reader.requiredString(u"asset_id");
        balance.total = reader.requiredDecimal(u"balance");
        const std::optional<Decimal> available = reader.decimal(u"available");
        const std::optional<Decimal> onHold = reader.decimal(u"on_hold");
        balance.available = available.value_or(balance.total);
        balance.onHold = onHold.value_or(Decimal());
        balance.fiatEquivalent = money(reader, u"base_balance", u"base_asset_id");
        if (!balance.fiatEquivalent.isValid())
            balance.fiatEquivalent = money(reader, u"base_balance", u"base_currency");
        if (!reader.ok())
            return reader.error();
        balance.rawJson = item.toByteArray();
        balances.append(std::move(balance));
    }
    return balances;
}

Result<DedicatedAddress> BucksBusJson::dedicatedAddress(const QByteArray& json)
{
    if (auto valid = validDocument(json, QCoreApplication::translate("ProviderJson", "dedicated address")); !valid)
        return valid.error();
    return mapDedicate(json);
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
    if (auto transport = HttpErrorClassifier::transportError(result, creatingCall))
        return *transport;
    ProviderError error = HttpErrorClassifier::statusError(result, creatingCall);
    // 422 (and any other status that carries it): {"code":"ERR_…","message":"…"}.
    QJsonParseError jsonError{};
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &jsonError);
    if (jsonError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject body = document.object();
        const QString code = body.value(u"code"_s).toString();
        const QString message = body.value(u"message"_s).toString();
        if (!code.isEmpty())
            error.providerCode = code;
        if (!message.isEmpty())
            error.message = message;
        // "ERR_NO_PAYMENT" and its kin: the object does not exist.
        if (error.kind == ProviderError::Kind::Validation && code.startsWith(u"ERR_NO_"_s))
            error.kind = ProviderError::Kind::NotFound;
    } else if (result.isSuccess()) {
        error.kind = ProviderError::Kind::Parse;
        error.message = QCoreApplication::translate("ProviderJson", "The reply is not valid JSON.");
    }
    return error;
}

} // namespace paydesk
