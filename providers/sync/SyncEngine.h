#pragma once

#include "core/domain/Account.h"
#include "core/domain/SyncProgress.h"
#include "core/ledger/LedgerChange.h"
#include "providers/AccountCredentials.h"
#include "providers/sync/SyncOptions.h"

#include <QObject>
#include <QSet>

class QThread;

namespace paydesk {

class SyncWorker;

// Syncs accounts off the caller's thread (ARCHITECTURE.md "Data flow"): one worker thread with its own ledger
// connection (WAL lets the GUI keep reading), its own journal session and HTTP client. Accounts run side by side on
// it, each independent of the others' failures. Results arrive as queued signals in the thread that owns the engine:
// progress, row-level ledger changes (never a reset), and one outcome per account.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    explicit SyncEngine(const QString& ledgerPath, SyncOptions options = {}, QObject* parent = nullptr);
    // Cancels what runs and joins the worker thread.
    ~SyncEngine() override;

    // Starts syncing one account with the credentials read from the SecretStore (wiped on the worker when done).
    // Asking again while it runs does nothing.
    void sync(const Account& account, AccountCredentials credentials);
    void cancel(const QString& accountId = {});
    // Options for the syncs started from now on (a sync under way keeps its own).
    void setOptions(const SyncOptions& options);
    bool isSyncing(const QString& accountId = {}) const;

Q_SIGNALS:
    void accountStarted(const QString& accountId);
    void progress(const paydesk::SyncProgress& progress);
    void ledgerChanged(const paydesk::LedgerChange& change);
    void accountFinished(const paydesk::SyncOutcome& outcome);
    // No account is syncing any more.
    void idle();

private:
    QThread* m_thread;
    SyncWorker* m_worker;
    QSet<QString> m_syncing;
};

} // namespace paydesk
