#include "providers/bucksbus/BucksBusProvider.h"

#include "core/journal/CreatingCallPermit.h"
#include "providers/bucksbus/BucksBusJson.h"
#include "providers/bucksbus/BucksBusRequests.h"
#include "providers/webhooks/BucksBusWebhookVerifier.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

// Records come from the mappers without account: every one is stamped with it here.
template<typename T>
Result<T> forAccount(Result<T> record, const QString& accountId)
{
    if (record.ok())
        record.value().accountId = accountId;
    return record;
}

template<typename T>
Result<QList<T>> forAccount(Result<QList<T>> records, const QString& accountId)
{
    if (records.ok()) {
        for (T& record : records.value())
            record.accountId = accountId;
    }
    return records;
}

// The UTC days one listInvoices() call covers, and which part of them this page asks for.
struct ListWindow
{
    QDate firstDay; // of the whole list
    QDate lastDay;
    QDate windowStart; // of this page
    QDate windowEnd;
};

Result<ListWindow> listWindow(const InvoiceListRequest& request)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ListWindow window;
    // `to` is exclusive: its last day is the one of the millisecond before. No `to`: tomorrow, against clock skew.
    window.lastDay = request.to.isValid() ? request.to.toUTC().addMSecs(-1).date() : now.date().addDays(1);
    window.firstDay = request.from.isValid()
        ? request.from.toUTC().date()
        : (request.to.isValid() ? request.to.toUTC() : now).date().addDays(-BucksBusProvider::kDefaultListDays);
    if (window.firstDay > window.lastDay)
        return ProviderError::validation(
            u"from"_s, BucksBusProvider::tr("The start of the period must be before its end."));
    window.windowEnd = window.lastDay;
    if (!request.cursor.isEmpty()) {
        window.windowEnd = QDate::fromString(request.cursor, Qt::ISODate);
        if (!window.windowEnd.isValid() || window.windowEnd < window.firstDay || window.windowEnd > window.lastDay)
            return ProviderError::validation(
                u"cursor"_s, BucksBusProvider::tr("The page cursor does not belong to this period."));
    }
    window.windowStart = std::max(window.firstDay, window.windowEnd.addDays(1 - BucksBusProvider::kWindowDays));
    return window;
}

// The withdraw_id a reply that could not be read still shows (cut short, or garbled after it): v10.2 names the
// withdrawal first, so a partial reply often says which one was created. Empty when it does not, complete or not
// at all (the closing quote must have arrived).
QString withdrawIdIn(const QByteArray& partial)
{
    static const QRegularExpression pattern(uR"re("withdraw_id"\s*:\s*"([0-9A-Za-z-]{1,64})")re"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(partial));
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

BucksBusProvider::BucksBusProvider(Account account, AccountCredentials credentials, HttpClient* http, QObject* parent)
    : Provider(std::move(account), std::move(credentials), http, parent)
{
}

BucksBusProvider::~BucksBusProvider() = default;

void BucksBusProvider::testConnection(QObject* context, Callback<void> done)
{
    read<void>(
        BucksBusRequests::accountTest(account(), credentials()), context,
        [](const HttpResult& reply) -> Result<void> {
            if (!reply.isSuccess())
                return BucksBusJson::errorFrom(reply, false);
            return BucksBusJson::accountTest(reply.body);
        },
        std::move(done));
}

void BucksBusProvider::createInvoice(Journal& journal, const CreatingCallPermit& permit, const InvoiceDraft& draft,
    QObject* context, Callback<Payment> done)
{
    InvoiceDraft sent = draft;
    sent.orderId = permit.idempotencyKey();
    const QString accountId = account().id;
    const bool live = account().liveMode;
    create<Payment>(
        journal, permit, BucksBusRequests::createInvoice(account(), credentials(), sent), context,
        [accountId, live](const HttpResult& reply) -> Result<Payment> {
            if (!reply.isSuccess())
                return BucksBusJson::errorFrom(reply, true);
            return forAccount(BucksBusJson::payment(reply.body, live), accountId);
        },
        std::move(done));
}

void BucksBusProvider::fetchInvoice(const QString& id, QObject* context, Callback<Payment> done)
{
    const QString accountId = account().id;
    const bool live = account().liveMode;
    read<Payment>(
        BucksBusRequests::getInvoice(account(), credentials(), id), context,
        [accountId, live](const HttpResult& reply) -> Result<Payment> {
            if (!reply.isSuccess())
                return BucksBusJson::errorFrom(reply, false);
            return forAccount(BucksBusJson::payment(reply.body, live), accountId);
        },
        std::move(done));
}

void BucksBusProvider::findInvoiceByKey(
    const QString& idempotencyKey, QObject* context, Callback<std::optional<Payment>> done)
{
    const QDateTime from = QDateTime(QDateTime::currentDateTimeUtc().date().addDays(-kFindDays), QTime(0, 0), Qt::UTC);
    findInWindows(idempotencyKey, {.from = from}, context, std::move(done));
}

void BucksBusProvider::findInWindows(
    const QString& key, const InvoiceListRequest& request, QObject* context, Callback<std::optional<Payment>> done)
{
    listInvoices(request, context,
        [self = QPointer(this), key, request, context, done = std::move(done)](const Result<InvoicePage>& page) {
            if (!self)
                return; // the account was removed meanwhile
            if (!page.ok()) {
                done(page.error());
                return;
            }
            // The first one sent, should the gateway hold the key twice.
            std::optional<Payment> match;
            for (const Payment& payment : page.value().payments) {
                if (payment.orderId == key && (!match || payment.created < match->created))
                    match = payment;
            }
            if (match || page.value().nextCursor.isEmpty()) {
                done(match);
                return;
            }
            InvoiceListRequest next = request;
            next.cursor = page.value().nextCursor;
            self->findInWindows(key, next, context, done);
        });
}

void BucksBusProvider::listInvoices(const InvoiceListRequest& request, QObject* context, Callback<InvoicePage> done)
{
    const Result<ListWindow> window = listWindow(request);
    if (!window.ok()) {
        deliverLater<InvoicePage>(context, std::move(done), window.error());
        return;
    }
    const ListWindow w = window.value();
    const QString accountId = account().id;
    const bool live = account().liveMode;
    const QDateTime from = request.from.toUTC();
    const QDateTime to = request.to.toUTC();
    read<InvoicePage>(
        BucksBusRequests::listInvoices(account(), credentials(), w.windowStart, w.windowEnd), context,
        [accountId, live, w, from, to](const HttpResult& reply) -> Result<InvoicePage> {
            if (!reply.isSuccess())
                return BucksBusJson::errorFrom(reply, false);
            const auto payments = forAccount(BucksBusJson::payments(reply.body, live), accountId);
            if (!payments.ok())
                return payments.error();
            InvoicePage page;
            // The gateway filters by whole days: the edges of the asked period are cut to the instant.
            for (const Payment& payment : payments.value()) {
                if (payment.created.isValid()
                    && ((from.isValid() && payment.created < from) || (to.isValid() && payment.created >= to)))
                    continue;
                page.payments.append(payment);
            }
            if (w.windowStart > w.firstDay)
                page.nextCursor = w.windowStart.addDays(-1).toString(Qt::ISODate);
            return page;
        },
        std::move(done));
}

void BucksBusProvider::createRefund(Journal& journal, const CreatingCallPermit& permit, const RefundDraft& draft,
    QObject* context, Callback<Refund> done)
{
    RefundDraft sent = draft;
    sent.idempotencyKey = permit.idempotencyKey();
    const QString accountId = account().id;
    const QString paymentId = draft.paymentId;
    const QString key = sent.idempotencyKey;
    // The withdrawal's id, when a reply that could not be read still names it (withdrawIdIn).
    auto named = std::make_shared<QString>();
    create<Refund>(
        journal, permit, BucksBusRequests::refund(account(), credentials(), sent), context,
        [accountId, paymentId, named](const HttpResult& reply) -> Result<Refund> {
            Result<Refund> refund = reply.isSuccess()
                ? forAccount(BucksBusJson::refund(reply.body, paymentId), accountId)
                : Result<Refund>(BucksBusJson::errorFrom(reply, true));
            if (!refund.ok() && reply.status < 400)
                *named = withdrawIdIn(reply.body);
            return refund;
        },
        [self = QPointer(this), named, key, paymentId, context, done = std::move(done)](const Result<Refund>& result) {
            if (result.ok() || named->isEmpty() || !self) {
                done(result);
                return;
            }
            // v10.2 cannot find a withdrawal by its custom1, but this one is known by its id: GET /withdraw/{id}.
            self->fetchRefund(*named, key, paymentId, context,
                [result, done](const Result<Refund>& fetched) { done(fetched.ok() ? fetched : result); });
        });
}

void BucksBusProvider::fetchRefund(
    const QString& withdrawId, const QString& key, const QString& paymentId, QObject* context, Callback<Refund> done)
{
    const QString accountId = account().id;
    read<Refund>(
        BucksBusRequests::getWithdrawal(account(), credentials(), withdrawId), context,
        [accountId, key, paymentId](const HttpResult& reply) -> Result<Refund> {
            if (!reply.isSuccess())
                return BucksBusJson::errorFrom(reply, false);
            // Only the withdrawal sent under this key (custom1) is this refund.
            const auto withdrawal = BucksBusJson::withdrawal(reply.body);
            if (!withdrawal.ok())
                return withdrawal.error();
            if (!key.isEmpty() && withdrawal.value().foreignId != key) {
                ProviderError error;
                error.kind = ProviderError::Kind::Conflict;
                error.message = tr("Withdrawal %1 was not sent under refund key %2.").arg(withdrawal.value().id, key);
                return error;
            }
            return forAccount(BucksBusJson::refund(reply.body, paymentId), accountId);
        },
        std::move(done));
}

void BucksBusProvider::readRefund(const Refund& known, QObject* context, Callback<Refund> done)
{
    fetchRefund(known.id, {}, known.paymentId, context, std::move(done));
}

// GET /assets.
void BucksBusProvider::fetchAssets(QObject* context, Callback<QList<GatewayAsset>> done)
{
    readAssets(
        BucksBusRequests::assets(account(), credentials()), context,
        [](const HttpResult& reply) -> Result<QList<GatewayAsset>> {
            if (!reply.isSuccess())
                return BucksBusJson::errorFrom(reply, false);
            return BucksBusJson::assets(reply.body);
        },
        std::move(done));
}

void BucksBusProvider::fetchBalances(QObject* context, Callback<QList<Balance>> done)
{
    const QString accountId = account().id;
    read<QList<Balance>>(
        BucksBusRequests::balances(account(), credentials()), context,
        [accountId](const HttpResult& reply) -> Result<QList<Balance>> {
            if (!reply.isSuccess())
                return BucksBusJson::errorFrom(reply, false);
            auto balances = forAccount(BucksBusJson::balances(reply.body), accountId);
            if (balances.ok()) {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                for (Balance& balance : balances.value())
                    balance.asOf = now;
            }
            return balances;
        },
        std::move(done));
}

void BucksBusProvider::createAddress(Journal& journal, const CreatingCallPermit& permit, const AddressDraft& draft,
    QObject* context, Callback<DedicatedAddress> done)
{
    AddressDraft sent = draft;
    sent.customerReference = permit.idempotencyKey();
    const QString accountId = account().id;
    create<DedicatedAddress>(
        journal, permit, BucksBusRequests::createAddress(account(), credentials(), sent), context,
        [accountId](const HttpResult& reply) -> Result<DedicatedAddress> {
            if (!reply.isSuccess())
                return BucksBusJson::errorFrom(reply, true);
            return forAccount(BucksBusJson::dedicatedAddress(reply.body), accountId);
        },
        std::move(done));
}

void BucksBusProvider::releaseAddress(const QString& id, QObject* context, Callback<DedicatedAddress> done)
{
    const QString accountId = account().id;
    read<DedicatedAddress>(
        BucksBusRequests::releaseAddress(account(), credentials(), id), context,
        [accountId](const HttpResult& reply) -> Result<DedicatedAddress> {
            if (!reply.isSuccess())
                return BucksBusJson::errorFrom(reply, false);
            return forAccount(BucksBusJson::dedicatedAddress(reply.body), accountId);
        },
        std::move(done));
}

void BucksBusProvider::createWithdrawal(Journal& journal, const CreatingCallPermit& permit,
    const WithdrawalDraft& draft, QObject* context, Callback<Withdrawal> done)
{
    WithdrawalDraft sent = draft;
    sent.foreignId = permit.idempotencyKey();
    const QString accountId = account().id;
    create<Withdrawal>(
        journal, permit, BucksBusRequests::createWithdrawal(account(), credentials(), sent), context,
        [accountId](const HttpResult& reply) -> Result<Withdrawal> {
            if (!reply.isSuccess())
                return BucksBusJson::errorFrom(reply, true);
            return forAccount(BucksBusJson::withdrawal(reply.body), accountId);
        },
        std::move(done));
}

void BucksBusProvider::fetchWithdrawal(const QString& id, QObject* context, Callback<Withdrawal> done)
{
    const QString accountId = account().id;
    read<Withdrawal>(
        BucksBusRequests::getWithdrawal(account(), credentials(), id), context,
        [accountId](const HttpResult& reply) -> Result<Withdrawal> {
            if (!reply.isSuccess())
                return BucksBusJson::errorFrom(reply, false);
            return forAccount(BucksBusJson::withdrawal(reply.body), accountId);
        },
        std::move(done));
}

void BucksBusProvider::fetchTransactions(const QString& paymentId, QObject* context, Callback<QList<BlockchainTx>> done)
{
    fetchTransactionsFrom(m_transactionsOnTxs, paymentId, context, std::move(done));
}

void BucksBusProvider::fetchTransactionsFrom(
    bool fallbackPath, const QString& paymentId, QObject* context, Callback<QList<BlockchainTx>> done)
{
    const QString accountId = account().id;
    auto request = fallbackPath ? BucksBusRequests::invoiceTransactionsFallback(account(), credentials(), paymentId)
                                : BucksBusRequests::invoiceTransactions(account(), credentials(), paymentId);
    read<QList<BlockchainTx>>(
        std::move(request), context,
        [accountId, paymentId](const HttpResult& reply) -> Result<QList<BlockchainTx>> {
            if (!reply.isSuccess())
                return BucksBusJson::errorFrom(reply, false);
            return forAccount(BucksBusJson::paymentTransactions(reply.body, paymentId), accountId);
        },
        [self = QPointer(this), fallbackPath, paymentId, context, done = std::move(done)](
            const Result<QList<BlockchainTx>>& result) {
            // An unknown payment is 422 ERR_NO_PAYMENT; a 404 means the route itself is missing here.
            if (result.ok() || fallbackPath || result.error().httpStatus != 404 || !self) {
                done(result);
                return;
            }
            self->m_transactionsOnTxs = true;
            self->fetchTransactionsFrom(true, paymentId, context, done);
        });
}

std::unique_ptr<WebhookVerifier> BucksBusProvider::webhookVerifier() const
{
    return std::make_unique<BucksBusWebhookVerifier>(credentials().webhookSecret);
}

} // namespace paydesk
