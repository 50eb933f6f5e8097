#pragma once

#include "core/Result.h"
#include "core/domain/Account.h"
#include "core/domain/AddressDraft.h"
#include "core/domain/Balance.h"
#include "core/domain/BlockchainTx.h"
#include "core/domain/DedicatedAddress.h"
#include "core/domain/GatewayAsset.h"
#include "core/domain/GatewayCapabilities.h"
#include "core/domain/InvoiceDraft.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"
#include "core/domain/RefundDraft.h"
#include "core/domain/Withdrawal.h"
#include "core/domain/WithdrawalDraft.h"
#include "providers/AccountCredentials.h"
#include "providers/InvoicePage.h"
#include "providers/WithdrawalPage.h"
#include "providers/http/HttpClient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace paydesk {

class CreatingCallPermit;
class Journal;
class WebhookVerifier;

// One gateway account, asynchronously (ARCHITECTURE.md "Provider contract"). Every operation returns at once and
// delivers a Result to `done` in `context`'s thread — never re-entrantly, never once `context` is gone. Operations
// the gateway has no API for deliver ProviderError::Unsupported with unsupportedReason().
//
// Creating calls (invoice, refund, address, withdrawal) take the journal and the permit Journal::begin() gave: the
// permit's idempotency key is what the gateway sees as order id / foreign id, and the request goes out exactly once
// (HttpClient::sendCreating). Settling the journal entry is the caller's job (GatewayOperations); findCreated*()
// is how it reconciles an entry whose outcome is unknown.
class Provider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Provider)

public:
    template<typename T>
    using Callback = std::function<void(const Result<T>&)>;

    ~Provider() override;

    const Account& account() const { return m_account; }
    Gateway gateway() const { return m_account.gateway; }
    bool supports(Capability capability) const { return hasCapability(gateway(), capability); }

    // A real authenticated call: Ok when the gateway accepts the keys.
    virtual void testConnection(QObject* context, Callback<void> done) = 0;

    virtual void createInvoice(Journal& journal, const CreatingCallPermit& permit, const InvoiceDraft& draft,
        QObject* context, Callback<Payment> done);
    virtual void fetchInvoice(const QString& id, QObject* context, Callback<Payment> done);
    // An invoice Paydesk holds, brought up to date (what sync does to open invoices). By default fetchInvoice(id);
    // gateways that cannot read an invoice by id find it another way (CryptoProcessing: its deposit by foreign id).
    virtual void refreshInvoice(const Payment& known, QObject* context, Callback<Payment> done);
    // The invoice created under this order id / foreign id, or std::nullopt when the gateway has none.
    virtual void findInvoiceByKey(
        const QString& idempotencyKey, QObject* context, Callback<std::optional<Payment>> done);
    // The invoice a refusal of createInvoice() proves to exist already under draft.orderId, where the gateway's
    // refusal says so and the object cannot be read back (CryptoProcessing: 400 "The foreign id has already been
    // taken."): the invoice as the draft describes it. std::nullopt by default, and for any other refusal.
    // GatewayOperations asks only after re-sending an unknown outcome's key (docs/journal.md).
    virtual std::optional<Payment> invoiceHeldUnderKey(const InvoiceDraft& draft, const ProviderError& refusal) const;
    virtual void listInvoices(const InvoiceListRequest& request, QObject* context, Callback<InvoicePage> done);
    virtual void cancelInvoice(const QString& id, QObject* context, Callback<Payment> done);

    virtual void createRefund(Journal& journal, const CreatingCallPermit& permit, const RefundDraft& draft,
        QObject* context, Callback<Refund> done);
    // The refund this draft created (looked up by draft.idempotencyKey, or through draft.paymentId where the payment is
    // the only trace, using draft.refundedBefore), or std::nullopt when the gateway shows none.
    virtual void findRefund(const RefundDraft& draft, QObject* context, Callback<std::optional<Refund>> done);
    // A refund Paydesk holds, as the gateway shows it now (sync, and a payment's Refresh, follow every refund that is
    // not final with it): readRefund(), completed with what the gateway does not repeat (its payment, reason,
    // address, creation time) from `known`. NotFound when the gateway does not know that id (a stand-in id Paydesk
    // gave a refund found by its traces); Unsupported where the gateway cannot read a refund back.
    void refreshRefund(const Refund& known, QObject* context, Callback<Refund> done);

    virtual void fetchBalances(QObject* context, Callback<QList<Balance>> done);
    // The assets the gateway accepts (v10.2 GET /assets, CryptoProcessing currencies/list, Cryptomus payment/services),
    // with accountId set and readAt the time of the answer; Unsupported where there is no such list (Crypto.com).
    virtual void fetchAssets(QObject* context, Callback<QList<GatewayAsset>> done);

    virtual void createAddress(Journal& journal, const CreatingCallPermit& permit, const AddressDraft& draft,
        QObject* context, Callback<DedicatedAddress> done);
    // Release (v10.2) or block (Cryptomus) a dedicated address; delivers it as it is afterwards.
    virtual void releaseAddress(const QString& id, QObject* context, Callback<DedicatedAddress> done);
    // The address created under draft.customerReference, or std::nullopt when the gateway has none. Gateways with
    // no lookup deliver Unsupported, and an unknown outcome then stays unknown in the journal. Where the gateway
    // documents that creating again under the same key gives back the one it holds (Cryptomus static wallets), the
    // lookup is that request, sent as an idempotent one.
    virtual void findAddress(
        const AddressDraft& draft, QObject* context, Callback<std::optional<DedicatedAddress>> done);
    // The account's dedicated addresses as the gateway lists them (for sync); Unsupported where there is no list.
    virtual void listAddresses(QObject* context, Callback<QList<DedicatedAddress>> done);
    // The deposits to one dedicated address the gateway shows, as payments (Payment::addressId = address.id), for
    // gateways whose invoice list does not bring them (CryptoProcessing: its latest deposit, by the address's foreign
    // id). Unsupported where deposits arrive with the invoices (v10.2, Cryptomus) or cannot be found.
    virtual void findAddressDeposits(const DedicatedAddress& address, QObject* context, Callback<QList<Payment>> done);

    virtual void createWithdrawal(Journal& journal, const CreatingCallPermit& permit, const WithdrawalDraft& draft,
        QObject* context, Callback<Withdrawal> done);
    // The withdrawal / payout created under this foreign id / order id, or std::nullopt when the gateway has none.
    virtual void findWithdrawalByKey(
        const QString& idempotencyKey, QObject* context, Callback<std::optional<Withdrawal>> done);
    virtual void fetchWithdrawal(const QString& id, QObject* context, Callback<Withdrawal> done);
    // One page of the account's withdrawals as the gateway lists them (Cryptomus payout/list), so that those made
    // outside Paydesk reach the ledger; Unsupported where there is no list.
    virtual void listWithdrawals(const InvoiceListRequest& request, QObject* context, Callback<WithdrawalPage> done);
    // A withdrawal Paydesk holds, as the gateway shows it now (sync follows every withdrawal that is not final with
    // it): fetchWithdrawal(known.id), completed from `known` with what the answer does not repeat.
    void refreshWithdrawal(const Withdrawal& known, QObject* context, Callback<Withdrawal> done);

    virtual void fetchTransactions(const QString& paymentId, QObject* context, Callback<QList<BlockchainTx>> done);

    // The verifier for this account's webhooks, built from its webhook secret (or API secret / keys, per gateway).
    virtual std::unique_ptr<WebhookVerifier> webhookVerifier() const = 0;

protected:
    Provider(Account account, AccountCredentials credentials, HttpClient* http, QObject* parent = nullptr);

    // The refund object as the gateway has it now (refreshRefund()); Unsupported by default.
    virtual void readRefund(const Refund& known, QObject* context, Callback<Refund> done);

    HttpClient* http() const { return m_http; }
    // Reads the gateway's asset list with `request` and `map`, completing each asset with the account and the time.
    void readAssets(Result<HttpRequest> request, QObject* context,
        std::function<Result<QList<GatewayAsset>>(const HttpResult&)> map, Callback<QList<GatewayAsset>> done);
    const AccountCredentials& credentials() const { return m_credentials; }

    // Delivers `result` to `done` from the event loop (queued), if `context` still exists.
    template<typename T>
    void deliverLater(QObject* context, Callback<T> done, Result<T> result)
    {
        QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
    }

    template<typename T>
    void unsupported(Capability capability, QObject* context, Callback<T> done)
    {
        ProviderError error;
        error.kind = ProviderError::Kind::Unsupported;
        error.message = unsupportedReason(gateway(), capability);
        deliverLater<T>(context, std::move(done), Result<T>(error));
    }

    // Sends a read (or idempotent change) and maps the reply; a request that could not be built is delivered as is.
    template<typename T>
    void read(Result<HttpRequest> request, QObject* context, std::function<Result<T>(const HttpResult&)> map,
        Callback<T> done)
    {
        if (!request.ok()) {
            deliverLater<T>(context, std::move(done), Result<T>(request.error()));
            return;
        }
        m_http->send(std::move(request).value(), context,
            [map = std::move(map), done = std::move(done)](const HttpResult& reply) { done(map(reply)); });
    }

    // Sends a creating call under `permit` (exactly once) and maps the reply. A reply that arrived but cannot be read
    // (cut short, not JSON, not what the spec says) is an unknown outcome: the gateway may well have created it.
    template<typename T>
    void create(Journal& journal, const CreatingCallPermit& permit, Result<HttpRequest> request, QObject* context,
        std::function<Result<T>(const HttpResult&)> map, Callback<T> done)
    {
        if (!request.ok()) {
            deliverLater<T>(context, std::move(done), Result<T>(request.error()));
            return;
        }
        m_http->sendCreating(journal, permit, std::move(request).value(), context,
            [map = std::move(map), done = std::move(done)](const HttpResult& reply) {
                Result<T> mapped = map(reply);
                if (!mapped.ok() && mapped.error().kind == ProviderError::Kind::Parse) {
                    ProviderError unreadable = mapped.error();
                    unreadable.outcomeUnknown = true;
                    mapped = Result<T>(unreadable);
                }
                done(mapped);
            });
    }

private:
    Account m_account;
    AccountCredentials m_credentials;
    HttpClient* m_http;
};

} // namespace paydesk
