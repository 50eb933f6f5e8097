#include "providers/cryptoprocessing/CryptoProcessingProvider.h"

#include "core/journal/CreatingCallPermit.h"
#include "providers/StatusMapping.h"
#include "providers/cryptoprocessing/CryptoProcessingJson.h"
#include "providers/cryptoprocessing/CryptoProcessingRequests.h"
#include "providers/webhooks/CryptoProcessingWebhookVerifier.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

using Key = CryptoProcessingRequests::LookupKey;

bool isWithdrawal(const CryptoProcessingTransaction& transaction)
{
    return transaction.type.startsWith(u"withdrawal"_s);
}

bool isDeposit(const CryptoProcessingTransaction& transaction)
{
    return transaction.type.startsWith(u"deposit"_s);
}

// Transaction ids are whole numbers; a payment request id is a UUID.
bool isTransactionId(const QString& id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 19)
        return false;
    return std::all_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// transactions/info with nothing to find answers 400 {"errors":{"foreign_id":"The selected foreign id is invalid."}}
// (or id / txid); a 404 is taken the same way.
bool nothingFound(const ProviderError& error)
{
    if (error.kind == ProviderError::Kind::NotFound)
        return true;
    return error.kind == ProviderError::Kind::Validation && error.httpStatus == 400
        && (error.field == u"foreign_id"_s || error.field == u"id"_s || error.field == u"txid"_s);
}

ProviderError unsupportedCall(const QString& message)
{
    ProviderError error;
    error.kind = ProviderError::Kind::Unsupported;
    error.message = message;
    return error;
}

ProviderError notFound(const ProviderError& from, const QString& message)
{
    ProviderError error = from;
    error.kind = ProviderError::Kind::NotFound;
    if (!message.isEmpty())
        error.message = message;
    return error;
}

QList<BlockchainTx> transactionsOf(const CryptoProcessingTransaction& transaction, const QString& paymentId)
{
    QList<BlockchainTx> list = transaction.transactions;
    for (BlockchainTx& tx : list)
        tx.paymentId = paymentId;
    return list;
}

} // namespace

CryptoProcessingProvider::CryptoProcessingProvider(
    Account account, AccountCredentials credentials, HttpClient* http, QObject* parent)
    : Provider(std::move(account), std::move(credentials), http, parent)
{
}

CryptoProcessingProvider::~CryptoProcessingProvider() = default;

void CryptoProcessingProvider::testConnection(QObject* context, Callback<void> done)
{
    read<void>(
        CryptoProcessingRequests::accountTest(account(), credentials()), context,
        [](const HttpResult& reply) -> Result<void> {
            if (!reply.isSuccess())
                return CryptoProcessingJson::errorFrom(reply, false);
            const auto balances = CryptoProcessingJson::balances(reply.body, QDateTime::currentDateTimeUtc());
            if (!balances.ok())
                return balances.error();
            return {};
        },
        std::move(done));
}

void CryptoProcessingProvider::createInvoice(Journal& journal, const CreatingCallPermit& permit,
    const InvoiceDraft& draft, QObject* context, Callback<Payment> done)
{
    InvoiceDraft sent = draft;
    sent.orderId = permit.idempotencyKey();
    const QString accountId = account().id;
    const bool live = account().liveMode;
    create<Payment>(
        journal, permit, CryptoProcessingRequests::createPaymentRequest(account(), credentials(), sent), context,
        [accountId, live](const HttpResult& reply) -> Result<Payment> {
            if (!reply.isSuccess())
                return CryptoProcessingJson::errorFrom(reply, true);
            auto payment = CryptoProcessingJson::paymentRequest(reply.body, accountId, live);
            // The reply has no creation time: the moment it arrived is within seconds of it.
            if (payment.ok() && !payment.value().created.isValid())
                payment.value().created = payment.value().updated = QDateTime::currentDateTimeUtc();
            return payment;
        },
        std::move(done));
}

void CryptoProcessingProvider::fetchInvoice(const QString&, QObject* context, Callback<Payment> done)
{
    deliverLater<Payment>(context, std::move(done),
        unsupportedCall(tr("CryptoProcessing has no API to read a payment request by its id. Its status comes from "
                           "the gateway's callbacks and, once something was paid, from its deposit, found by the "
                           "request's foreign id.")));
}

QString CryptoProcessingProvider::heldInvoiceId(const QString& foreignId)
{
    return u"foreign:"_s + foreignId;
}

Payment CryptoProcessingProvider::heldInvoice(const QString& foreignId) const
{
    Payment payment;
    payment.accountId = account().id;
    payment.gateway = Gateway::CryptoProcessing;
    payment.id = heldInvoiceId(foreignId);
    payment.orderId = foreignId;
    payment.rawStatus = u"created"_s;
    payment.status = mapPaymentStatus(Gateway::CryptoProcessing, payment.rawStatus);
    payment.liveMode = account().liveMode;
    payment.updated = QDateTime::currentDateTimeUtc();
    return payment;
}

void CryptoProcessingProvider::findInvoiceByKey(
    const QString& idempotencyKey, QObject* context, Callback<std::optional<Payment>> done)
{
    const QString key = idempotencyKey.trimmed();
    transactionByForeignId(key, context,
        [held = heldInvoice(key), key, done = std::move(done)](
            const Result<std::optional<CryptoProcessingTransaction>>& found) {
            if (!found.ok()) {
                done(found.error());
                return;
            }
            // A withdrawal or an address deposit under the same foreign id says nothing about a payment request.
            const auto& transaction = found.value();
            if (!transaction || !isDeposit(*transaction)
                || (!transaction->foreignId.isEmpty() && transaction->foreignId != key)) {
                done(std::optional<Payment>());
                return;
            }
            Payment payment = CryptoProcessingJson::paymentRequestFromDeposit(held, *transaction);
            payment.rawJson = transaction->rawJson;
            done(std::optional<Payment>(payment));
        });
}

std::optional<Payment> CryptoProcessingProvider::invoiceHeldUnderKey(
    const InvoiceDraft& draft, const ProviderError& refusal) const
{
    const QString key = draft.orderId.trimmed();
    if (key.isEmpty() || refusal.kind != ProviderError::Kind::Conflict || refusal.field != u"foreign_id"_s)
        return std::nullopt;
    Payment payment = heldInvoice(key);
    payment.amount = {draft.amount.amount, draft.amount.currency.trimmed().toUpper()};
    payment.description = draft.description;
    payment.payerEmail = draft.payerEmail.trimmed();
    return payment;
}

// POST /api/v2/currencies/list.
void CryptoProcessingProvider::fetchAssets(QObject* context, Callback<QList<GatewayAsset>> done)
{
    readAssets(
        CryptoProcessingRequests::currencies(account(), credentials()), context,
        [](const HttpResult& reply) -> Result<QList<GatewayAsset>> {
            if (!reply.isSuccess())
                return CryptoProcessingJson::errorFrom(reply, false);
            return CryptoProcessingJson::currencies(reply.body);
        },
        std::move(done));
}

void CryptoProcessingProvider::fetchBalances(QObject* context, Callback<QList<Balance>> done)
{
    const QString accountId = account().id;
    read<QList<Balance>>(
        CryptoProcessingRequests::balances(account(), credentials()), context,
        [accountId](const HttpResult& reply) -> Result<QList<Balance>> {
            if (!reply.isSuccess())
                return CryptoProcessingJson::errorFrom(reply, false);
            return CryptoProcessingJson::balances(reply.body, QDateTime::currentDateTimeUtc(), accountId);
        },
        std::move(done));
}

void CryptoProcessingProvider::createAddress(Journal& journal, const CreatingCallPermit& permit,
    const AddressDraft& draft, QObject* context, Callback<DedicatedAddress> done)
{
    AddressDraft sent = draft;
    sent.customerReference = permit.idempotencyKey();
    const QString accountId = account().id;
    create<DedicatedAddress>(
        journal, permit, CryptoProcessingRequests::takeAddress(account(), credentials(), sent), context,
        [accountId](const HttpResult& reply) -> Result<DedicatedAddress> {
            if (!reply.isSuccess())
                return CryptoProcessingJson::errorFrom(reply, true);
            auto address = CryptoProcessingJson::dedicatedAddress(reply.body, accountId);
            if (address.ok() && !address.value().created.isValid())
                address.value().created = address.value().updated = QDateTime::currentDateTimeUtc();
            return address;
        },
        std::move(done));
}

void CryptoProcessingProvider::createWithdrawal(Journal& journal, const CreatingCallPermit& permit,
    const WithdrawalDraft& draft, QObject* context, Callback<Withdrawal> done)
{
    WithdrawalDraft sent = draft;
    sent.foreignId = permit.idempotencyKey();
    const QString accountId = account().id;
    const QString address = draft.address.trimmed();
    const QString tag = draft.tag.trimmed();
    create<Withdrawal>(
        journal, permit, CryptoProcessingRequests::withdrawCrypto(account(), credentials(), sent), context,
        [accountId, address, tag](const HttpResult& reply) -> Result<Withdrawal> {
            if (!reply.isSuccess())
                return CryptoProcessingJson::errorFrom(reply, true);
            auto withdrawal = CryptoProcessingJson::withdrawal(reply.body, accountId);
            if (!withdrawal.ok())
                return withdrawal;
            Withdrawal& w = withdrawal.value();
            if (w.address.isEmpty())
                w.address = address;
            if (w.tag.isEmpty())
                w.tag = tag;
            if (!w.created.isValid())
                w.created = w.updated = QDateTime::currentDateTimeUtc();
            return withdrawal;
        },
        std::move(done));
}

void CryptoProcessingProvider::findWithdrawalByKey(
    const QString& idempotencyKey, QObject* context, Callback<std::optional<Withdrawal>> done)
{
    const QString accountId = account().id;
    transactionByForeignId(idempotencyKey, context,
        [accountId, idempotencyKey, done = std::move(done)](
            const Result<std::optional<CryptoProcessingTransaction>>& found) {
            if (!found.ok()) {
                done(found.error());
                return;
            }
            if (!found.value()) {
                done(std::optional<Withdrawal>());
                return;
            }
            if (!isWithdrawal(*found.value())) {
                ProviderError error;
                error.kind = ProviderError::Kind::Conflict;
                error.field = u"foreign_id"_s;
                error.message = tr("The transaction CryptoProcessing holds under foreign id %1 is a %2, not a "
                                   "withdrawal.")
                                    .arg(idempotencyKey, found.value()->type);
                done(error);
                return;
            }
            done(std::optional<Withdrawal>(CryptoProcessingJson::withdrawalFrom(*found.value(), accountId)));
        });
}

void CryptoProcessingProvider::fetchWithdrawal(const QString& id, QObject* context, Callback<Withdrawal> done)
{
    const QString accountId = account().id;
    read<Withdrawal>(
        CryptoProcessingRequests::transactionInfo(account(), credentials(), Key::Id, id), context,
        [accountId, id](const HttpResult& reply) -> Result<Withdrawal> {
            if (!reply.isSuccess()) {
                const ProviderError error = CryptoProcessingJson::errorFrom(reply, false);
                return nothingFound(error) ? notFound(error, tr("CryptoProcessing has no withdrawal %1.").arg(id))
                                           : error;
            }
            const auto transaction = CryptoProcessingJson::transaction(reply.body, accountId);
            if (!transaction.ok())
                return transaction.error();
            if (!isWithdrawal(transaction.value())) {
                return notFound(ProviderError(),
                    tr("CryptoProcessing transaction %1 is a %2, not a withdrawal.").arg(id, transaction.value().type));
            }
            return CryptoProcessingJson::withdrawalFrom(transaction.value(), accountId);
        },
        std::move(done));
}

void CryptoProcessingProvider::fetchTransactions(
    const QString& paymentId, QObject* context, Callback<QList<BlockchainTx>> done)
{
    if (!isTransactionId(paymentId)) {
        deliverLater<QList<BlockchainTx>>(context, std::move(done),
            unsupportedCall(tr("CryptoProcessing lists blockchain transactions by transaction id, not by payment "
                               "request id: a payment request's transactions are found through its foreign id.")));
        return;
    }
    const QString accountId = account().id;
    read<QList<BlockchainTx>>(
        CryptoProcessingRequests::transactionInfo(account(), credentials(), Key::Id, paymentId), context,
        [accountId, paymentId](const HttpResult& reply) -> Result<QList<BlockchainTx>> {
            if (!reply.isSuccess()) {
                const ProviderError error = CryptoProcessingJson::errorFrom(reply, false);
                return nothingFound(error)
                    ? notFound(error, tr("CryptoProcessing has no transaction %1.").arg(paymentId))
                    : error;
            }
            const auto transaction = CryptoProcessingJson::transaction(reply.body, accountId);
            if (!transaction.ok())
                return transaction.error();
            return transactionsOf(transaction.value(), paymentId);
        },
        std::move(done));
}

std::unique_ptr<WebhookVerifier> CryptoProcessingProvider::webhookVerifier() const
{
    return std::make_unique<CryptoProcessingWebhookVerifier>(credentials().apiKey, credentials().apiSecret);
}

void CryptoProcessingProvider::findAddressDeposits(
    const DedicatedAddress& address, QObject* context, Callback<QList<Payment>> done)
{
    if (address.customerReference.trimmed().isEmpty()) {
        deliverLater<QList<Payment>>(context, std::move(done),
            unsupportedCall(tr("This address has no foreign id: CryptoProcessing can only tell its deposits through "
                               "their callbacks.")));
        return;
    }
    transactionByForeignId(address.customerReference, context,
        [address, live = account().liveMode, done = std::move(done)](
            const Result<std::optional<CryptoProcessingTransaction>>& found) {
            if (!found.ok()) {
                done(found.error());
                return;
            }
            QList<Payment> deposits;
            const auto& transaction = found.value();
            if (transaction && isDeposit(*transaction) && transaction->addressId == address.id)
                deposits.append(CryptoProcessingJson::addressDeposit(*transaction, address.accountId, live));
            done(deposits);
        });
}

void CryptoProcessingProvider::refreshInvoice(const Payment& known, QObject* context, Callback<Payment> done)
{
    if (!known.addressId.isEmpty()) {
        read<Payment>(
            CryptoProcessingRequests::transactionInfo(account(), credentials(), Key::Id, known.id), context,
            [known, live = account().liveMode](const HttpResult& reply) -> Result<Payment> {
                if (!reply.isSuccess()) {
                    const ProviderError error = CryptoProcessingJson::errorFrom(reply, false);
                    return nothingFound(error)
                        ? notFound(error, tr("CryptoProcessing has no transaction %1.").arg(known.id))
                        : error;
                }
                const auto transaction = CryptoProcessingJson::transaction(reply.body, known.accountId);
                if (!transaction.ok())
                    return transaction.error();
                Payment payment = CryptoProcessingJson::addressDeposit(transaction.value(), known.accountId, live);
                // The gateway dates nothing: the time Paydesk first saw it, and the time it saw it change.
                payment.created = known.created;
                payment.updated = known.updated;
                if (payment != known)
                    payment.updated = QDateTime::currentDateTimeUtc();
                return payment;
            },
            std::move(done));
        return;
    }
    if (known.orderId.trimmed().isEmpty()) {
        deliverLater<Payment>(context, std::move(done),
            ProviderError::validation(u"orderId"_s,
                tr("This payment request has no foreign id: CryptoProcessing can only find it through its "
                   "callbacks.")));
        return;
    }
    // The account's mode, also over a copy stored before the mode came from the account.
    Payment current = known;
    current.liveMode = account().liveMode;
    transactionByForeignId(known.orderId, context,
        [known = current, done = std::move(done)](const Result<std::optional<CryptoProcessingTransaction>>& found) {
            if (!found.ok()) {
                done(found.error());
                return;
            }
            if (found.value()) {
                done(CryptoProcessingJson::paymentRequestFromDeposit(known, *found.value()));
                return;
            }
            // Nothing paid yet. Past its life time an unpaid request is expired (created → expired); a request whose
            // life time is not known is past it at the latest kMaxLifetimeSecs after it was sent.
            Payment payment = known;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QDateTime expires = payment.expires.isValid() ? payment.expires
                : payment.created.isValid()                     ? payment.created.addSecs(kMaxLifetimeSecs)
                                                                : QDateTime();
            if (payment.status == PaymentStatus::Pending && expires.isValid()
                && expires.addSecs(kExpiryGraceSecs) < now) {
                payment.rawStatus = u"expired"_s;
                payment.status = PaymentStatus::Expired;
                payment.updated = now;
            }
            done(payment);
        });
}

void CryptoProcessingProvider::fetchInvoiceTransactions(
    const Payment& known, QObject* context, Callback<QList<BlockchainTx>> done)
{
    if (known.orderId.trimmed().isEmpty()) {
        deliverLater<QList<BlockchainTx>>(context, std::move(done),
            ProviderError::validation(u"orderId"_s,
                tr("This payment request has no foreign id: CryptoProcessing cannot find its transactions.")));
        return;
    }
    transactionByForeignId(known.orderId, context,
        [paymentId = known.id, done = std::move(done)](
            const Result<std::optional<CryptoProcessingTransaction>>& found) {
            if (!found.ok()) {
                done(found.error());
                return;
            }
            if (!found.value() || !isDeposit(*found.value())) {
                done(QList<BlockchainTx>());
                return;
            }
            done(transactionsOf(*found.value(), paymentId));
        });
}

void CryptoProcessingProvider::transactionByForeignId(
    const QString& foreignId, QObject* context, Callback<std::optional<CryptoProcessingTransaction>> done)
{
    const QString accountId = account().id;
    read<std::optional<CryptoProcessingTransaction>>(
        CryptoProcessingRequests::transactionInfo(account(), credentials(), Key::ForeignId, foreignId), context,
        [accountId](const HttpResult& reply) -> Result<std::optional<CryptoProcessingTransaction>> {
            if (!reply.isSuccess()) {
                const ProviderError error = CryptoProcessingJson::errorFrom(reply, false);
                if (nothingFound(error))
                    return std::optional<CryptoProcessingTransaction>();
                return error;
            }
            auto transaction = CryptoProcessingJson::transaction(reply.body, accountId);
            if (!transaction.ok())
                return transaction.error();
            return std::optional<CryptoProcessingTransaction>(std::move(transaction).value());
        },
        std::move(done));
}

} // namespace paydesk
