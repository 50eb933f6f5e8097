#pragma once

#include "providers/Provider.h"

namespace paydesk {

// Gateway v10.2 (BucksBus and its white labels): invoices (fixed or open amount) listed by date window, refunds as
// withdrawals to the payer's address, balances, dedicated addresses with release, withdrawals, blockchain
// transactions; no invoice cancel. The account's base URL includes "/int" (https://api.bucksbus.com/int; the
// sandbox's ".../bucksbus/int").
//
// v10.2 has no idempotency key of its own: Paydesk's key travels in custom1 (BucksBusJson::kOrderIdField) on
// payments, withdrawals, refunds and dedicates; custom2 carries the refunded payment's id.
//
// What the gateway can look up (gateway-v10.2.md):
// - invoices: GET /payment/{id}, and GET /payments?from=YYYY-MM-DD&to=YYYY-MM-DD (UTC days, both required, no
//   paging). listInvoices() asks for kWindowDays days per page; findInvoiceByKey() scans the last kFindDays days for
//   custom1 = the key;
// - withdrawals and refunds: GET /withdraw/{id} only, no list and no filter, and a payment does not show its
//   refunds: findWithdrawalByKey() and findRefund() keep the base-class Unsupported. Where a lost reply still named
//   the withdrawal, createRefund() follows it by id; otherwise the refund stays "outcome unknown" (UnknownOutcome).
//   A refund Paydesk holds is followed by its withdrawal's id (refreshRefund());
// - dedicated addresses: neither a get nor a list: findAddress() and listAddresses() keep the base-class
//   Unsupported.
class BucksBusProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BucksBusProvider)

public:
    // One GET /payments covers at most this many UTC days: the gateway answers a whole window at once, so a long
    // window is split to keep each reply bounded.
    static constexpr int kWindowDays = 7;
    // listInvoices() without `from`: this many days before `to`.
    static constexpr int kDefaultListDays = 30;
    // findInvoiceByKey() looks for the key in payments created in the last kFindDays days (UTC), newest window first.
    static constexpr int kFindDays = 31;

    BucksBusProvider(Account account, AccountCredentials credentials, HttpClient* http, QObject* parent = nullptr);
    ~BucksBusProvider() override;

    // GET /accounts.
    void testConnection(QObject* context, Callback<void> done) override;
    // POST /payment with custom1 = the permit's idempotency key.
    void createInvoice(Journal& journal, const CreatingCallPermit& permit, const InvoiceDraft& draft, QObject* context,
        Callback<Payment> done) override;
    void fetchInvoice(const QString& id, QObject* context, Callback<Payment> done) override;
    // The payment with custom1 = the key among those created in the last kFindDays days; the oldest when the
    // gateway holds more than one.
    void findInvoiceByKey(
        const QString& idempotencyKey, QObject* context, Callback<std::optional<Payment>> done) override;
    // One page = one GET /payments window of at most kWindowDays UTC days, newest window first, payments newest first.
    // `from` / `to` (UTC, to exclusive) bound the payments' start_date; no `to`: up to tomorrow (UTC); no `from`:
    // kDefaultListDays before `to`. nextCursor is the last day (YYYY-MM-DD, UTC) of the next window; a page can be
    // empty and still have a nextCursor: the list ends only with an empty nextCursor. A cursor outside the window
    // is a Validation error (field "cursor").
    void listInvoices(const InvoiceListRequest& request, QObject* context, Callback<InvoicePage> done) override;
    // POST /withdraw to the payer's address: custom1 = the permit's key, custom2 = the refunded payment's id. A reply
    // that cannot be read (cut short, garbled) but names its withdraw_id is followed with GET /withdraw/{id}: the
    // refund is delivered from there when that withdrawal carries the key.
    void createRefund(Journal& journal, const CreatingCallPermit& permit, const RefundDraft& draft, QObject* context,
        Callback<Refund> done) override;
    void fetchBalances(QObject* context, Callback<QList<Balance>> done) override;
    void fetchAssets(QObject* context, Callback<QList<GatewayAsset>> done) override;
    // POST /dedicate with custom1 = the permit's key.
    void createAddress(Journal& journal, const CreatingCallPermit& permit, const AddressDraft& draft, QObject* context,
        Callback<DedicatedAddress> done) override;
    // POST /dedicate/{id}/release. A dedicate released before answers 422 ERR_DEDICATE_RELEASED (delivered as is).
    void releaseAddress(const QString& id, QObject* context, Callback<DedicatedAddress> done) override;
    // POST /withdraw with custom1 = the permit's key.
    void createWithdrawal(Journal& journal, const CreatingCallPermit& permit, const WithdrawalDraft& draft,
        QObject* context, Callback<Withdrawal> done) override;
    // GET /withdraw/{id}.
    void fetchWithdrawal(const QString& id, QObject* context, Callback<Withdrawal> done) override;
    // GET /payment/{id}/trxs (the vendor's path); on HTTP 404 GET /payment/{id}/txs (the seed text's), which this
    // provider then keeps using.
    void fetchTransactions(const QString& paymentId, QObject* context, Callback<QList<BlockchainTx>> done) override;
    std::unique_ptr<WebhookVerifier> webhookVerifier() const override;

protected:
    // GET /withdraw/{id}: the withdrawal that refunds the payer, as it is now.
    void readRefund(const Refund& known, QObject* context, Callback<Refund> done) override;

private:
    // GET /withdraw/{id} as a refund of paymentId; when `key` is given, only as the refund sent under it (Conflict
    // when that withdrawal carries another custom1).
    void fetchRefund(const QString& withdrawId, const QString& key, const QString& paymentId, QObject* context,
        Callback<Refund> done);
    void findInWindows(
        const QString& key, const InvoiceListRequest& request, QObject* context, Callback<std::optional<Payment>> done);
    void fetchTransactionsFrom(
        bool fallbackPath, const QString& paymentId, QObject* context, Callback<QList<BlockchainTx>> done);

    bool m_transactionsOnTxs = false; // /trxs answered 404 once: this deployment serves /txs
};

} // namespace paydesk
