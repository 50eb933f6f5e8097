#pragma once

#include "core/domain/DedicatedAddress.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"
#include "core/domain/SyncProgress.h"
#include "core/domain/Withdrawal.h"
#include "core/journal/JournalEntry.h"
#include "core/ledger/LedgerChange.h"
#include "providers/InvoicePage.h"
#include "providers/ListingGuard.h"
#include "providers/sync/SyncOptions.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace paydesk {

class GatewayOperations;
class Journal;
class Ledger;
class Provider;
struct ProviderError;

// One sync of one account, step by step on the thread that owns the ledger (the sync engine's worker thread):
// 1. reconcile the account's `unknown` journal entries (look the objects up; nothing is re-sent);
// 2. list invoices where the gateway has a list (a Crypto.com payment whose refunded total holds more than its
//    refunds in the ledger gives a refund row for the rest: refunded outside Paydesk, RefundedTotal) (Crypto.com pages,
//    v10.2 date windows, Cryptomus cursor with pauses and 429 back-off), from the last success minus an overlap, or a
//    year back on the first sync. Pages are followed while they bring something new, up to SyncOptions::maxListPages
//    (ListingGuard); a listing that hits the cap is an error of the step, and a gateway that repeats a page a notice.
//    v10.2 keeps the list's progress (the next date window) in the sync state after each page: a sync whose listing
//    failed, was cancelled or hit the cap part-way is resumed by the next one from that window, which then lists the
//    period since as usual;
// 3. refresh open invoices one by one where there is no list (CryptoProcessing) or they are older than the window;
// 4. follow refunds that are not final one by one (Provider::refreshRefund); refunds a listed page shows (Cryptomus)
//    are stored with step 2 and not read again here;
// 5. list withdrawals where the gateway has a list (Cryptomus payouts, the same window as invoices; those made
//    outside Paydesk reach the ledger), then follow the others that are not final one by one
//    (Provider::refreshWithdrawal);
// 6. balances (a snapshot row per sync for history), then the assets the gateway accepts (kept for the forms);
// 7. dedicated addresses where the gateway lists them;
// 8. deposits to dedicated addresses, address by address, where the invoice list does not bring them
//    (DepositSource::AddressLookup: CryptoProcessing). A deposit is a payment naming its address (Payment::addressId);
//    an address a stored payment names that the ledger does not hold is added (addressSeenIn: what the payment
//    tells of it), so that addresses made outside Paydesk are imported from the history.
// Every write is announced as a row-level LedgerChange. A failing step is recorded in plain words and the next one
// runs; a rejected key stops the account. cancel() stops at once: answers still under way are ignored.
class AccountSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSync)

public:
    AccountSync(Provider& provider, Ledger& ledger, Journal& journal, GatewayOperations& operations,
        SyncOptions options, QObject* parent = nullptr);
    ~AccountSync() override;

    void start();
    void cancel();
    bool isRunning() const { return m_context != nullptr; }

    static QString syncKind(SyncProgress::Stage stage);

Q_SIGNALS:
    void progress(const paydesk::SyncProgress& progress);
    void ledgerChanged(const paydesk::LedgerChange& change);
    void finished(const paydesk::SyncOutcome& outcome);

private:
    void applyAccountMode();
    void reconcileNext(QList<JournalEntry> entries);
    void startInvoices();
    void listPage(InvoiceListRequest request, int rateLimitRetriesLeft);
    void startOpenInvoices();
    void refreshNext(QList<Payment> open, QList<Payment> fetched);
    void startOpenRefunds();
    void startWithdrawals();
    void listWithdrawalPage(InvoiceListRequest request, int rateLimitRetriesLeft);
    bool storeListedWithdrawals(const QList<Withdrawal>& withdrawals);
    void startOpenWithdrawals();
    // Steps 4 and 5: each object (Refund, Withdrawal) read again in turn, stored at the end of the step.
    template<typename T>
    void followNext(SyncProgress::Stage stage, QList<T> open, QList<T> fetched);
    void afterFollowing(SyncProgress::Stage stage);
    bool storeRefunds(const QList<Refund>& refunds);
    bool storeWithdrawals(const QList<Withdrawal>& withdrawals);
    // Refunds a page of invoices showed, completed from the ledger's copies.
    bool storeListedRefunds(const QList<Refund>& refunds);
    void startBalances();
    void startAssets();
    void startAddresses();
    void startDeposits();
    void depositsNext(QList<DedicatedAddress> addresses, QList<Payment> found);
    // Adds the addresses these payments were received on that the ledger does not hold yet.
    bool storeAddressesSeenIn(const QList<Payment>& payments);
    // Where the gateway shows refunds only as a payment's refunded total (RefundSource::PaymentTotal), the part no
    // refund in the ledger accounts for, as a refund seen at the gateway (RefundedTotal).
    bool storeRefundsSeenIn(const QList<Payment>& payments);
    void finish();

    // Records a failed step (and its sync state); false when the account cannot go on (rejected key).
    bool stepFailed(SyncProgress::Stage stage, const ProviderError& error);
    void recordStepError(SyncProgress::Stage stage, const QString& text);
    // The listing ended at the page cap: said in the outcome, and no success recorded for it.
    void listingCapped(const InvoiceListRequest& next);
    // `success`: the time the step's data is complete up to (invalid: this sync's start).
    void stepSucceeded(SyncProgress::Stage stage, const QString& cursor = {}, const QDateTime& success = {});
    // Where an unfinished listing goes on (the "payments" sync state's cursor), for gateways whose cursor lasts.
    void saveListProgress(const InvoiceListRequest& next);
    bool storePayments(const QList<Payment>& payments);
    void announce(LedgerChange::Kind kind, const UpsertResult& ids);
    void report(SyncProgress::Stage stage, qint64 done, qint64 total = -1);

    Provider& m_provider;
    Ledger& m_ledger;
    Journal& m_journal;
    GatewayOperations& m_operations;
    const SyncOptions m_options;
    // Context of every call under way; deleted on cancel so that late answers are dropped.
    QPointer<QObject> m_context;
    SyncOutcome m_outcome;
    QDateTime m_started;
    QDateTime m_windowStart; // invoices created before it are refreshed one by one (invalid: all open ones)
    // When the listing under way began: this sync's start, or an earlier sync's whose listing this one resumes.
    QDateTime m_listingStarted;
    qint64 m_listed = 0;
    std::optional<ListingGuard> m_listing; // the pages of the listing under way
    // Ids this sync's lists showed (Cryptomus refunds with their invoices, payouts): already current, not read again
    // one by one.
    QSet<QString> m_listedRefunds;
    QSet<QString> m_listedWithdrawals;
    std::optional<QSet<QString>> m_knownAddresses; // the account's address ids in the ledger, read once per sync
    qint64 m_openTotal = 0;
};

} // namespace paydesk
