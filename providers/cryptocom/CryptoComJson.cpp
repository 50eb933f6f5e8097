#include "providers/cryptocom/CryptoComJson.h"

#include "core/Assets.h"
#include "providers/StatusMapping.h"
#include "providers/common/JsonFieldReader.h"
#include "providers/common/TransportError.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

std::optional<int> exponentFor(JsonFieldReader& reader, const QString& currency)
{
    if (currency.isEmpty())
        return std::nullopt; // requiredText already reported it
    const std::optional<int> exponent = cryptoComMinorUnitExponent(currency);
    if (!exponent) {
        reader.fail(CryptoComJson::tr("The currency %1 in Crypto.com Pay's reply is not known, so its amounts in "
                                      "minor units cannot be read.")
                        .arg(currency),
            u"currency"_s);
    }
    return exponent;
}

Result<Payment> paymentFrom(const RawJsonNode& object, const QString& accountId, bool accountLive)
{
    JsonFieldReader reader(object, CryptoComJson::tr("payment"));
    Payment payment;
    payment.accountId = accountId;
    payment.gateway = Gateway::CryptoCom;
    payment.rawJson = object.rawBytes();
    payment.id = reader.requiredText(u"id");
    const QString currency = reader.requiredText(u"currency").toUpper();
    payment.rawStatus = reader.requiredText(u"status");
    const std::optional<int> exponent = exponentFor(reader, currency);
    if (exponent) {
        if (std::optional<Decimal> amount = reader.requiredMinorUnits(u"amount", *exponent))
            payment.amount = Money{*amount, currency};
        if (std::optional<Decimal> refunded = reader.optionalMinorUnits(u"amount_refunded", *exponent))
            payment.refunded = Money{*refunded, currency};
    }
    const QString cryptoCurrency = reader.optionalText(u"crypto_currency").toUpper();
    const std::optional<Decimal> cryptoAmount = reader.optionalDecimal(u"crypto_amount");
    if (!cryptoCurrency.isEmpty() && cryptoAmount)
        payment.payAmount = Money{*cryptoAmount, cryptoCurrency};
    payment.orderId = reader.optionalText(u"order_id");
    payment.description = reader.optionalText(u"description");
    payment.paymentUrl = reader.optionalText(u"payment_url");
    payment.created = reader.optionalTime(u"created");
    payment.expires = reader.optionalTime(u"expired_at");
    // live_mode is on every object (test or live is decided by the key); without it, the account's mode decides.
    payment.liveMode = reader.optionalBool(u"live_mode", accountLive);
    const bool fullyRefunded = reader.optionalBool(u"refunded");
    if (!reader.ok())
        return reader.error();

    payment.status = mapPaymentStatus(Gateway::CryptoCom, payment.rawStatus);
    if (payment.status == PaymentStatus::Paid) {
        if (fullyRefunded)
            payment.status = PaymentStatus::Refunded;
        else if (payment.refunded.isValid() && payment.refunded.amount.signum() > 0)
            payment.status = PaymentStatus::PartiallyRefunded;
        // A captured payment received its crypto amount in full.
        payment.paid = payment.payAmount;
    }
    return payment;
}

Result<Refund> refundFrom(const RawJsonNode& object, const QString& accountId)
{
    JsonFieldReader reader(object, CryptoComJson::tr("refund"));
    Refund refund;
    refund.accountId = accountId;
    refund.gateway = Gateway::CryptoCom;
    refund.rawJson = object.rawBytes();
    refund.id = reader.requiredText(u"id");
    refund.paymentId = reader.requiredText(u"payment_id");
    const QString currency = reader.requiredText(u"currency").toUpper();
    refund.rawStatus = reader.requiredText(u"status");
    if (const std::optional<int> exponent = exponentFor(reader, currency)) {
        if (std::optional<Decimal> amount = reader.requiredMinorUnits(u"amount", *exponent))
            refund.amount = Money{*amount, currency};
    }
    refund.reason = reader.optionalText(u"reason");
    if (refund.reason.isEmpty())
        refund.reason = reader.optionalText(u"description");
    refund.created = reader.optionalTime(u"created");
    if (!reader.ok())
        return reader.error();
    refund.status = mapTransferStatus(Gateway::CryptoCom, refund.rawStatus);
    return refund;
}

} // namespace

Result<Payment> CryptoComJson::payment(const QByteArray& json, const QString& accountId, bool accountLive)
{
    Result<RawJsonNode> root = JsonFieldReader::parseReply(json);
    if (!root)
        return root.error();
    return paymentFrom(root.value(), accountId, accountLive);
}

Result<CryptoComPaymentPage> CryptoComJson::paymentList(
    const QByteArray& json, const QString& accountId, bool accountLive)
{
    Result<RawJsonNode> root = JsonFieldReader::parseReply(json);
    if (!root)
        return root.error();
    CryptoComPaymentPage page;
    const RawJsonNode* items = nullptr;
    if (root.value().isArray()) {
        items = &root.value();
    } else if (root.value().isObject()) {
        // Not in the spec, accepted defensively: a list envelope.
        JsonFieldReader reader(root.value(), tr("payment list"));
        items = reader.node(u"data");
        if (!items)
            items = reader.node(u"items");
        if (reader.has(u"has_more"))
            page.hasMore = reader.optionalBool(u"has_more");
        if (!reader.ok())
            return reader.error();
    }
    if (!items || !items->isArray())
        return JsonFieldReader::parseError(tr("Crypto.com Pay's payment list is not a JSON array."));
    page.payments.reserve(items->children().size());
    for (const RawJsonNode& item : items->children()) {
        Result<Payment> payment = paymentFrom(item, accountId, accountLive);
        if (!payment) {
            ProviderError error = payment.error();
            error.message = tr("Payment %1 of the list: %2").arg(page.payments.size() + 1).arg(error.message);
            return error;
        }
        page.payments.append(std::move(payment).value());
    }
    return page;
}

Result<Refund> CryptoComJson::refund(const QByteArray& json, const QString& accountId)
{
    Result<RawJsonNode> root = JsonFieldReader::parseReply(json);
    if (!root)
        return root.error();
    return refundFrom(root.value(), accountId);
}

Result<CryptoComEvent> CryptoComJson::event(const QByteArray& json, const QString& accountId, bool accountLive)
{
    Result<RawJsonNode> root = JsonFieldReader::parseReply(json);
    if (!root)
        return root.error();
    JsonFieldReader reader(root.value(), tr("webhook event"));
    CryptoComEvent event;
    event.rawJson = root.value().rawBytes();
    event.id = reader.requiredText(u"id");
    event.type = reader.requiredText(u"type");
    event.created = reader.optionalTime(u"created");
    const RawJsonNode* data = reader.node(u"data");
    const RawJsonNode* object = data ? data->member(u"object") : nullptr;
    if (!object || !object->isObject())
        reader.fail(tr("The webhook event has no data.object."), u"data"_s);
    if (!reader.ok())
        return reader.error();

    const bool isRefund = event.type.startsWith(u"payment.refund_"_s) || object->member(u"payment_id") != nullptr;
    if (isRefund) {
        Result<Refund> refund = refundFrom(*object, accountId);
        if (!refund)
            return refund.error();
        event.refund = std::move(refund).value();
    } else {
        Result<Payment> payment = paymentFrom(*object, accountId, accountLive);
        if (!payment)
            return payment.error();
        event.payment = std::move(payment).value();
    }
    return event;
}

Result<void> CryptoComJson::accountTest(const QByteArray& json)
{
    Result<CryptoComPaymentPage> page = paymentList(json);
    if (!page)
        return page.error();
    return {};
}

ProviderError CryptoComJson::errorFrom(const HttpResult& result, bool creatingCall)
{
    if (std::optional<ProviderError> transport = TransportError::fromOutcome(result, creatingCall))
        return *transport;

    ProviderError error = TransportError::fromStatus(result.status, creatingCall);
    if (result.status == 402)
        error.kind = ProviderError::Kind::Conflict;

    // {"error":{"type","code","param","error_message"}}; 5xx bodies may be HTML, which is simply not used.
    QString type;
    if (std::optional<RawJsonNode> root = RawJsonNode::parse(result.body)) {
        if (const RawJsonNode* body = root->member(u"error"); body && body->isObject()) {
            JsonFieldReader reader(*body, tr("error"));
            type = reader.optionalText(u"type");
            const QString code = reader.optionalText(u"code");
            error.providerCode = code.isEmpty() ? type : code;
            error.field = reader.optionalText(u"param");
            const QString message = reader.optionalText(u"error_message");
            if (!message.isEmpty())
                error.message = message;
            if (type == u"authentication_error"_s)
                error.kind = ProviderError::Kind::Auth;
            else if (type == u"rate_limit_error"_s)
                error.kind = ProviderError::Kind::RateLimited;
            else if (code == u"resource_missing"_s && result.status < 500)
                error.kind = ProviderError::Kind::NotFound;
        }
    }
    TransportError::describeStatus(error, u"Crypto.com Pay"_s);
    return error;
}

} // namespace paydesk
