#include "providers/sync/SyncWorker.h"

#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "providers/GatewayOperations.h"
#include "providers/Provider.h"
#include "providers/ProviderFactory.h"
#include "providers/http/HttpClient.h"
#include "providers/sync/AccountSync.h"

#include <QCoreApplication>
#include <QTimer>

namespace paydesk {

SyncWorker::SyncWorker(QString ledgerPath, SyncOptions options)
    : m_ledgerPath(std::move(ledgerPath))
    , m_options(options)
{
}

SyncWorker::~SyncWorker()
{
    // Syncs first (they use the providers), then providers (they use the client), then the ledger.
    for (auto& [id, running] : m_running)
        running.sync.reset();
    m_running.clear();
    m_operations.reset();
    m_http.reset();
    m_journal.reset();
    m_ledger.reset();
}

QString SyncWorker::open()
{
    if (m_ledger)
        return {};
    auto ledger = Ledger::open(m_ledgerPath);
    if (!ledger.ok())
        return ledger.error().message;
    auto journal = Journal::open(*ledger.value());
    if (!journal.ok())
        return journal.error().message;
    m_ledger = std::move(ledger).value();
    m_journal = std::move(journal).value();
    m_http = std::make_unique<HttpClient>();
    m_operations = std::make_unique<GatewayOperations>(*m_ledger, *m_journal);
    connect(m_operations.get(), &GatewayOperations::ledgerChanged, this, &SyncWorker::ledgerChanged);
    return {};
}

void SyncWorker::sync(const Account& account, AccountCredentials credentials)
{
    if (m_running.contains(account.id)) {
        credentials.wipe();
        return; // already under way: one sync per account at a time
    }
    SyncOutcome refused{.accountId = account.id};
    if (const QString error = open(); !error.isEmpty()) {
        credentials.wipe();
        refused.errors << error;
        // Delivered from the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, refused] { Q_EMIT accountFinished(refused); });
        return;
    }
    auto provider = createProvider(account, std::move(credentials), m_http.get());
    if (!provider) {
        refused.errors << QCoreApplication::translate("SyncWorker", "Paydesk cannot talk to %1 accounts yet.")
                              .arg(gatewayDisplayName(account.gateway));
        QTimer::singleShot(0, this, [this, refused] { Q_EMIT accountFinished(refused); });
        return;
    }
    auto sync = std::make_unique<AccountSync>(*provider, *m_ledger, *m_journal, *m_operations, m_options);
    connect(sync.get(), &AccountSync::progress, this, &SyncWorker::progress);
    connect(sync.get(), &AccountSync::ledgerChanged, this, &SyncWorker::ledgerChanged);
    connect(sync.get(), &AccountSync::finished, this, &SyncWorker::finished, Qt::QueuedConnection);
    AccountSync* started = sync.get();
    m_running.emplace(account.id, Running{std::move(provider), std::move(sync)});
    started->start();
}

void SyncWorker::cancel(const QString& accountId)
{
    for (auto& [id, running] : m_running) {
        if (accountId.isEmpty() || id == accountId)
            running.sync->cancel();
    }
}

void SyncWorker::finished(const SyncOutcome& outcome)
{
    // Queued: the AccountSync has returned from the call that finished it, so it can go now.
    m_running.erase(outcome.accountId);
    Q_EMIT accountFinished(outcome);
}

} // namespace paydesk
