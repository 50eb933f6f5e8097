#pragma once

#include "core/domain/Account.h"
#include "core/domain/Balance.h"
#include "core/domain/BlockchainTx.h"
#include "core/domain/DedicatedAddress.h"
#include "core/domain/GatewayAsset.h"
#include "core/domain/Payment.h"
#include "core/domain/PaymentStatus.h"
#include "core/domain/Refund.h"
#include "core/domain/Withdrawal.h"
#include "core/ledger/AddressActivity.h"
#include "core/ledger/LedgerResult.h"
#include "core/ledger/LedgerSchema.h"
#include "core/ledger/PaymentFigures.h"
#include "core/ledger/PaymentQuery.h"
#include "core/ledger/SqlTransaction.h"
#include "core/ledger/SyncState.h"
#include "core/ledger/UpsertResult.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace paydesk {

// The local source of truth: one SQLite file (WAL mode, foreign keys on, versioned schema) holding accounts and
// every record synced from the gateways, each with its normalised fields, the gateway's raw status and raw JSON.
//
// Storage conventions: amounts are canonical decimal TEXT (Decimal::toString(), never REAL) next to their currency;
// times are INTEGER milliseconds since the epoch, UTC, NULL when unknown; enums are their stable string ids
// (gatewayId(), paymentStatusId()...); raw JSON is a BLOB kept byte for byte.
//
// Threads: a Ledger instance (its QSqlDatabase connection) belongs to the thread that opened it and must only be
// used there. Another thread opens its own Ledger on the same file; WAL lets readers run while one writer writes,
// and writers wait up to the busy timeout for each other. Every write method is one transaction.
class Ledger final
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)

public:
    static constexpr int kCurrentVersion = LedgerSchema::kLatestVersion; // PRAGMA user_version this build writes
    static constexpr int kBusyTimeoutMs = 5000;

    // Opens (or creates) the ledger file and migrates it to the current schema. A file that is not SQLite, is
    // truncated, belongs to another application, or has a schema newer than kCurrentVersion is refused with
    // Corrupt / NotALedger / TooNew and left byte for byte untouched (no -wal/-shm files are created for it); so is an
    // older ledger that cannot be migrated (damaged inside): the migration is one transaction, rolled back.
    // A folder (or file) that cannot be written is refused with ReadOnly ("The data folder … is read-only") before
    // SQLite touches it: open it with openReadOnly() to read what it holds.
    static LedgerResult<std::unique_ptr<Ledger>> open(const QString& path);
    // Opens an existing ledger of the current format for reading only: nothing is written, no -wal/-shm file is
    // created (a cleanly closed file is read as it is on disk). Every write method fails. Refuses a missing file, and
    // an older format (it needs upgrading, which needs a writable folder).
    static LedgerResult<std::unique_ptr<Ledger>> openReadOnly(const QString& path);
    // Creates a new ledger file with the schema of an older version (1..kCurrentVersion) and closes it again;
    // for migration tests and tools. Refuses an existing file.
    static LedgerResult<void> createAtVersion(const QString& path, int version);

    ~Ledger();
    Ledger(const Ledger&) = delete;
    Ledger& operator=(const Ledger&) = delete;

    QString path() const { return m_path; }

    // Runs `work` (writes to this ledger and its journal, on this thread) as one transaction: their own transactions
    // become savepoints inside it, and nothing of it is kept unless all of it succeeded. A journal step and the record
    // it settles are stored together this way, so a process killed in between leaves neither (docs/journal.md).
    // `work` returns a LedgerResult; so does atomically().
    template<typename Work>
    auto atomically(Work&& work) -> decltype(work())
    {
        SqlTransaction transaction(m_db);
        if (!transaction.isActive())
            return sqlError(transaction.lastError(), tr("Cannot write to the ledger."));
        auto result = work();
        if (result.ok() && !transaction.commit())
            return sqlError(transaction.lastError(), tr("Cannot write to the ledger."));
        return result;
    }
    // The schema version found in the file before this open migrated it (0 for a new file).
    int openedFromVersion() const { return m_openedFromVersion; }
    bool isReadOnly() const { return m_readOnly; }
    LedgerResult<int> schemaVersion() const;
    // "wal", as reported by PRAGMA journal_mode; for diagnostics and tests.
    LedgerResult<QString> journalMode() const;
    LedgerResult<bool> foreignKeysEnabled() const;

    // --- Accounts (name is unique; removing an account removes all its records and journal entries).
    LedgerResult<void> addAccount(const Account& account);
    LedgerResult<void> updateAccount(const Account& account); // NotFound when the id is unknown
    LedgerResult<void> removeAccount(const QString& accountId); // NotFound when the id is unknown
    LedgerResult<QList<Account>> accounts() const; // ordered by name
    LedgerResult<Account> account(const QString& accountId) const;
    LedgerResult<Account> accountByName(const QString& name) const;

    // --- Upserts by (account id, gateway id), one transaction per batch. A record whose stored fields (including
    // raw status and raw JSON) are all equal is reported unchanged and not written. The whole batch fails and
    // rolls back on any error (unknown account id → Constraint).
    // A payment of a gateway whose list names a deposit's address only by its text (DepositSource::
    // InvoiceListByAddress) and that has no addressId is stored linked to the account's dedicated address with that
    // text, when the ledger holds one.
    LedgerResult<UpsertResult> upsertPayments(const QList<Payment>& payments);
    LedgerResult<UpsertResult> upsertRefunds(const QList<Refund>& refunds);
    LedgerResult<UpsertResult> upsertDedicatedAddresses(const QList<DedicatedAddress>& addresses);
    LedgerResult<UpsertResult> upsertWithdrawals(const QList<Withdrawal>& withdrawals);
    // Keyed by (account id, tx hash, payment id, address id); the ids reported are tx hashes.
    LedgerResult<UpsertResult> upsertBlockchainTxs(const QList<BlockchainTx>& txs);
    // Latest balance per (account, currency), upserted; and one balance_snapshots row per balance for history
    // (call once per sync). Ids reported are currencies.
    LedgerResult<UpsertResult> recordBalances(const QList<Balance>& balances);

    // The assets the account's gateway accepts, replacing what was kept for it (one transaction).
    LedgerResult<void> replaceGatewayAssets(const QString& accountId, const QList<GatewayAsset>& assets);

    // --- Sync bookkeeping per (account, kind).
    LedgerResult<void> saveSyncState(const SyncState& state);
    // A state with only accountId/kind set when nothing was saved yet.
    LedgerResult<SyncState> syncState(const QString& accountId, const QString& kind) const;
    // Every kind of sync state kept for an account (journal, payments, open_payments, balances, addresses…).
    LedgerResult<QList<SyncState>> syncStates(const QString& accountId) const;

    // --- Queries.
    LedgerResult<QList<Payment>> payments(const PaymentQuery& query) const;
    // Number of payments matching the query, ignoring limit/offset.
    LedgerResult<qint64> countPayments(const PaymentQuery& query) const;
    // Per unified status, for the payments matching the query (limit/offset ignored); absent statuses are absent.
    LedgerResult<QMap<PaymentStatus, qint64>> paymentCountsByStatus(const PaymentQuery& query) const;
    // Forward-only streaming for large result sets: calls visitor once per row without building a list; the
    // visitor returns false to stop early. Returns the number of rows visited.
    LedgerResult<qint64> forEachPayment(
        const PaymentQuery& query, const std::function<bool(const Payment&)>& visitor) const;
    // The lean variant for totals and charts: reads only account, gateway, status, amount, refunded and created
    // time, in no particular order (the query's filters and limit apply; the search filter too).
    LedgerResult<qint64> forEachPaymentFigures(
        const PaymentQuery& query, const std::function<bool(const PaymentFigures&)>& visitor) const;
    LedgerResult<Payment> payment(const QString& accountId, const QString& paymentId) const;
    // The most recently created payment with this order id on the account; NotFound when none.
    LedgerResult<Payment> paymentByOrderId(const QString& accountId, const QString& orderId) const;

    // Empty accountIds: all accounts. Newest first.
    LedgerResult<QList<Refund>> refunds(const QStringList& accountIds = {}) const;
    LedgerResult<QList<Refund>> refundsForPayment(const QString& accountId, const QString& paymentId) const;
    // Latest balance per (account, currency), ordered by account then currency.
    LedgerResult<QList<Balance>> latestBalances(const QStringList& accountIds = {}) const;
    // History for one account (and one currency, or all when empty) with asOf in [from, to); invalid bounds are
    // open. Oldest first.
    LedgerResult<QList<Balance>> balanceSnapshots(
        const QString& accountId, const QString& currency, const QDateTime& from = {}, const QDateTime& to = {}) const;
    LedgerResult<QList<DedicatedAddress>> dedicatedAddresses(const QStringList& accountIds = {}) const;
    // Per dedicated address that received anything (payments with an addressId), ordered by account then address
    // id: one query, summed here (amounts are exact decimal text). The deposits themselves: payments() with
    // PaymentQuery::addressId.
    LedgerResult<QList<AddressActivity>> addressActivity(const QStringList& accountIds = {}) const;
    LedgerResult<QList<Withdrawal>> withdrawals(const QStringList& accountIds = {}) const;
    // The assets last read from the account's gateway, fiat first then by code and network; empty when never read.
    LedgerResult<QList<GatewayAsset>> gatewayAssets(const QString& accountId) const;
    LedgerResult<QList<BlockchainTx>> blockchainTxsForPayment(const QString& accountId, const QString& paymentId) const;

private:
    friend class Journal; // shares this connection for the journal table (same file, same thread)

    Ledger(QString path, QString connectionName, QString fileKey);
    static LedgerResult<std::unique_ptr<Ledger>> openAt(const QString& path, int targetVersion, bool mustBeNew);

    QSqlDatabase database() const { return m_db; }
    LedgerError sqlError(const QSqlError& error, const QString& what) const;
    static LedgerError readOnlyError(const QString& path);

    QString m_path;
    QString m_connectionName;
    QString m_fileKey; // LedgerFileGuard's key, released when the connection closes
    QSqlDatabase m_db;
    int m_openedFromVersion = 0;
    bool m_readOnly = false;
};

} // namespace paydesk
