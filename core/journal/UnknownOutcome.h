#pragma once

#include "core/domain/Gateway.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"
#include "core/journal/Journal.h"
#include "core/journal/JournalEntry.h"
#include "core/ledger/LedgerResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace paydesk {

class Ledger;

// Invoices and refunds whose creating call has an unknown outcome (journal state `unknown`), as the Payments and
// Refunds tables and the CLI lists show them until a lookup settles them: stand-in records built at query time from
// the journal entry's summary (amount, currency, key, account, time), never written to the ledger, so they are never
// counted in totals, charts or exports. A stand-in's id is kIdPrefix + the idempotency key; its rawStatus is
// kRawStatus. Once the entry is settled it is gone and the real record (from the ledger) takes its place.
class UnknownOutcome final
{
    Q_DECLARE_TR_FUNCTIONS(UnknownOutcome)

public:
    static constexpr QStringView kIdPrefix = u"journal:";
    static constexpr QStringView kRawStatus = u"outcome_unknown";

    // True for the id or rawStatus of a stand-in record.
    static bool isStandInId(QStringView id) { return id.startsWith(kIdPrefix); }
    static bool isStandIn(const Payment& payment) { return isStandInId(payment.id); }
    static bool isStandIn(const Refund& refund) { return isStandInId(refund.id); }
    // Whether Paydesk sent this refund: a stand-in (its request is in the journal), or one that
    // Journal::createdHere() holds. Otherwise it was only seen at the gateway.
    static bool sentFromPaydesk(const Refund& refund, const QSet<QString>& createdHere)
    {
        return isStandIn(refund) || createdHere.contains(Journal::createdHereKey(refund.accountId, refund.id));
    }

    // "Outcome unknown", translated: the status shown for a stand-in.
    static QString statusText();
    // What to do about it, for tooltips: the lookup goes on at each sync, or (where the gateway has no lookup for it)
    // check at the gateway.
    static QString explanation(JournalKind kind, Gateway gateway);

    static Payment paymentFrom(const JournalEntry& entry, Gateway gateway);
    static Refund refundFrom(const JournalEntry& entry, Gateway gateway);

    // Every stand-in of the ledger's unknown invoice / refund entries (of these accounts; all when empty), newest
    // first. Entries of accounts the ledger no longer has are left out.
    static LedgerResult<QList<Payment>> payments(const Ledger& ledger, const QStringList& accountIds = {});
    static LedgerResult<QList<Refund>> refunds(const Ledger& ledger, const QStringList& accountIds = {});
};

} // namespace paydesk
