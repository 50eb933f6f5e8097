#pragma once

#include "providers/Provider.h"

#include <QObject>

#include <memory>

namespace paydesk {

class Journal;
class Ledger;
struct JournalEntry;

// Creating calls done right (ARCHITECTURE.md "Data flow"): the intent is journaled with its idempotency key before
// anything is sent, the request goes out exactly once, the ledger gets the result, and an outcome that is unknown
// (timeout, 5xx, dropped connection) is reconciled by looking the object up by its key — never by sending again
// blindly. Used by the CLI, the dashboard and the sync engine alike, on the thread that owns the ledger.
//
// Outcomes of createInvoice():
// - created: journal confirmed, ledger upserted, the Payment delivered;
// - refused by the gateway (validation, auth, conflict…): journal failed, the error delivered;
// - unknown, then found by order id: journal confirmed, ledger upserted, the Payment delivered;
// - unknown, and not found (or the lookup failed): the entry stays `unknown` and the error says so
//   (outcomeUnknown = true). Asking again with the same order id looks it up once more and only then sends again
//   under the same key (Journal::resumeAfterNotFound);
// - the same order id again after success: the invoice already created is delivered, nothing is sent.
class GatewayOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayOperations)

public:
    GatewayOperations(Ledger& ledger, Journal& journal, QObject* parent = nullptr);
    ~GatewayOperations() override;

    // An empty draft.orderId gets a generated one ("PD-" + 12 hex digits).
    void createInvoice(Provider& provider, InvoiceDraft draft, QObject* context, Provider::Callback<Payment> done);

    // Settles one `unknown` invoice entry by looking it up: confirmed when found; left unknown otherwise.
    // Delivers the entry as it is afterwards.
    void reconcileInvoice(
        Provider& provider, const JournalEntry& entry, QObject* context, Provider::Callback<JournalEntry> done);

    static QString generateOrderId();

private:
    void sendInvoice(Provider& provider, const InvoiceDraft& draft, std::shared_ptr<CreatingCallPermit> permit,
        QObject* context, Provider::Callback<Payment> done);
    void lookUpAfterUnknown(Provider& provider, const InvoiceDraft& draft, std::shared_ptr<CreatingCallPermit> permit,
        ProviderError original, QObject* context, Provider::Callback<Payment> done);
    void retryAfterUnknown(Provider& provider, const InvoiceDraft& draft, const JournalEntry& entry, QObject* context,
        Provider::Callback<Payment> done);
    Result<Payment> store(const Payment& payment);
    // Confirms the journal entry with the payment found at the gateway, then stores the payment.
    Result<Payment> settleFound(qint64 entryId, const Payment& payment);

    Ledger& m_ledger;
    Journal& m_journal;
};

} // namespace paydesk
