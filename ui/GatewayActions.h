#pragma once

#include "core/Result.h"
#include "core/domain/Account.h"
#include "core/domain/AddressDraft.h"
#include "core/domain/BlockchainTx.h"
#include "core/domain/DedicatedAddress.h"
#include "core/domain/InvoiceDraft.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"
#include "core/domain/RefundDraft.h"
#include "core/domain/SyncProgress.h"
#include "core/domain/Withdrawal.h"
#include "core/domain/WithdrawalDraft.h"
#include "core/ledger/LedgerChange.h"

#include <QByteArray>
#include <QMap>
#include <QObject>

#include <functional>

namespace paydesk {

// What the dashboard asks of the gateways and the secret store, in core types only: ui/ never links providers
// (ARCHITECTURE.md "Layers"); app/ implements this with GatewayOperations (journal first, sent once, reconciled),
// the providers, the SecretStore and the SyncEngine. Every call returns at once and delivers its Result to `done`
// in `context`'s thread, never re-entrantly and never once `context` is gone. Errors are ProviderErrors, turned into
// words by ProviderErrorText. Every ledger write (a user action or a sync) is announced with ledgerChanged(), which
// the table models apply row by row.
class GatewayActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayActions)

public:
    template<typename T>
    using Callback = std::function<void(const Result<T>&)>;
    using Secrets = QMap<SecretKind, QByteArray>;

    ~GatewayActions() override;

    // --- Accounts. Secrets go to the SecretStore, never to the ledger or settings.
    virtual void addAccount(const Account& account, const Secrets& secrets, QObject* context, Callback<Account> done)
        = 0;
    // Secrets absent from `secrets` are left as they are.
    virtual void updateAccount(const Account& account, const Secrets& secrets, QObject* context, Callback<Account> done)
        = 0;
    virtual void removeAccount(const QString& accountId, QObject* context, Callback<void> done) = 0;
    // The stored secret, for "reveal" in the account editor only.
    virtual void revealSecret(const QString& accountId, SecretKind kind, QObject* context, Callback<QByteArray> done)
        = 0;
    // A real authenticated call.
    virtual void testAccount(const QString& accountId, QObject* context, Callback<void> done) = 0;

    // --- Invoices.
    virtual void createInvoice(
        const QString& accountId, const InvoiceDraft& draft, QObject* context, Callback<Payment> done)
        = 0;
    // Brought up to date from the gateway (and stored).
    virtual void refreshInvoice(const Payment& known, QObject* context, Callback<Payment> done) = 0;
    virtual void cancelInvoice(const Payment& payment, QObject* context, Callback<Payment> done) = 0;
    virtual void fetchTransactions(const Payment& payment, QObject* context, Callback<QList<BlockchainTx>> done) = 0;

    // --- Refunds, addresses, withdrawals (journaled creating calls).
    virtual void createRefund(
        const QString& accountId, const RefundDraft& draft, QObject* context, Callback<Refund> done)
        = 0;
    virtual void createAddress(
        const QString& accountId, const AddressDraft& draft, QObject* context, Callback<DedicatedAddress> done)
        = 0;
    virtual void releaseAddress(const DedicatedAddress& address, QObject* context, Callback<DedicatedAddress> done) = 0;
    virtual void createWithdrawal(
        const QString& accountId, const WithdrawalDraft& draft, QObject* context, Callback<Withdrawal> done)
        = 0;

    // --- Sync, off the GUI thread. An empty id means every account.
    virtual void syncAccounts(const QString& accountId = {}) = 0;
    virtual void cancelSync() = 0;
    virtual bool isSyncing(const QString& accountId = {}) const = 0;

Q_SIGNALS:
    void ledgerChanged(const paydesk::LedgerChange& change);
    void accountsChanged();
    void syncStarted(const QString& accountId);
    void syncProgress(const paydesk::SyncProgress& progress);
    void syncFinished(const paydesk::SyncOutcome& outcome);
    // A creating call (invoice, refund, address, withdrawal) ended, however it ended: its journal entry changed
    // (the main window's banner of unsettled requests reads the journal again).
    void journalChanged();

protected:
    explicit GatewayActions(QObject* parent = nullptr);
};

} // namespace paydesk
