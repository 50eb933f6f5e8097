#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace paydesk {

// What a creating call creates on the gateway.
enum class JournalKind {
    Invoice, // "invoice"
    Refund, // "refund"
    DedicatedAddress, // "dedicated_address"
    Withdrawal, // "withdrawal" (payouts included)
};

// pending → sent → confirmed | failed | unknown; pending → failed | unknown; unknown → confirmed | failed (settled
// after reconciliation) | pending (resumed with the same key after the gateway reported "not found").
// confirmed and failed are final.
enum class JournalState {
    Pending, // "pending": intent committed, nothing sent yet
    Sent, // "sent": the request may be on the wire
    Confirmed, // "confirmed": the gateway answered with the object's id
    Failed, // "failed": the gateway refused, or it is known that nothing was created
    Unknown, // "unknown": interrupted (timeout, 5xx, crash); must be looked up before anything is re-sent
};

QString journalKindId(JournalKind kind);
std::optional<JournalKind> journalKindFromId(QStringView id);
QString journalStateId(JournalState state);
std::optional<JournalState> journalStateFromId(QStringView id);
bool isFinal(JournalState state);
// A fresh idempotency key for a creating call: "PD-" (invoice), "PR-" (refund), "PA-" (address) or "PW-"
// (withdrawal) + 12 upper-case hex digits, accepted as order id / foreign id by all four gateways.
QString generateIdempotencyKey(JournalKind kind);

// One creating call as recorded in the journal table.
struct JournalEntry
{
    qint64 id = 0;
    QString accountId;
    JournalKind kind = JournalKind::Invoice;
    QString idempotencyKey; // order id / foreign id; unique per (account, kind)
    QByteArray requestJson; // summary of the request, without secrets
    JournalState state = JournalState::Pending;
    QString gatewayId; // the created object's id, once confirmed
    QString failureReason; // once failed
    int attempts = 1; // 1 + the number of resumeAfterNotFound() calls
    QDateTime created; // UTC
    QDateTime updated;

    friend bool operator==(const JournalEntry&, const JournalEntry&) = default;
};

} // namespace paydesk
