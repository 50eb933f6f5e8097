#include "providers/cryptomus/CryptomusProvider.h"

#include "core/journal/CreatingCallPermit.h"
#include "providers/cryptomus/CryptomusJson.h"
#include "providers/cryptomus/CryptomusRequests.h"
#include "providers/webhooks/CryptomusWebhookVerifier.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <optional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

// A failed call, classified; a rate-limited one says how long the gateway asked to wait.
ProviderError failure(const HttpResult& reply, bool creatingCall)
{
    ProviderError error = CryptomusJson::errorFrom(reply, creatingCall);
    if (error.kind == ProviderError::Kind::RateLimited) {
        if (const auto wait = reply.retryAfter()) {
            const auto seconds = static_cast<int>((wait->count() + 999) / 1000);
            const QString advice = QCoreApplication::translate(
                "CryptomusProvider", "Wait %n second(s) before asking again.", nullptr, seconds);
            error.message = error.message.isEmpty() ? advice : error.message + u" "_s + advice;
        }
    }
    return error;
}

// "Payment not found" / "Payout not found" as the gateway answers it (HTTP 422, or state 1): the object does not
// exist. An HTTP 404 means the route does not (a wrong base URL) and must never pass for "not created".
bool isNotFoundAnswer(const ProviderError& error)
{
    return error.kind == ProviderError::Kind::NotFound && error.httpStatus != 404;
}

// Cryptomus includes date_to; InvoiceListRequest::to is exclusive. Timestamps are whole seconds: the last second
// that starts before `to`.
QDateTime lastIncludedSecond(const QDateTime& exclusiveEnd)
{
    const qint64 ceilingSecs = (exclusiveEnd.toMSecsSinceEpoch() + 999) / 1000;
    return QDateTime::fromSecsSinceEpoch(ceilingSecs - 1, QTimeZone::utc());
}

// A list request's window as date_from and date_to, in whole seconds as the gateway counts: the second `from` falls
// in, up to the last second before `to`. std::nullopt for an empty window (nothing to ask for).
std::optional<std::pair<QDateTime, QDateTime>> gatewayWindow(const InvoiceListRequest& request)
{
    if (request.from.isValid() && request.to.isValid() && request.from >= request.to)
        return std::nullopt;
    const QDateTime from = request.from.isValid()
        ? QDateTime::fromSecsSinceEpoch(request.from.toSecsSinceEpoch(), QTimeZone::utc())
        : QDateTime();
    return std::pair{from, request.to.isValid() ? lastIncludedSecond(request.to) : QDateTime()};
}

// A lookup by key: the record, std::nullopt when the gateway says it has none, or the error.
template<typename T, typename Mapper>
Result<std::optional<T>> lookedUp(const HttpResult& reply, Mapper map)
{
    if (!reply.isSuccess()) {
        const ProviderError error = failure(reply, false);
        if (isNotFoundAnswer(error))
            return std::optional<T>();
        return error;
    }
    Result<T> mapped = map(reply.body);
    if (!mapped.ok()) {
        if (isNotFoundAnswer(mapped.error()))
            return std::optional<T>();
        return mapped.error();
    }
    return std::optional<T>(std::move(mapped).value());
}

// CryptomusJson::payment for lookedUp(), with the account's mode.
auto paymentMapper(bool live)
{
    return [live](const QByteArray& body) { return CryptomusJson::payment(body, live); };
}

// The static wallet a v1/wallet reply describes, completed from the request: the reply has no order_id, and
// currency and network are echoed but kept as asked if not.
Result<DedicatedAddress> walletFrom(
    const HttpResult& reply, bool creatingCall, const QString& accountId, const AddressDraft& sent)
{
    if (!reply.isSuccess())
        return failure(reply, creatingCall);
    auto wallet = CryptomusJson::staticWallet(reply.body);
    if (!wallet.ok())
        return wallet;
    DedicatedAddress& address = wallet.value();
    address.accountId = accountId;
    if (address.customerReference.isEmpty())
        address.customerReference = sent.customerReference;
    if (address.currency.isEmpty())
        address.currency = sent.currency;
    if (address.network.isEmpty())
        address.network = sent.network.trimmed();
    return wallet;
}

} // namespace

CryptomusProvider::CryptomusProvider(Account account, AccountCredentials credentials, HttpClient* http, QObject* parent)
    : Provider(std::move(account), std::move(credentials), http, parent)
{
}

CryptomusProvider::~CryptomusProvider() = default;

void CryptomusProvider::testConnection(QObject* context, Callback<void> done)
{
    read<void>(
        CryptomusRequests::accountTest(account(), credentials()), context,
        [](const HttpResult& reply) -> Result<void> {
            if (!reply.isSuccess())
                return failure(reply, false);
            return CryptomusJson::accountTest(reply.body);
        },
        std::move(done));
}

// --- invoices ------------------------------------------------------------------------------------------------------

void CryptomusProvider::createInvoice(Journal& journal, const CreatingCallPermit& permit, const InvoiceDraft& draft,
    QObject* context, Callback<Payment> done)
{
    InvoiceDraft sent = draft;
    sent.orderId = permit.idempotencyKey();
    const QString accountId = account().id;
    const bool live = account().liveMode;
    create<Payment>(
        journal, permit, CryptomusRequests::createInvoice(account(), credentials(), sent), context,
        [accountId, live](const HttpResult& reply) -> Result<Payment> {
            if (!reply.isSuccess())
                return failure(reply, true);
            auto payment = CryptomusJson::payment(reply.body, live);
            if (payment.ok())
                payment.value().accountId = accountId;
            return payment;
        },
        std::move(done));
}

void CryptomusProvider::fetchInvoice(const QString& id, QObject* context, Callback<Payment> done)
{
    const QString accountId = account().id;
    const bool live = account().liveMode;
    read<Payment>(
        CryptomusRequests::getInvoice(account(), credentials(), id), context,
        [accountId, live](const HttpResult& reply) -> Result<Payment> {
            if (!reply.isSuccess())
                return failure(reply, false);
            auto payment = CryptomusJson::payment(reply.body, live);
            if (payment.ok())
                payment.value().accountId = accountId;
            return payment;
        },
        std::move(done));
}

void CryptomusProvider::findInvoiceByKey(
    const QString& idempotencyKey, QObject* context, Callback<std::optional<Payment>> done)
{
    const QString accountId = account().id;
    const bool live = account().liveMode;
    read<std::optional<Payment>>(
        CryptomusRequests::getInvoiceByOrderId(account(), credentials(), idempotencyKey), context,
        [accountId, live](const HttpResult& reply) {
            auto found = lookedUp<Payment>(reply, paymentMapper(live));
            if (found.ok() && found.value())
                found.value()->accountId = accountId;
            return found;
        },
        std::move(done));
}

void CryptomusProvider::listInvoices(const InvoiceListRequest& request, QObject* context, Callback<InvoicePage> done)
{
    const auto window = gatewayWindow(request);
    if (!window) {
        deliverLater<InvoicePage>(context, std::move(done), InvoicePage{}); // an empty window
        return;
    }
    const auto& [from, to] = *window;
    const QString accountId = account().id;
    const bool live = account().liveMode;
    const QString cursor = request.cursor;
    read<InvoicePage>(
        CryptomusRequests::listInvoices(account(), credentials(), from, to, cursor), context,
        [accountId, live, cursor](const HttpResult& reply) -> Result<InvoicePage> {
            if (!reply.isSuccess())
                return failure(reply, false);
            auto list = CryptomusJson::paymentPage(reply.body, live);
            if (!list.ok())
                return list.error();
            InvoicePage page;
            page.payments = std::move(list.value().items);
            for (Payment& payment : page.payments) {
                payment.accountId = accountId;
                if (std::optional<Refund> refund = CryptomusJson::refundOf(payment))
                    page.refunds.append(*refund);
            }
            // An empty page, or a cursor that points back at this page, ends the list (never loop).
            if (!page.payments.isEmpty() && list.value().nextCursor != cursor)
                page.nextCursor = list.value().nextCursor;
            return page;
        },
        std::move(done));
}

void CryptomusProvider::listWithdrawals(
    const InvoiceListRequest& request, QObject* context, Callback<WithdrawalPage> done)
{
    if (credentials().payoutKey.isEmpty()) {
        // An account that only takes payments has no payout key, and so no payouts to list: nothing failed.
        ProviderError error;
        error.kind = ProviderError::Kind::Unsupported;
        error.message = tr("Payouts are listed with the payout key, and this account has none.");
        deliverLater<WithdrawalPage>(context, std::move(done), Result<WithdrawalPage>(error));
        return;
    }
    const auto window = gatewayWindow(request);
    if (!window) {
        deliverLater<WithdrawalPage>(context, std::move(done), WithdrawalPage{});
        return;
    }
    const auto& [from, to] = *window;
    const QString accountId = account().id;
    const QString cursor = request.cursor;
    read<WithdrawalPage>(
        CryptomusRequests::listWithdrawals(account(), credentials(), from, to, cursor), context,
        [accountId, cursor](const HttpResult& reply) -> Result<WithdrawalPage> {
            if (!reply.isSuccess())
                return failure(reply, false);
            auto list = CryptomusJson::payoutPage(reply.body);
            if (!list.ok())
                return list.error();
            WithdrawalPage page;
            page.withdrawals = std::move(list.value().items);
            for (Withdrawal& withdrawal : page.withdrawals)
                withdrawal.accountId = accountId;
            if (!page.withdrawals.isEmpty() && list.value().nextCursor != cursor)
                page.nextCursor = list.value().nextCursor;
            return page;
        },
        std::move(done));
}

// --- refunds -------------------------------------------------------------------------------------------------------

void CryptomusProvider::createRefund(Journal& journal, const CreatingCallPermit& permit, const RefundDraft& draft,
    QObject* context, Callback<Refund> done)
{
    Refund accepted;
    accepted.accountId = account().id;
    accepted.gateway = Gateway::Cryptomus;
    accepted.id = draft.paymentId.trimmed();
    accepted.paymentId = accepted.id;
    accepted.address = draft.address.trimmed();
    accepted.status = TransferStatus::Pending;
    QPointer<CryptomusProvider> self(this);
    create<Refund>(
        journal, permit, CryptomusRequests::refund(account(), credentials(), draft), context,
        [accepted](const HttpResult& reply) -> Result<Refund> {
            if (!reply.isSuccess())
                return failure(reply, true);
            if (auto ok = CryptomusJson::accepted(reply.body); !ok.ok())
                return ok.error();
            return accepted;
        },
        [self, context, draft, done = std::move(done)](const Result<Refund>& result) {
            if (!result.ok() || !self) {
                done(result);
                return;
            }
            // The reply says only "accepted"; the payment shows the refund's amount and state. Should reading it
            // fail, what was refunded is not known yet: an unknown outcome, which the next lookup (a sync, the same
            // key again) settles from the payment, rather than a refund recorded without its amount.
            self->findRefund(draft, context, [done](const Result<std::optional<Refund>>& shown) {
                if (shown.ok() && shown.value()) {
                    done(*shown.value());
                    return;
                }
                ProviderError error = shown.ok() ? ProviderError{} : shown.error();
                error.kind = shown.ok() ? ProviderError::Kind::Parse : error.kind;
                error.outcomeUnknown = true;
                error.message = tr("Cryptomus accepted the refund, but reading it back failed: Paydesk reads it at "
                                   "the next sync.");
                done(error);
            });
        });
}

void CryptomusProvider::findRefund(const RefundDraft& draft, QObject* context, Callback<std::optional<Refund>> done)
{
    const QString accountId = account().id;
    const bool live = account().liveMode;
    const QString address = draft.address.trimmed();
    read<std::optional<Refund>>(
        CryptomusRequests::getInvoice(account(), credentials(), draft.paymentId), context,
        [accountId, live, address](const HttpResult& reply) -> Result<std::optional<Refund>> {
            auto found = lookedUp<Payment>(reply, paymentMapper(live));
            if (!found.ok())
                return found.error();
            if (!found.value())
                return std::optional<Refund>(); // no such payment: nothing was refunded
            Payment payment = *found.value();
            payment.accountId = accountId;
            std::optional<Refund> refund = CryptomusJson::refundOf(payment);
            if (refund)
                refund->address = address; // payment/info does not show it; a payment has one refund
            return refund;
        },
        std::move(done));
}

void CryptomusProvider::readRefund(const Refund& known, QObject* context, Callback<Refund> done)
{
    RefundDraft draft;
    draft.accountId = known.accountId;
    draft.paymentId = known.paymentId;
    draft.address = known.address;
    findRefund(draft, context,
        [paymentId = known.paymentId, done = std::move(done)](const Result<std::optional<Refund>>& found) {
            if (!found.ok()) {
                done(found.error());
            } else if (!found.value()) {
                ProviderError gone;
                gone.kind = ProviderError::Kind::NotFound;
                gone.message = tr("Cryptomus no longer shows a refund of payment %1.").arg(paymentId);
                done(gone);
            } else {
                done(*found.value());
            }
        });
}

// --- balances, static wallets --------------------------------------------------------------------------------------

// v1/payment/services.
void CryptomusProvider::fetchAssets(QObject* context, Callback<QList<GatewayAsset>> done)
{
    readAssets(
        CryptomusRequests::services(account(), credentials()), context,
        [](const HttpResult& reply) -> Result<QList<GatewayAsset>> {
            if (!reply.isSuccess())
                return failure(reply, false);
            return CryptomusJson::services(reply.body);
        },
        std::move(done));
}

void CryptomusProvider::fetchBalances(QObject* context, Callback<QList<Balance>> done)
{
    const QString accountId = account().id;
    read<QList<Balance>>(
        CryptomusRequests::balances(account(), credentials()), context,
        [accountId](const HttpResult& reply) -> Result<QList<Balance>> {
            if (!reply.isSuccess())
                return failure(reply, false);
            auto balances = CryptomusJson::balances(reply.body);
            if (balances.ok()) {
                for (Balance& balance : balances.value())
                    balance.accountId = accountId;
            }
            return balances;
        },
        std::move(done));
}

void CryptomusProvider::createAddress(Journal& journal, const CreatingCallPermit& permit, const AddressDraft& draft,
    QObject* context, Callback<DedicatedAddress> done)
{
    AddressDraft sent = draft;
    sent.customerReference = permit.idempotencyKey();
    const QString accountId = account().id;
    create<DedicatedAddress>(
        journal, permit, CryptomusRequests::createAddress(account(), credentials(), sent), context,
        [accountId, sent](const HttpResult& reply) { return walletFrom(reply, true, accountId, sent); },
        std::move(done));
}

void CryptomusProvider::findAddress(
    const AddressDraft& draft, QObject* context, Callback<std::optional<DedicatedAddress>> done)
{
    // The same v1/wallet request: Cryptomus gives back the wallet it holds under this order_id and creates no other,
    // so the request is safe to repeat (and to retry).
    Result<HttpRequest> request = CryptomusRequests::createAddress(account(), credentials(), draft);
    if (request.ok())
        request.value().idempotent = true;
    const QString accountId = account().id;
    read<std::optional<DedicatedAddress>>(
        std::move(request), context,
        [accountId, draft](const HttpResult& reply) -> Result<std::optional<DedicatedAddress>> {
            Result<DedicatedAddress> wallet = walletFrom(reply, false, accountId, draft);
            if (!wallet.ok())
                return wallet.error();
            return std::optional<DedicatedAddress>(wallet.value());
        },
        std::move(done));
}

void CryptomusProvider::releaseAddress(const QString& id, QObject* context, Callback<DedicatedAddress> done)
{
    const QString accountId = account().id;
    read<DedicatedAddress>(
        CryptomusRequests::releaseAddress(account(), credentials(), id), context,
        [accountId](const HttpResult& reply) -> Result<DedicatedAddress> {
            if (!reply.isSuccess())
                return failure(reply, false);
            auto wallet = CryptomusJson::blockedWallet(reply.body);
            if (wallet.ok())
                wallet.value().accountId = accountId;
            return wallet;
        },
        std::move(done));
}

// --- payouts -------------------------------------------------------------------------------------------------------

void CryptomusProvider::createWithdrawal(Journal& journal, const CreatingCallPermit& permit,
    const WithdrawalDraft& draft, QObject* context, Callback<Withdrawal> done)
{
    WithdrawalDraft sent = draft;
    sent.foreignId = permit.idempotencyKey();
    const QString accountId = account().id;
    create<Withdrawal>(
        journal, permit, CryptomusRequests::createWithdrawal(account(), credentials(), sent), context,
        [accountId, sent](const HttpResult& reply) -> Result<Withdrawal> {
            if (!reply.isSuccess())
                return failure(reply, true);
            auto payout = CryptomusJson::payout(reply.body);
            if (!payout.ok())
                return payout;
            Withdrawal& withdrawal = payout.value();
            withdrawal.accountId = accountId;
            // The payout reply carries neither order_id nor memo.
            if (withdrawal.foreignId.isEmpty())
                withdrawal.foreignId = sent.foreignId;
            if (withdrawal.tag.isEmpty())
                withdrawal.tag = sent.tag;
            // Nor its times: it was created now (payout/info, followed by sync, gives the gateway's own).
            if (!withdrawal.created.isValid())
                withdrawal.created = withdrawal.updated = QDateTime::currentDateTimeUtc();
            return payout;
        },
        std::move(done));
}

void CryptomusProvider::findWithdrawalByKey(
    const QString& idempotencyKey, QObject* context, Callback<std::optional<Withdrawal>> done)
{
    const QString accountId = account().id;
    read<std::optional<Withdrawal>>(
        CryptomusRequests::getWithdrawalByOrderId(account(), credentials(), idempotencyKey), context,
        [accountId, idempotencyKey](const HttpResult& reply) {
            auto found = lookedUp<Withdrawal>(reply, &CryptomusJson::payout);
            if (found.ok() && found.value()) {
                found.value()->accountId = accountId;
                if (found.value()->foreignId.isEmpty())
                    found.value()->foreignId = idempotencyKey.trimmed();
            }
            return found;
        },
        std::move(done));
}

void CryptomusProvider::fetchWithdrawal(const QString& id, QObject* context, Callback<Withdrawal> done)
{
    const QString accountId = account().id;
    read<Withdrawal>(
        CryptomusRequests::getWithdrawal(account(), credentials(), id), context,
        [accountId](const HttpResult& reply) -> Result<Withdrawal> {
            if (!reply.isSuccess())
                return failure(reply, false);
            auto payout = CryptomusJson::payout(reply.body);
            if (payout.ok())
                payout.value().accountId = accountId;
            return payout;
        },
        std::move(done));
}

std::unique_ptr<WebhookVerifier> CryptomusProvider::webhookVerifier() const
{
    return std::make_unique<CryptomusWebhookVerifier>(credentials().apiKey, credentials().payoutKey);
}

} // namespace paydesk
