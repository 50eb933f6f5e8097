#pragma once

#include "core/domain/Account.h"
#include "core/domain/SyncProgress.h"
#include "core/ledger/LedgerChange.h"
#include "providers/AccountCredentials.h"
#include "providers/sync/SyncOptions.h"

#include <QObject>

#include <map>
#include <memory>

namespace paydesk {

class AccountSync;
class GatewayOperations;
class HttpClient;
class Journal;
class Ledger;
class Provider;

// The sync engine's half on its worker thread: its own ledger connection, journal session, HTTP client and one
// Provider + AccountSync per account being synced. Everything here is created, used and destroyed on that thread;
// SyncEngine talks to it only through queued calls and signals.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    SyncWorker(QString ledgerPath, SyncOptions options);
    ~SyncWorker() override;

    void sync(const Account& account, AccountCredentials credentials);
    void cancel(const QString& accountId); // empty: every account
    // For the syncs that start from now on.
    void setOptions(const SyncOptions& options) { m_options = options; }

Q_SIGNALS:
    void progress(const paydesk::SyncProgress& progress);
    void ledgerChanged(const paydesk::LedgerChange& change);
    void accountFinished(const paydesk::SyncOutcome& outcome);

private:
    QString open();
    void finished(const SyncOutcome& outcome);

    struct Running
    {
        std::unique_ptr<Provider> provider;
        std::unique_ptr<AccountSync> sync;
    };

    const QString m_ledgerPath;
    SyncOptions m_options;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<GatewayOperations> m_operations;
    std::map<QString, Running> m_running;
};

} // namespace paydesk
