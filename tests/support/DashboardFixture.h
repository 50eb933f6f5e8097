#pragma once

#include "app/gui/AppGatewayActions.h"
#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "core/secrets/MemorySecretStore.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/AsyncResult.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace paydesk::test {

// What the dashboard runs on, for GUI tests: the in-process sandbox on a loopback port, a fresh ledger and journal
// in a temporary folder, an in-memory secret store and the real AppGatewayActions. Nothing is mocked.
class DashboardFixture final
{
public:
    DashboardFixture();
    ~DashboardFixture();
    DashboardFixture(const DashboardFixture&) = delete;
    DashboardFixture& operator=(const DashboardFixture&) = delete;

    // Starts everything; `payments` of generated history over `days` (split over the four gateways).
    bool start(QString* error, qint64 payments = 0, int days = 30);

    sandbox::SandboxServer& sandbox() { return *m_sandbox; }
    Ledger& ledger() { return *m_ledger; }
    QString ledgerPath() const { return m_ledger->path(); }
    Journal& journal() { return *m_journal; }
    MemorySecretStore& secrets() { return *m_secrets; }
    AppGatewayActions& actions() { return *m_actions; }

    // The sandbox's demo account of this gateway, added through the actions (secrets in the store); waits for it.
    Account addSandboxAccount(Gateway gateway);
    // POST to the control API (/_sandbox/…) and return the JSON reply.
    QJsonObject control(const QString& path, const QJsonObject& body);
    // Syncs every account and waits until the engine is idle (60 s at most); false on a timeout.
    bool syncAll();

    // Runs an asynchronous GatewayActions call and waits for its result (20 s at most).
    template<typename T>
    Result<T> wait(QObject* context, const std::function<void(QObject*, GatewayActions::Callback<T>)>& call)
    {
        return waitForResult<T>(context, call);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<AppGatewayActions> m_actions;
    QNetworkAccessManager m_control;
    QObject m_context;
};

} // namespace paydesk::test
