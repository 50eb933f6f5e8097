#pragma once

#include "core/journal/CreatingCallPermit.h"
#include "core/journal/JournalEntry.h"
#include "core/journal/JournalIntent.h"
#include "core/ledger/LedgerResult.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

#include <initializer_list>
#include <memory>
#include <optional>

class QLockFile;

namespace paydesk {

class Ledger;

// The write-ahead journal of creating calls (table `journal` in the ledger file). A provider calls begin() and
// commits the intent BEFORE anything is sent; only then does it get the CreatingCallPermit the HTTP layer demands.
// No creating call is ever retried blindly: an interrupted entry becomes `unknown` and is reconciled by looking
// the object up at the gateway by its idempotency key, then settleFound() / settleFailed() / resumeAfterNotFound().
// An attempt that certainly created nothing (`failed`: refused by the gateway; `not_sent`: never reached it) does not
// block its key: reopen() sends it again (docs/journal.md).
//
// Crash recovery: each Journal instance is a session holding a lock file "<ledger path>-sessions/<session>.lock"
// (QLockFile, stale only when its process is gone). open() turns the `pending` and `sent` entries of sessions
// whose process has died into `unknown`; entries of live sessions (another thread or process using the same file)
// are left alone.
//
// Threads: like Ledger, a Journal is used on the thread that owns its Ledger, and must not outlive that Ledger.
class Journal final
{
    Q_DECLARE_TR_FUNCTIONS(Journal)

public:
    // The result of begin(): the new entry and its permit, or the entry that already holds this idempotency key
    // (no permit then: never two intents for one key; reconcile it, reopen() it when it created nothing, or report
    // it).
    struct Started
    {
        JournalEntry entry;
        std::optional<CreatingCallPermit> permit;

        bool isNew() const { return permit.has_value(); }
    };

    static LedgerResult<std::unique_ptr<Journal>> open(Ledger& ledger);
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    QString sessionId() const { return m_session; }
    // How many pending/sent entries of dead sessions open() turned into unknown.
    int recoveredOnOpen() const { return m_recovered; }

    LedgerResult<Started> begin(const JournalIntent& intent);

    // Steps of an attempt, with the permit begin(), resumeAfterNotFound() or reopen() gave. Refused with
    // IllegalTransition when the entry's state does not allow them or the permit belongs to an earlier attempt /
    // another session.
    LedgerResult<JournalEntry> markSent(const CreatingCallPermit& permit); // pending → sent
    LedgerResult<JournalEntry> confirm(const CreatingCallPermit& permit, const QString& gatewayId); // sent → confirmed
    // The gateway answered with a refusal (4xx): it created nothing. pending|sent → failed.
    LedgerResult<JournalEntry> fail(const CreatingCallPermit& permit, const QString& reason);
    // Nothing reached the gateway (a check before sending, connection refused, unknown host, TLS).
    // pending|sent → not_sent.
    LedgerResult<JournalEntry> markNotSent(const CreatingCallPermit& permit, const QString& reason);
    LedgerResult<JournalEntry> markUnknown(const CreatingCallPermit& permit); // pending|sent → unknown

    // Reconciliation of an unknown entry, after the provider looked the object up by the idempotency key.
    LedgerResult<JournalEntry> settleFound(qint64 entryId, const QString& gatewayId); // unknown → confirmed
    LedgerResult<JournalEntry> settleFailed(qint64 entryId, const QString& reason); // unknown → failed
    // The merchant's own decision on an unknown entry, when no lookup can settle it (the gateway has no lookup for
    // this kind, or the merchant checked in the gateway's own dashboard): with a gateway id, unknown → confirmed
    // ("the object exists: this is its id"); with an empty one, unknown → not_sent ("nothing was created": the key
    // is free again). Recorded in the entry: settled_by "manual", the time, and the note. Only an unknown entry can
    // be settled so (IllegalTransition otherwise: an attempt in flight or an ended one is never overruled).
    LedgerResult<JournalEntry> settleManually(qint64 entryId, const QString& gatewayId, const QString& note);
    // The gateway has no object with this key: unknown → pending, with a new permit for the SAME key.
    LedgerResult<CreatingCallPermit> resumeAfterNotFound(qint64 entryId);
    // The key once more after an attempt that created nothing (failed, not_sent): → pending in this session, with a
    // new permit for the SAME key and the new attempt's summary; attempts + 1, the earlier failure reason is kept.
    // Atomic: of two callers only one gets a permit, the other IllegalTransition (the entry is pending then).
    LedgerResult<CreatingCallPermit> reopen(qint64 entryId, const QByteArray& requestJson);

    LedgerResult<JournalEntry> entry(qint64 entryId) const;
    LedgerResult<JournalEntry> entryByKey(
        const QString& accountId, JournalKind kind, const QString& idempotencyKey) const;
    // Entries waiting for reconciliation (all accounts when accountId is empty), oldest first.
    LedgerResult<QList<JournalEntry>> unknownEntries(const QString& accountId = {}) const;
    // Entries of one account and kind that still block their key: an attempt in flight (pending, sent) or an outcome
    // not yet settled (unknown); oldest first.
    LedgerResult<QList<JournalEntry>> openEntries(const QString& accountId, JournalKind kind) const;
    // The same, of one kind, read through any Ledger without a journal session (no lock file, no recovery): what the
    // Payments and Refunds views and the CLI lists show as "outcome unknown" (UnknownOutcome).
    static LedgerResult<QList<JournalEntry>> unknownEntriesIn(const Ledger& ledger, JournalKind kind);

    // Reading without a session (no lock file, nothing written: works on a ledger opened read-only), oldest first.
    // The open entries (pending, sent, unknown: isOpen()), or every entry when openOnly is false; all accounts when
    // accountId is empty.
    static LedgerResult<QList<JournalEntry>> entries(
        const Ledger& ledger, bool openOnly = true, const QString& accountId = {});

    // The objects of one kind that Paydesk created (a confirmed entry), as createdHereKey(account, id), by the id the
    // gateway gave and by the key (a refund found by its traces keeps its key as id). Everything else of that kind
    // in the ledger was seen at the gateway: made in its dashboard or by another program.
    static LedgerResult<QSet<QString>> createdHere(const Ledger& ledger, JournalKind kind);
    static QString createdHereKey(const QString& accountId, const QString& id) { return accountId + u'\x1f' + id; }

    // True when a JSON summary has a field whose name looks like a secret (api_key, secret, sign, password...).
    static bool containsSecretField(const QByteArray& json);

private:
    Journal(Ledger& ledger, QString session, QString lockDirectory);

    LedgerResult<int> recoverDeadSessions();
    // settledBy ("lookup", "manual"), when not empty, records the settlement (with the note) in the entry.
    LedgerResult<JournalEntry> transition(qint64 entryId, std::initializer_list<JournalState> from, JournalState to,
        const CreatingCallPermit* permit, const QString& gatewayId, const QString& reason,
        const QString& settledBy = {}, const QString& note = {});
    CreatingCallPermit permitFor(const JournalEntry& entry) const;
    LedgerError checkPermit(const CreatingCallPermit& permit) const;
    LedgerResult<QList<JournalEntry>> select(const QString& where, const QVariantList& values) const;
    static LedgerResult<QList<JournalEntry>> selectIn(
        const Ledger& ledger, const QString& where, const QVariantList& values);

    Ledger& m_ledger;
    QString m_session;
    QString m_lockDirectory;
    std::unique_ptr<QLockFile> m_lock;
    int m_recovered = 0;
};

} // namespace paydesk
