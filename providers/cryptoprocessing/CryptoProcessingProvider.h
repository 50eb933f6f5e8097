#pragma once

#include "providers/Provider.h"
#include "providers/cryptoprocessing/CryptoProcessingTransaction.h"

namespace paydesk {

// CryptoProcessing by CoinsPaid (capabilities: payment requests, balances, dedicated addresses, withdrawals,
// blockchain transactions; no invoice list, cancel or refund). The account's base URL is the host
// (https://app.cryptoprocessing.com; the sandbox's ".../cryptoprocessing"): the paths carry /api/….
//
// What the gateway can look up (docs: API-NOTES.md "CryptoProcessing", the vendor's API reference):
// - a payment request cannot be read back: no get or list by id or foreign id is published. fetchInvoice()
//   delivers Unsupported in plain words. Once paid (in part), its deposit transaction is found by the request's
//   foreign id (POST /api/v2/transactions/info): refreshInvoice() and fetchInvoiceTransactions() use it with the
//   Payment Paydesk already holds, and findInvoiceByKey() finds a paid request whose creation was not confirmed;
// - a request whose creation was not confirmed and whose reply is lost has no id Paydesk knows: the ledger keeps it
//   under heldInvoiceId(foreign id) (docs/journal.md "CryptoProcessing payment requests");
// - a withdrawal is found by its foreign id or its numeric id (transactions/info): findWithdrawalByKey(),
//   fetchWithdrawal();
// - a dedicated address cannot be looked up or listed (findAddress() / listAddresses() keep the base-class
//   Unsupported). Taking it again with the same foreign id and currency gives the same address back in the sandbox,
//   but the vendor does not promise it (a foreign id names a customer, who "can" have several addresses), so an
//   address whose reply was lost is never taken again to find it: it stays unknown until the merchant settles it;
// - a creating call repeated under a foreign id the gateway already holds is refused with 400 "The foreign id has
//   already been taken." (payment requests and withdrawals), delivered as Conflict with field "foreign_id".
class CryptoProcessingProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CryptoProcessingProvider)

public:
    // A payment request whose deposit is not found and whose life time ended this long ago is taken as expired.
    static constexpr int kExpiryGraceSecs = 120;
    // The longest life time the gateway grants a payment request (60 days): a request whose own life time is not
    // known (heldInvoiceId) is expired, unpaid, this long after it was sent.
    static constexpr qint64 kMaxLifetimeSecs = 60 * 86400;

    // The ledger id of a payment request known only by its foreign id: "foreign:" + the foreign id.
    static QString heldInvoiceId(const QString& foreignId);

    CryptoProcessingProvider(
        Account account, AccountCredentials credentials, HttpClient* http, QObject* parent = nullptr);
    ~CryptoProcessingProvider() override;

    // accounts/list, signed: a wrong key or secret is an Auth error.
    void testConnection(QObject* context, Callback<void> done) override;
    // POST /api/payments/v1/requests; foreign_id = the permit's idempotency key.
    void createInvoice(Journal& journal, const CreatingCallPermit& permit, const InvoiceDraft& draft, QObject* context,
        Callback<Payment> done) override;
    // Unsupported: no API reads a payment request by its id (see refreshInvoice()).
    void fetchInvoice(const QString& id, QObject* context, Callback<Payment> done) override;
    // transactions/info {"foreign_id"}: a deposit under the key proves the request exists and gives its status; the
    // Payment has id heldInvoiceId(key) and no amount (GatewayOperations takes it from the journal). std::nullopt
    // when nothing was paid under the key: an unpaid request cannot be told from none (a re-send under the same
    // foreign id tells: invoiceHeldUnderKey()).
    void findInvoiceByKey(
        const QString& idempotencyKey, QObject* context, Callback<std::optional<Payment>> done) override;
    // A 400 "The foreign id has already been taken." (Conflict, field "foreign_id") to createInvoice(): the request
    // exists. The Payment as the draft describes it, id heldInvoiceId(draft.orderId), status created (Pending),
    // no payment link.
    std::optional<Payment> invoiceHeldUnderKey(const InvoiceDraft& draft, const ProviderError& refusal) const override;
    void fetchBalances(QObject* context, Callback<QList<Balance>> done) override;
    void fetchAssets(QObject* context, Callback<QList<GatewayAsset>> done) override;
    // POST /api/v2/addresses/take; foreign_id = the permit's idempotency key.
    void createAddress(Journal& journal, const CreatingCallPermit& permit, const AddressDraft& draft, QObject* context,
        Callback<DedicatedAddress> done) override;
    // POST /api/v2/withdrawal/crypto; foreign_id = the permit's idempotency key. The reply has no address: the
    // record takes the draft's address and tag.
    void createWithdrawal(Journal& journal, const CreatingCallPermit& permit, const WithdrawalDraft& draft,
        QObject* context, Callback<Withdrawal> done) override;
    // transactions/info {"foreign_id"}: std::nullopt when the gateway has no transaction under it; a Conflict error
    // when the transaction under it is not a withdrawal (a deposit to an address with the same foreign id).
    void findWithdrawalByKey(
        const QString& idempotencyKey, QObject* context, Callback<std::optional<Withdrawal>> done) override;
    // transactions/info {"foreign_id": the address's foreign id} (customerReference): the latest deposit to it, the
    // only one this lookup shows (empty when none, or when what the foreign id names is not a deposit to this address).
    // Earlier deposits are found when a sync ran in between, and through their callbacks.
    void findAddressDeposits(const DedicatedAddress& address, QObject* context, Callback<QList<Payment>> done) override;
    // transactions/info {"id"}: the numeric transaction id withdrawal/crypto returned.
    void fetchWithdrawal(const QString& id, QObject* context, Callback<Withdrawal> done) override;
    // transactions/info {"id"} of a transaction id (numeric: a deposit, a withdrawal, or the transaction_id of a
    // payment request's callback). A payment request id (UUID) is Unsupported: use fetchInvoiceTransactions().
    void fetchTransactions(const QString& paymentId, QObject* context, Callback<QList<BlockchainTx>> done) override;
    std::unique_ptr<WebhookVerifier> webhookVerifier() const override;

    // A deposit to a dedicated address (addressId set) is read again by its transaction id (addressDeposit), keeping
    // the time Paydesk first saw it.
    // A payment request Paydesk holds, brought up to date from its deposit (transactions/info by its foreign id;
    // CryptoProcessingJson::paymentRequestFromDeposit). No deposit yet: `known` as it is, or expired once its life
    // time (or, when not known, kMaxLifetimeSecs after `created`) is kExpiryGraceSecs past. A request without foreign
    // id (orderId) is a Validation error.
    void refreshInvoice(const Payment& known, QObject* context, Callback<Payment> done) override;
    // The blockchain transactions of that deposit (empty while nothing was paid), with paymentId = known.id.
    void fetchInvoiceTransactions(const Payment& known, QObject* context, Callback<QList<BlockchainTx>> done);

private:
    // A payment request known only by its foreign id: pending ("created"), no amount, no link.
    Payment heldInvoice(const QString& foreignId) const;
    // transactions/info by foreign id: the transaction, or std::nullopt when the gateway has none under it.
    void transactionByForeignId(
        const QString& foreignId, QObject* context, Callback<std::optional<CryptoProcessingTransaction>> done);
};

} // namespace paydesk
