#include "sandbox/cryptocom/CryptocomSimulator.h"

#include "sandbox/ControlApi.h"
#include "sandbox/DefaultGateways.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/WebhookDispatcher.h"
#include "sandbox/cryptocom/CryptocomSignature.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

std::unique_ptr<GatewaySimulator> createCryptocomSimulator(const SandboxEnvironment& environment)
{
    return std::make_unique<CryptocomSimulator>(environment);
}

const CryptocomSimulator::CurrencyInfo CryptocomSimulator::kCurrencies[] = {
    {"USD"_L1, 2, "10.2564"_L1},
    {"EUR"_L1, 2, "11.1111"_L1},
    {"GBP"_L1, 2, "12.987"_L1},
    {"SGD"_L1, 2, "7.6336"_L1},
    {"AUD"_L1, 2, "6.734"_L1},
    {"CAD"_L1, 2, "7.5188"_L1},
    {"CHF"_L1, 2, "11.6279"_L1},
    {"JPY"_L1, 0, "0.069"_L1},
    {"CRO"_L1, 18, "1"_L1},
};
const int CryptocomSimulator::kCurrencyCount = sizeof(kCurrencies) / sizeof(kCurrencies[0]);
const QLatin1StringView CryptocomSimulator::kReasons[]
    = {""_L1, "duplicate"_L1, "fraudulent"_L1, "requested_by_customer"_L1};

namespace {

constexpr int kMaxListLimit = 100;
constexpr int kDefaultListLimit = 20;
const QList<qint64> kWebhookRetryDelays = {5, 5, 5, 5, 5}; // spec: retried after 5 s, 6 requests in total

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox", text);
}

} // namespace

CryptocomSimulator::CryptocomSimulator(const SandboxEnvironment& environment)
    : m_environment(environment)
{
}

CryptocomSimulator::~CryptocomSimulator() = default;

QString CryptocomSimulator::id() const
{
    return u"cryptocom"_s;
}

QString CryptocomSimulator::displayName() const
{
    return u"Crypto.com Pay"_s;
}

QString CryptocomSimulator::pathPrefix() const
{
    return u"/cryptocom/api"_s;
}

QList<DemoCredential> CryptocomSimulator::demoCredentials() const
{
    return {{u"secret key"_s, QString(kSecretKey)}, {u"publishable key"_s, QString(kPublishableKey)},
        {u"webhook signature secret"_s, QString(kSignatureSecret)}};
}

qint64 CryptocomSimulator::now() const
{
    return m_environment.clock->nowSecs();
}

std::optional<quint8> CryptocomSimulator::currencyIndex(QStringView code)
{
    for (int i = 0; i < kCurrencyCount; ++i) {
        if (code == kCurrencies[i].code)
            return static_cast<quint8>(i);
    }
    return std::nullopt;
}

// ---- errors, ids ---------------------------------------------------------------------------------------------

HttpResponse CryptocomSimulator::error(
    int status, QLatin1StringView type, QLatin1StringView code, QLatin1StringView param, const QString& message)
{
    JsonWriter w;
    w.beginObject().key("error"_L1).beginObject().field("type"_L1, type);
    if (!code.isEmpty())
        w.field("code"_L1, code);
    if (!param.isEmpty())
        w.field("param"_L1, param);
    if (!message.isEmpty())
        w.field("error_message"_L1, message);
    w.endObject().endObject();
    return HttpResponse::json(status, w.take());
}

HttpResponse CryptocomSimulator::serverErrorResponse(int status) const
{
    return error(
        status, "api_error"_L1, "internal_server_error"_L1, {}, tr("Something went wrong on Crypto.com Pay's end."));
}

HttpResponse CryptocomSimulator::rateLimitResponse(int retryAfterSeconds) const
{
    HttpResponse response = error(
        429, "rate_limit_error"_L1, "rate_limit_exceeded"_L1, {}, tr("Too many requests hit the API too quickly."));
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

QString CryptocomSimulator::uuidText(const Uuid& id)
{
    static const char digits[] = "0123456789abcdef";
    char text[36];
    int pos = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            text[pos++] = '-';
        const std::uint64_t word = i < 16 ? id.hi : id.lo;
        text[pos++] = digits[(word >> (60 - 4 * (i % 16))) & 0xf];
    }
    return QString::fromLatin1(text, 36);
}

std::optional<CryptocomSimulator::Uuid> CryptocomSimulator::parseUuid(QStringView text)
{
    if (text.size() != 36)
        return std::nullopt;
    Uuid id;
    int digit = 0;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return std::nullopt;
            continue;
        }
        int value = 0;
        if (c >= u'0' && c <= u'9')
            value = c - u'0';
        else if (c >= u'a' && c <= u'f')
            value = c - u'a' + 10;
        else
            return std::nullopt;
        std::uint64_t& word = digit < 16 ? id.hi : id.lo;
        word = (word << 4) | static_cast<std::uint64_t>(value);
        ++digit;
    }
    return id;
}

CryptocomSimulator::Uuid CryptocomSimulator::newUuid()
{
    Uuid id;
    id.hi = (m_random.next() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
    id.lo = (m_random.next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    return id;
}

CryptocomSimulator::Payment* CryptocomSimulator::findPayment(QStringView id)
{
    const auto uuid = parseUuid(id);
    if (!uuid)
        return nullptr;
    const auto it = m_paymentIndex.find(*uuid);
    return it == m_paymentIndex.end() ? nullptr : &m_payments[it->second];
}

const CryptocomSimulator::Payment* CryptocomSimulator::findPayment(QStringView id) const
{
    return const_cast<CryptocomSimulator*>(this)->findPayment(id);
}

// ---- objects -------------------------------------------------------------------------------------------------

void CryptocomSimulator::writePayment(const Payment& payment, JsonWriter& w) const
{
    const CurrencyInfo& currency = kCurrencies[payment.currency];
    const QString id = uuidText(payment.id);
    const PaymentExtra* extra = payment.extra >= 0 ? &m_extras[static_cast<size_t>(payment.extra)] : nullptr;
    const Decimal rate = *Decimal::fromString(QString(currency.croPerUnit));
    const auto crypto = payment.amount.multipliedBy(rate, 8, Decimal::Rounding::HalfUp);
    const Decimal remaining = payment.amount.minus(payment.amountRefunded).value_or(Decimal());

    w.beginObject()
        .field("id"_L1, id)
        .key("amount"_L1)
        .rawNumber(payment.amount.toMinorUnits(currency.exponent).value_or(u"0"_s).toLatin1())
        .key("amount_refunded"_L1)
        .rawNumber(payment.amountRefunded.toMinorUnits(currency.exponent).value_or(u"0"_s).toLatin1())
        .field("created"_L1, payment.created)
        .field("crypto_currency"_L1, "CRO"_L1)
        .field("crypto_amount"_L1, crypto ? crypto->normalized().toString() : payment.amount.normalized().toString())
        .field("currency"_L1, currency.code)
        .nullField("customer_id"_L1)
        .field("data_url"_L1, u"https://pay.crypto.com/sdk/payments/"_s + id)
        .field("payment_url"_L1,
            u"https://js.crypto.com/sdk/payments/checkout/set_wallet?publishableKey="_s + QString(kPublishableKey)
                + u"&id="_s + id + u"&sdkMeta=paydesk-sandbox"_s)
        .optionalField("return_url"_L1, extra ? extra->returnUrl : QString())
        .optionalField("cancel_url"_L1, extra ? extra->cancelUrl : QString())
        .optionalField("description"_L1, extra ? extra->description : generatedDescription(payment))
        .field("live_mode"_L1, false)
        .key("metadata"_L1)
        .beginObject();
    if (extra) {
        for (const auto& [name, value] : extra->metadata)
            w.key(QLatin1StringView(name.toUtf8())).string(QStringView(value));
    }
    w.endObject()
        .optionalField("order_id"_L1, extra ? extra->orderId : generatedOrderId(payment))
        .field("recipient"_L1, "Paydesk Sandbox Shop"_L1)
        .field("refunded"_L1, !payment.amountRefunded.isZero() && remaining.isZero())
        .field("status"_L1,
            payment.status == PaymentStatus::Pending
                ? "pending"_L1
                : (payment.status == PaymentStatus::Succeeded ? "succeeded"_L1 : "cancelled"_L1));
    if (payment.expiresAt > 0)
        w.field("expired_at"_L1, payment.expiresAt);
    else
        w.nullField("expired_at"_L1);
    w.endObject();
}

void CryptocomSimulator::writeRefund(const Refund& refund, JsonWriter& w) const
{
    const Payment& payment = m_payments[refund.payment];
    const CurrencyInfo& currency = kCurrencies[payment.currency];
    w.beginObject()
        .field("id"_L1, uuidText(refund.id))
        .field("status"_L1, refund.status == RefundStatus::Pending ? "pending"_L1 : "succeeded"_L1)
        .field("payment_id"_L1, uuidText(payment.id))
        .field("currency"_L1, currency.code)
        .key("amount"_L1)
        .rawNumber(refund.amount.toMinorUnits(currency.exponent).value_or(u"0"_s).toLatin1());
    if (refund.reason > 0)
        w.field("reason"_L1, kReasons[refund.reason]);
    else
        w.nullField("reason"_L1);
    w.optionalField("description"_L1,
         refund.description >= 0 ? m_refundDescriptions[static_cast<size_t>(refund.description)] : QString())
        .field("created"_L1, refund.created)
        .field("live_mode"_L1, false)
        .endObject();
}

QList<SimulatedRecord> CryptocomSimulator::records() const
{
    QList<SimulatedRecord> all;
    all.reserve(static_cast<qsizetype>(m_payments.size() + m_refunds.size()));
    for (const Payment& payment : m_payments) {
        const PaymentExtra* extra = payment.extra >= 0 ? &m_extras[static_cast<size_t>(payment.extra)] : nullptr;
        all.append({.kind = SimulatedRecord::Kind::Invoice,
            .id = uuidText(payment.id),
            .key = extra ? extra->orderId : generatedOrderId(payment),
            .amount = payment.amount,
            .currency = QString(kCurrencies[payment.currency].code),
            .status = payment.status == PaymentStatus::Pending
                ? u"pending"_s
                : (payment.status == PaymentStatus::Succeeded ? u"succeeded"_s : u"cancelled"_s)});
    }
    for (const Refund& refund : m_refunds) {
        const Payment& payment = m_payments[refund.payment];
        all.append({.kind = SimulatedRecord::Kind::Refund,
            .id = uuidText(refund.id),
            .parentId = uuidText(payment.id),
            .amount = refund.amount,
            .currency = QString(kCurrencies[payment.currency].code),
            .status = refund.status == RefundStatus::Pending ? u"pending"_s : u"succeeded"_s});
    }
    return all;
}

QByteArray CryptocomSimulator::paymentJson(const Payment& payment) const
{
    JsonWriter w;
    writePayment(payment, w);
    return w.take();
}

QByteArray CryptocomSimulator::refundJson(const Refund& refund) const
{
    JsonWriter w;
    writeRefund(refund, w);
    return w.take();
}

void CryptocomSimulator::emitEvent(const char* type, const QByteArray& objectJson)
{
    JsonWriter w;
    w.beginObject()
        .field("id"_L1, uuidText(newUuid()))
        .field("object_type"_L1, "event"_L1)
        .field("type"_L1, QLatin1StringView(type))
        .field("created"_L1, now())
        .key("data"_L1)
        .beginObject()
        .key("object"_L1)
        .rawValue(objectJson)
        .endObject()
        .endObject();
    OutgoingWebhook webhook;
    webhook.gateway = id();
    webhook.event = QString::fromLatin1(type);
    webhook.body = w.take();
    webhook.sign = [](const QByteArray& body, qint64 nowSecs) {
        return OutgoingWebhook::Headers{{"Pay-Signature",
            CryptocomSignature::header(
                QByteArrayView(kSignatureSecret.data(), kSignatureSecret.size()), nowSecs, body)}};
    };
    webhook.retryDelaysSecs = kWebhookRetryDelays;
    m_environment.webhooks->enqueue(std::move(webhook));
}

// ---- routing -------------------------------------------------------------------------------------------------

std::optional<HttpResponse> CryptocomSimulator::authenticate(const HttpRequest& request) const
{
    QString key;
    if (const auto basic = request.basicCredentials())
        key = basic->first;
    else if (const auto bearer = request.bearerToken())
        key = *bearer;
    else
        return error(401, "authentication_error"_L1, "missing_api_key"_L1, {},
            tr("No API key provided. Use HTTP Basic auth with the secret key as the user name."));
    if (key.startsWith(u"sk_live_"))
        return error(401, "authentication_error"_L1, "invalid_api_key"_L1, {},
            tr("Live mode keys are not accepted by the sandbox."));
    if (key != kSecretKey)
        return error(401, "authentication_error"_L1, "invalid_api_key"_L1, {}, tr("Invalid API key provided."));
    return std::nullopt;
}

HttpResponse CryptocomSimulator::handle(const HttpRequest& request, const QString& subPath)
{
    if (auto failure = authenticate(request))
        return *failure;
    const QStringList parts = subPath.mid(1).split(u'/');
    const QByteArray& method = request.method;
    if (parts.at(0) == u"payments") {
        if (parts.size() == 1 && method == "POST")
            return createPayment(request);
        if (parts.size() == 1 && method == "GET")
            return listPayments(request);
        if (parts.size() == 2 && method == "GET")
            return retrievePayment(parts.at(1));
        if (parts.size() == 3 && parts.at(2) == u"cancel" && method == "POST")
            return cancelPayment(parts.at(1));
    } else if (parts.at(0) == u"refunds") {
        if (parts.size() == 1 && method == "POST")
            return createRefund(request);
        if (parts.size() == 2 && method == "GET")
            return retrieveRefund(parts.at(1));
    }
    return error(404, "invalid_request_error"_L1, "resource_missing"_L1, {},
        tr("Unrecognized request URL (%1 %2).").arg(QString::fromLatin1(method), subPath));
}

// ---- payments ------------------------------------------------------------------------------------------------

HttpResponse CryptocomSimulator::createPayment(const HttpRequest& request)
{
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    QString amountText;
    QString currencyText;
    QString expiredAtText;
    PaymentExtra extra;
    bool sawAmount = false;
    for (const auto& [name, value] : request.formFields()) {
        if (name == u"amount") {
            amountText = value;
            sawAmount = true;
        } else if (name == u"currency") {
            currencyText = value;
        } else if (name == u"description") {
            extra.description = value;
        } else if (name == u"order_id") {
            extra.orderId = value;
        } else if (name == u"return_url") {
            extra.returnUrl = value;
        } else if (name == u"cancel_url") {
            extra.cancelUrl = value;
        } else if (name == u"expired_at") {
            expiredAtText = value;
        } else if (name == u"onchain_allowed") {
            if (value != u"true" && value != u"false")
                return error(400, "invalid_request_error"_L1, "parameter_invalid"_L1, "onchain_allowed"_L1,
                    tr("onchain_allowed must be true or false."));
        } else if (name.startsWith(u"metadata[") && name.endsWith(u']') && name.size() > 10) {
            extra.metadata.append({name.mid(9, name.size() - 10), value});
        } else {
            return error(400, "invalid_request_error"_L1, "parameter_unknown"_L1, QLatin1StringView(name.toLatin1()),
                tr("Received unknown parameter: %1").arg(name));
        }
    }
    if (!sawAmount || amountText.isEmpty())
        return error(400, "invalid_request_error"_L1, "parameter_missing"_L1, "amount"_L1,
            tr("Missing required param: amount."));
    if (currencyText.isEmpty())
        return error(400, "invalid_request_error"_L1, "parameter_missing"_L1, "currency"_L1,
            tr("Missing required param: currency."));
    const auto currency = currencyIndex(currencyText);
    if (!currency)
        return error(400, "invalid_request_error"_L1, "parameter_invalid"_L1, "currency"_L1,
            tr("Unsupported currency: %1.").arg(currencyText));
    const auto amount = digits.match(amountText).hasMatch()
        ? Decimal::fromMinorUnits(amountText, kCurrencies[*currency].exponent)
        : std::nullopt;
    if (!amount || amount->isZero())
        return error(400, "invalid_request_error"_L1, "parameter_invalid"_L1, "amount"_L1,
            tr("amount must be a positive integer in the smallest currency unit."));
    for (const QString* url : {&extra.returnUrl, &extra.cancelUrl}) {
        if (!url->isEmpty() && !url->startsWith(u"http://") && !url->startsWith(u"https://"))
            return error(400, "invalid_request_error"_L1, "parameter_invalid"_L1,
                url == &extra.returnUrl ? "return_url"_L1 : "cancel_url"_L1, tr("Not a valid URL."));
    }
    if (extra.metadata.size() > 50)
        return error(400, "invalid_request_error"_L1, "parameter_invalid"_L1, "metadata"_L1,
            tr("metadata takes at most 50 keys."));
    const qint64 created = now();
    qint64 expiresAt = created + m_defaultLifetime;
    if (!expiredAtText.isEmpty()) {
        bool ok = false;
        expiresAt = expiredAtText.toLongLong(&ok);
        if (!ok || expiresAt <= created)
            return error(400, "invalid_request_error"_L1, "parameter_invalid"_L1, "expired_at"_L1,
                tr("expired_at must be a Unix time in the future."));
    }
    if (!extra.orderId.isEmpty() && m_orderIds.contains(extra.orderId))
        return error(409, "invalid_request_error"_L1, "duplicate_order_id"_L1, "order_id"_L1,
            tr("A payment with order_id %1 already exists: %2.")
                .arg(extra.orderId, uuidText(m_payments[m_orderIds.value(extra.orderId)].id)));

    Payment payment;
    payment.id = newUuid();
    payment.amount = *amount;
    payment.amountRefunded = *Decimal::fromMinorUnits(u"0", kCurrencies[*currency].exponent);
    payment.paid = payment.amountRefunded;
    payment.created = created;
    payment.expiresAt = expiresAt;
    payment.currency = *currency;
    payment.extra = static_cast<qint32>(m_extras.size());
    const auto index = static_cast<quint32>(m_payments.size());
    if (!extra.orderId.isEmpty())
        m_orderIds.insert(extra.orderId, index);
    m_extras.push_back(std::move(extra));
    m_payments.push_back(payment);
    m_paymentIndex.emplace(payment.id, index);
    m_expiries.emplace(expiresAt, index);
    const QByteArray json = paymentJson(payment);
    emitEvent("payment.created", json);
    return HttpResponse::json(200, json);
}

HttpResponse CryptocomSimulator::retrievePayment(const QString& id) const
{
    const Payment* payment = findPayment(id);
    if (!payment)
        return error(
            404, "invalid_request_error"_L1, "resource_missing"_L1, "id"_L1, tr("No such payment: %1").arg(id));
    return HttpResponse::json(200, paymentJson(*payment));
}

HttpResponse CryptocomSimulator::cancelPayment(const QString& id)
{
    Payment* payment = findPayment(id);
    if (!payment)
        return error(
            404, "invalid_request_error"_L1, "resource_missing"_L1, "id"_L1, tr("No such payment: %1").arg(id));
    if (payment->status != PaymentStatus::Pending)
        return error(400, "invalid_request_error"_L1, "payment_not_pending"_L1, "id"_L1,
            tr("Only pending payments can be cancelled; this one is %1.")
                .arg(payment->status == PaymentStatus::Succeeded ? u"succeeded"_s : u"cancelled"_s));
    payment->status = PaymentStatus::Cancelled;
    return HttpResponse::json(200, paymentJson(*payment));
}

HttpResponse CryptocomSimulator::listPayments(const HttpRequest& request) const
{
    int limit = kDefaultListLimit;
    const QString limitText = request.queryValue(u"limit"_s);
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxListLimit)
            return error(400, "invalid_request_error"_L1, "parameter_invalid"_L1, "limit"_L1,
                tr("limit must be an integer from 1 to %1.").arg(kMaxListLimit));
    }
    if (m_listPageCap > 0) // a gateway that caps its pages below the limit asked for
        limit = std::min(limit, m_listPageCap);
    qint64 start = static_cast<qint64>(m_payments.size()) - 1; // newest first
    // A gateway that ignores the cursor answers every page with the first one.
    const QString after = m_listIgnoresCursor ? QString() : request.queryValue(u"starting_after"_s);
    const QString pageText = request.queryValue(u"page"_s);
    if (!after.isEmpty()) {
        const Payment* anchor = findPayment(after);
        if (!anchor)
            return error(404, "invalid_request_error"_L1, "resource_missing"_L1, "starting_after"_L1,
                tr("No such payment: %1").arg(after));
        start = (anchor - m_payments.data()) - 1;
    } else if (!pageText.isEmpty()) {
        bool ok = false;
        const qint64 page = pageText.toLongLong(&ok);
        if (!ok || page < 1)
            return error(400, "invalid_request_error"_L1, "parameter_invalid"_L1, "page"_L1,
                tr("page must be a positive integer."));
        start -= (page - 1) * limit;
    }
    JsonWriter w;
    w.beginArray();
    for (qint64 i = start; i >= 0 && i > start - limit; --i)
        writePayment(m_payments[static_cast<size_t>(i)], w);
    w.endArray();
    return HttpResponse::json(200, w.take());
}

// ---- refunds -------------------------------------------------------------------------------------------------

HttpResponse CryptocomSimulator::createRefund(const HttpRequest& request)
{
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    QString paymentId;
    QString amountText;
    QString currencyText;
    QString reasonText;
    QString description;
    bool hasDescription = false;
    for (const auto& [name, value] : request.formFields()) {
        if (name == u"payment_id") {
            paymentId = value;
        } else if (name == u"amount") {
            amountText = value;
        } else if (name == u"currency") {
            currencyText = value;
        } else if (name == u"reason") {
            reasonText = value;
        } else if (name == u"description") {
            description = value;
            hasDescription = true;
        } else {
            return error(400, "invalid_request_error"_L1, "parameter_unknown"_L1, QLatin1StringView(name.toLatin1()),
                tr("Received unknown parameter: %1").arg(name));
        }
    }
    if (paymentId.isEmpty())
        return error(400, "invalid_request_error"_L1, "parameter_missing"_L1, "payment_id"_L1,
            tr("Missing required param: payment_id."));
    if (amountText.isEmpty())
        return error(400, "invalid_request_error"_L1, "parameter_missing"_L1, "amount"_L1,
            tr("Missing required param: amount."));
    Payment* payment = findPayment(paymentId);
    if (!payment)
        return error(404, "invalid_request_error"_L1, "resource_missing"_L1, "payment_id"_L1,
            tr("No such payment: %1").arg(paymentId));
    const CurrencyInfo& currency = kCurrencies[payment->currency];
    if (!currencyText.isEmpty() && currencyText != currency.code)
        return error(400, "invalid_request_error"_L1, "parameter_invalid"_L1, "currency"_L1,
            tr("currency must be the payment's currency, %1.").arg(currency.code));
    quint8 reason = 0;
    if (!reasonText.isEmpty()) {
        for (quint8 i = 1; i < 4; ++i) {
            if (reasonText == kReasons[i])
                reason = i;
        }
        if (reason == 0)
            return error(400, "invalid_request_error"_L1, "parameter_invalid"_L1, "reason"_L1,
                tr("reason must be duplicate, fraudulent or requested_by_customer."));
    }
    const auto amount
        = digits.match(amountText).hasMatch() ? Decimal::fromMinorUnits(amountText, currency.exponent) : std::nullopt;
    if (!amount || amount->isZero())
        return error(400, "invalid_request_error"_L1, "parameter_invalid"_L1, "amount"_L1,
            tr("amount must be a positive integer in the smallest currency unit."));
    if (payment->status != PaymentStatus::Succeeded)
        return error(400, "invalid_request_error"_L1, "payment_not_succeeded"_L1, "payment_id"_L1,
            tr("Only succeeded payments can be refunded."));
    const Decimal refundable = payment->amount.minus(payment->amountRefunded).value_or(Decimal());
    if (*amount > refundable)
        return error(400, "invalid_request_error"_L1, "amount_too_large"_L1, "amount"_L1,
            tr("Refund amount (%1) is greater than the unrefunded amount (%2).")
                .arg(*amount->toMinorUnits(currency.exponent), *refundable.toMinorUnits(currency.exponent)));

    payment->amountRefunded = *payment->amountRefunded.plus(*amount);
    Refund refund;
    refund.id = newUuid();
    refund.payment = static_cast<quint32>(payment - m_payments.data());
    refund.amount = *amount;
    refund.created = now();
    refund.completesAt = refund.created + m_refundDelay;
    refund.reason = reason;
    if (hasDescription) {
        refund.description = static_cast<qint32>(m_refundDescriptions.size());
        m_refundDescriptions.push_back(description);
    }
    const auto index = static_cast<quint32>(m_refunds.size());
    m_refunds.push_back(refund);
    m_refundIndex.emplace(refund.id, index);
    m_refundsDue.emplace(refund.completesAt, index);
    const QByteArray json = refundJson(refund);
    emitEvent("payment.refund_requested", json);
    return HttpResponse::json(200, json);
}

HttpResponse CryptocomSimulator::retrieveRefund(const QString& id) const
{
    const auto uuid = parseUuid(id);
    const auto it = uuid ? m_refundIndex.find(*uuid) : m_refundIndex.end();
    if (it == m_refundIndex.end())
        return error(404, "invalid_request_error"_L1, "resource_missing"_L1, "id"_L1, tr("No such refund: %1").arg(id));
    return HttpResponse::json(200, refundJson(m_refunds[it->second]));
}

void CryptocomSimulator::completeRefund(quint32 index)
{
    Refund& refund = m_refunds[index];
    if (refund.status != RefundStatus::Pending)
        return;
    refund.status = RefundStatus::Succeeded;
    emitEvent("payment.refund_transferred", refundJson(refund));
}

// ---- time, payer, control ------------------------------------------------------------------------------------

void CryptocomSimulator::advanceTo(const QDateTime& time)
{
    const qint64 secs = time.toSecsSinceEpoch();
    while (!m_expiries.empty() && m_expiries.begin()->first <= secs) {
        Payment& payment = m_payments[m_expiries.begin()->second];
        m_expiries.erase(m_expiries.begin());
        if (payment.status == PaymentStatus::Pending)
            payment.status = PaymentStatus::Cancelled; // expired: the spec knows no other final status
    }
    while (!m_refundsDue.empty() && m_refundsDue.begin()->first <= secs) {
        const quint32 index = m_refundsDue.begin()->second;
        m_refundsDue.erase(m_refundsDue.begin());
        completeRefund(index);
    }
}

HttpResponse CryptocomSimulator::pay(const PayRequest& request)
{
    Payment* payment = findPayment(request.id);
    if (!payment)
        return ControlApi::error(404, tr("no Crypto.com payment %1").arg(request.id));
    if (payment->status != PaymentStatus::Pending)
        return ControlApi::error(409,
            tr("the payment is %1, not pending")
                .arg(payment->status == PaymentStatus::Succeeded ? u"succeeded"_s : u"cancelled"_s));
    if (!request.currency.isEmpty() && request.currency != kCurrencies[payment->currency].code)
        return ControlApi::error(
            400, tr("amount is in the payment's currency, %1").arg(kCurrencies[payment->currency].code));
    const Decimal due = payment->amount.minus(payment->paid).value_or(Decimal());
    const Decimal amount = request.amount.value_or(due);
    const auto paid = payment->paid.plus(amount);
    if (!paid)
        return ControlApi::error(400, tr("amount too large"));
    payment->paid = *paid;
    if (payment->paid >= payment->amount) {
        payment->status = PaymentStatus::Succeeded;
        emitEvent("payment.captured", paymentJson(*payment));
    }
    return HttpResponse::json(200, paymentJson(*payment));
}

std::optional<HttpResponse> CryptocomSimulator::control(const QString& action, const QJsonObject& body)
{
    if (action != u"config")
        return std::nullopt;
    if (body.contains(u"default_lifetime"_s))
        m_defaultLifetime = std::max<qint64>(1, body.value(u"default_lifetime"_s).toInteger(m_defaultLifetime));
    if (body.contains(u"refund_delay"_s))
        m_refundDelay = std::max<qint64>(0, body.value(u"refund_delay"_s).toInteger(m_refundDelay));
    if (body.contains(u"list_page_cap"_s))
        m_listPageCap = std::clamp(body.value(u"list_page_cap"_s).toInt(m_listPageCap), 0, kMaxListLimit);
    if (body.contains(u"list_ignores_cursor"_s))
        m_listIgnoresCursor = body.value(u"list_ignores_cursor"_s).toBool(m_listIgnoresCursor);
    JsonWriter w;
    w.beginObject()
        .field("default_lifetime"_L1, m_defaultLifetime)
        .field("refund_delay"_L1, m_refundDelay)
        .field("list_page_cap"_L1, m_listPageCap)
        .field("list_ignores_cursor"_L1, m_listIgnoresCursor)
        .endObject();
    return HttpResponse::json(200, w.take());
}

} // namespace paydesk::sandbox
