#pragma once

#include "core/domain/Payment.h"
#include "core/domain/Refund.h"
#include "models/NotificationEvent.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace paydesk {

// Decides which ledger changes deserve a desktop notification, without any widget or tray: pure data, unit-tested.
//
// It remembers the status of every invoice and refund that can still change (open invoices: pending, processing,
// underpaid, locked, unknown; refunds: pending, processing, unknown), primed from the ledger at start, and of every
// record created during this session (after `since`). When such a record comes back with another status that a
// merchant cares about, that is one event; a record of this session first seen already paid is one too. History read
// by a first sync, created before `since` and already closed, never notifies. Each record notifies once per status.
class NotificationTracker final
{
public:
    explicit NotificationTracker(QDateTime since);

    // The open invoices and refunds known before any change arrives.
    void prime(const QList<Payment>& openPayments, const QList<Refund>& openRefunds);

    // The current values of payments / refunds just inserted or changed in the ledger; returns what to tell.
    QList<NotificationEvent> paymentsChanged(const QList<Payment>& payments);
    QList<NotificationEvent> refundsChanged(const QList<Refund>& refunds);

    qsizetype trackedPayments() const { return m_payments.size(); }
    qsizetype trackedRefunds() const { return m_refunds.size(); }

    // Statuses that may still change, so are worth remembering.
    static bool isOpen(PaymentStatus status);
    static bool isOpen(TransferStatus status);

private:
    bool isOfThisSession(const QDateTime& created) const;

    QDateTime m_since;
    QHash<QString, PaymentStatus> m_payments;
    QHash<QString, TransferStatus> m_refunds;
};

} // namespace paydesk
