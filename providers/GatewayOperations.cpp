#include "providers/GatewayOperations.h"

#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "providers/CreatingCall.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <type_traits>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

ProviderError ledgerFailure(const LedgerError& error)
{
    ProviderError failure;
    failure.kind = ProviderError::Kind::Refused;
    failure.message = error.message;
    return failure;
}

ProviderError conflict(const QString& message)
{
    ProviderError error;
    error.kind = ProviderError::Kind::Conflict;
    error.message = message;
    return error;
}

// How a creating call that delivered an error ended, for the journal.
enum class Ending {
    NotSent, // nothing reached the gateway: journal not_sent, the key may be sent again
    Refused, // the gateway answered with a refusal (4xx) and created nothing: journal failed, the key may be sent again
    Unknown, // the gateway may have created it: journal unknown, looked up before anything is sent again
};

// `handedOver`: the HTTP layer took the request (the journal entry is `sent`); a check before sending leaves it
// `pending`. Anything not clearly "never sent" or "refused" counts as unknown: a 2xx reply that could not be read, say,
// may well mean the object exists. docs/journal.md.
Ending endingOf(const ProviderError& error, bool handedOver)
{
    using Kind = ProviderError::Kind;
    if (error.outcomeUnknown)
        return Ending::Unknown;
    if (!handedOver)
        return Ending::NotSent;
    if (error.httpStatus == 0
        && (error.kind == Kind::Network || error.kind == Kind::Tls || error.kind == Kind::Refused))
        return Ending::NotSent; // connection refused, unknown host, TLS handshake, refused by the HTTP layer
    if (error.httpStatus >= 400 && error.httpStatus <= 499)
        return Ending::Refused; // whatever the body says
    // A refusal the gateway states in the body of a 2xx reply (Cryptomus: "state" other than 0). A 2xx reply that
    // could not be read (Parse) says nothing about what happened.
    const bool statedRefusal = error.kind == Kind::Validation || error.kind == Kind::Auth
        || error.kind == Kind::NotFound || error.kind == Kind::Conflict || error.kind == Kind::RateLimited;
    if (error.httpStatus >= 200 && error.httpStatus <= 299 && statedRefusal)
        return Ending::Refused;
    return Ending::Unknown;
}

// "order id PD-…", "refund key PR-…": how messages name the key of each kind. A free function has no tr(): the
// context is spelled out, so lupdate files these strings under the same context as the runtime lookup.
QString keyPhrase(JournalKind kind, const QString& key)
{
    switch (kind) {
    case JournalKind::Invoice:
        return QCoreApplication::translate("GatewayOperations", "order id %1").arg(key);
    case JournalKind::Refund:
        return QCoreApplication::translate("GatewayOperations", "refund key %1").arg(key);
    case JournalKind::DedicatedAddress:
        return QCoreApplication::translate("GatewayOperations", "customer reference %1").arg(key);
    case JournalKind::Withdrawal:
        return QCoreApplication::translate("GatewayOperations", "foreign id %1").arg(key);
    }
    return key;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject summaryOf(const JournalEntry& entry)
{
    return QJsonDocument::fromJson(entry.requestJson).object();
}

Money moneyFrom(const QJsonObject& summary, const QString& amountField, const QString& currencyField)
{
    return {Decimal::fromString(summary.value(amountField).toString()).value_or(Decimal()),
        summary.value(currencyField).toString()};
}

// ---- invoices ---------------------------------------------------------------------------------------------------

// What a record found by its key lacks, where the gateway cannot read it back (CryptoProcessing): taken from the
// request as the journal has it; `sentAt` is when that request was sent.
Payment completedFrom(Payment payment, const InvoiceDraft& draft, const QDateTime& sentAt)
{
    if (!payment.amount.isValid())
        payment.amount = draft.amount;
    if (payment.description.isEmpty())
        payment.description = draft.description;
    if (!payment.created.isValid())
        payment.created = sentAt;
    if (!payment.updated.isValid())
        payment.updated = payment.created;
    return payment;
}

CreatingCall<Payment> invoiceCall(const InvoiceDraft& draft, const QDateTime& sentAt)
{
    QJsonObject summary{{u"amount"_s, draft.amount.amount.toString()}, {u"currency"_s, draft.amount.currency},
        {u"order_id"_s, draft.orderId}};
    if (!draft.payCurrency.isEmpty())
        summary.insert(u"pay_currency"_s, draft.payCurrency);
    if (!draft.description.isEmpty())
        summary.insert(u"description"_s, draft.description);
    return {.kind = JournalKind::Invoice,
        .accountId = draft.accountId,
        .key = draft.orderId,
        .summary = compact(summary),
        .send =
            [draft](Provider& provider, Journal& journal, const CreatingCallPermit& permit, QObject* context,
                Provider::Callback<Payment> done) {
                provider.createInvoice(journal, permit, draft, context, std::move(done));
            },
        .find =
            [draft, sentAt](Provider& provider, QObject* context, Provider::Callback<std::optional<Payment>> done) {
                provider.findInvoiceByKey(draft.orderId, context,
                    [draft, sentAt, done = std::move(done)](const Result<std::optional<Payment>>& found) {
                        if (found.ok() && found.value())
                            done(std::optional<Payment>(completedFrom(*found.value(), draft, sentAt)));
                        else
                            done(found);
                    });
            },
        .proven = [draft, sentAt](const Provider& provider, const ProviderError& refusal) -> std::optional<Payment> {
            if (auto held = provider.invoiceHeldUnderKey(draft, refusal))
                return completedFrom(*held, draft, sentAt);
            return std::nullopt;
        }};
}

InvoiceDraft invoiceDraftFrom(const JournalEntry& entry)
{
    const QJsonObject summary = summaryOf(entry);
    InvoiceDraft draft;
    draft.accountId = entry.accountId;
    draft.orderId = entry.idempotencyKey;
    draft.amount = moneyFrom(summary, u"amount"_s, u"currency"_s);
    draft.payCurrency = summary.value(u"pay_currency"_s).toString();
    draft.description = summary.value(u"description"_s).toString();
    return draft;
}

// ---- refunds ----------------------------------------------------------------------------------------------------

CreatingCall<Refund> refundCall(const RefundDraft& draft)
{
    QJsonObject summary{{u"payment_id"_s, draft.paymentId}, {u"amount"_s, draft.amount.amount.toString()},
        {u"currency"_s, draft.amount.currency}, {u"fee_from_refund"_s, draft.feeFromRefund}};
    if (draft.refundedBefore.isValid()) {
        summary.insert(u"refunded_before"_s, draft.refundedBefore.amount.toString());
        summary.insert(u"refunded_before_currency"_s, draft.refundedBefore.currency);
    }
    if (!draft.reason.isEmpty())
        summary.insert(u"reason"_s, draft.reason);
    if (!draft.address.isEmpty())
        summary.insert(u"address"_s, draft.address);
    if (!draft.network.isEmpty())
        summary.insert(u"network"_s, draft.network);
    return {.kind = JournalKind::Refund,
        .accountId = draft.accountId,
        .key = draft.idempotencyKey,
        .summary = compact(summary),
        .send =
            [draft](Provider& provider, Journal& journal, const CreatingCallPermit& permit, QObject* context,
                Provider::Callback<Refund> done) {
                provider.createRefund(journal, permit, draft, context, std::move(done));
            },
        .find =
            [draft](Provider& provider, QObject* context, Provider::Callback<std::optional<Refund>> done) {
                provider.findRefund(draft, context, std::move(done));
            }};
}

RefundDraft refundDraftFrom(const JournalEntry& entry)
{
    const QJsonObject summary = summaryOf(entry);
    RefundDraft draft;
    draft.accountId = entry.accountId;
    draft.idempotencyKey = entry.idempotencyKey;
    draft.paymentId = summary.value(u"payment_id"_s).toString();
    draft.amount = moneyFrom(summary, u"amount"_s, u"currency"_s);
    if (summary.contains(u"refunded_before"_s))
        draft.refundedBefore = moneyFrom(summary, u"refunded_before"_s, u"refunded_before_currency"_s);
    draft.reason = summary.value(u"reason"_s).toString();
    draft.address = summary.value(u"address"_s).toString();
    draft.network = summary.value(u"network"_s).toString();
    draft.feeFromRefund = summary.value(u"fee_from_refund"_s).toBool(true);
    return draft;
}

// ---- dedicated addresses ----------------------------------------------------------------------------------------

CreatingCall<DedicatedAddress> addressCall(const AddressDraft& draft)
{
    QJsonObject summary{{u"currency"_s, draft.currency}, {u"customer_reference"_s, draft.customerReference}};
    if (!draft.network.isEmpty())
        summary.insert(u"network"_s, draft.network);
    if (!draft.label.isEmpty())
        summary.insert(u"label"_s, draft.label);
    return {.kind = JournalKind::DedicatedAddress,
        .accountId = draft.accountId,
        .key = draft.customerReference,
        .summary = compact(summary),
        .send =
            [draft](Provider& provider, Journal& journal, const CreatingCallPermit& permit, QObject* context,
                Provider::Callback<DedicatedAddress> done) {
                provider.createAddress(journal, permit, draft, context, std::move(done));
            },
        .find =
            [draft](Provider& provider, QObject* context, Provider::Callback<std::optional<DedicatedAddress>> done) {
                provider.findAddress(draft, context, std::move(done));
            }};
}

AddressDraft addressDraftFrom(const JournalEntry& entry)
{
    const QJsonObject summary = summaryOf(entry);
    AddressDraft draft;
    draft.accountId = entry.accountId;
    draft.customerReference = entry.idempotencyKey;
    draft.currency = summary.value(u"currency"_s).toString();
    draft.network = summary.value(u"network"_s).toString();
    draft.label = summary.value(u"label"_s).toString();
    return draft;
}

// ---- withdrawals ------------------------------------------------------------------------------------------------

CreatingCall<Withdrawal> withdrawalCall(const WithdrawalDraft& draft)
{
    QJsonObject summary{{u"amount"_s, draft.amount.amount.toString()}, {u"currency"_s, draft.amount.currency},
        {u"address"_s, draft.address}, {u"foreign_id"_s, draft.foreignId}};
    if (!draft.network.isEmpty())
        summary.insert(u"network"_s, draft.network);
    if (!draft.tag.isEmpty())
        summary.insert(u"tag"_s, draft.tag);
    return {.kind = JournalKind::Withdrawal,
        .accountId = draft.accountId,
        .key = draft.foreignId,
        .summary = compact(summary),
        .send =
            [draft](Provider& provider, Journal& journal, const CreatingCallPermit& permit, QObject* context,
                Provider::Callback<Withdrawal> done) {
                provider.createWithdrawal(journal, permit, draft, context, std::move(done));
            },
        .find =
            [key = draft.foreignId](
                Provider& provider, QObject* context, Provider::Callback<std::optional<Withdrawal>> done) {
                provider.findWithdrawalByKey(key, context, std::move(done));
            }};
}

// ---- a call rebuilt from its journal entry ---------------------------------------------------------------------

// The call an existing key stands for, rebuilt from what the journal recorded when it was first sent: its lookup
// must use the entry's own summary (a refund's "refunded before", say), never what a new request says today.
template<typename Record>
CreatingCall<Record> entryCall(const JournalEntry& entry)
{
    if constexpr (std::is_same_v<Record, Payment>) {
        return invoiceCall(invoiceDraftFrom(entry), entry.created);
    } else if constexpr (std::is_same_v<Record, Refund>) {
        return refundCall(refundDraftFrom(entry));
    } else if constexpr (std::is_same_v<Record, DedicatedAddress>) {
        return addressCall(addressDraftFrom(entry));
    } else {
        WithdrawalDraft draft;
        draft.accountId = entry.accountId;
        draft.foreignId = entry.idempotencyKey;
        return withdrawalCall(draft);
    }
}

// A new request under a key the journal already holds: sent (when it may be) as the caller asks now, but looked up
// the way the entry recorded it.
template<typename Record>
std::shared_ptr<const CreatingCall<Record>> lookedUpAsRecorded(
    std::shared_ptr<const CreatingCall<Record>> call, const JournalEntry& entry)
{
    auto rebuilt = std::make_shared<CreatingCall<Record>>(*call);
    rebuilt->find = entryCall<Record>(entry).find;
    return rebuilt;
}

// ---- the ledger side of each record kind ------------------------------------------------------------------------

template<typename Record>
LedgerResult<UpsertResult> upsert(Ledger& ledger, const Record& record)
{
    if constexpr (std::is_same_v<Record, Payment>)
        return ledger.upsertPayments({record});
    else if constexpr (std::is_same_v<Record, Refund>)
        return ledger.upsertRefunds({record});
    else if constexpr (std::is_same_v<Record, DedicatedAddress>)
        return ledger.upsertDedicatedAddresses({record});
    else
        return ledger.upsertWithdrawals({record});
}

template<typename Record>
constexpr LedgerChange::Kind changeKind()
{
    if constexpr (std::is_same_v<Record, Payment>)
        return LedgerChange::Kind::Payments;
    else if constexpr (std::is_same_v<Record, Refund>)
        return LedgerChange::Kind::Refunds;
    else if constexpr (std::is_same_v<Record, DedicatedAddress>)
        return LedgerChange::Kind::DedicatedAddresses;
    else
        return LedgerChange::Kind::Withdrawals;
}

template<typename Record>
std::optional<Record> findById(const LedgerResult<QList<Record>>& records, const QString& id)
{
    if (records.ok()) {
        for (const Record& record : records.value()) {
            if (record.id == id)
                return record;
        }
    }
    return std::nullopt;
}

// The record an earlier, confirmed call created, as the ledger has it.
template<typename Record>
std::optional<Record> known(const Ledger& ledger, const QString& accountId, const QString& id)
{
    if constexpr (std::is_same_v<Record, Payment>) {
        auto payment = ledger.payment(accountId, id);
        return payment.ok() ? std::optional<Payment>(payment.value()) : std::nullopt;
    } else if constexpr (std::is_same_v<Record, Refund>) {
        return findById(ledger.refunds({accountId}), id);
    } else if constexpr (std::is_same_v<Record, DedicatedAddress>) {
        return findById(ledger.dedicatedAddresses({accountId}), id);
    } else {
        return findById(ledger.withdrawals({accountId}), id);
    }
}

} // namespace

GatewayOperations::GatewayOperations(Ledger& ledger, Journal& journal, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_journal(journal)
{
}

GatewayOperations::~GatewayOperations() = default;

QString GatewayOperations::generateKey(JournalKind kind)
{
    return generateIdempotencyKey(kind);
}

void GatewayOperations::createInvoice(
    Provider& provider, InvoiceDraft draft, QObject* context, Provider::Callback<Payment> done)
{
    draft.accountId = provider.account().id;
    if (draft.orderId.isEmpty())
        draft.orderId = generateKey(JournalKind::Invoice);
    start<Payment>(provider,
        std::make_shared<const CreatingCall<Payment>>(invoiceCall(draft, QDateTime::currentDateTimeUtc())), context,
        std::move(done));
}

void GatewayOperations::createRefund(
    Provider& provider, RefundDraft draft, QObject* context, Provider::Callback<Refund> done)
{
    draft.accountId = provider.account().id;
    if (draft.idempotencyKey.isEmpty())
        draft.idempotencyKey = generateKey(JournalKind::Refund);
    // Refunds of one payment are settled one at a time: at gateways that show only a refunded total, a refund whose
    // outcome is still open could not be told apart from this one (docs/journal.md).
    const auto open = m_journal.openEntries(draft.accountId, JournalKind::Refund);
    if (!open.ok()) {
        done(ledgerFailure(open.error()));
        return;
    }
    for (const JournalEntry& other : open.value()) {
        if (other.idempotencyKey == draft.idempotencyKey
            || summaryOf(other).value(u"payment_id"_s).toString() != draft.paymentId)
            continue;
        done(conflict(other.state == JournalState::Unknown
                ? tr("An earlier refund of this payment (refund key %1) may have reached the gateway and is not "
                     "settled yet. Send it again with the same key, or settle it in the journal, before another "
                     "refund of this payment.")
                      .arg(other.idempotencyKey)
                : tr("Another refund of this payment (refund key %1) is being sent right now.")
                      .arg(other.idempotencyKey)));
        return;
    }
    if (!provider.supports(Capability::Refund) || !provider.supports(Capability::GetInvoice)
        || draft.paymentId.isEmpty()) {
        start<Refund>(
            provider, std::make_shared<const CreatingCall<Refund>>(refundCall(draft)), context, std::move(done));
        return;
    }
    // What the gateway shows as refunded right now is the only trace of the refund on some gateways: record it in
    // the journal before sending, so a lost answer can still be settled.
    QPointer<Provider> guard(&provider);
    provider.fetchInvoice(draft.paymentId, context,
        [this, guard, draft, context, done = std::move(done)](const Result<Payment>& payment) mutable {
            if (!payment.ok()) {
                done(payment.error());
                return;
            }
            if (const auto stored = store(payment.value()); !stored.ok()) {
                done(stored.error());
                return;
            }
            if (!guard)
                return;
            draft.refundedBefore = payment.value().refunded;
            // Once the refund is made, the payment is read again so that its refunded amount and status show it at
            // once; the refund is delivered whatever that read gives.
            auto refreshed = [this, guard, paymentId = draft.paymentId, context, done = std::move(done)](
                                 const Result<Refund>& refund) {
                if (!refund.ok() || !guard)
                    return done(refund);
                guard->fetchInvoice(paymentId, context, [this, refund, done](const Result<Payment>& payment) {
                    if (payment.ok())
                        static_cast<void>(store(payment.value())); // a failed store: the next sync repeats it
                    done(refund);
                });
            };
            start<Refund>(
                *guard, std::make_shared<const CreatingCall<Refund>>(refundCall(draft)), context, std::move(refreshed));
        });
}

void GatewayOperations::createAddress(
    Provider& provider, AddressDraft draft, QObject* context, Provider::Callback<DedicatedAddress> done)
{
    draft.accountId = provider.account().id;
    if (draft.customerReference.isEmpty())
        draft.customerReference = generateKey(JournalKind::DedicatedAddress);
    start<DedicatedAddress>(
        provider, std::make_shared<const CreatingCall<DedicatedAddress>>(addressCall(draft)), context, std::move(done));
}

void GatewayOperations::createWithdrawal(
    Provider& provider, WithdrawalDraft draft, QObject* context, Provider::Callback<Withdrawal> done)
{
    draft.accountId = provider.account().id;
    if (draft.foreignId.isEmpty())
        draft.foreignId = generateKey(JournalKind::Withdrawal);
    start<Withdrawal>(
        provider, std::make_shared<const CreatingCall<Withdrawal>>(withdrawalCall(draft)), context, std::move(done));
}

template<typename Record>
Result<Record> GatewayOperations::store(const Record& record)
{
    const auto stored = upsert(m_ledger, record);
    if (!stored.ok())
        return ledgerFailure(stored.error());
    announce(record, stored.value());
    return record;
}

template<typename Record>
Result<Record> GatewayOperations::settleAndStore(
    const std::function<LedgerResult<JournalEntry>()>& settle, const Record& record)
{
    const auto stored = m_ledger.atomically([&]() -> LedgerResult<UpsertResult> {
        if (const auto settled = settle(); !settled.ok())
            return settled.error();
        return upsert(m_ledger, record);
    });
    if (!stored.ok())
        return ledgerFailure(stored.error());
    announce(record, stored.value());
    return record;
}

template<typename Record>
void GatewayOperations::announce(const Record& record, const UpsertResult& stored)
{
    LedgerChange change{.kind = changeKind<Record>(), .accountId = record.accountId, .ids = stored};
    if (!change.isEmpty())
        Q_EMIT ledgerChanged(change);
}

template<typename Record>
Result<Record> GatewayOperations::settleFound(qint64 entryId, const Record& record)
{
    return settleAndStore<Record>([&] { return m_journal.settleFound(entryId, record.id); }, record);
}

template<typename Record>
void GatewayOperations::start(Provider& provider, std::shared_ptr<const CreatingCall<Record>> call, QObject* context,
    Provider::Callback<Record> done)
{
    auto started = m_journal.begin(
        {.accountId = call->accountId, .kind = call->kind, .idempotencyKey = call->key, .requestJson = call->summary});
    if (!started.ok()) {
        done(ledgerFailure(started.error()));
        return;
    }
    if (started.value().isNew()) {
        auto permit = std::make_shared<CreatingCallPermit>(std::move(*started.value().permit));
        send<Record>(provider, std::move(call), std::move(permit), context, std::move(done));
        return;
    }

    const JournalEntry entry = started.value().entry;
    if (entry.state == JournalState::Confirmed || entry.state == JournalState::Unknown)
        call = lookedUpAsRecorded<Record>(std::move(call), entry);
    switch (entry.state) {
    case JournalState::Confirmed:
        // Already created under this key: hand back what the ledger has, or look it up at the gateway.
        if (auto record = known<Record>(m_ledger, entry.accountId, entry.gatewayId)) {
            done(*record);
            return;
        }
        call->find(provider, context, [this, call, done = std::move(done)](const Result<std::optional<Record>>& found) {
            if (!found.ok()) {
                done(found.error());
                return;
            }
            if (!found.value().has_value()) {
                done(conflict(tr("The gateway confirmed a request with %1 earlier but no longer shows it.")
                                  .arg(keyPhrase(call->kind, call->key))));
                return;
            }
            done(store(*found.value()));
        });
        return;
    case JournalState::Unknown:
        // Blocked until a lookup settles it: retryAfterUnknown() looks first, and sends only when the gateway has none.
        retryAfterUnknown<Record>(provider, std::move(call), entry.id, context, std::move(done));
        return;
    case JournalState::Pending:
    case JournalState::Sent:
        done(conflict(tr("A request with %1 is being sent right now.").arg(keyPhrase(call->kind, call->key))));
        return;
    case JournalState::Failed:
    case JournalState::NotSent: {
        // The earlier attempt created nothing (refused by the gateway, or never reached it): send this one, under the
        // same key. The entry keeps the earlier failure reason and counts the attempt.
        auto reopened = m_journal.reopen(entry.id, call->summary);
        if (!reopened.ok()) {
            if (reopened.error().kind == LedgerError::Kind::IllegalTransition) {
                done(conflict(tr("A request with %1 is being sent right now.").arg(keyPhrase(call->kind, call->key))));
            } else {
                done(ledgerFailure(reopened.error()));
            }
            return;
        }
        send<Record>(provider, std::move(call), std::make_shared<CreatingCallPermit>(std::move(reopened).value()),
            context, std::move(done), Attempt::Reopened);
        return;
    }
    }
}

template<typename Record>
void GatewayOperations::send(Provider& provider, std::shared_ptr<const CreatingCall<Record>> call,
    std::shared_ptr<CreatingCallPermit> permit, QObject* context, Provider::Callback<Record> done, Attempt attempt)
{
    QPointer<Provider> guard(&provider);
    call->send(provider, m_journal, *permit, context,
        [this, guard, call, permit, context, attempt, done = std::move(done)](const Result<Record>& result) {
            if (result.ok()) {
                const auto stored = settleAndStore<Record>(
                    [&] { return m_journal.confirm(*permit, result.value().id); }, result.value());
                // The gateway created it but the ledger could not take it: as after a crash, the entry is unknown,
                // and the next lookup (a sync, the same key again) stores what the gateway holds. (Should even that
                // fail, the entry stays sent, and the next session recovers it as unknown.)
                if (!stored.ok())
                    static_cast<void>(m_journal.markUnknown(*permit));
                done(stored);
                return;
            }
            const ProviderError& error = result.error();
            // The key sent again: a refusal saying the key is taken proves an earlier attempt created the object
            // (CryptoProcessing's "The foreign id has already been taken.").
            if (attempt != Attempt::First && guard && call->proven) {
                if (const std::optional<Record> held = call->proven(*guard, error)) {
                    done(settleAndStore<Record>([&] { return m_journal.confirm(*permit, held->id); }, *held));
                    return;
                }
            }
            const auto now = m_journal.entry(permit->entryId());
            const bool handedOver = !now.ok() || now.value().state != JournalState::Pending;
            const Ending ending = endingOf(error, handedOver);
            if (ending != Ending::Unknown && attempt == Attempt::Resumed) {
                // This attempt created nothing, but the one before it may have: its lookup found nothing, which some
                // gateways cannot tell from an object not yet visible (CryptoProcessing's unpaid requests). The
                // entry stays unknown until a lookup or the merchant settles it, never "nothing was created".
                ProviderError unsettled = error;
                unsettled.outcomeUnknown = true;
                const auto marked = m_journal.markUnknown(*permit);
                done(marked.ok() ? unsettled : ledgerFailure(marked.error()));
                return;
            }
            if (ending != Ending::Unknown) {
                // Nothing was created: not sent at all, or refused by the gateway. The same key may be sent again.
                const QString reason = error.message.isEmpty() ? error.providerCode : error.message;
                const auto settled = ending == Ending::NotSent ? m_journal.markNotSent(*permit, reason)
                                                               : m_journal.fail(*permit, reason);
                done(settled.ok() ? error : ledgerFailure(settled.error()));
                return;
            }
            if (const auto marked = m_journal.markUnknown(*permit); !marked.ok()) {
                done(ledgerFailure(marked.error()));
                return;
            }
            if (!guard) {
                done(error);
                return;
            }
            lookUpAfterUnknown<Record>(*guard, call, permit->entryId(), error, context, done);
        });
}

template<typename Record>
void GatewayOperations::lookUpAfterUnknown(Provider& provider, std::shared_ptr<const CreatingCall<Record>> call,
    qint64 entryId, ProviderError original, QObject* context, Provider::Callback<Record> done)
{
    call->find(provider, context,
        [this, entryId, original, call, done = std::move(done)](const Result<std::optional<Record>>& found) {
            if (found.ok() && found.value().has_value()) {
                done(settleFound(entryId, *found.value()));
                return;
            }
            ProviderError error = original;
            error.outcomeUnknown = true;
            const QString key = keyPhrase(call->kind, call->key);
            error.message = found.ok()
                ? tr("The gateway did not answer, and it shows nothing under %1 yet: it was probably not created. "
                     "Try again with the same key; Paydesk checks once more before sending.")
                      .arg(key)
                : tr("The gateway did not answer, and looking up %1 failed too (%2). Paydesk checks again at the "
                     "next sync before anything is sent again.")
                      .arg(key, found.error().message);
            done(error);
        });
}

template<typename Record>
void GatewayOperations::retryAfterUnknown(Provider& provider, std::shared_ptr<const CreatingCall<Record>> call,
    qint64 entryId, QObject* context, Provider::Callback<Record> done)
{
    QPointer<Provider> guard(&provider);
    call->find(provider, context,
        [this, guard, call, entryId, context, done = std::move(done)](const Result<std::optional<Record>>& found) {
            if (!found.ok()) {
                ProviderError error = found.error();
                error.outcomeUnknown = true;
                error.message = tr("An earlier request with %1 may have reached the gateway, and looking it up "
                                   "failed (%2). Nothing was sent again.")
                                    .arg(keyPhrase(call->kind, call->key), found.error().message);
                done(error);
                return;
            }
            if (found.value().has_value()) {
                done(settleFound(entryId, *found.value()));
                return;
            }
            // Looked up: the gateway has none. Only now is sending again (under the same key) safe.
            auto resumed = m_journal.resumeAfterNotFound(entryId);
            if (!resumed.ok()) {
                done(ledgerFailure(resumed.error()));
                return;
            }
            if (!guard)
                return;
            send<Record>(*guard, call, std::make_shared<CreatingCallPermit>(std::move(resumed).value()), context, done,
                Attempt::Resumed);
        });
}

void GatewayOperations::reconcile(
    Provider& provider, const JournalEntry& entry, QObject* context, Provider::Callback<JournalEntry> done)
{
    switch (entry.kind) {
    case JournalKind::Invoice:
        reconcileWith<Payment>(provider, entry, context, std::move(done));
        return;
    case JournalKind::Refund:
        reconcileWith<Refund>(provider, entry, context, std::move(done));
        return;
    case JournalKind::DedicatedAddress:
        reconcileWith<DedicatedAddress>(provider, entry, context, std::move(done));
        return;
    case JournalKind::Withdrawal:
        reconcileWith<Withdrawal>(provider, entry, context, std::move(done));
        return;
    }
}

template<typename Record>
void GatewayOperations::reconcileWith(
    Provider& provider, const JournalEntry& entry, QObject* context, Provider::Callback<JournalEntry> done)
{
    entryCall<Record>(entry).find(
        provider, context, [this, entry, done = std::move(done)](const Result<std::optional<Record>>& found) {
            if (!found.ok()) {
                done(found.error());
                return;
            }
            if (found.value().has_value()) {
                if (const auto settled = settleFound(entry.id, *found.value()); !settled.ok()) {
                    done(settled.error());
                    return;
                }
            }
            const auto now = m_journal.entry(entry.id);
            done(now.ok() ? Result<JournalEntry>(now.value()) : Result<JournalEntry>(ledgerFailure(now.error())));
        });
}

} // namespace paydesk
