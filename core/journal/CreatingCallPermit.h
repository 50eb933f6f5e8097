#pragma once

#include "core/journal/JournalEntry.h"

#include <QString>

namespace paydesk {

// Proof that a creating call (invoice, refund, dedicated address, withdrawal) has a committed journal intent.
// Only Journal can make one (begin() for a new key, resumeAfterNotFound() after reconciliation, reopen() after an
// attempt that created nothing); the HTTP layer
// accepts a creating request only together with a permit, so an unjournaled creating call cannot be written.
// Move-only: there is one permit per attempt. A moved-from permit is invalid.
class CreatingCallPermit final
{
public:
    CreatingCallPermit(CreatingCallPermit&& other) noexcept;
    CreatingCallPermit& operator=(CreatingCallPermit&& other) noexcept;
    CreatingCallPermit(const CreatingCallPermit&) = delete;
    CreatingCallPermit& operator=(const CreatingCallPermit&) = delete;
    ~CreatingCallPermit() = default;

    bool isValid() const { return m_entryId > 0; }
    qint64 entryId() const { return m_entryId; }
    const QString& accountId() const { return m_accountId; }
    JournalKind kind() const { return m_kind; }
    // The key to send to the gateway (order id / foreign id); the same on every attempt for this entry.
    const QString& idempotencyKey() const { return m_idempotencyKey; }

private:
    friend class Journal;
    CreatingCallPermit(
        qint64 entryId, QString accountId, JournalKind kind, QString idempotencyKey, QString session, int attempt);

    qint64 m_entryId = 0;
    QString m_accountId;
    JournalKind m_kind = JournalKind::Invoice;
    QString m_idempotencyKey;
    QString m_session; // the Journal instance that issued it
    int m_attempt = 0; // the entry's attempt it was issued for (JournalEntry::attempts)
};

} // namespace paydesk
