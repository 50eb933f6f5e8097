#pragma once

#include "core/Money.h"
#include "core/domain/PaymentStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace paydesk {

// What one dedicated address received (Ledger::addressActivity()): its deposits are the payments whose addressId
// names it. Built from the ledger in one pass, never per row.
struct AddressActivity
{
    QString accountId{};
    QString addressId{};
    qint64 deposits = 0; // payments received on the address, whatever their status
    qint64 confirming = 0; // of which not received for good yet (pending, confirming)
    // Per asset, sorted by currency: what the deposits that count (countsAsReceived) brought, in the currency paid.
    QList<Money> received{};
    // False when a sum went beyond what Decimal holds: `received` is then incomplete and must not be shown as a total.
    bool receivedComplete = true;
    QDateTime lastActivity{}; // the latest change (or creation) of any of its deposits, UTC; invalid when none has one

    // A deposit in this status is money the merchant has: received and not failed, cancelled with nothing kept,
    // locked on a blocked address, or still confirming.
    static bool countsAsReceived(PaymentStatus status);
    // Adds one deposit: its status, what was paid (Payment::paid) and its last time.
    void add(PaymentStatus status, const Money& paid, const QDateTime& time);

    friend bool operator==(const AddressActivity&, const AddressActivity&) = default;
};

} // namespace paydesk
