#include "sandbox/SandboxServer.h"

#include "sandbox/ControlApi.h"
#include "sandbox/DefaultGateways.h"
#include "sandbox/HttpListener.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/WebhookDispatcher.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

constexpr int kTickMs = 100;

QDateTime startOf(const SandboxOptions& options)
{
    if (options.epoch > 0)
        return QDateTime::fromSecsSinceEpoch(options.epoch, Qt::UTC);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC); // whole seconds
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(new SandboxClock(startOf(m_options), m_options.speed, this))
    , m_webhooks(new WebhookDispatcher(m_clock, this))
    , m_listener(new HttpListener(
          [this](HttpConnection* connection, const HttpRequest& request) { onRequest(connection, request); }, this))
    , m_ticker(new QTimer(this))
    , m_control(std::make_unique<ControlApi>(this))
    , m_faults(SandboxRandom::deriveSeed(m_options.seed, "faults"))
{
    m_environment.clock = m_clock;
    m_environment.webhooks = m_webhooks;
    m_environment.baseUrl = [this] { return baseUrl(); };
    if (m_options.webhookUrl.isValid())
        m_webhooks->setTarget(m_options.webhookUrl);
    m_ticker->setInterval(kTickMs);
    connect(m_ticker, &QTimer::timeout, this, &SandboxServer::tick);
    connect(m_clock, &SandboxClock::jumped, this, &SandboxServer::tick);
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::addGateway(const GatewayFactory& factory)
{
    m_gateways.push_back(factory(m_environment));
}

void SandboxServer::addDefaultGateways()
{
    for (const GatewayFactory& factory : defaultGatewayFactories())
        addGateway(factory);
}

bool SandboxServer::start(QString* error)
{
    if (!m_options.faultsFile.isEmpty() && !m_faults.loadFile(m_options.faultsFile, error))
        return false;
    regenerate(m_options.payments, m_options.days, m_options.seed);
    if (!m_listener->listen(m_options.port)) {
        if (error)
            *error = QCoreApplication::translate("sandbox", "cannot listen on 127.0.0.1:%1: %2")
                         .arg(m_options.port)
                         .arg(m_listener->errorString());
        return false;
    }
    m_ticker->start();
    return true;
}

quint16 SandboxServer::port() const
{
    return m_listener->port();
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

GatewaySimulator* SandboxServer::gateway(const QString& id) const
{
    for (const auto& gateway : m_gateways) {
        if (gateway->id() == id)
            return gateway.get();
    }
    return nullptr;
}

QString SandboxServer::startupBanner() const
{
    QString text = u"paydesk-sandbox listening on %1\n"_s.arg(baseUrl().toString());
    text += u"clock: %1 (speed %2x), control API: %3/_sandbox/\n"_s.arg(
        m_clock->now().toString(Qt::ISODate), QString::number(m_clock->speed()), baseUrl().toString());
    for (const auto& gateway : m_gateways) {
        text += u"\n%1 (%2 payments)\n  base URL: %3%4\n"_s.arg(gateway->displayName())
                    .arg(gateway->paymentCount())
                    .arg(baseUrl().toString(), gateway->accountBasePath());
        for (const DemoCredential& credential : gateway->demoCredentials())
            text += u"  %1: %2\n"_s.arg(credential.name, credential.value);
    }
    return text;
}

void SandboxServer::regenerate(qint64 payments, int days, std::uint64_t seed)
{
    const qint64 gatewayCount = static_cast<qint64>(m_gateways.size());
    for (qint64 i = 0; i < gatewayCount; ++i) {
        GatewaySimulator* gateway = m_gateways[static_cast<size_t>(i)].get();
        gateway->reset();
        GenerationPlan plan;
        plan.count = payments / gatewayCount + (i < payments % gatewayCount ? 1 : 0);
        plan.days = days;
        plan.end = m_clock->start();
        // The clock start takes part: two runs on different days never hand out the same ids for different data.
        plan.seed = SandboxRandom::deriveSeed(
            seed, QByteArray(gateway->id().toLatin1() + ':' + QByteArray::number(plan.end.toSecsSinceEpoch())));
        if (plan.count > 0)
            gateway->generate(plan);
    }
}

void SandboxServer::resetAll(qint64 payments, int days, std::uint64_t seed)
{
    m_options.payments = payments;
    m_options.days = days;
    m_options.seed = seed;
    m_clock->reset();
    m_faults.clear();
    m_faults.reseed(SandboxRandom::deriveSeed(seed, "faults"));
    if (!m_options.faultsFile.isEmpty())
        m_faults.loadFile(m_options.faultsFile, nullptr);
    m_log.clear();
    m_webhooks->clearDeliveries();
    regenerate(payments, days, seed);
}

void SandboxServer::tick()
{
    const QDateTime now = m_clock->now();
    for (const auto& gateway : m_gateways)
        gateway->advanceTo(now);
    m_webhooks->poll();
}

void SandboxServer::onRequest(HttpConnection* connection, const HttpRequest& request)
{
    if (request.path == u"/_sandbox" || request.path.startsWith(u"/_sandbox/")) {
        tick();
        connection->send(m_control->handle(request));
        return;
    }
    GatewaySimulator* owner = nullptr;
    QString subPath;
    for (const auto& gateway : m_gateways) {
        const QString prefix = gateway->pathPrefix();
        if (request.path == prefix || request.path.startsWith(prefix + u'/')) {
            owner = gateway.get();
            subPath = request.path.mid(prefix.size());
            if (subPath.isEmpty())
                subPath = u"/"_s;
            break;
        }
    }
    RequestLog::Entry entry;
    entry.sandboxMSecs = m_clock->nowMSecs();
    entry.receivedAt = QDateTime::currentDateTimeUtc();
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.query.toString(QUrl::FullyDecoded);
    entry.gateway = owner ? owner->id() : QString();
    entry.body = request.body;
    const qint64 seq = m_log.append(std::move(entry));
    if (!owner) {
        finish(connection, seq, HttpResponse::json(404, R"({"error":"no gateway serves this path"})"));
        return;
    }
    const FaultInjector::Decision decision = m_faults.decide(request.method, request.path);
    if (!decision.names.isEmpty())
        m_log.setFault(seq, decision.names.join(u','));
    if (decision.delayMs > 0) {
        QTimer::singleShot(decision.delayMs, connection,
            [=, this] { serveGateway(connection, request, owner, subPath, seq, decision.fault); });
        return;
    }
    serveGateway(connection, request, owner, subPath, seq, decision.fault);
}

HttpResponse SandboxServer::runHandler(GatewaySimulator* gateway, const HttpRequest& request, const QString& subPath)
{
    gateway->advanceTo(m_clock->now());
    return gateway->handle(request, subPath);
}

void SandboxServer::finish(HttpConnection* connection, qint64 seq, HttpResponse response)
{
    if (response.delayMs > 0) {
        const int delayMs = response.delayMs;
        response.delayMs = 0;
        QTimer::singleShot(delayMs, connection, [this, connection, seq, response = std::move(response)]() mutable {
            finish(connection, seq, std::move(response));
        });
        return;
    }
    m_log.setStatus(seq, response.status);
    connection->send(std::move(response));
}

void SandboxServer::serveGateway(HttpConnection* connection, const HttpRequest& request, GatewaySimulator* gateway,
    const QString& subPath, qint64 seq, const std::optional<FaultRule>& fault)
{
    if (!fault) {
        finish(connection, seq, runHandler(gateway, request, subPath));
        return;
    }
    const FaultRule& rule = *fault;
    switch (rule.kind) {
    case FaultKind::Latency:
        finish(connection, seq, runHandler(gateway, request, subPath));
        return;
    case FaultKind::Error500BeforeCommit:
        finish(connection, seq, gateway->serverErrorResponse(rule.status ? rule.status : 500));
        return;
    case FaultKind::Error500AfterCommit: {
        runHandler(gateway, request, subPath);
        HttpResponse response = gateway->serverErrorResponse(rule.status ? rule.status : 500);
        if (rule.delayMs > 0) {
            QTimer::singleShot(
                rule.delayMs, connection, [this, connection, seq, response] { finish(connection, seq, response); });
            return;
        }
        finish(connection, seq, std::move(response));
        return;
    }
    case FaultKind::RateLimit429: {
        HttpResponse response = gateway->rateLimitResponse(rule.retryAfter);
        if (rule.status)
            response.status = rule.status;
        response.setHeader("Retry-After", QByteArray::number(rule.retryAfter));
        finish(connection, seq, std::move(response));
        return;
    }
    case FaultKind::DropConnection:
        if (rule.afterCommit)
            runHandler(gateway, request, subPath);
        m_log.setStatus(seq, 0);
        connection->drop();
        return;
    case FaultKind::TruncatedBody: {
        HttpResponse response = runHandler(gateway, request, subPath);
        m_log.setStatus(seq, response.status);
        const qint64 bytes = rule.bytes >= 0 ? rule.bytes : response.body.size() / 2;
        connection->sendTruncated(std::move(response), bytes);
        return;
    }
    case FaultKind::MalformedJson: {
        HttpResponse response = runHandler(gateway, request, subPath);
        if (response.isStreamed()) {
            auto inner = std::move(response.stream);
            auto state = std::make_shared<int>(0);
            response.stream = [inner, state, malformation = rule.malformation]() -> QByteArray {
                if (*state == 0) {
                    *state = 1;
                    return FaultRule::malformed(inner(), malformation);
                }
                return {};
            };
        } else {
            response.body = FaultRule::malformed(response.body, rule.malformation);
        }
        finish(connection, seq, std::move(response));
        return;
    }
    }
}

} // namespace paydesk::sandbox
