#pragma once

#include "core/Result.h"
#include "core/domain/SyncProgress.h"
#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "providers/Provider.h"
#include "providers/http/HttpClient.h"
#include "providers/sync/SyncOptions.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/AsyncResult.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace paydesk {
class GatewayOperations;
}

namespace paydesk::test {

// The in-process sandbox on a loopback port, an HttpClient, and a fresh ledger + journal: what provider and
// operations tests share. Everything talks real HTTP; nothing is mocked.
class SandboxFixture final
{
public:
    SandboxFixture();
    ~SandboxFixture();
    SandboxFixture(const SandboxFixture&) = delete;
    SandboxFixture& operator=(const SandboxFixture&) = delete;

    // Starts everything; false (with a message) when the sandbox cannot listen or the ledger cannot open.
    bool start(QString* error);

    sandbox::SandboxServer& sandbox() { return *m_sandbox; }
    HttpClient& http() { return *m_http; }
    Ledger& ledger() { return *m_ledger; }
    Journal& journal() { return *m_journal; }

    // An account on one simulated gateway, its base URL pointing at the sandbox (added to the ledger).
    Account addAccount(const QString& id, Gateway gateway, const QString& pathPrefix);
    // The provider of one account per gateway (id "acc-cc", "acc-cp", "acc-bb" or "acc-cm", added to the ledger on the
    // first call) with the sandbox's demo keys.
    std::unique_ptr<Provider> provider(Gateway gateway);
    // The sandbox's demo keys for one gateway, as an account holds them.
    AccountCredentials credentials(Gateway gateway) const;
    // Sends a request to the sandbox the way another tool of the merchant would (the gateway's own dashboard, a
    // script): straight over HTTP, nothing journaled or stored in the ledger. The reply body (empty on no reply).
    QByteArray sendOutsidePaydesk(const HttpRequest& request);
    // A demo credential of a simulated gateway by its printed name ("secret key").
    QString demoCredential(const QString& gatewayId, const QString& name) const;
    // POST to the control API (/_sandbox/…) and return the JSON reply.
    QJsonObject control(const QString& path, const QJsonObject& body);
    // How many requests with this method and path the sandbox received.
    int received(const QByteArray& method, const QString& path) const;
    // Closes this journal session and opens a new one on the same ledger, as a process restarting after it was killed
    // does: entries the old session left pending or sent become unknown. Returns how many did (-1 on failure).
    int restartJournal();
    // Removes every fault rule.
    void clearFaults();
    // A loopback URL with this path on a port nobody listens on: connecting to it is refused.
    static QUrl refusingUrl(const QString& path);

    // One AccountSync of the provider's account on this ledger and journal, waited for (60 s at most; then cancelled
    // and reported as an error).
    SyncOutcome sync(Provider& provider, GatewayOperations& operations, const SyncOptions& options = {});
    // Runs an asynchronous provider call and waits for its result (20 s at most).
    template<typename T>
    Result<T> wait(QObject* context, const std::function<void(QObject*, Provider::Callback<T>)>& call)
    {
        return waitForResult<T>(context, call);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<Journal> m_journal;
    QNetworkAccessManager m_control;
};

} // namespace paydesk::test
