#include "providers/GatewayOperations.h"

#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUuid>

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

// What the journal keeps of an invoice request: enough to recognise it, nothing secret.
QByteArray invoiceSummary(const InvoiceDraft& draft)
{
    QJsonObject summary{{u"amount"_s, draft.amount.amount.toString()}, {u"currency"_s, draft.amount.currency},
        {u"order_id"_s, draft.orderId}};
    if (!draft.payCurrency.isEmpty())
        summary.insert(u"pay_currency"_s, draft.payCurrency);
    if (!draft.description.isEmpty())
        summary.insert(u"description"_s, draft.description);
    return QJsonDocument(summary).toJson(QJsonDocument::Compact);
}

} // namespace

GatewayOperations::GatewayOperations(Ledger& ledger, Journal& journal, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_journal(journal)
{
}

GatewayOperations::~GatewayOperations() = default;

QString GatewayOperations::generateOrderId()
{
    return u"PD-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12).toUpper();
}

Result<Payment> GatewayOperations::store(const Payment& payment)
{
    if (const auto stored = m_ledger.upsertPayments({payment}); !stored.ok())
        return ledgerFailure(stored.error());
    return payment;
}

Result<Payment> GatewayOperations::settleFound(qint64 entryId, const Payment& payment)
{
    if (const auto settled = m_journal.settleFound(entryId, payment.id); !settled.ok())
        return ledgerFailure(settled.error());
    return store(payment);
}

void GatewayOperations::createInvoice(
    Provider& provider, InvoiceDraft draft, QObject* context, Provider::Callback<Payment> done)
{
    draft.accountId = provider.account().id;
    if (draft.orderId.isEmpty())
        draft.orderId = generateOrderId();

    auto started = m_journal.begin({.accountId = draft.accountId,
        .kind = JournalKind::Invoice,
        .idempotencyKey = draft.orderId,
        .requestJson = invoiceSummary(draft)});
    if (!started.ok()) {
        done(ledgerFailure(started.error()));
        return;
    }
    if (started.value().isNew()) {
        auto permit = std::make_shared<CreatingCallPermit>(std::move(*started.value().permit));
        sendInvoice(provider, draft, std::move(permit), context, std::move(done));
        return;
    }

    const JournalEntry entry = started.value().entry;
    switch (entry.state) {
    case JournalState::Confirmed:
        // Already created under this order id: hand back what the ledger has, or ask the gateway.
        if (auto known = m_ledger.payment(entry.accountId, entry.gatewayId); known.ok()) {
            done(known.value());
        } else {
            provider.fetchInvoice(
                entry.gatewayId, context, [this, done = std::move(done)](const Result<Payment>& fetched) {
                    done(fetched.ok() ? store(fetched.value()) : fetched);
                });
        }
        return;
    case JournalState::Unknown:
        retryAfterUnknown(provider, draft, entry, context, std::move(done));
        return;
    case JournalState::Pending:
    case JournalState::Sent:
        done(conflict(
            QCoreApplication::translate("GatewayOperations", "An invoice with order id %1 is being created right now.")
                .arg(draft.orderId)));
        return;
    case JournalState::Failed:
        done(conflict(QCoreApplication::translate("GatewayOperations",
            "Order id %1 was already used by an invoice the gateway refused (%2). Use another order id.")
                          .arg(draft.orderId, entry.failureReason)));
        return;
    }
}

void GatewayOperations::sendInvoice(Provider& provider, const InvoiceDraft& draft,
    std::shared_ptr<CreatingCallPermit> permit, QObject* context, Provider::Callback<Payment> done)
{
    QPointer<Provider> guard(&provider);
    provider.createInvoice(m_journal, *permit, draft, context,
        [this, guard, draft, permit, context, done = std::move(done)](const Result<Payment>& result) {
            if (result.ok()) {
                if (const auto confirmed = m_journal.confirm(*permit, result.value().id); !confirmed.ok()) {
                    done(ledgerFailure(confirmed.error()));
                    return;
                }
                done(store(result.value()));
                return;
            }
            const ProviderError& error = result.error();
            if (!error.outcomeUnknown) {
                // Refused before or by the gateway: nothing was created. (A refusal before sending leaves the
                // entry pending; fail() settles both.)
                const auto failed
                    = m_journal.fail(*permit, error.message.isEmpty() ? error.providerCode : error.message);
                done(failed.ok() ? error : ledgerFailure(failed.error()));
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
            lookUpAfterUnknown(*guard, draft, permit, error, context, done);
        });
}

void GatewayOperations::lookUpAfterUnknown(Provider& provider, const InvoiceDraft& draft,
    std::shared_ptr<CreatingCallPermit> permit, ProviderError original, QObject* context,
    Provider::Callback<Payment> done)
{
    const qint64 entryId = permit->entryId();
    provider.findInvoiceByKey(draft.orderId, context,
        [this, entryId, original, orderId = draft.orderId, done = std::move(done)](
            const Result<std::optional<Payment>>& found) {
            if (found.ok() && found.value().has_value()) {
                done(settleFound(entryId, *found.value()));
                return;
            }
            ProviderError error = original;
            error.outcomeUnknown = true;
            error.message = found.ok()
                ? QCoreApplication::translate("GatewayOperations",
                    "The gateway did not answer, and it has no invoice with order id %1 yet: it was probably not "
                    "created. Try again with the same order id; Paydesk checks once more before sending.")
                      .arg(orderId)
                : QCoreApplication::translate("GatewayOperations",
                    "The gateway did not answer, and looking the invoice up failed too (%1). Paydesk will check "
                    "order id %2 again at the next sync before anything is sent again.")
                      .arg(found.error().message, orderId);
            done(error);
        });
}

void GatewayOperations::retryAfterUnknown(Provider& provider, const InvoiceDraft& draft, const JournalEntry& entry,
    QObject* context, Provider::Callback<Payment> done)
{
    QPointer<Provider> guard(&provider);
    provider.findInvoiceByKey(draft.orderId, context,
        [this, guard, draft, entryId = entry.id, context, done = std::move(done)](
            const Result<std::optional<Payment>>& found) {
            if (!found.ok()) {
                ProviderError error = found.error();
                error.outcomeUnknown = true;
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
            sendInvoice(*guard, draft, std::make_shared<CreatingCallPermit>(std::move(resumed).value()), context, done);
        });
}

void GatewayOperations::reconcileInvoice(
    Provider& provider, const JournalEntry& entry, QObject* context, Provider::Callback<JournalEntry> done)
{
    provider.findInvoiceByKey(entry.idempotencyKey, context,
        [this, entry, done = std::move(done)](const Result<std::optional<Payment>>& found) {
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
