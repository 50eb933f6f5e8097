#include "sandbox/bucksbus/BucksbusSimulator.h"

#include "sandbox/DefaultGateways.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxCrypto.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

std::unique_ptr<GatewaySimulator> createBucksbusSimulator(const SandboxEnvironment& environment)
{
    return std::make_unique<BucksbusSimulator>(environment);
}

BucksbusSimulator::BucksbusSimulator(const SandboxEnvironment& environment)
    : m_environment(environment)
{
    reset();
}

BucksbusSimulator::~BucksbusSimulator() = default;

QString BucksbusSimulator::id() const
{
    return u"bucksbus"_s;
}

QString BucksbusSimulator::displayName() const
{
    return u"Gateway v10.2 (BucksBus)"_s;
}

QString BucksbusSimulator::pathPrefix() const
{
    return u"/bucksbus/int"_s;
}

HttpResponse BucksbusSimulator::handle(const HttpRequest& request, const QString& subPath)
{
    if (auto denied = authenticate(request))
        return *denied;
    return route(request, subPath);
}

void BucksbusSimulator::reset()
{
    m_data = std::make_shared<Data>();
    m_data->accounts.resize(bucksbus::assets().size());
    m_deadlines.clear();
    m_settings = Settings{};
    m_settings.webhookSecret = QString(kWebhookSecret);
    m_settings.completeEvent = u"payment.complete"_s;
    m_timeoutFault = TimeoutFault{};
    m_seed = 1;
    m_random = SandboxRandom(SandboxRandom::deriveSeed(m_seed, "bucksbus-api"));
}

QList<DemoCredential> BucksbusSimulator::demoCredentials() const
{
    return {
        {u"API key (Basic user)"_s, QString(kApiKey)},
        {u"API secret (Basic password)"_s, QString(kApiSecret)},
        {u"webhook secret (X-Webhook-HMAC-SHA256)"_s,
            m_settings.webhookSecret.isEmpty() ? u"(none: webhooks unsigned)"_s : m_settings.webhookSecret},
        {u"store id"_s, QString(kStoreId)},
        {u"second store (transfers)"_s, QString(kOtherStoreId)},
    };
}

qint64 BucksbusSimulator::paymentCount() const
{
    return static_cast<qint64>(m_data->payments.size());
}

HttpResponse BucksbusSimulator::serverErrorResponse(int status) const
{
    return error(status, "ERR_INTERNAL"_L1, u"Internal server error. The result of the operation is unknown."_s);
}

HttpResponse BucksbusSimulator::rateLimitResponse(int retryAfterSeconds) const
{
    HttpResponse response = error(429, "ERR_TOO_MANY_REQUESTS"_L1, u"Too many requests."_s);
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

HttpResponse BucksbusSimulator::error(int status, QLatin1StringView code, const QString& message)
{
    JsonWriter w;
    w.beginObject().field("code"_L1, code).field("message"_L1, message).endObject();
    return HttpResponse::json(status, w.take());
}

HttpResponse BucksbusSimulator::objectReply(int status, QByteArray json)
{
    return HttpResponse::json(status, std::move(json));
}

std::optional<HttpResponse> BucksbusSimulator::authenticate(const HttpRequest& request) const
{
    const auto credentials = request.basicCredentials();
    const bool ok = credentials
        && crypto::constantTimeEquals(credentials->first.toUtf8(), QByteArrayView(kApiKey.data(), kApiKey.size()))
        && crypto::constantTimeEquals(
            credentials->second.toUtf8(), QByteArrayView(kApiSecret.data(), kApiSecret.size()));
    if (ok)
        return std::nullopt;
    HttpResponse response = error(401, "ERR_UNAUTHORIZED"_L1,
        credentials ? u"Invalid API key or API secret."_s
                    : u"Authorization required: HTTP Basic API key and secret."_s);
    response.setHeader("WWW-Authenticate", R"(Basic realm="api")");
    return response;
}

qint64 BucksbusSimulator::now() const
{
    return m_environment.clock->nowSecs();
}

bucksbus::Uuid BucksbusSimulator::newUuid()
{
    return bucksbus::format::randomUuid(m_random);
}

std::optional<HttpResponse> BucksbusSimulator::control(const QString& action, const QJsonObject& body)
{
    auto bad = [](const QString& message) {
        JsonWriter w;
        w.beginObject().field("error"_L1, message).endObject();
        return HttpResponse::json(400, w.take());
    };
    if (action == u"store") {
        if (body.contains(u"webhook_secret"_s)) {
            if (!body.value(u"webhook_secret"_s).isString())
                return bad(u"webhook_secret must be a string (\"\" for none)"_s);
            m_settings.webhookSecret = body.value(u"webhook_secret"_s).toString();
        }
        if (body.contains(u"status_fields"_s)) {
            const QString style = body.value(u"status_fields"_s).toString();
            if (style == u"status")
                m_settings.statusFields = StatusFields::Status;
            else if (style == u"status_type")
                m_settings.statusFields = StatusFields::StatusType;
            else if (style == u"both")
                m_settings.statusFields = StatusFields::Both;
            else
                return bad(u"status_fields must be \"status\", \"status_type\" or \"both\""_s);
        }
        if (body.contains(u"complete_event"_s)) {
            const QString event = body.value(u"complete_event"_s).toString();
            if (event != u"payment.complete" && event != u"payment.completed")
                return bad(u"complete_event must be \"payment.complete\" or \"payment.completed\""_s);
            m_settings.completeEvent = event;
        }
        for (const auto& [name, target] : {std::pair{u"withdraw_seconds"_s, &m_settings.withdrawSeconds},
                 std::pair{u"closing_seconds"_s, &m_settings.closingSeconds}}) {
            if (!body.contains(name))
                continue;
            const QJsonValue value = body.value(name);
            if (!value.isDouble() || value.toInteger(-1) < 0)
                return bad(u"%1 must be a non-negative integer"_s.arg(name));
            *target = value.toInteger();
        }
        JsonWriter w;
        w.beginObject()
            .field("webhook_secret"_L1, m_settings.webhookSecret)
            .field("status_fields"_L1,
                m_settings.statusFields == StatusFields::Status
                    ? "status"_L1
                    : (m_settings.statusFields == StatusFields::StatusType ? "status_type"_L1 : "both"_L1))
            .field("complete_event"_L1, m_settings.completeEvent)
            .field("withdraw_seconds"_L1, m_settings.withdrawSeconds)
            .field("closing_seconds"_L1, m_settings.closingSeconds)
            .endObject();
        return HttpResponse::json(200, w.take());
    }
    if (action == u"timeout500") {
        const qint64 count = body.value(u"count"_s).toInteger(1);
        const qint64 delay = body.value(u"delay_ms"_s).toInteger(30000);
        const QString outcome = body.value(u"outcome"_s).toString(u"commit"_s);
        if (count < 0 || delay < 0 || delay > 600000 || (outcome != u"commit" && outcome != u"cancel"))
            return bad(u"count >= 0, 0 <= delay_ms <= 600000, outcome \"commit\" or \"cancel\""_s);
        m_timeoutFault.count = static_cast<int>(count);
        m_timeoutFault.delayMs = static_cast<int>(delay);
        m_timeoutFault.cancel = outcome == u"cancel";
        JsonWriter w;
        w.beginObject()
            .field("count"_L1, qint64(m_timeoutFault.count))
            .field("delay_ms"_L1, qint64(m_timeoutFault.delayMs))
            .field("outcome"_L1, m_timeoutFault.cancel ? "cancel"_L1 : "commit"_L1)
            .endObject();
        return HttpResponse::json(200, w.take());
    }
    if (action == u"withdraw-fail") {
        const auto uuid = bucksbus::format::parseUuid(body.value(u"id"_s).toString());
        const auto found = uuid ? m_data->withdrawalIndex.find(*uuid) : m_data->withdrawalIndex.end();
        if (found == m_data->withdrawalIndex.end())
            return HttpResponse::json(404, R"({"error":"no such withdrawal"})");
        if (m_data->withdrawals[static_cast<size_t>(found->second)].status != Status::Open)
            return HttpResponse::json(409, R"({"error":"the withdrawal is not OPEN"})");
        completeWithdrawal(found->second, Status::Cancel, now());
        QByteArray json;
        JsonWriter w(&json);
        writeWithdrawal(w, context(), found->second);
        return HttpResponse::json(200, json);
    }
    return std::nullopt;
}

} // namespace paydesk::sandbox
