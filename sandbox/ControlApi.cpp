#include "sandbox/ControlApi.h"

#include "sandbox/JsonWriter.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/WebhookDispatcher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox", text);
}

// A JSON value that may be a number or a numeric string.
std::optional<qint64> integerField(const QJsonObject& body, const QString& name)
{
    const QJsonValue value = body.value(name);
    if (value.isDouble())
        return value.toInteger();
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

std::optional<double> doubleField(const QJsonObject& body, const QString& name)
{
    const QJsonValue value = body.value(name);
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().toDouble(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

} // namespace

ControlApi::ControlApi(SandboxServer* server)
    : m_server(server)
{
}

HttpResponse ControlApi::error(int status, const QString& message)
{
    JsonWriter w;
    w.beginObject().field("error"_L1, message).endObject();
    return HttpResponse::json(status, w.take());
}

std::optional<QJsonObject> ControlApi::bodyObject(const HttpRequest& request)
{
    const QByteArray trimmed = request.body.trimmed();
    if (trimmed.isEmpty())
        return QJsonObject();
    if (trimmed.startsWith('{')) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return std::nullopt;
        return document.object();
    }
    QJsonObject object;
    for (const auto& [name, value] : parseFormUrlEncoded(trimmed))
        object.insert(name, value);
    return object;
}

HttpResponse ControlApi::handle(const HttpRequest& request)
{
    QString path = request.path.mid(u"/_sandbox"_s.size());
    if (path.endsWith(u'/'))
        path.chop(1);
    const QByteArray method = request.method;
    const auto body = bodyObject(request);
    if (!body)
        return error(400, tr("the body must be a JSON object or form fields"));

    if (path.isEmpty())
        return method == "GET" ? info() : error(405, tr("use GET"));
    if (path == u"/pay")
        return method == "POST" ? pay(*body) : error(405, tr("use POST"));
    if (path == u"/clock")
        return clock(request, *body);
    if (path == u"/faults")
        return faults(request);
    if (path == u"/requests")
        return requests(request);
    if (path == u"/webhooks")
        return webhooks(request, *body);
    if (path == u"/reset")
        return method == "POST" ? reset(*body) : error(405, tr("use POST"));
    if (path == u"/state")
        return method == "GET" ? state() : error(405, tr("use GET"));

    const QStringList parts = path.mid(1).split(u'/');
    if (parts.size() == 2) {
        if (GatewaySimulator* gateway = m_server->gateway(parts.at(0))) {
            if (auto response = gateway->control(parts.at(1), *body))
                return *response;
        }
    }
    return error(404, tr("no such control route: %1").arg(request.path));
}

HttpResponse ControlApi::info() const
{
    JsonWriter w;
    const SandboxClock& clock = m_server->clock();
    w.beginObject()
        .field("base_url"_L1, m_server->baseUrl().toString())
        .field("now"_L1, clock.nowSecs())
        .key("speed"_L1)
        .rawNumber(QByteArray::number(clock.speed(), 'g', QLocale::FloatingPointShortest))
        .key("gateways"_L1)
        .beginArray();
    for (const auto& gateway : m_server->gateways()) {
        w.beginObject()
            .field("id"_L1, gateway->id())
            .field("name"_L1, gateway->displayName())
            .field("base_url"_L1, m_server->baseUrl().toString() + gateway->accountBasePath())
            .field("payments"_L1, gateway->paymentCount())
            .key("credentials"_L1)
            .beginObject();
        for (const DemoCredential& credential : gateway->demoCredentials())
            w.field(QLatin1StringView(credential.name.toLatin1()), credential.value);
        w.endObject().endObject();
    }
    w.endArray().endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse ControlApi::pay(const QJsonObject& body)
{
    const QString gatewayId = body.value(u"gateway"_s).toString();
    GatewaySimulator* gateway = m_server->gateway(gatewayId);
    if (!gateway)
        return error(404, tr("unknown gateway \"%1\"").arg(gatewayId));
    PayRequest request;
    request.id = body.value(u"id"_s).toString();
    if (request.id.isEmpty())
        return error(400, tr("\"id\" is required"));
    const QJsonValue amount = body.value(u"amount"_s);
    if (!amount.isUndefined() && !amount.isNull()) {
        if (!amount.isString())
            return error(400, tr("\"amount\" must be a decimal string, e.g. \"12.50\""));
        request.amount = Decimal::fromString(amount.toString());
        if (!request.amount || request.amount->signum() <= 0)
            return error(400, tr("\"amount\" must be a positive decimal string"));
    }
    request.currency = body.value(u"currency"_s).toString();
    request.raw = body;
    m_server->tick();
    HttpResponse response = gateway->pay(request);
    m_server->webhooks().poll();
    return response;
}

HttpResponse ControlApi::clock(const HttpRequest& request, const QJsonObject& body)
{
    SandboxClock& clock = m_server->clock();
    if (request.method == "POST") {
        if (body.contains(u"speed"_s)) {
            const auto speed = doubleField(body, u"speed"_s);
            if (!speed || !(*speed >= 0))
                return error(400, tr("\"speed\" must be a number >= 0"));
            clock.setSpeed(*speed);
        }
        if (body.contains(u"advance"_s)) {
            const auto seconds = integerField(body, u"advance"_s);
            if (!seconds || *seconds < 0)
                return error(400, tr("\"advance\" must be a non-negative number of seconds"));
            clock.advance(*seconds * 1000);
        }
        if (body.contains(u"advance_ms"_s)) {
            const auto msecs = integerField(body, u"advance_ms"_s);
            if (!msecs || *msecs < 0)
                return error(400, tr("\"advance_ms\" must be a non-negative number of milliseconds"));
            clock.advance(*msecs);
        }
        if (body.contains(u"set"_s)) {
            const auto unix = integerField(body, u"set"_s);
            if (!unix || !clock.setNow(QDateTime::fromSecsSinceEpoch(*unix, Qt::UTC)))
                return error(400, tr("\"set\" must be a Unix time not before the sandbox's now"));
        }
        m_server->tick();
    } else if (request.method != "GET") {
        return error(405, tr("use GET or POST"));
    }
    JsonWriter w;
    w.beginObject()
        .field("now"_L1, clock.nowSecs())
        .field("now_ms"_L1, clock.nowMSecs())
        .field("now_iso"_L1, clock.now().toString(Qt::ISODate))
        .key("speed"_L1)
        .rawNumber(QByteArray::number(clock.speed(), 'g', QLocale::FloatingPointShortest))
        .endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse ControlApi::faults(const HttpRequest& request)
{
    FaultInjector& injector = m_server->faults();
    if (request.method == "POST") {
        QString message;
        if (!injector.load(request.body, &message))
            return error(400, message);
    } else if (request.method == "DELETE") {
        injector.clear();
    } else if (request.method != "GET") {
        return error(405, tr("use GET, POST or DELETE"));
    }
    return HttpResponse::json(200, injector.toJson());
}

HttpResponse ControlApi::requests(const HttpRequest& request)
{
    RequestLog& log = m_server->requestLog();
    if (request.method == "DELETE") {
        log.clear();
    } else if (request.method != "GET") {
        return error(405, tr("use GET or DELETE"));
    }
    const qint64 since = request.queryValue(u"since"_s).toLongLong();
    const QString limitText = request.queryValue(u"limit"_s);
    const qsizetype limit = limitText.isEmpty() ? -1 : limitText.toLongLong();
    return HttpResponse::json(200, log.toJson(since, request.queryValue(u"gateway"_s), limit));
}

HttpResponse ControlApi::webhooks(const HttpRequest& request, const QJsonObject& body)
{
    WebhookDispatcher& dispatcher = m_server->webhooks();
    if (request.method == "POST") {
        const QUrl url(body.value(u"url"_s).toString(), QUrl::StrictMode);
        const QString gatewayId = body.value(u"gateway"_s).toString();
        if (!body.value(u"url"_s).toString().isEmpty() && (!url.isValid() || url.scheme().isEmpty()))
            return error(400, tr("\"url\" must be an absolute URL (empty to clear)"));
        if (!gatewayId.isEmpty() && !m_server->gateway(gatewayId))
            return error(404, tr("unknown gateway \"%1\"").arg(gatewayId));
        dispatcher.setTarget(url, gatewayId);
    } else if (request.method == "DELETE") {
        dispatcher.clearDeliveries();
    } else if (request.method != "GET") {
        return error(405, tr("use GET, POST or DELETE"));
    }
    return HttpResponse::json(200, dispatcher.toJson(request.queryValue(u"since"_s).toLongLong()));
}

HttpResponse ControlApi::reset(const QJsonObject& body)
{
    const SandboxOptions& options = m_server->options();
    const qint64 payments = integerField(body, u"payments"_s).value_or(options.payments);
    const qint64 days = integerField(body, u"days"_s).value_or(options.days);
    const qint64 seed = integerField(body, u"seed"_s).value_or(static_cast<qint64>(options.seed));
    if (payments < 0 || payments > 50'000'000 || days <= 0 || days > 3660)
        return error(400, tr("\"payments\" must be 0 to 50000000 and \"days\" 1 to 3660"));
    m_server->resetAll(payments, static_cast<int>(days), static_cast<std::uint64_t>(seed));
    return state();
}

HttpResponse ControlApi::state() const
{
    JsonWriter w;
    w.beginObject().field("now"_L1, m_server->clock().nowSecs()).key("gateways"_L1).beginObject();
    for (const auto& gateway : m_server->gateways()) {
        w.key(QLatin1StringView(gateway->id().toLatin1()))
            .beginObject()
            .field("payments"_L1, gateway->paymentCount())
            .field("digest"_L1, QString::fromLatin1(gateway->stateDigest()))
            .endObject();
    }
    w.endObject().endObject();
    return HttpResponse::json(200, w.take());
}

} // namespace paydesk::sandbox
