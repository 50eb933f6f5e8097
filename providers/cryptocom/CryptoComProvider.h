#pragma once

#include "providers/Provider.h"

#include <memory>

namespace paydesk {

class ListingGuard;

// Crypto.com Pay (capabilities: invoices with list and cancel, refunds; no balances, addresses or withdrawals).
//
// GET /payments paging is not published: pages are asked for with `limit` and `starting_after=<last id>` (the
// sandbox's choice, and the common convention of this API family). A short page does not end the list; an empty page,
// has_more=false or a page with nothing new does (ListingGuard). Crypto.com does not deduplicate order ids, so
// findInvoiceByKey() scans the newest pages for the order id (kFindPages pages back).
class CryptoComProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CryptoComProvider)

public:
    static constexpr int kPageSize = 100; // `limit` asked for by default
    static constexpr int kMaxPageSize = 100; // the largest `limit` sent (InvoiceListRequest::pageSize)
    static constexpr int kFindPages = 5;

    CryptoComProvider(Account account, AccountCredentials credentials, HttpClient* http, QObject* parent = nullptr);
    ~CryptoComProvider() override;

    void testConnection(QObject* context, Callback<void> done) override;
    void createInvoice(Journal& journal, const CreatingCallPermit& permit, const InvoiceDraft& draft, QObject* context,
        Callback<Payment> done) override;
    void fetchInvoice(const QString& id, QObject* context, Callback<Payment> done) override;
    void findInvoiceByKey(
        const QString& idempotencyKey, QObject* context, Callback<std::optional<Payment>> done) override;
    void listInvoices(const InvoiceListRequest& request, QObject* context, Callback<InvoicePage> done) override;
    void cancelInvoice(const QString& id, QObject* context, Callback<Payment> done) override;
    void createRefund(Journal& journal, const CreatingCallPermit& permit, const RefundDraft& draft, QObject* context,
        Callback<Refund> done) override;
    // Crypto.com publishes no refund list: a refund whose answer was lost shows only as the payment's refunded total
    // growing past draft.refundedBefore by the amount. It is then recorded under its Paydesk key (the refund object's
    // own id is never published to anyone but the lost answer) with the payment's state.
    void findRefund(const RefundDraft& draft, QObject* context, Callback<std::optional<Refund>> done) override;
    std::unique_ptr<WebhookVerifier> webhookVerifier() const override;

protected:
    // GET /refunds/{id}: pending → succeeded (or failed). A refund recorded under its Paydesk key (found by the
    // payment's total, its id never told) is not known by that id: NotFound.
    void readRefund(const Refund& known, QObject* context, Callback<Refund> done) override;

private:
    void findInPages(const QString& orderId, const QString& cursor, const std::shared_ptr<ListingGuard>& guard,
        QObject* context, Callback<std::optional<Payment>> done);
};

} // namespace paydesk
