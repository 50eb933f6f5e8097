#include "app/gui/DashboardSession.h"

#include "app/gui/AppGatewayActions.h"
#include "app/gui/SandboxAccounts.h"
#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/settings/DataDirectory.h"
#include "sandbox/SandboxServer.h"

#include <QDir>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

DashboardSession::DashboardSession() = default;

DashboardSession::~DashboardSession()
{
    m_actions.reset(); // stops the sync engine's thread first
    m_secrets.reset();
    m_journal.reset();
    m_ledger.reset();
    m_sandbox.reset();
}

bool DashboardSession::open(const QString& ledgerPath, std::unique_ptr<SecretStore> secrets, QString* error)
{
    auto ledger = Ledger::open(ledgerPath);
    if (!ledger.ok()) {
        *error = ledger.error().message;
        return false;
    }
    auto journal = Journal::open(*ledger.value());
    if (!journal.ok()) {
        *error = journal.error().message;
        return false;
    }
    m_ledger = std::move(ledger).value();
    m_journal = std::move(journal).value();
    m_secrets = std::move(secrets);
    m_actions = std::make_unique<AppGatewayActions>(*m_ledger, *m_journal, *m_secrets);
    return true;
}

std::unique_ptr<DashboardSession> DashboardSession::openLocal(
    const QString& dataDirectory, std::unique_ptr<SecretStore> secrets, QString* error)
{
    if (!QDir().mkpath(dataDirectory)) {
        *error = QCoreApplication::translate("DashboardSession", "Cannot create the data folder %1.")
                     .arg(QDir::toNativeSeparators(dataDirectory));
        return nullptr;
    }
    if (const QString lost = lostLedgerProblem(dataDirectory); !lost.isEmpty()) {
        *error = lost;
        return nullptr;
    }
    std::unique_ptr<DashboardSession> session(new DashboardSession);
    if (!session->open(QDir(dataDirectory).filePath(u"ledger.sqlite"_s), std::move(secrets), error))
        return nullptr;
    return session;
}

std::unique_ptr<DashboardSession> DashboardSession::openSandbox(qint64 payments, int days, QString* error)
{
    std::unique_ptr<DashboardSession> session(new DashboardSession);
    session->m_sandboxDir = std::make_unique<QTemporaryDir>();
    if (!session->m_sandboxDir->isValid()) {
        *error = session->m_sandboxDir->errorString();
        return nullptr;
    }
    sandbox::SandboxOptions options;
    options.payments = payments;
    options.days = days;
    session->m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
    session->m_sandbox->addDefaultGateways();
    if (!session->m_sandbox->start(error))
        return nullptr;
    // The demo secrets are printed by the sandbox for everyone to see: memory is the right place for them.
    if (!session->open(
            session->m_sandboxDir->filePath(u"ledger.sqlite"_s), std::make_unique<MemorySecretStore>(), error))
        return nullptr;
    AppGatewayActions* actions = session->m_actions.get();
    const auto demos = sandboxAccounts(*session->m_sandbox);
    auto remaining = std::make_shared<qsizetype>(demos.size());
    for (const SandboxAccount& demo : demos) {
        actions->addAccount(demo.account, demo.secrets, actions, [actions, remaining](const Result<Account>&) {
            if (--*remaining == 0)
                actions->syncAccounts();
        });
    }
    return session;
}

QUrl DashboardSession::sandboxUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

} // namespace paydesk
