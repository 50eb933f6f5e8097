#pragma once

// A GatewayActions for the Payments / invoice / refund widget tests: records every call and answers through
// handlers the test sets, asynchronously (next event loop turn, in the context's thread, dropped once the context
// is gone), like the real implementation. Calls without a handler answer ProviderError::Unsupported.
#include "ui/GatewayActions.h"

#include <QPointer>
#include <QTimer>

#include <functional>

namespace paydesk::uitest {

class RecordingGatewayActions final : public GatewayActions
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingGatewayActions)

public:
    RecordingGatewayActions() = default;
    ~RecordingGatewayActions() override = default;

    QList<std::pair<QString, InvoiceDraft>> createdInvoices;
    QList<Payment> refreshed;
    QList<Payment> cancelled;
    QList<Payment> transactionsAsked;
    QList<std::pair<QString, RefundDraft>> createdRefunds;

    std::function<Result<Payment>(const QString&, const InvoiceDraft&)> onCreateInvoice;
    std::function<Result<Payment>(const Payment&)> onRefresh;
    std::function<Result<Payment>(const Payment&)> onCancel;
    std::function<Result<QList<BlockchainTx>>(const Payment&)> onTransactions;
    std::function<Result<Refund>(const QString&, const RefundDraft&)> onCreateRefund;

    void emitLedgerChanged(const LedgerChange& change) { Q_EMIT ledgerChanged(change); }

    void addAccount(const Account&, const Secrets&, QObject* context, Callback<Account> done) override
    {
        later(context, std::move(done), unsupported<Account>());
    }
    void updateAccount(const Account&, const Secrets&, QObject* context, Callback<Account> done) override
    {
        later(context, std::move(done), unsupported<Account>());
    }
    void removeAccount(const QString&, QObject* context, Callback<void> done) override
    {
        later(context, std::move(done), Result<void>(ProviderError::refused(QStringLiteral("not in this test"))));
    }
    void revealSecret(const QString&, SecretKind, QObject* context, Callback<QByteArray> done) override
    {
        later(context, std::move(done), unsupported<QByteArray>());
    }
    void testAccount(const QString&, QObject* context, Callback<void> done) override
    {
        later(context, std::move(done), Result<void>(ProviderError::refused(QStringLiteral("not in this test"))));
    }
    void createInvoice(
        const QString& accountId, const InvoiceDraft& draft, QObject* context, Callback<Payment> done) override
    {
        createdInvoices.append({accountId, draft});
        later(context, std::move(done), onCreateInvoice ? onCreateInvoice(accountId, draft) : unsupported<Payment>());
    }
    void refreshInvoice(const Payment& known, QObject* context, Callback<Payment> done) override
    {
        refreshed.append(known);
        later(context, std::move(done), onRefresh ? onRefresh(known) : unsupported<Payment>());
    }
    void cancelInvoice(const Payment& payment, QObject* context, Callback<Payment> done) override
    {
        cancelled.append(payment);
        later(context, std::move(done), onCancel ? onCancel(payment) : unsupported<Payment>());
    }
    void fetchTransactions(const Payment& payment, QObject* context, Callback<QList<BlockchainTx>> done) override
    {
        transactionsAsked.append(payment);
        later(context, std::move(done), onTransactions ? onTransactions(payment) : unsupported<QList<BlockchainTx>>());
    }
    void createRefund(
        const QString& accountId, const RefundDraft& draft, QObject* context, Callback<Refund> done) override
    {
        createdRefunds.append({accountId, draft});
        later(context, std::move(done), onCreateRefund ? onCreateRefund(accountId, draft) : unsupported<Refund>());
    }
    void createAddress(const QString&, const AddressDraft&, QObject* context, Callback<DedicatedAddress> done) override
    {
        later(context, std::move(done), unsupported<DedicatedAddress>());
    }
    void releaseAddress(const DedicatedAddress&, QObject* context, Callback<DedicatedAddress> done) override
    {
        later(context, std::move(done), unsupported<DedicatedAddress>());
    }
    void createWithdrawal(const QString&, const WithdrawalDraft&, QObject* context, Callback<Withdrawal> done) override
    {
        later(context, std::move(done), unsupported<Withdrawal>());
    }
    void syncAccounts(const QString& = {}) override { }
    void cancelSync() override { }
    bool isSyncing(const QString& = {}) const override { return false; }

private:
    template<typename T>
    static Result<T> unsupported()
    {
        ProviderError error;
        error.kind = ProviderError::Kind::Unsupported;
        error.message = QStringLiteral("not in this test");
        return Result<T>(error);
    }

    template<typename T>
    static void later(QObject* context, Callback<T> done, Result<T> result)
    {
        QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
    }
};

} // namespace paydesk::uitest
