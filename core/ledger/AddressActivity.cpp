#include "core/ledger/AddressActivity.h"

#include <algorithm>

namespace paydesk {

bool AddressActivity::countsAsReceived(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Paid:
    case PaymentStatus::Underpaid:
    case PaymentStatus::Overpaid:
    case PaymentStatus::Refunding:
    case PaymentStatus::Refunded:
    case PaymentStatus::PartiallyRefunded:
    // A v10.2 payment cancelled after a part was received keeps that part (its `paid` says how much).
    case PaymentStatus::Cancelled:
    case PaymentStatus::Expired:
        return true;
    case PaymentStatus::Pending:
    case PaymentStatus::Processing:
    case PaymentStatus::Failed:
    case PaymentStatus::Locked:
    case PaymentStatus::Unknown:
        return false;
    }
    return false;
}

void AddressActivity::add(PaymentStatus status, const Money& paid, const QDateTime& time)
{
    ++deposits;
    if (status == PaymentStatus::Pending || status == PaymentStatus::Processing)
        ++confirming;
    if (time.isValid() && (!lastActivity.isValid() || time > lastActivity))
        lastActivity = time;
    if (!countsAsReceived(status) || !paid.isValid() || paid.amount.isZero())
        return;
    const auto at = std::lower_bound(received.begin(), received.end(), paid.currency,
        [](const Money& money, const QString& currency) { return money.currency < currency; });
    if (at == received.end() || at->currency != paid.currency) {
        received.insert(at, paid);
        return;
    }
    if (const std::optional<Decimal> sum = at->amount.plus(paid.amount))
        at->amount = *sum;
    else
        receivedComplete = false;
}

} // namespace paydesk
