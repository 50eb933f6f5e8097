#pragma once

#include "core/ledger/Ledger.h"
#include "ui/GatewayActions.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace paydesk::test {

// A GatewayActions for page and dialog tests without a gateway: records every call and answers it on the next
// event-loop turn (never re-entrantly, never once the context is gone), with `nextError` when set. Account and
// address calls write the ledger and announce it as AppGatewayActions does, so the pages' reloads are exercised.
// The end-to-end tests use the real AppGatewayActions against the sandbox instead.
class LedgerWritingGatewayActions final : public GatewayActions
{
public:
    explicit LedgerWritingGatewayActions(Ledger* ledger = nullptr)
        : m_ledger(ledger)
    {
    }

    std::optional<ProviderError> nextError; // the next call fails with this (then it is cleared)
    QHash<QString, Secrets> stored; // secrets per account id, as a SecretStore would keep them

    QList<Account> added;
    QList<Account> updated;
    QList<Secrets> sentSecrets; // of each add / update, in order
    QStringList removed;
    QStringList tested;
    QList<std::pair<QString, SecretKind>> reveals;
    QList<AddressDraft> addressDrafts;
    QList<DedicatedAddress> releases;
    QStringList syncs;

    void addAccount(const Account& account, const Secrets& secrets, QObject* context, Callback<Account> done) override
    {
        added << account;
        sentSecrets << secrets;
        answer<Account>(context, std::move(done), [this, account, secrets]() -> Result<Account> {
            if (m_ledger) {
                if (const auto written = m_ledger->addAccount(account); !written.ok())
                    return ProviderError::refused(written.error().message);
            }
            stored.insert(account.id, secrets);
            Q_EMIT accountsChanged();
            return account;
        });
    }
    void updateAccount(
        const Account& account, const Secrets& secrets, QObject* context, Callback<Account> done) override
    {
        updated << account;
        sentSecrets << secrets;
        answer<Account>(context, std::move(done), [this, account, secrets]() -> Result<Account> {
            if (m_ledger) {
                if (const auto written = m_ledger->updateAccount(account); !written.ok())
                    return ProviderError::refused(written.error().message);
            }
            for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
                stored[account.id].insert(it.key(), it.value());
            Q_EMIT accountsChanged();
            return account;
        });
    }
    void removeAccount(const QString& accountId, QObject* context, Callback<void> done) override
    {
        removed << accountId;
        answer<void>(context, std::move(done), [this, accountId]() -> Result<void> {
            if (m_ledger) {
                if (const auto written = m_ledger->removeAccount(accountId); !written.ok())
                    return ProviderError::refused(written.error().message);
            }
            stored.remove(accountId);
            Q_EMIT accountsChanged();
            return {};
        });
    }
    void revealSecret(const QString& accountId, SecretKind kind, QObject* context, Callback<QByteArray> done) override
    {
        reveals.append({accountId, kind});
        answer<QByteArray>(context, std::move(done), [this, accountId, kind]() -> Result<QByteArray> {
            if (!stored.value(accountId).contains(kind)) {
                ProviderError error;
                error.kind = ProviderError::Kind::NotFound;
                error.message = QStringLiteral("no such secret");
                return error;
            }
            return stored.value(accountId).value(kind);
        });
    }
    void testAccount(const QString& accountId, QObject* context, Callback<void> done) override
    {
        tested << accountId;
        answer<void>(context, std::move(done), [] { return Result<void>(); });
    }

    void createInvoice(const QString&, const InvoiceDraft&, QObject* context, Callback<Payment> done) override
    {
        answer<Payment>(context, std::move(done), [] { return Result<Payment>(unsupported()); });
    }
    void refreshInvoice(const Payment& known, QObject* context, Callback<Payment> done) override
    {
        answer<Payment>(context, std::move(done), [known] { return Result<Payment>(known); });
    }
    void cancelInvoice(const Payment&, QObject* context, Callback<Payment> done) override
    {
        answer<Payment>(context, std::move(done), [] { return Result<Payment>(unsupported()); });
    }
    void fetchTransactions(const Payment&, QObject* context, Callback<QList<BlockchainTx>> done) override
    {
        answer<QList<BlockchainTx>>(
            context, std::move(done), [] { return Result<QList<BlockchainTx>>(QList<BlockchainTx>{}); });
    }
    void createRefund(const QString&, const RefundDraft&, QObject* context, Callback<Refund> done) override
    {
        answer<Refund>(context, std::move(done), [] { return Result<Refund>(unsupported()); });
    }

    void createAddress(
        const QString& accountId, const AddressDraft& draft, QObject* context, Callback<DedicatedAddress> done) override
    {
        addressDrafts << draft;
        answer<DedicatedAddress>(context, std::move(done), [this, accountId, draft]() -> Result<DedicatedAddress> {
            DedicatedAddress address;
            address.accountId = accountId;
            if (m_ledger) {
                if (const auto account = m_ledger->account(accountId); account.ok())
                    address.gateway = account.value().gateway;
            }
            address.id = QStringLiteral("addr-%1").arg(addressDrafts.size());
            address.address = QStringLiteral("TXYZ%1createdByTest").arg(addressDrafts.size());
            address.currency = draft.currency;
            address.network = draft.network;
            address.label = draft.label;
            address.customerReference = draft.customerReference;
            address.status = AddressStatus::Active;
            address.rawStatus = QStringLiteral("active");
            address.created = QDateTime::currentDateTimeUtc();
            store(address);
            return address;
        });
    }
    void releaseAddress(const DedicatedAddress& address, QObject* context, Callback<DedicatedAddress> done) override
    {
        releases << address;
        answer<DedicatedAddress>(context, std::move(done), [this, address]() -> Result<DedicatedAddress> {
            DedicatedAddress released = address;
            released.status = AddressStatus::Released;
            released.rawStatus = QStringLiteral("released");
            store(released);
            return released;
        });
    }
    void createWithdrawal(const QString&, const WithdrawalDraft&, QObject* context, Callback<Withdrawal> done) override
    {
        answer<Withdrawal>(context, std::move(done), [] { return Result<Withdrawal>(unsupported()); });
    }

    void syncAccounts(const QString& accountId = {}) override { syncs << accountId; }
    void cancelSync() override { }
    bool isSyncing(const QString& = {}) const override { return false; }

private:
    static ProviderError unsupported()
    {
        ProviderError error;
        error.kind = ProviderError::Kind::Unsupported;
        error.message = QStringLiteral("not in this test");
        return error;
    }

    void store(const DedicatedAddress& address)
    {
        if (!m_ledger)
            return;
        const auto written = m_ledger->upsertDedicatedAddresses({address});
        if (written.ok())
            Q_EMIT ledgerChanged(
                LedgerChange{LedgerChange::Kind::DedicatedAddresses, address.accountId, written.value()});
    }

    template<typename T, typename Work>
    void answer(QObject* context, Callback<T> done, Work work)
    {
        std::optional<ProviderError> error = std::exchange(nextError, std::nullopt);
        QTimer::singleShot(0, context, [done = std::move(done), work = std::move(work), error]() mutable {
            if (error)
                done(Result<T>(*error));
            else
                done(work());
        });
    }

    Ledger* m_ledger;
};

} // namespace paydesk::test
