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

// pending → sent → confirmed | failed | not_sent | unknown; pending → failed | not_sent | unknown;
// unknown → confirmed | failed (settled after reconciliation) | pending (resumed with the same key after the gateway
// reported "not found") | confirmed | not_sent (settled by the merchant's own decision, Journal::settleManually);
// failed | not_sent → pending (reopened: the same key sent again, e.g. with corrected input).
// confirmed is final. failed and not_sent end an attempt with nothing created, so they never block the key; only
// pending/sent (an attempt in flight) and unknown (until reconciliation settles it) do. docs/journal.md.
enum class JournalState {
    Pending, // "pending": intent committed, nothing sent yet
    Sent, // "sent": the request may be on the wire
    Confirmed, // "confirmed": the gateway answered with the object's id
    Failed, // "failed": the gateway answered with a refusal (4xx), or it is known that nothing was created
    Unknown, // "unknown": interrupted (timeout, 5xx, crash); must be looked up before anything is re-sent
    NotSent, // "not_sent": nothing reached the gateway (a local check, connection refused, unknown host, TLS)
};

QString journalKindId(JournalKind kind);
// "invoice", "refund", "dedicated address", "withdrawal", translated (context "JournalEntry").
QString journalKindDisplayName(JournalKind kind);
std::optional<JournalKind> journalKindFromId(QStringView id);
QString journalStateId(JournalState state);
std::optional<JournalState> journalStateFromId(QStringView id);
// An attempt in flight (pending, sent) or waiting for reconciliation (unknown): its key is blocked.
bool isOpen(JournalState state);
// Only confirmed is final: failed and not_sent can be reopened (Journal::reopen).
bool isFinal(JournalState state);
// The attempt ended and created nothing at the gateway (failed or not_sent): the key may be sent again.
bool createdNothing(JournalState state);
// A fresh idempotency key for a creating call: "PD-" (invoice), "PR-" (refund), "PA-" (address) or "PW-"
// (withdrawal) + 12 upper-case hex digits, accepted as order id / foreign id by all four gateways.
QString generateIdempotencyKey(JournalKind kind);

struct JournalEntry;
// One line on what the call asked for, from its request summary: "15.00 USD" (invoice), "5 USD of payment P-1"
// (refund), "BTC on bitcoin" (address), "0.1 BTC to bc1q…" (withdrawal); empty when the summary says nothing.
QString journalEntrySummary(const JournalEntry& entry);

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
    // Why the last attempt that ended with nothing created (failed, not_sent) ended; kept as history when the key is
    // sent again (Journal::reopen), so a confirmed entry may carry the reason an earlier attempt failed.
    QString failureReason;
    int attempts = 1; // 1 + the number of resumeAfterNotFound() and reopen() calls
    QDateTime created; // UTC
    QDateTime updated;
    // How an unknown entry was settled: "lookup" (looked up at the gateway) or "manual" (the merchant decided,
    // Journal::settleManually), when, and the merchant's note. Empty while the entry was never settled.
    QString settledBy;
    QDateTime settledAt;
    QString settleNote;

    friend bool operator==(const JournalEntry&, const JournalEntry&) = default;
};

} // namespace paydesk
