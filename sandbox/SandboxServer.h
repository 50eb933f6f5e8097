#pragma once

#include "sandbox/FaultInjector.h"
#include "sandbox/GatewaySimulator.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace paydesk::sandbox {

class ControlApi;
class HttpConnection;
class HttpListener;
class SandboxClock;
class WebhookDispatcher;

// The sandbox: one loopback HTTP server that routes /<gateway prefix>/… to the gateway simulators and
// /_sandbox/… to the control API, applies fault rules, logs requests, and drives time-dependent state from the
// shared clock. Embeddable (paydesk --sandbox, tests, benchmarks) and behind paydesk-sandbox.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    using GatewayFactory = std::function<std::unique_ptr<GatewaySimulator>(const SandboxEnvironment&)>;

    explicit SandboxServer(SandboxOptions options = {}, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Before start(). addDefaultGateways() adds every gateway of DefaultGateways.cpp.
    void addGateway(const GatewayFactory& factory);
    void addDefaultGateways();

    // Loads the fault file, generates the seeded history, listens on 127.0.0.1. False with error on failure.
    bool start(QString* error = nullptr);

    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QString startupBanner() const; // base URL and demo credentials, as printed by paydesk-sandbox
    const SandboxOptions& options() const { return m_options; }

    SandboxClock& clock() { return *m_clock; }
    RequestLog& requestLog() { return m_log; }
    FaultInjector& faults() { return m_faults; }
    WebhookDispatcher& webhooks() { return *m_webhooks; }
    const std::vector<std::unique_ptr<GatewaySimulator>>& gateways() const { return m_gateways; }
    GatewaySimulator* gateway(const QString& id) const;

    // Back to the start state: clock to its start, faults from the file again, log and deliveries cleared,
    // every gateway reset and its history regenerated with these parameters (remembered for the next reset).
    void resetAll(qint64 payments, int days, std::uint64_t seed);
    // Every gateway reset and regenerated; `payments` split evenly (the first gateways take the remainder).
    void regenerate(qint64 payments, int days, std::uint64_t seed);
    void tick(); // advances every gateway to the clock's now and polls the webhook queue

private:
    void onRequest(HttpConnection* connection, const HttpRequest& request);
    void serveGateway(HttpConnection* connection, const HttpRequest& request, GatewaySimulator* gateway,
        const QString& subPath, qint64 seq, const std::optional<FaultRule>& fault);
    HttpResponse runHandler(GatewaySimulator* gateway, const HttpRequest& request, const QString& subPath);
    void finish(HttpConnection* connection, qint64 seq, HttpResponse response);

    SandboxOptions m_options;
    SandboxClock* m_clock;
    WebhookDispatcher* m_webhooks;
    HttpListener* m_listener;
    QTimer* m_ticker;
    std::unique_ptr<ControlApi> m_control;
    RequestLog m_log;
    FaultInjector m_faults;
    SandboxEnvironment m_environment;
    std::vector<std::unique_ptr<GatewaySimulator>> m_gateways;
};

} // namespace paydesk::sandbox
