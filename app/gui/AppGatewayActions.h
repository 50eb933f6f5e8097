#pragma once

#include "providers/AccountCredentials.h"
#include "providers/sync/SyncOptions.h"
#include "ui/GatewayActions.h"

#include <map>
#include <memory>

namespace paydesk {

class GatewayOperations;
class HttpClient;
class Journal;
class Ledger;
class Provider;
class SecretStore;
class SyncEngine;

// The dashboard's GatewayActions on the real thing: providers built per account from the secrets in the
// SecretStore (read asynchronously, kept while the account is unchanged), creating calls through GatewayOperations
// (journal first, sent once, reconciled), reads stored in the ledger and announced, and the SyncEngine on its own
// thread. Lives on the GUI thread with the GUI's ledger connection.
class AppGatewayActions final : public GatewayActions
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppGatewayActions)

public:
    AppGatewayActions(Ledger& ledger, Journal& journal, SecretStore& secrets, QObject* parent = nullptr);
    ~AppGatewayActions() override;

    // The client the providers share (tests shorten its retry policy).
    HttpClient& http() { return *m_http; }

    void addAccount(const Account& account, const Secrets& secrets, QObject* context, Callback<Account> done) override;
    void updateAccount(
        const Account& account, const Secrets& secrets, QObject* context, Callback<Account> done) override;
    void removeAccount(const QString& accountId, QObject* context, Callback<void> done) override;
    void revealSecret(const QString& accountId, SecretKind kind, QObject* context, Callback<QByteArray> done) override;
    void testAccount(const QString& accountId, QObject* context, Callback<void> done) override;

    void createInvoice(
        const QString& accountId, const InvoiceDraft& draft, QObject* context, Callback<Payment> done) override;
    void refreshInvoice(const Payment& known, QObject* context, Callback<Payment> done) override;
    void cancelInvoice(const Payment& payment, QObject* context, Callback<Payment> done) override;
    void fetchTransactions(const Payment& payment, QObject* context, Callback<QList<BlockchainTx>> done) override;

    void createRefund(
        const QString& accountId, const RefundDraft& draft, QObject* context, Callback<Refund> done) override;
    void createAddress(const QString& accountId, const AddressDraft& draft, QObject* context,
        Callback<DedicatedAddress> done) override;
    void releaseAddress(const DedicatedAddress& address, QObject* context, Callback<DedicatedAddress> done) override;
    void createWithdrawal(
        const QString& accountId, const WithdrawalDraft& draft, QObject* context, Callback<Withdrawal> done) override;

    // Drops every provider (and the secrets it was built with): the vault was locked. They are built again, from
    // the store, on next use.
    void forgetSecrets();

    void syncAccounts(const QString& accountId = {}) override;
    void cancelSync() override;
    // How the syncs started from now on list (Preferences: page size and cap).
    void setSyncOptions(const SyncOptions& options);
    bool isSyncing(const QString& accountId = {}) const override;

private:
    using ProviderCallback = std::function<void(const Result<Provider*>&)>;
    using CredentialsCallback = std::function<void(const Result<AccountCredentials>&)>;

    // The account's provider, built from its secrets on first use; an error (unknown account, missing secret)
    // otherwise. Always delivered from the event loop.
    void withProvider(const QString& accountId, QObject* context, ProviderCallback done);
    void readCredentials(const Account& account, QObject* context, CredentialsCallback done);
    void forgetProvider(const QString& accountId);
    void writeSecrets(const QString& accountId, QList<std::pair<SecretKind, QByteArray>> secrets, QObject* context,
        std::function<void(const QString& error)> done);
    template<typename T>
    void fail(QObject* context, Callback<T> done, ProviderError error);
    Result<Payment> storePayment(const Payment& payment);
    // Brings the payment's refunds that are not final up to date (a payment's Refresh), each stored and announced.
    void followRefunds(Provider& provider, const Payment& payment, QObject* context);

    Ledger& m_ledger;
    SecretStore& m_secrets;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<GatewayOperations> m_operations;
    std::unique_ptr<SyncEngine> m_sync;
    std::map<QString, std::unique_ptr<Provider>> m_providers;
};

} // namespace paydesk
