#pragma once

#include "providers/Provider.h"

namespace paydesk {

// Cryptomus (capabilities: invoices with a cursor list, a refund per payment, balances, static wallets with block,
// payouts; no invoice cancel, no blockchain transaction list). Every call is a signed POST (CryptomusRequests); reads
// are marked idempotent, creating calls go through the journal permit.
//
// Keys and lookups (order_id is unique per merchant; reusing it returns what already exists):
// - invoices: order_id = the permit's key; findInvoiceByKey() asks v1/payment/info by order_id;
// - payouts: order_id = the permit's key; findWithdrawalByKey() asks v1/payout/info by order_id;
// - static wallets: order_id = the permit's key; Cryptomus publishes no wallet info or wallet list, but creating a
//   wallet under an order_id it already holds gives that wallet back and creates nothing. findAddress() is that
//   request, sent as an idempotent one: it settles a wallet whose creating reply was lost (docs/journal.md
//   "Dedicated addresses"). listAddresses() stays Unsupported (the base class's plain words);
// - refunds: Cryptomus refunds a payment once, in full, and neither takes a key of ours nor gives the refund an id.
//   The refund's id is the payment's uuid; findRefund() reads v1/payment/info by draft.paymentId and reports the
//   refund the payment's status shows (refund_process / refund_paid / refund_fail), std::nullopt for any other
//   status. The journal key is not sent and not needed for the lookup.
// "Payment not found" / "Payout not found" (HTTP 422 or state 1) is std::nullopt, not an error; an HTTP 404 (wrong
// base URL) stays an error, so a misconfigured account never passes for "not created".
//
// listInvoices(): InvoiceListRequest.from → date_from, the exclusive `to` → date_to one second earlier (Cryptomus
// includes date_to; both in its UTC+3 clock); pass the same window with every cursor. The gateway refuses paging
// faster than it allows (HTTP 429): HttpClient waits out a Retry-After it is given and tries again within its retry
// policy; what is still refused comes back as RateLimited, with the wait in the message.
class CryptomusProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CryptomusProvider)

public:
    CryptomusProvider(Account account, AccountCredentials credentials, HttpClient* http, QObject* parent = nullptr);
    ~CryptomusProvider() override;

    void testConnection(QObject* context, Callback<void> done) override;

    void createInvoice(Journal& journal, const CreatingCallPermit& permit, const InvoiceDraft& draft, QObject* context,
        Callback<Payment> done) override;
    void fetchInvoice(const QString& id, QObject* context, Callback<Payment> done) override;
    void findInvoiceByKey(
        const QString& idempotencyKey, QObject* context, Callback<std::optional<Payment>> done) override;
    void listInvoices(const InvoiceListRequest& request, QObject* context, Callback<InvoicePage> done) override;
    // v1/payout/list, the same window and cursor as listInvoices(); Unsupported for an account without a payout key.
    void listWithdrawals(const InvoiceListRequest& request, QObject* context, Callback<WithdrawalPage> done) override;

    void createRefund(Journal& journal, const CreatingCallPermit& permit, const RefundDraft& draft, QObject* context,
        Callback<Refund> done) override;
    void findRefund(const RefundDraft& draft, QObject* context, Callback<std::optional<Refund>> done) override;

    void fetchBalances(QObject* context, Callback<QList<Balance>> done) override;
    void fetchAssets(QObject* context, Callback<QList<GatewayAsset>> done) override;

    void createAddress(Journal& journal, const CreatingCallPermit& permit, const AddressDraft& draft, QObject* context,
        Callback<DedicatedAddress> done) override;
    void releaseAddress(const QString& id, QObject* context, Callback<DedicatedAddress> done) override;
    void findAddress(
        const AddressDraft& draft, QObject* context, Callback<std::optional<DedicatedAddress>> done) override;

    void createWithdrawal(Journal& journal, const CreatingCallPermit& permit, const WithdrawalDraft& draft,
        QObject* context, Callback<Withdrawal> done) override;
    void findWithdrawalByKey(
        const QString& idempotencyKey, QObject* context, Callback<std::optional<Withdrawal>> done) override;
    void fetchWithdrawal(const QString& id, QObject* context, Callback<Withdrawal> done) override;

    std::unique_ptr<WebhookVerifier> webhookVerifier() const override;

protected:
    // The refund as its payment's status shows it now (findRefund() by known.paymentId); NotFound when that status
    // no longer speaks of a refund.
    void readRefund(const Refund& known, QObject* context, Callback<Refund> done) override;
};

} // namespace paydesk
