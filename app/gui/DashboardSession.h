#pragma once

#include "core/secrets/SecretStore.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace paydesk {

class AppGatewayActions;
class Journal;
class Ledger;

namespace sandbox {
class SandboxServer;
}

// Everything one dashboard session runs on: the ledger and journal, the secret store, the gateway actions, and for
// a sandbox session the in-process sandbox itself with a throw-away ledger (the sandbox's ports and data change on
// every run, so nothing of it is kept).
class DashboardSession final
{
public:
    ~DashboardSession();
    DashboardSession(const DashboardSession&) = delete;
    DashboardSession& operator=(const DashboardSession&) = delete;

    // The merchant's own data in `dataDirectory`, secrets in `secrets` (keychain or an unlocked vault).
    static std::unique_ptr<DashboardSession> openLocal(
        const QString& dataDirectory, std::unique_ptr<SecretStore> secrets, QString* error);
    // The built-in sandbox with `payments` of generated history and its four demo accounts added (asynchronously;
    // a first sync follows).
    static std::unique_ptr<DashboardSession> openSandbox(qint64 payments, int days, QString* error);

    Ledger& ledger() { return *m_ledger; }
    AppGatewayActions& actions() { return *m_actions; }
    // Invalid unless this is a sandbox session.
    QUrl sandboxUrl() const;

private:
    DashboardSession();
    bool open(const QString& ledgerPath, std::unique_ptr<SecretStore> secrets, QString* error);

    std::unique_ptr<QTemporaryDir> m_sandboxDir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<AppGatewayActions> m_actions;
};

} // namespace paydesk
