#include "sandbox/cryptoprocessing/CryptoprocessingSimulator.h"

#include "sandbox/DefaultGateways.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxCrypto.h"
#include "sandbox/WebhookDispatcher.h"
#include "sandbox/cryptoprocessing/CryptoprocessingCatalog.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

using Catalog = CryptoprocessingCatalog;
using State = CryptoprocessingState;

constexpr qint64 kMinLifetime = 5 * 60;
constexpr qint64 kMaxLifetime = 60 * 86400;
constexpr qsizetype kMaxString = 255;

HttpResponse authError(QLatin1StringView message, QLatin1StringView code)
{
    JsonWriter w;
    w.beginObject().field("error"_L1, message).field("code"_L1, code).endObject();
    return HttpResponse::json(403, w.take());
}

HttpResponse badContentFormat()
{
    return HttpResponse::json(400, R"({"error":"Bad content format","code":"bad_content_format"})");
}

HttpResponse controlError(int status, const QString& message)
{
    JsonWriter w;
    w.beginObject().field("error"_L1, message).endObject();
    return HttpResponse::json(status, w.take());
}

QString attribute(const QString& field)
{
    QString name = field;
    return name.replace(u'_', u' ');
}

// Laravel-style validation: the first message per field, in the order found; 400 {"errors":{field: message}}.
class FieldErrors
{
public:
    void add(const QString& field, const QString& message)
    {
        for (const auto& [name, text] : m_errors) {
            if (name == field)
                return;
        }
        m_errors.append({field, message});
    }
    void required(const QString& field) { add(field, u"The %1 field is required."_s.arg(attribute(field))); }
    void invalid(const QString& field) { add(field, u"The selected %1 is invalid."_s.arg(attribute(field))); }
    bool has(const QString& field) const
    {
        return std::any_of(m_errors.begin(), m_errors.end(), [&](const auto& e) { return e.first == field; });
    }
    bool isEmpty() const { return m_errors.isEmpty(); }
    HttpResponse response() const
    {
        JsonWriter w;
        w.beginObject().key("errors"_L1).beginObject();
        for (const auto& [name, text] : m_errors)
            w.key(QLatin1StringView(name.toLatin1())).string(text);
        w.endObject().endObject();
        return HttpResponse::json(400, w.take());
    }

    // An optional string field: null when absent or JSON null; an error when it is not a string or too long.
    QString string(const QJsonObject& body, const QString& field, qsizetype maxLength = kMaxString)
    {
        const QJsonValue value = body.value(field);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            add(field, u"The %1 must be a string."_s.arg(attribute(field)));
            return {};
        }
        if (value.toString().size() > maxLength) {
            add(field, u"The %1 must not be greater than %2 characters."_s.arg(attribute(field)).arg(maxLength));
            return {};
        }
        return value.toString();
    }
    QString requiredString(const QJsonObject& body, const QString& field)
    {
        const QString text = string(body, field);
        if (text.isEmpty() && !has(field))
            required(field);
        return text;
    }
    // A positive decimal string (a JSON number is refused: amounts are strings).
    std::optional<Decimal> amount(const QJsonObject& body, const QString& field)
    {
        const QJsonValue value = body.value(field);
        if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())) {
            required(field);
            return std::nullopt;
        }
        const auto parsed = value.isString() ? Decimal::fromString(value.toString()) : std::nullopt;
        if (!parsed) {
            add(field, u"The %1 must be a number."_s.arg(attribute(field)));
            return std::nullopt;
        }
        if (parsed->signum() <= 0) {
            add(field, u"The %1 must be greater than 0."_s.arg(attribute(field)));
            return std::nullopt;
        }
        return parsed;
    }
    // An optional integer (a JSON number without fraction).
    std::optional<qint64> integer(const QJsonObject& body, const QString& field)
    {
        const QJsonValue value = body.value(field);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const double number = value.toDouble();
        if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number))) {
            add(field, u"The %1 must be an integer."_s.arg(attribute(field)));
            return std::nullopt;
        }
        return static_cast<qint64>(number);
    }
    // A payment-request currency object {"iso","network_name"} → catalog index (-1 when absent or invalid).
    int currencyObject(const QJsonObject& body, const QString& field, bool cryptoOnly)
    {
        const QJsonValue value = body.value(field);
        if (value.isUndefined() || value.isNull())
            return -1;
        if (!value.isObject()) {
            add(field, u"The %1 must be an array."_s.arg(attribute(field)));
            return -1;
        }
        const QJsonObject object = value.toObject();
        const QString isoField = field + u".iso"_s;
        const QString networkField = field + u".network_name"_s;
        const QString iso = string(object, u"iso"_s);
        const QString network = string(object, u"network_name"_s);
        if (iso.isEmpty()) {
            required(isoField);
            return -1;
        }
        const int index = Catalog::indexOfIso(iso, {});
        if (index < 0 || (cryptoOnly && !Catalog::at(index).crypto)) {
            invalid(isoField);
            return -1;
        }
        if (network.isNull())
            return index;
        const int withNetwork = Catalog::indexOfIso(iso, network);
        if (withNetwork < 0 || !Catalog::at(withNetwork).crypto) {
            invalid(networkField);
            return -1;
        }
        return withNetwork;
    }

private:
    QList<std::pair<QString, QString>> m_errors;
};

bool plausibleEmail(const QString& email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(email).hasMatch();
}

bool plausibleAddress(const QString& address)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9]{20,128}$"_s);
    return pattern.match(address).hasMatch();
}

} // namespace

std::unique_ptr<GatewaySimulator> createCryptoprocessingSimulator(const SandboxEnvironment& environment)
{
    return std::make_unique<CryptoprocessingSimulator>(environment);
}

QList<qint64> CryptoprocessingSimulator::callbackRetryDelays()
{
    return {60, 300, 900, 3600, 10800, 21600};
}

CryptoprocessingSimulator::CryptoprocessingSimulator(const SandboxEnvironment& environment)
    : m_environment(environment)
{
    m_state.setNotifier([this](const QString& event, const QByteArray& body) { sendCallback(event, body); });
    m_state.reset(now());
}

QString CryptoprocessingSimulator::id() const
{
    return u"cryptoprocessing"_s;
}

QString CryptoprocessingSimulator::displayName() const
{
    return u"CryptoProcessing"_s;
}

QString CryptoprocessingSimulator::pathPrefix() const
{
    return u"/cryptoprocessing/api"_s;
}

QString CryptoprocessingSimulator::accountBasePath() const
{
    return u"/cryptoprocessing"_s;
}

qint64 CryptoprocessingSimulator::now() const
{
    return m_environment.clock ? m_environment.clock->nowSecs() : 0;
}

void CryptoprocessingSimulator::refreshLinkBase()
{
    const QString base = m_environment.baseUrl ? m_environment.baseUrl().toString() : QString();
    m_state.setPaymentLinkBase(base + pathPrefix() + u"/pay"_s);
}

void CryptoprocessingSimulator::sendCallback(const QString& event, const QByteArray& body)
{
    if (!m_environment.webhooks)
        return;
    OutgoingWebhook webhook;
    webhook.gateway = id();
    webhook.event = event;
    webhook.body = body;
    const QByteArray secret(kApiSecret.data(), kApiSecret.size());
    webhook.headers = {{"X-Processing-Key", QByteArray(kApiKey.data(), kApiKey.size())},
        {"X-Processing-Signature", crypto::hmacSha512Hex(secret, body)}};
    webhook.retryDelaysSecs = callbackRetryDelays();
    m_environment.webhooks->enqueue(std::move(webhook));
}

std::optional<HttpResponse> CryptoprocessingSimulator::authenticate(const HttpRequest& request) const
{
    const QByteArray key = request.header("x-processing-key");
    if (key.isEmpty() || !crypto::constantTimeEquals(key, QByteArrayView(kApiKey.data(), kApiKey.size())))
        return authError("Bad key header"_L1, "bad_header_key"_L1);
    const QByteArray signature = request.header("x-processing-signature");
    if (signature.isEmpty())
        return authError("Required signature header"_L1, "required_header_signature"_L1);
    const QByteArray expected
        = crypto::hmacSha512Hex(QByteArrayView(kApiSecret.data(), kApiSecret.size()), request.body);
    if (!crypto::constantTimeEquals(signature, expected))
        return authError("Bad signature header"_L1, "bad_header_signature"_L1);
    return std::nullopt;
}

HttpResponse CryptoprocessingSimulator::handle(const HttpRequest& request, const QString& subPath)
{
    refreshLinkBase();
    if (subPath == u"/v2/ping") {
        if (request.method != "GET" && request.method != "HEAD")
            return HttpResponse::json(405, R"({"error":"Method not allowed"})");
        return HttpResponse::text(200, "OK");
    }
    if (subPath.startsWith(u"/pay/request/") && request.method == "GET")
        return paymentPage(subPath.mid(13));

    static const QStringList signedRoutes = {u"/payments/v1/requests"_s, u"/v2/accounts/list"_s,
        u"/v2/currencies/list"_s, u"/v2/addresses/take"_s, u"/v2/withdrawal/crypto"_s, u"/v2/transactions/info"_s};
    if (!signedRoutes.contains(subPath))
        return HttpResponse::json(404, R"({"error":"Not found"})");
    if (request.method != "POST")
        return HttpResponse::json(405, R"({"error":"Method not allowed"})");
    if (auto refused = authenticate(request))
        return *refused;
    if (!request.header("content-type").toLower().startsWith("application/json"))
        return badContentFormat();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return badContentFormat();
    const QJsonObject body = document.object();

    if (subPath == u"/payments/v1/requests")
        return createPaymentRequest(body);
    if (subPath == u"/v2/accounts/list")
        return balances();
    if (subPath == u"/v2/currencies/list")
        return currencies();
    if (subPath == u"/v2/addresses/take")
        return takeAddress(body);
    if (subPath == u"/v2/withdrawal/crypto")
        return withdrawCrypto(body);
    return transactionInfo(body);
}

HttpResponse CryptoprocessingSimulator::requestReply(qint32 index, int status, State::RequestView view) const
{
    JsonWriter w;
    w.beginObject().key("data"_L1);
    m_state.writeRequest(m_state.request(index), w, view);
    w.endObject();
    return HttpResponse::json(status, w.take());
}

HttpResponse CryptoprocessingSimulator::transactionReply(qint32 index, int status) const
{
    JsonWriter w;
    w.beginObject().key("data"_L1);
    m_state.writeTransaction(index, w);
    w.endObject();
    return HttpResponse::json(status, w.take());
}

HttpResponse CryptoprocessingSimulator::createPaymentRequest(const QJsonObject& body)
{
    FieldErrors errors;
    State::PaymentRequest request;
    const auto amount = errors.amount(body, u"amount"_s);
    if (!body.contains(u"currency"_s) || body.value(u"currency"_s).isNull())
        errors.required(u"currency"_s);
    const int currency = errors.currencyObject(body, u"currency"_s, false);
    const int payCurrency = errors.currencyObject(body, u"payment_currency"_s, true);

    const auto duration = errors.integer(body, u"life_time_duration"_s);
    const auto dateTime = errors.integer(body, u"life_time_date_time"_s);
    const qint64 created = now();
    if (duration && dateTime) {
        errors.add(u"life_time_duration"_s,
            u"The life time duration field prohibits life time date time from being present."_s);
    } else if (duration) {
        if (*duration < kMinLifetime || *duration > kMaxLifetime)
            errors.add(u"life_time_duration"_s,
                u"The life time duration must be between %1 and %2."_s.arg(kMinLifetime).arg(kMaxLifetime));
        request.lifeTime = created + *duration;
    } else if (dateTime) {
        if (*dateTime - created < kMinLifetime || *dateTime - created > kMaxLifetime)
            errors.add(
                u"life_time_date_time"_s, u"The life time date time must be between 5 minutes and 60 days from now."_s);
        request.lifeTime = *dateTime;
    } else if (!errors.has(u"life_time_duration"_s) && !errors.has(u"life_time_date_time"_s)) {
        errors.add(u"life_time_duration"_s,
            u"The life time duration field is required when life time date time is not present."_s);
    }

    request.email = errors.string(body, u"end_user_email"_s);
    if (!request.email.isNull() && !plausibleEmail(request.email))
        errors.add(u"end_user_email"_s, u"The end user email must be a valid email address."_s);
    request.endUserReference = errors.string(body, u"end_user_reference"_s);
    request.description = errors.string(body, u"description"_s);
    request.foreignId = errors.string(body, u"foreign_id"_s);
    if (!request.foreignId.isEmpty() && m_state.requestForeignIdTaken(request.foreignId))
        errors.add(u"foreign_id"_s, u"The foreign id has already been taken."_s);
    request.urlStore = errors.string(body, u"url_store"_s, 2048);
    request.urlSuccess = errors.string(body, u"url_success"_s, 2048);
    request.urlFailed = errors.string(body, u"url_failed"_s, 2048);
    if (!errors.isEmpty())
        return errors.response();

    request.amount = *amount;
    request.currency = static_cast<qint8>(currency);
    request.currencyNetwork = body.value(u"currency"_s).toObject().contains(u"network_name"_s);
    request.payCurrency = static_cast<qint8>(payCurrency);
    request.payNetwork = body.value(u"payment_currency"_s).toObject().contains(u"network_name"_s);
    if (request.foreignId.isEmpty())
        request.foreignId = QString();
    const qint32 index = m_state.createRequest(std::move(request), created);
    return requestReply(index, 200, State::RequestView::Reply);
}

HttpResponse CryptoprocessingSimulator::takeAddress(const QJsonObject& body)
{
    FieldErrors errors;
    const QString code = errors.requiredString(body, u"currency"_s);
    const int currency = Catalog::indexOf(code);
    if (!code.isEmpty() && (currency < 0 || !Catalog::at(currency).crypto))
        errors.invalid(u"currency"_s);
    const QString foreignId = errors.requiredString(body, u"foreign_id"_s);
    const QString convertCode = errors.string(body, u"convert_to"_s);
    const int convertTo = convertCode.isEmpty() ? -1 : Catalog::indexOf(convertCode);
    if (!convertCode.isEmpty() && (convertTo < 0 || convertTo == currency))
        errors.invalid(u"convert_to"_s);
    const QString endUserReference = errors.string(body, u"end_user_reference"_s);
    if (!errors.isEmpty())
        return errors.response();
    const qint32 index = m_state.takeAddress(currency, foreignId, convertTo, endUserReference, now());
    JsonWriter w;
    w.beginObject().key("data"_L1);
    m_state.writeAddress(index, w);
    w.endObject();
    return HttpResponse::json(201, w.take());
}

HttpResponse CryptoprocessingSimulator::withdrawCrypto(const QJsonObject& body)
{
    FieldErrors errors;
    const QString foreignId = errors.requiredString(body, u"foreign_id"_s);
    if (!foreignId.isEmpty() && m_state.withdrawalForeignIdTaken(foreignId))
        errors.add(u"foreign_id"_s, u"The foreign id has already been taken."_s);
    const auto amount = errors.amount(body, u"amount"_s);
    const QString code = errors.requiredString(body, u"currency"_s);
    const int currency = Catalog::indexOf(code);
    if (!code.isEmpty() && currency < 0)
        errors.invalid(u"currency"_s);
    const QString convertCode = errors.string(body, u"convert_to"_s);
    int convertTo = convertCode.isEmpty() ? -1 : Catalog::indexOf(convertCode);
    if (!convertCode.isEmpty() && (convertTo < 0 || !Catalog::at(convertTo).crypto))
        errors.invalid(u"convert_to"_s);
    if (convertTo == currency)
        convertTo = -1;
    if (currency >= 0 && !Catalog::at(currency).crypto && convertCode.isEmpty())
        errors.add(u"convert_to"_s, u"The convert to field is required when currency is %1."_s.arg(code));
    const QString address = errors.requiredString(body, u"address"_s);
    if (!address.isEmpty() && !plausibleAddress(address))
        errors.add(u"address"_s, u"The address format is invalid."_s);
    QString tag;
    if (body.value(u"tag"_s).isDouble())
        tag = QString::number(body.value(u"tag"_s).toInteger());
    else
        tag = errors.string(body, u"tag"_s);
    const int received = convertTo >= 0 ? convertTo : currency;
    if (amount && received >= 0 && !errors.has(u"convert_to"_s)) {
        const Decimal minimum = Catalog::decimal(Catalog::at(received).minimum);
        if (*amount < minimum)
            errors.add(u"amount"_s, u"The amount must be at least %1."_s.arg(minimum.normalized().toString()));
    }
    if (!errors.isEmpty())
        return errors.response();
    const qint32 index = m_state.withdraw(foreignId, *amount, currency, convertTo, address, tag, now());
    if (index < 0) {
        errors.add(u"amount"_s, u"Insufficient funds."_s);
        return errors.response();
    }
    JsonWriter w;
    w.beginObject().key("data"_L1);
    m_state.writeWithdrawalReply(index, w);
    w.endObject();
    return HttpResponse::json(201, w.take());
}

HttpResponse CryptoprocessingSimulator::transactionInfo(const QJsonObject& body)
{
    FieldErrors errors;
    const auto present = [&](const QString& field) {
        const QJsonValue value = body.value(field);
        return !value.isUndefined() && !value.isNull() && !(value.isString() && value.toString().isEmpty());
    };
    const int given = int(present(u"id"_s)) + int(present(u"foreign_id"_s)) + int(present(u"txid"_s));
    if (given == 0) {
        errors.add(u"id"_s, u"The id field is required when none of foreign id / txid are present."_s);
        return errors.response();
    }
    if (given > 1) {
        errors.add(u"id"_s, u"Only one of id / foreign id / txid may be present."_s);
        return errors.response();
    }
    qint32 index = -1;
    QString field;
    if (present(u"id"_s)) {
        field = u"id"_s;
        const auto id = errors.integer(body, field);
        if (!errors.isEmpty())
            return errors.response();
        index = m_state.transactionById(*id);
    } else if (present(u"foreign_id"_s)) {
        field = u"foreign_id"_s;
        const QString foreignId = errors.string(body, field);
        if (!errors.isEmpty())
            return errors.response();
        index = m_state.transactionByForeignId(foreignId);
    } else {
        field = u"txid"_s;
        const QString txid = errors.string(body, field);
        if (!errors.isEmpty())
            return errors.response();
        index = m_state.transactionByTxid(txid);
    }
    if (index < 0) {
        errors.invalid(field);
        return errors.response();
    }
    return transactionReply(index, 200);
}

HttpResponse CryptoprocessingSimulator::currencies() const
{
    JsonWriter w;
    w.beginObject().key("data"_L1).beginArray();
    for (const CryptoprocessingCurrency& c : Catalog::currencies()) {
        w.beginObject()
            .field("id"_L1, c.id)
            .field("type"_L1, c.crypto ? "crypto"_L1 : "fiat"_L1)
            .field("currency"_L1, c.code)
            .field("minimum_amount"_L1, c.minimum)
            .field("deposit_fee_percent"_L1, c.depositFeePercent)
            .field("withdrawal_fee_percent"_L1, c.withdrawalFeePercent)
            .field("precision"_L1, c.precision)
            .endObject();
    }
    w.endArray().endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse CryptoprocessingSimulator::balances() const
{
    JsonWriter w;
    w.beginObject().key("data"_L1);
    m_state.writeBalances(w);
    w.endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse CryptoprocessingSimulator::paymentPage(const QString& id) const
{
    const qint32 index = m_state.requestById(id);
    if (index < 0)
        return HttpResponse::text(404, "Payment request not found");
    const State::PaymentRequest& request = m_state.request(index);
    const QString html = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>CryptoProcessing sandbox</title>"
                         u"</head><body><h1>%1 %2</h1><p>%3</p><p>Status: %4 &middot; paid %5</p>"
                         u"<p>Pay with POST /_sandbox/pay {\"gateway\":\"cryptoprocessing\",\"id\":\"%6\"}</p>"
                         u"</body></html>"_s.arg(request.amount.toString(), QString(Catalog::at(request.currency).iso),
                             request.description.toHtmlEscaped(), QString(State::requestStatusName(request.status)),
                             request.paid.toString(), id);
    HttpResponse response = HttpResponse::text(200, html.toUtf8());
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    return response;
}

void CryptoprocessingSimulator::reset()
{
    m_state.reset(now());
}

void CryptoprocessingSimulator::generate(const GenerationPlan& plan)
{
    m_state.generate(plan);
}

HttpResponse CryptoprocessingSimulator::pay(const PayRequest& request)
{
    refreshLinkBase();
    const qint64 time = now();
    const qint32 index = m_state.requestById(request.id);
    if (index >= 0) {
        const State::PaymentRequest& target = m_state.request(index);
        if (target.status != State::RequestStatus::Created && target.status != State::RequestStatus::Processing)
            return controlError(
                409, u"payment request %1 is %2"_s.arg(request.id, QString(State::requestStatusName(target.status))));
        int payCurrency = target.payCurrency >= 0 ? target.payCurrency
            : Catalog::at(target.currency).crypto ? target.currency
                                                  : Catalog::indexOf(u"BTC");
        if (target.transaction >= 0)
            payCurrency = m_state.transaction(target.transaction).sent;
        if (!request.currency.isEmpty()) {
            int asked = Catalog::indexOf(request.currency);
            if (asked < 0)
                asked = Catalog::indexOfIso(request.currency, request.raw.value(u"network"_s).toString());
            if (asked < 0 || !Catalog::at(asked).crypto)
                return controlError(400, u"\"currency\" must be a crypto currency code such as BTC or USDTT"_s);
            if (asked != payCurrency && (target.payCurrency >= 0 || target.transaction >= 0))
                return controlError(409, u"this payment request is paid in %1"_s.arg(Catalog::at(payCurrency).code));
            payCurrency = asked;
        }
        m_state.payRequest(index, request.amount, payCurrency, time);
        return requestReply(index, 200, State::RequestView::Extras);
    }
    const qint32 address = m_state.addressByIdOrText(request.id);
    if (address < 0)
        return controlError(404, u"no payment request or dedicated address \"%1\""_s.arg(request.id));
    const int currency = m_state.address(address).currency;
    if (!request.currency.isEmpty() && request.currency != Catalog::at(currency).code)
        return controlError(409, u"this address receives %1 only"_s.arg(Catalog::at(currency).code));
    if (!request.amount)
        return controlError(400, u"\"amount\" is required to pay a dedicated address"_s);
    return transactionReply(m_state.payAddress(address, *request.amount, time), 200);
}

void CryptoprocessingSimulator::advanceTo(const QDateTime& time)
{
    m_state.advanceTo(time.toSecsSinceEpoch());
}

QList<DemoCredential> CryptoprocessingSimulator::demoCredentials() const
{
    return {{u"API key (X-Processing-Key)"_s, QString(kApiKey)},
        {u"API secret (HMAC-SHA512 of the body)"_s, QString(kApiSecret)}};
}

qint64 CryptoprocessingSimulator::paymentCount() const
{
    return m_state.paymentCount();
}

QByteArray CryptoprocessingSimulator::stateDigest() const
{
    return m_state.digest();
}

HttpResponse CryptoprocessingSimulator::serverErrorResponse(int status) const
{
    return HttpResponse::json(status, R"({"error":"Server Error"})");
}

HttpResponse CryptoprocessingSimulator::rateLimitResponse(int retryAfterSeconds) const
{
    HttpResponse response = HttpResponse::json(429, R"({"error":"Too Many Attempts.","code":"too_many_requests"})");
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

std::optional<HttpResponse> CryptoprocessingSimulator::control(const QString& action, const QJsonObject& body)
{
    refreshLinkBase();
    const QString requestId = body.value(u"payment_request_id"_s).toString(body.value(u"id"_s).toString());
    if (action == u"payment_request") {
        // By its id, or by its foreign id (what a client whose reply was lost knows).
        const QString foreignId = body.value(u"foreign_id"_s).toString();
        const qint32 index
            = foreignId.isEmpty() ? m_state.requestById(requestId) : m_state.requestByForeignId(foreignId);
        if (index < 0)
            return controlError(404, u"no payment request \"%1\""_s.arg(foreignId.isEmpty() ? requestId : foreignId));
        return requestReply(index, 200, State::RequestView::Extras);
    }
    if (action == u"resend") {
        const qint32 request = m_state.requestById(requestId);
        if (request >= 0) {
            m_state.resendRequestCallback(request);
            return requestReply(request, 200, State::RequestView::Extras);
        }
        const qint32 tx = m_state.transactionById(body.value(u"id"_s).toInteger(-1));
        if (tx < 0)
            return controlError(404, u"no payment request or transaction with that id"_s);
        m_state.resendCallback(tx);
        return transactionReply(tx, 200);
    }
    if (action == u"cancel_withdrawal") {
        const qint32 tx = m_state.transactionById(body.value(u"id"_s).toInteger(-1));
        if (tx < 0)
            return controlError(404, u"no transaction with that id"_s);
        if (!m_state.cancelWithdrawal(tx, now()))
            return controlError(409, u"only a pending withdrawal can be cancelled"_s);
        return transactionReply(tx, 200);
    }
    return std::nullopt;
}

} // namespace paydesk::sandbox
