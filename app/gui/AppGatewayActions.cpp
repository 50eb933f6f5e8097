#include "app/gui/AppGatewayActions.h"

#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "core/secrets/SecretStore.h"
#include "providers/GatewayOperations.h"
#include "providers/Provider.h"
#include "providers/ProviderFactory.h"
#include "providers/http/HttpClient.h"
#include "providers/sync/SyncEngine.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

constexpr SecretKind kSecretKinds[]
    = {SecretKind::ApiKey, SecretKind::ApiSecret, SecretKind::WebhookSecret, SecretKind::PayoutKey};

QByteArray& credentialField(AccountCredentials& credentials, SecretKind kind)
{
    switch (kind) {
    case SecretKind::ApiKey:
        return credentials.apiKey;
    case SecretKind::ApiSecret:
        return credentials.apiSecret;
    case SecretKind::WebhookSecret:
        return credentials.webhookSecret;
    case SecretKind::PayoutKey:
        return credentials.payoutKey;
    }
    return credentials.apiKey;
}

ProviderError localError(ProviderError::Kind kind, const QString& message)
{
    ProviderError error;
    error.kind = kind;
    error.message = message;
    return error;
}

} // namespace

AppGatewayActions::AppGatewayActions(Ledger& ledger, Journal& journal, SecretStore& secrets, QObject* parent)
    : GatewayActions(parent)
    , m_ledger(ledger)
    , m_secrets(secrets)
    , m_http(std::make_unique<HttpClient>())
    , m_operations(std::make_unique<GatewayOperations>(ledger, journal))
    , m_sync(std::make_unique<SyncEngine>(ledger.path()))
{
    connect(m_operations.get(), &GatewayOperations::ledgerChanged, this, &GatewayActions::ledgerChanged);
    connect(m_sync.get(), &SyncEngine::ledgerChanged, this, &GatewayActions::ledgerChanged);
    connect(m_sync.get(), &SyncEngine::accountStarted, this, &GatewayActions::syncStarted);
    connect(m_sync.get(), &SyncEngine::progress, this, &GatewayActions::syncProgress);
    connect(m_sync.get(), &SyncEngine::accountFinished, this, &GatewayActions::syncFinished);
}

void AppGatewayActions::setSyncOptions(const SyncOptions& options)
{
    m_sync->setOptions(options);
}

AppGatewayActions::~AppGatewayActions()
{
    m_sync.reset();
    m_providers.clear();
    m_operations.reset();
    m_http.reset();
}

template<typename T>
void AppGatewayActions::fail(QObject* context, Callback<T> done, ProviderError error)
{
    QTimer::singleShot(0, context, [done = std::move(done), error = std::move(error)] { done(Result<T>(error)); });
}

// ---- providers and credentials ----------------------------------------------------------------------------------

void AppGatewayActions::readCredentials(const Account& account, QObject* context, CredentialsCallback done)
{
    // One read after the other; a secret that is not stored stays empty (optional ones, e.g. a webhook secret).
    auto credentials = std::make_shared<AccountCredentials>();
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, account, context, credentials, next, done = std::move(done)](int index) {
        if (index == static_cast<int>(std::size(kSecretKinds))) {
            done(*credentials);
            credentials->wipe();
            *next = nullptr; // break the cycle
            return;
        }
        const SecretKind kind = kSecretKinds[index];
        m_secrets.read(secretKey(account.id, kind), context,
            [account, credentials, next, done, kind, index](const SecretResult& secret) {
                if (secret.ok()) {
                    credentialField(*credentials, kind) = secret.value;
                } else if (secret.status != SecretResult::Status::NotFound) {
                    credentials->wipe();
                    done(localError(ProviderError::Kind::Refused,
                        tr("The secrets of account “%1” cannot be read: %2").arg(account.name, secret.message)));
                    *next = nullptr;
                    return;
                }
                (*next)(index + 1);
            });
    };
    (*next)(0);
}

void AppGatewayActions::withProvider(const QString& accountId, QObject* context, ProviderCallback done)
{
    if (const auto cached = m_providers.find(accountId); cached != m_providers.end()) {
        QTimer::singleShot(0, context, [done = std::move(done), provider = QPointer<Provider>(cached->second.get())] {
            if (provider)
                done(provider.data());
            else
                done(localError(ProviderError::Kind::NotFound, tr("The account was removed.")));
        });
        return;
    }
    const auto account = m_ledger.account(accountId);
    if (!account.ok()) {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            done(localError(ProviderError::Kind::NotFound, tr("The account no longer exists.")));
        });
        return;
    }
    readCredentials(account.value(), context,
        [this, account = account.value(), done = std::move(done)](const Result<AccountCredentials>& credentials) {
            if (!credentials.ok()) {
                done(credentials.error());
                return;
            }
            if (credentials.value().apiKey.isEmpty()) {
                done(localError(ProviderError::Kind::Refused,
                    tr("Account “%1” has no API key stored: edit the account to enter it.").arg(account.name)));
                return;
            }
            auto& slot = m_providers[account.id];
            if (!slot)
                slot = createProvider(account, credentials.value(), m_http.get());
            if (!slot) {
                m_providers.erase(account.id);
                done(localError(ProviderError::Kind::Unsupported,
                    tr("Paydesk cannot talk to %1 accounts.").arg(gatewayDisplayName(account.gateway))));
                return;
            }
            done(slot.get());
        });
}

void AppGatewayActions::forgetProvider(const QString& accountId)
{
    if (const auto found = m_providers.find(accountId); found != m_providers.end()) {
        // Answers still under way for it are dropped (their context is the provider's caller, not the provider).
        found->second.release()->deleteLater();
        m_providers.erase(found);
    }
}

// ---- accounts ---------------------------------------------------------------------------------------------------

void AppGatewayActions::writeSecrets(const QString& accountId, QList<std::pair<SecretKind, QByteArray>> secrets,
    QObject* context, std::function<void(const QString& error)> done)
{
    if (secrets.isEmpty()) {
        done({});
        return;
    }
    auto [kind, value] = secrets.takeFirst();
    const QString key = secretKey(accountId, kind);
    m_secrets.write(key, value, context,
        [this, accountId, secrets = std::move(secrets), context, done = std::move(done)](const SecretResult& written) {
            if (!written.ok()) {
                done(written.message);
                return;
            }
            writeSecrets(accountId, secrets, context, done);
        });
    value.fill('\0');
}

void AppGatewayActions::addAccount(
    const Account& account, const Secrets& secrets, QObject* context, Callback<Account> done)
{
    Account added = account;
    if (added.id.isEmpty())
        added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!added.created.isValid())
        added.created = QDateTime::currentDateTimeUtc();
    if (m_ledger.accountByName(added.name).ok())
        return fail<Account>(context, std::move(done),
            ProviderError::validation(u"name"_s, tr("An account named “%1” exists already.").arg(added.name)));
    if (const QString refused = HttpClient::urlRefusal(added.baseUrl); !refused.isEmpty())
        return fail<Account>(context, std::move(done), ProviderError::validation(u"baseUrl"_s, refused));
    QList<std::pair<SecretKind, QByteArray>> toWrite;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (!it.value().isEmpty())
            toWrite.append({it.key(), it.value()});
    }
    // Secrets first: an account never exists in the ledger without the secrets it was added with.
    writeSecrets(added.id, toWrite, context, [this, added, done = std::move(done)](const QString& error) {
        if (!error.isEmpty()) {
            done(localError(ProviderError::Kind::Refused, error));
            return;
        }
        if (const auto stored = m_ledger.addAccount(added); !stored.ok()) {
            done(localError(ProviderError::Kind::Refused, stored.error().message));
            return;
        }
        Q_EMIT accountsChanged();
        done(added);
    });
}

void AppGatewayActions::updateAccount(
    const Account& account, const Secrets& secrets, QObject* context, Callback<Account> done)
{
    if (const QString refused = HttpClient::urlRefusal(account.baseUrl); !refused.isEmpty())
        return fail<Account>(context, std::move(done), ProviderError::validation(u"baseUrl"_s, refused));
    QList<std::pair<SecretKind, QByteArray>> toWrite;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (!it.value().isEmpty())
            toWrite.append({it.key(), it.value()});
    }
    writeSecrets(account.id, toWrite, context, [this, account, done = std::move(done)](const QString& error) {
        if (!error.isEmpty()) {
            done(localError(ProviderError::Kind::Refused, error));
            return;
        }
        if (const auto stored = m_ledger.updateAccount(account); !stored.ok()) {
            done(localError(ProviderError::Kind::Refused, stored.error().message));
            return;
        }
        forgetProvider(account.id); // rebuilt with the new URL and secrets on next use
        Q_EMIT accountsChanged();
        done(account);
    });
}

void AppGatewayActions::removeAccount(const QString& accountId, QObject* context, Callback<void> done)
{
    auto remaining = std::make_shared<int>(static_cast<int>(std::size(kSecretKinds)));
    auto failure = std::make_shared<QString>();
    for (const SecretKind kind : kSecretKinds) {
        m_secrets.remove(secretKey(accountId, kind), context,
            [this, accountId, remaining, failure, done](const SecretResult& removed) {
                if (!removed.ok() && removed.status != SecretResult::Status::NotFound && failure->isEmpty())
                    *failure = removed.message;
                if (--*remaining > 0)
                    return;
                if (!failure->isEmpty()) {
                    done(localError(ProviderError::Kind::Refused, *failure));
                    return;
                }
                m_sync->cancel(accountId);
                forgetProvider(accountId);
                if (const auto gone = m_ledger.removeAccount(accountId); !gone.ok()) {
                    done(localError(ProviderError::Kind::Refused, gone.error().message));
                    return;
                }
                Q_EMIT accountsChanged();
                done(Result<void>());
            });
    }
}

void AppGatewayActions::revealSecret(
    const QString& accountId, SecretKind kind, QObject* context, Callback<QByteArray> done)
{
    m_secrets.read(secretKey(accountId, kind), context, [done = std::move(done)](const SecretResult& secret) {
        if (secret.ok())
            done(secret.value);
        else
            done(localError(ProviderError::Kind::NotFound, secret.message));
    });
}

void AppGatewayActions::testAccount(const QString& accountId, QObject* context, Callback<void> done)
{
    withProvider(accountId, context, [context, done = std::move(done)](const Result<Provider*>& provider) {
        if (!provider.ok())
            return done(provider.error());
        provider.value()->testConnection(context, done);
    });
}

// ---- invoices ---------------------------------------------------------------------------------------------------

Result<Payment> AppGatewayActions::storePayment(const Payment& payment)
{
    const auto stored = m_ledger.upsertPayments({payment});
    if (!stored.ok())
        return localError(ProviderError::Kind::Refused, stored.error().message);
    const LedgerChange change{
        .kind = LedgerChange::Kind::Payments, .accountId = payment.accountId, .ids = stored.value()};
    if (!change.isEmpty())
        Q_EMIT ledgerChanged(change);
    return payment;
}

void AppGatewayActions::createInvoice(
    const QString& accountId, const InvoiceDraft& draft, QObject* context, Callback<Payment> done)
{
    withProvider(accountId, context, [this, draft, context, done = std::move(done)](const Result<Provider*>& provider) {
        if (!provider.ok())
            return done(provider.error());
        m_operations->createInvoice(*provider.value(), draft, context, [this, done](const Result<Payment>& result) {
            Q_EMIT journalChanged();
            done(result);
        });
    });
}

void AppGatewayActions::refreshInvoice(const Payment& known, QObject* context, Callback<Payment> done)
{
    withProvider(
        known.accountId, context, [this, known, context, done = std::move(done)](const Result<Provider*>& provider) {
            if (!provider.ok())
                return done(provider.error());
            provider.value()->refreshInvoice(known, context, [this, done](const Result<Payment>& payment) {
                done(payment.ok() ? storePayment(payment.value()) : payment);
            });
            followRefunds(*provider.value(), known, context);
        });
}

void AppGatewayActions::followRefunds(Provider& provider, const Payment& payment, QObject* context)
{
    if (!provider.supports(Capability::Refund))
        return;
    const auto refunds = m_ledger.refundsForPayment(payment.accountId, payment.id);
    if (!refunds.ok())
        return;
    for (const Refund& refund : refunds.value()) {
        if (isFinal(refund.status))
            continue;
        provider.refreshRefund(refund, context, [this](const Result<Refund>& now) {
            if (!now.ok())
                return; // the next sync follows it again, and reports what failed
            const auto stored = m_ledger.upsertRefunds({now.value()});
            if (!stored.ok())
                return;
            const LedgerChange change{
                .kind = LedgerChange::Kind::Refunds, .accountId = now.value().accountId, .ids = stored.value()};
            if (!change.isEmpty())
                Q_EMIT ledgerChanged(change);
        });
    }
}

void AppGatewayActions::cancelInvoice(const Payment& payment, QObject* context, Callback<Payment> done)
{
    withProvider(payment.accountId, context,
        [this, id = payment.id, context, done = std::move(done)](const Result<Provider*>& provider) {
            if (!provider.ok())
                return done(provider.error());
            provider.value()->cancelInvoice(id, context, [this, done](const Result<Payment>& cancelled) {
                done(cancelled.ok() ? storePayment(cancelled.value()) : cancelled);
            });
        });
}

void AppGatewayActions::fetchTransactions(const Payment& payment, QObject* context, Callback<QList<BlockchainTx>> done)
{
    withProvider(payment.accountId, context,
        [this, payment, context, done = std::move(done)](const Result<Provider*>& provider) {
            if (!provider.ok())
                return done(provider.error());
            provider.value()->fetchTransactions(
                payment.id, context, [this, payment, done](const Result<QList<BlockchainTx>>& txs) {
                    if (txs.ok()) {
                        if (const auto stored = m_ledger.upsertBlockchainTxs(txs.value()); stored.ok()) {
                            const LedgerChange change{.kind = LedgerChange::Kind::BlockchainTxs,
                                .accountId = payment.accountId,
                                .ids = stored.value()};
                            if (!change.isEmpty())
                                Q_EMIT ledgerChanged(change);
                        }
                    }
                    done(txs);
                });
        });
}

// ---- refunds, addresses, withdrawals ----------------------------------------------------------------------------

void AppGatewayActions::createRefund(
    const QString& accountId, const RefundDraft& draft, QObject* context, Callback<Refund> done)
{
    withProvider(accountId, context, [this, draft, context, done = std::move(done)](const Result<Provider*>& provider) {
        if (!provider.ok())
            return done(provider.error());
        m_operations->createRefund(*provider.value(), draft, context, [this, done](const Result<Refund>& result) {
            Q_EMIT journalChanged();
            done(result);
        });
    });
}

void AppGatewayActions::createAddress(
    const QString& accountId, const AddressDraft& draft, QObject* context, Callback<DedicatedAddress> done)
{
    withProvider(accountId, context, [this, draft, context, done = std::move(done)](const Result<Provider*>& provider) {
        if (!provider.ok())
            return done(provider.error());
        m_operations->createAddress(
            *provider.value(), draft, context, [this, done](const Result<DedicatedAddress>& result) {
                Q_EMIT journalChanged();
                done(result);
            });
    });
}

void AppGatewayActions::releaseAddress(
    const DedicatedAddress& address, QObject* context, Callback<DedicatedAddress> done)
{
    withProvider(address.accountId, context,
        [this, address, context, done = std::move(done)](const Result<Provider*>& provider) {
            if (!provider.ok())
                return done(provider.error());
            provider.value()->releaseAddress(
                address.id, context, [this, address, done](const Result<DedicatedAddress>& released) {
                    if (!released.ok())
                        return done(released);
                    // Some gateways answer with the new state only (Cryptomus block-address): keep what is known.
                    DedicatedAddress merged = released.value();
                    if (merged.address.isEmpty()) {
                        merged = address;
                        merged.status = released.value().status;
                        merged.rawStatus = released.value().rawStatus;
                        merged.updated = released.value().updated.isValid() ? released.value().updated
                                                                            : QDateTime::currentDateTimeUtc();
                    }
                    const auto stored = m_ledger.upsertDedicatedAddresses({merged});
                    if (!stored.ok())
                        return done(localError(ProviderError::Kind::Refused, stored.error().message));
                    const LedgerChange change{.kind = LedgerChange::Kind::DedicatedAddresses,
                        .accountId = merged.accountId,
                        .ids = stored.value()};
                    if (!change.isEmpty())
                        Q_EMIT ledgerChanged(change);
                    done(merged);
                });
        });
}

void AppGatewayActions::createWithdrawal(
    const QString& accountId, const WithdrawalDraft& draft, QObject* context, Callback<Withdrawal> done)
{
    withProvider(accountId, context, [this, draft, context, done = std::move(done)](const Result<Provider*>& provider) {
        if (!provider.ok())
            return done(provider.error());
        m_operations->createWithdrawal(
            *provider.value(), draft, context, [this, done](const Result<Withdrawal>& result) {
                Q_EMIT journalChanged();
                done(result);
            });
    });
}

void AppGatewayActions::forgetSecrets()
{
    for (auto& [id, provider] : m_providers)
        provider.release()->deleteLater();
    m_providers.clear();
}

// ---- sync -------------------------------------------------------------------------------------------------------

void AppGatewayActions::syncAccounts(const QString& accountId)
{
    QList<Account> accounts;
    if (accountId.isEmpty()) {
        if (const auto all = m_ledger.accounts(); all.ok())
            accounts = all.value();
    } else if (const auto one = m_ledger.account(accountId); one.ok()) {
        accounts = {one.value()};
    }
    for (const Account& account : accounts) {
        if (m_sync->isSyncing(account.id))
            continue;
        readCredentials(account, this, [this, account](const Result<AccountCredentials>& credentials) {
            if (!credentials.ok()) {
                Q_EMIT syncFinished(SyncOutcome{.accountId = account.id, .errors = {credentials.error().message}});
                return;
            }
            m_sync->sync(account, credentials.value());
        });
    }
}

void AppGatewayActions::cancelSync()
{
    m_sync->cancel();
}

bool AppGatewayActions::isSyncing(const QString& accountId) const
{
    return m_sync->isSyncing(accountId);
}

} // namespace paydesk
