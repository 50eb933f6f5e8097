#include "providers/cryptocom/CryptoComProvider.h"

#include "core/journal/CreatingCallPermit.h"
#include "providers/ListingGuard.h"
#include "providers/cryptocom/CryptoComJson.h"
#include "providers/cryptocom/CryptoComRequests.h"
#include "providers/webhooks/CryptoComWebhookVerifier.h"

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

endpoint::QueryItems pageQuery(const InvoiceListRequest& request)
{
    const int limit = request.pageSize > 0 ? std::min(request.pageSize, CryptoComProvider::kMaxPageSize)
                                           : CryptoComProvider::kPageSize;
    endpoint::QueryItems query{{u"limit"_s, QString::number(limit)}};
    if (!request.cursor.isEmpty())
        query.append({u"starting_after"_s, request.cursor});
    return query;
}

} // namespace

CryptoComProvider::CryptoComProvider(Account account, AccountCredentials credentials, HttpClient* http, QObject* parent)
    : Provider(std::move(account), std::move(credentials), http, parent)
{
}

CryptoComProvider::~CryptoComProvider() = default;

void CryptoComProvider::testConnection(QObject* context, Callback<void> done)
{
    read<void>(
        CryptoComRequests::accountTest(account(), credentials(), {{u"limit"_s, u"1"_s}}), context,
        [](const HttpResult& reply) -> Result<void> {
            if (!reply.isSuccess())
                return CryptoComJson::errorFrom(reply, false);
            return CryptoComJson::accountTest(reply.body);
        },
        std::move(done));
}

void CryptoComProvider::createInvoice(Journal& journal, const CreatingCallPermit& permit, const InvoiceDraft& draft,
    QObject* context, Callback<Payment> done)
{
    InvoiceDraft sent = draft;
    sent.orderId = permit.idempotencyKey();
    const QString accountId = account().id;
    const bool live = account().liveMode;
    create<Payment>(
        journal, permit, CryptoComRequests::createPayment(account(), credentials(), sent), context,
        [accountId, live](const HttpResult& reply) -> Result<Payment> {
            if (!reply.isSuccess())
                return CryptoComJson::errorFrom(reply, true);
            return CryptoComJson::payment(reply.body, accountId, live);
        },
        std::move(done));
}

void CryptoComProvider::fetchInvoice(const QString& id, QObject* context, Callback<Payment> done)
{
    const QString accountId = account().id;
    const bool live = account().liveMode;
    read<Payment>(
        CryptoComRequests::getPayment(account(), credentials(), id), context,
        [accountId, live](const HttpResult& reply) -> Result<Payment> {
            if (!reply.isSuccess())
                return CryptoComJson::errorFrom(reply, false);
            return CryptoComJson::payment(reply.body, accountId, live);
        },
        std::move(done));
}

void CryptoComProvider::findInvoiceByKey(
    const QString& idempotencyKey, QObject* context, Callback<std::optional<Payment>> done)
{
    findInPages(idempotencyKey, {}, std::make_shared<ListingGuard>(kFindPages), context, std::move(done));
}

void CryptoComProvider::findInPages(const QString& orderId, const QString& cursor,
    const std::shared_ptr<ListingGuard>& guard, QObject* context, Callback<std::optional<Payment>> done)
{
    listInvoices({.cursor = cursor}, context,
        [self = QPointer(this), orderId, guard, context, done = std::move(done)](const Result<InvoicePage>& page) {
            if (!self)
                return; // the account was removed meanwhile
            if (!page.ok()) {
                done(page.error());
                return;
            }
            for (const Payment& payment : page.value().payments) {
                if (payment.orderId == orderId) {
                    done(std::optional<Payment>(payment));
                    return;
                }
            }
            if (guard->afterPage(page.value().payments, page.value().nextCursor) != ListingGuard::Verdict::Next) {
                done(std::optional<Payment>());
                return;
            }
            self->findInPages(orderId, page.value().nextCursor, guard, context, done);
        });
}

void CryptoComProvider::listInvoices(const InvoiceListRequest& request, QObject* context, Callback<InvoicePage> done)
{
    const QString accountId = account().id;
    const bool live = account().liveMode;
    read<InvoicePage>(
        CryptoComRequests::listPayments(account(), credentials(), pageQuery(request)), context,
        [accountId, live](const HttpResult& reply) -> Result<InvoicePage> {
            if (!reply.isSuccess())
                return CryptoComJson::errorFrom(reply, false);
            auto list = CryptoComJson::paymentList(reply.body, accountId, live);
            if (!list.ok())
                return list.error();
            InvoicePage page;
            page.payments = list.value().payments;
            // A short page does not end the list (a gateway may cap its pages below the limit asked for): only an
            // empty page, has_more=false, or a page with nothing new (ListingGuard) does.
            if (list.value().hasMore.value_or(true) && !page.payments.isEmpty())
                page.nextCursor = page.payments.constLast().id;
            return page;
        },
        std::move(done));
}

void CryptoComProvider::cancelInvoice(const QString& id, QObject* context, Callback<Payment> done)
{
    auto request = CryptoComRequests::cancelPayment(account(), credentials(), id);
    if (request.ok())
        request.value().idempotent = true; // cancelling twice changes nothing more
    const QString accountId = account().id;
    const bool live = account().liveMode;
    read<Payment>(
        std::move(request), context,
        [accountId, live](const HttpResult& reply) -> Result<Payment> {
            if (!reply.isSuccess())
                return CryptoComJson::errorFrom(reply, false);
            return CryptoComJson::payment(reply.body, accountId, live);
        },
        std::move(done));
}

void CryptoComProvider::createRefund(Journal& journal, const CreatingCallPermit& permit, const RefundDraft& draft,
    QObject* context, Callback<Refund> done)
{
    const QString accountId = account().id;
    create<Refund>(
        journal, permit, CryptoComRequests::createRefund(account(), credentials(), draft), context,
        [accountId](const HttpResult& reply) -> Result<Refund> {
            if (!reply.isSuccess())
                return CryptoComJson::errorFrom(reply, true);
            return CryptoComJson::refund(reply.body, accountId);
        },
        std::move(done));
}

void CryptoComProvider::readRefund(const Refund& known, QObject* context, Callback<Refund> done)
{
    const QString accountId = account().id;
    read<Refund>(
        CryptoComRequests::getRefund(account(), credentials(), known.id), context,
        [accountId](const HttpResult& reply) -> Result<Refund> {
            if (!reply.isSuccess())
                return CryptoComJson::errorFrom(reply, false);
            return CryptoComJson::refund(reply.body, accountId);
        },
        std::move(done));
}

void CryptoComProvider::findRefund(const RefundDraft& draft, QObject* context, Callback<std::optional<Refund>> done)
{
    // Crypto.com publishes no lookup of a refund by anything Paydesk chose: the payment's refunded total is the only
    // trace. The journal recorded that total just before the refund was sent, and no other refund of the payment is
    // sent while this one is open (GatewayOperations::createRefund), so the total tells exactly: still what it was
    // (not made), or that plus this refund (made). Anything else, such as a refund made outside Paydesk in between,
    // is not guessed at.
    fetchInvoice(draft.paymentId, context, [draft, done = std::move(done)](const Result<Payment>& payment) {
        if (!payment.ok()) {
            done(payment.error());
            return;
        }
        const Payment& now = payment.value();
        const Money before
            = draft.refundedBefore.isValid() ? draft.refundedBefore : Money{Decimal(), now.amount.currency};
        const auto made = before.amount.plus(draft.amount.amount);
        const Decimal refunded = now.refunded.isValid() ? now.refunded.amount : Decimal();
        if (made && refunded == *made && before.currency == draft.amount.currency) {
            Refund refund;
            refund.accountId = now.accountId;
            refund.gateway = Gateway::CryptoCom;
            refund.id = draft.idempotencyKey;
            refund.paymentId = now.id;
            refund.amount = draft.amount;
            refund.reason = draft.reason;
            refund.status = TransferStatus::Pending;
            refund.created = now.updated.isValid() ? now.updated : QDateTime::currentDateTimeUtc();
            refund.updated = refund.created;
            done(std::optional<Refund>(refund));
            return;
        }
        if (refunded == before.amount) {
            done(std::optional<Refund>());
            return;
        }
        ProviderError error;
        error.kind = ProviderError::Kind::Conflict;
        error.message = tr("Crypto.com shows %1 refunded on payment %2: neither %3 (this refund not made) nor %4 (this "
                           "refund made). Another refund may have been made outside Paydesk: check the payment at "
                           "Crypto.com and settle refund key %5 in the journal.")
                            .arg(refunded.toString(), now.id, before.amount.toString(),
                                made ? made->toString() : QString(), draft.idempotencyKey);
        done(error);
    });
}

std::unique_ptr<WebhookVerifier> CryptoComProvider::webhookVerifier() const
{
    return std::make_unique<CryptoComWebhookVerifier>(credentials().webhookSecret);
}

} // namespace paydesk
