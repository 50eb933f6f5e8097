#include "providers/cryptoprocessing/CryptoProcessingJson.h"

#include "providers/StatusMapping.h"
#include "providers/common/JsonFieldReader.h"
#include "providers/common/TransportError.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

// The object inside {"data": …}, or the reply itself when it has no envelope.
Result<RawJsonNode> unwrapData(const QByteArray& json)
{
    Result<RawJsonNode> root = JsonFieldReader::parseReply(json);
    if (!root)
        return root;
    if (root.value().isObject()) {
        if (const RawJsonNode* data = root.value().member(u"data"); data && !data->isNull())
            return *data;
    }
    return root;
}

// A currency given as {"iso": "EUR", "network_name": …} or as a plain "EUR".
struct CurrencyRef
{
    QString code;
    QString network;
};

CurrencyRef currencyRef(JsonFieldReader& reader, QStringView key)
{
    const RawJsonNode* value = reader.node(key);
    if (!value)
        return {};
    if (value->isObject()) {
        JsonFieldReader inner(*value, key.toString());
        CurrencyRef ref{inner.optionalText(u"iso").toUpper(), inner.optionalText(u"network_name")};
        if (ref.code.isEmpty())
            ref.code = inner.optionalText(u"currency").toUpper();
        if (!inner.ok())
            reader.fail(inner.error().message, key.toString());
        return ref;
    }
    return CurrencyRef{reader.optionalText(key).toUpper(), {}};
}

// {"currency": "BTC", "amount": "6.5", "amount_minus_fee": "6.4"} → amounts; absent gives invalid Money.
Money moneyIn(const RawJsonNode* object, QStringView amountKey, JsonFieldReader& outer, QStringView outerKey)
{
    if (!object || !object->isObject())
        return {};
    JsonFieldReader reader(*object, outerKey.toString());
    const QString currency = reader.optionalText(u"currency").toUpper();
    const std::optional<Decimal> amount = reader.optionalDecimal(amountKey);
    if (!reader.ok()) {
        outer.fail(reader.error().message, outerKey.toString());
        return {};
    }
    if (currency.isEmpty() || !amount)
        return {};
    return Money{*amount, currency};
}

// The sum of the `fees` items in one currency; std::nullopt when there is none, or the sum goes beyond 38 digits
// (left out rather than a wrong partial sum).
std::optional<Money> feesIn(const QList<Money>& fees, const QString& currency)
{
    Decimal fee;
    bool any = false;
    for (const Money& item : fees) {
        if (item.currency != currency)
            continue;
        const std::optional<Decimal> sum = fee.plus(item.amount);
        if (!sum)
            return std::nullopt;
        fee = *sum;
        any = true;
    }
    if (!any)
        return std::nullopt;
    return Money{fee, currency};
}

} // namespace

Result<Payment> CryptoProcessingJson::paymentRequest(const QByteArray& json, const QString& accountId, bool accountLive)
{
    Result<RawJsonNode> object = unwrapData(json);
    if (!object)
        return object.error();
    JsonFieldReader reader(object.value(), tr("payment request"));
    Payment payment;
    payment.accountId = accountId;
    payment.gateway = Gateway::CryptoProcessing;
    payment.liveMode = accountLive; // the objects carry no mode: the account's (production or sandbox host) decides
    payment.rawJson = object.value().rawBytes();
    payment.id = reader.requiredText(u"id");
    payment.rawStatus = reader.requiredText(u"status");
    const CurrencyRef currency = currencyRef(reader, u"currency");
    const std::optional<Decimal> amount = reader.requiredDecimal(u"amount");
    if (currency.code.isEmpty() && reader.ok())
        reader.fail(tr("The payment request in the gateway's reply has no currency."), u"currency"_s);
    if (amount)
        payment.amount = Money{*amount, currency.code};
    const CurrencyRef payCurrency = currencyRef(reader, u"payment_currency");
    payment.network = payCurrency.network.isEmpty() ? currency.network : payCurrency.network;
    payment.orderId = reader.optionalText(u"foreign_id");
    payment.description = reader.optionalText(u"description");
    payment.paymentUrl = reader.optionalText(u"payment_link");
    payment.payerEmail = reader.optionalText(u"end_user_email");
    payment.expires = reader.optionalTime(u"life_time");
    payment.created = reader.optionalTime(u"created_at");
    payment.updated = reader.optionalTime(u"updated_at");
    if (!reader.ok())
        return reader.error();
    payment.status = mapPaymentStatus(Gateway::CryptoProcessing, payment.rawStatus);
    return payment;
}

Result<QList<Balance>> CryptoProcessingJson::balances(
    const QByteArray& json, const QDateTime& asOf, const QString& accountId)
{
    Result<RawJsonNode> list = unwrapData(json);
    if (!list)
        return list.error();
    if (!list.value().isArray())
        return JsonFieldReader::parseError(tr("CryptoProcessing's balance list is not a JSON array."));
    QList<Balance> balances;
    for (const RawJsonNode& item : list.value().children()) {
        JsonFieldReader reader(item, tr("balance"));
        Balance balance;
        balance.accountId = accountId;
        balance.gateway = Gateway::CryptoProcessing;
        balance.currency = reader.requiredText(u"currency").toUpper();
        if (std::optional<Decimal> amount = reader.requiredDecimal(u"balance")) {
            balance.total = *amount;
            balance.available = *amount;
        }
        balance.asOf = asOf.toUTC();
        balance.rawJson = item.rawBytes();
        if (!reader.ok())
            return reader.error();
        balances.append(std::move(balance));
    }
    return balances;
}

Result<DedicatedAddress> CryptoProcessingJson::dedicatedAddress(const QByteArray& json, const QString& accountId)
{
    Result<RawJsonNode> object = unwrapData(json);
    if (!object)
        return object.error();
    JsonFieldReader reader(object.value(), tr("deposit address"));
    DedicatedAddress address;
    address.accountId = accountId;
    address.gateway = Gateway::CryptoProcessing;
    address.rawJson = object.value().rawBytes();
    address.id = reader.requiredText(u"id");
    address.address = reader.requiredText(u"address");
    address.currency = reader.requiredText(u"currency").toUpper();
    address.tag = reader.optionalText(u"tag");
    address.network = reader.optionalText(u"network");
    address.customerReference = reader.optionalText(u"foreign_id");
    if (address.customerReference.isEmpty())
        address.customerReference = reader.optionalText(u"end_user_reference");
    if (!reader.ok())
        return reader.error();
    address.status = AddressStatus::Active; // addresses/take gives permanent addresses with no status
    return address;
}

Result<Withdrawal> CryptoProcessingJson::withdrawal(const QByteArray& json, const QString& accountId)
{
    Result<RawJsonNode> object = unwrapData(json);
    if (!object)
        return object.error();
    JsonFieldReader reader(object.value(), tr("withdrawal"));
    Withdrawal withdrawal;
    withdrawal.accountId = accountId;
    withdrawal.gateway = Gateway::CryptoProcessing;
    withdrawal.rawJson = object.value().rawBytes();
    withdrawal.id = reader.requiredText(u"id");
    withdrawal.foreignId = reader.optionalText(u"foreign_id");
    withdrawal.rawStatus = reader.requiredText(u"status");
    QString currency = reader.optionalText(u"receiver_currency").toUpper();
    std::optional<Decimal> amount = reader.optionalDecimal(u"receiver_amount");
    if (!amount)
        amount = reader.requiredDecimal(u"amount");
    if (currency.isEmpty())
        currency = reader.optionalText(u"currency").toUpper();
    if (currency.isEmpty() && reader.ok())
        reader.fail(tr("The withdrawal in the gateway's reply has no currency."), u"receiver_currency"_s);
    withdrawal.created = reader.optionalTime(u"created_at");
    if (!reader.ok())
        return reader.error();
    withdrawal.amount = Money{*amount, currency};
    withdrawal.status = mapTransferStatus(Gateway::CryptoProcessing, withdrawal.rawStatus);
    return withdrawal;
}

Result<CryptoProcessingTransaction> CryptoProcessingJson::transaction(const QByteArray& json, const QString& accountId)
{
    Result<RawJsonNode> object = unwrapData(json);
    if (!object)
        return object.error();
    JsonFieldReader reader(object.value(), tr("transaction"));
    CryptoProcessingTransaction transaction;
    transaction.rawJson = object.value().rawBytes();
    transaction.id = reader.requiredText(u"id");
    transaction.rawStatus = reader.requiredText(u"status");
    transaction.foreignId = reader.optionalText(u"foreign_id");
    transaction.endUserReference = reader.optionalText(u"end_user_reference");
    transaction.type = reader.optionalText(u"type");
    transaction.error = reader.optionalText(u"error");
    transaction.sent = moneyIn(reader.node(u"currency_sent"), u"amount", reader, u"currency_sent");
    transaction.received = moneyIn(reader.node(u"currency_received"), u"amount", reader, u"currency_received");
    transaction.receivedAfterFees
        = moneyIn(reader.node(u"currency_received"), u"amount_minus_fee", reader, u"currency_received");
    if (const RawJsonNode* address = reader.node(u"crypto_address")) {
        JsonFieldReader inner(*address, tr("crypto_address"));
        transaction.addressId = inner.optionalText(u"id");
        transaction.address = inner.optionalText(u"address");
        transaction.tag = inner.optionalText(u"tag");
        transaction.addressForeignId = inner.optionalText(u"foreign_id");
        if (!inner.ok())
            reader.fail(inner.error().message, u"crypto_address"_s);
    }
    if (const RawJsonNode* fees = reader.node(u"fees"); fees && fees->isArray()) {
        for (const RawJsonNode& fee : fees->children()) {
            const Money money = moneyIn(&fee, u"amount", reader, u"fees");
            if (money.isValid())
                transaction.fees.append(money);
        }
    }
    if (!reader.ok())
        return reader.error();
    transaction.status = mapTransferStatus(Gateway::CryptoProcessing, transaction.rawStatus);

    if (const RawJsonNode* items = reader.node(u"transactions")) {
        if (!items->isArray())
            return JsonFieldReader::parseError(
                tr("\"transactions\" in the gateway's reply is not a list."), u"transactions"_s);
        for (const RawJsonNode& item : items->children()) {
            JsonFieldReader txReader(item, tr("blockchain transaction"));
            BlockchainTx tx;
            tx.accountId = accountId;
            tx.gateway = Gateway::CryptoProcessing;
            tx.rawJson = item.rawBytes();
            // The vendor's own example sends txid as a float (7.854431205445763e+76): keep the token text as sent.
            tx.txHash = txReader.optionalText(u"txid");
            const QString currency = txReader.optionalText(u"currency").toUpper();
            if (std::optional<Decimal> amount = txReader.optionalDecimal(u"amount"); amount && !currency.isEmpty())
                tx.amount = Money{*amount, currency};
            tx.toAddress = txReader.optionalText(u"address");
            tx.confirmations = txReader.optionalInt(u"confirmations").value_or(0);
            tx.addressId = transaction.addressId;
            tx.rawStatus = transaction.rawStatus;
            if (!txReader.ok())
                return txReader.error();
            transaction.transactions.append(std::move(tx));
        }
    }
    return transaction;
}

Withdrawal CryptoProcessingJson::withdrawalFrom(
    const CryptoProcessingTransaction& transaction, const QString& accountId)
{
    Withdrawal withdrawal;
    withdrawal.accountId = accountId;
    withdrawal.gateway = Gateway::CryptoProcessing;
    withdrawal.id = transaction.id;
    withdrawal.foreignId = transaction.foreignId;
    withdrawal.amount = transaction.received.isValid() ? transaction.received : transaction.sent;
    withdrawal.address = transaction.address;
    withdrawal.tag = transaction.tag;
    withdrawal.status = transaction.status;
    withdrawal.rawStatus = transaction.rawStatus;
    withdrawal.rawJson = transaction.rawJson;
    if (!transaction.transactions.isEmpty())
        withdrawal.txHash = transaction.transactions.first().txHash;
    const QString feeCurrency = transaction.sent.isValid() ? transaction.sent.currency : withdrawal.amount.currency;
    if (const std::optional<Money> fee = feesIn(transaction.fees, feeCurrency))
        withdrawal.fee = *fee;
    return withdrawal;
}

Payment CryptoProcessingJson::paymentRequestFromDeposit(
    const Payment& known, const CryptoProcessingTransaction& deposit)
{
    const bool isDeposit = deposit.type.isEmpty() || deposit.type.startsWith(u"deposit"_s);
    if (!isDeposit || (!deposit.foreignId.isEmpty() && deposit.foreignId != known.orderId))
        return known;
    Payment payment = known;
    switch (deposit.status) {
    case TransferStatus::Succeeded:
        payment.rawStatus = u"paid"_s;
        break;
    case TransferStatus::Pending:
    case TransferStatus::Processing:
        payment.rawStatus = u"processing"_s;
        break;
    case TransferStatus::Cancelled:
    case TransferStatus::Failed:
        payment.rawStatus = u"failed"_s;
        break;
    case TransferStatus::Unknown:
        return known; // a deposit status we do not know says nothing about the request
    }
    payment.status = mapPaymentStatus(Gateway::CryptoProcessing, payment.rawStatus);
    if (deposit.received.isValid()) {
        payment.paid = deposit.received;
        // The deposit's fees in the received currency (the others, if any, are not this payment's fee).
        if (const std::optional<Money> fee = feesIn(deposit.fees, deposit.received.currency))
            payment.fee = *fee;
    }
    if (deposit.receivedAfterFees.isValid())
        payment.credited = deposit.receivedAfterFees;
    if (!deposit.address.isEmpty())
        payment.address = deposit.address;
    return payment;
}

Payment CryptoProcessingJson::addressDeposit(
    const CryptoProcessingTransaction& deposit, const QString& accountId, bool accountLive)
{
    Payment payment;
    payment.accountId = accountId;
    payment.gateway = Gateway::CryptoProcessing;
    payment.liveMode = accountLive;
    payment.id = deposit.id;
    payment.orderId = deposit.addressForeignId.isEmpty() ? deposit.foreignId : deposit.addressForeignId;
    payment.description = deposit.endUserReference;
    payment.addressId = deposit.addressId;
    payment.address = deposit.address;
    payment.payAmount = deposit.sent;
    payment.paid = deposit.sent;
    payment.amount = deposit.received.isValid() ? deposit.received : deposit.sent;
    if (const std::optional<Money> fee = feesIn(deposit.fees, payment.amount.currency))
        payment.fee = *fee;
    if (deposit.receivedAfterFees.isValid())
        payment.credited = deposit.receivedAfterFees;
    payment.rawStatus = deposit.rawStatus;
    switch (deposit.status) {
    case TransferStatus::Succeeded:
        payment.status = PaymentStatus::Paid;
        break;
    case TransferStatus::Pending:
    case TransferStatus::Processing:
        payment.status = PaymentStatus::Processing;
        break;
    case TransferStatus::Cancelled:
    case TransferStatus::Failed:
        payment.status = PaymentStatus::Failed;
        break;
    case TransferStatus::Unknown:
        payment.status = PaymentStatus::Unknown;
        break;
    }
    payment.rawJson = deposit.rawJson;
    return payment;
}

Result<QList<GatewayAsset>> CryptoProcessingJson::currencies(const QByteArray& json)
{
    Result<RawJsonNode> list = unwrapData(json);
    if (!list)
        return list.error();
    if (!list.value().isArray())
        return JsonFieldReader::parseError(tr("The currency list in the gateway's reply is not a list."));
    QList<GatewayAsset> assets;
    for (const RawJsonNode& item : list.value().children()) {
        JsonFieldReader reader(item, tr("currency"));
        GatewayAsset asset;
        asset.code = reader.requiredText(u"currency").toUpper();
        asset.fiat = reader.optionalText(u"type").compare(u"fiat", Qt::CaseInsensitive) == 0;
        asset.minimum = reader.optionalDecimal(u"minimum_amount");
        asset.precision = reader.optionalInt(u"precision");
        if (!reader.ok())
            return reader.error();
        assets.append(std::move(asset));
    }
    return assets;
}

Result<void> CryptoProcessingJson::ping(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed == "OK" || trimmed == "\"OK\"")
        return {};
    return JsonFieldReader::parseError(tr("CryptoProcessing's ping did not answer OK."));
}

ProviderError CryptoProcessingJson::errorFrom(const HttpResult& result, bool creatingCall)
{
    if (std::optional<ProviderError> transport = TransportError::fromOutcome(result, creatingCall))
        return *transport;
    ProviderError error = TransportError::fromStatus(result.status, creatingCall);

    std::optional<RawJsonNode> root = RawJsonNode::parse(result.body);
    if (root && root->isObject()) {
        // 400 {"errors": {"field": "message"}} (a list of messages is accepted too).
        if (const RawJsonNode* errors = root->member(u"errors"); errors && errors->isObject()) {
            QStringList parts;
            bool foreignIdTaken = false;
            for (qsizetype i = 0; i < errors->keys().size(); ++i) {
                const RawJsonNode& value = errors->children().at(i);
                QStringList messages;
                if (value.isArray()) {
                    for (const RawJsonNode& item : value.children())
                        messages.append(item.toText().value_or(QString()));
                } else {
                    messages.append(value.toText().value_or(QString()));
                }
                messages.removeAll(QString());
                if (error.field.isEmpty())
                    error.field = errors->keys().at(i);
                parts.append(messages.join(u' '));
                if (errors->keys().at(i) == u"foreign_id"_s
                    && messages.join(u' ').contains(u"already been taken"_s, Qt::CaseInsensitive))
                    foreignIdTaken = true;
            }
            parts.removeAll(QString());
            error.message = parts.join(u"; "_s);
            if (foreignIdTaken && error.kind == ProviderError::Kind::Validation) {
                // Nothing was done now, but something already exists under this foreign id.
                error.kind = ProviderError::Kind::Conflict;
                error.field = u"foreign_id"_s;
            }
        }
        // 403 {"error": "…", "code": "bad_header_signature"}.
        if (const RawJsonNode* code = root->member(u"code"); code && code->toText())
            error.providerCode = *code->toText();
        if (const RawJsonNode* text = root->member(u"error"); text && text->isString() && !text->string().isEmpty())
            error.message = text->string();
    }
    static constexpr std::array kAuthCodes{
        u"bad_header_signature", u"required_header_signature", u"bad_header_key", u"required_header_key"};
    for (const char16_t* code : kAuthCodes) {
        if (error.providerCode == QStringView(code))
            error.kind = ProviderError::Kind::Auth;
    }
    if (error.providerCode == u"bad_content_format"_s)
        error.kind = ProviderError::Kind::Validation;
    TransportError::describeStatus(error, u"CryptoProcessing"_s);
    return error;
}

} // namespace paydesk
