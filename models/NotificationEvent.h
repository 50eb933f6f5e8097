#pragma once

#include "core/Money.h"
#include "core/settings/Settings.h"

#include <QString>

namespace paydesk {

// Something a merchant is told about on the desktop: an invoice paid, overpaid, underpaid or expired, or a refund
// completed. Found by NotificationTracker; MainWindow turns it into words and a tray message.
struct NotificationEvent
{
    Settings::NotificationKind kind = Settings::NotificationKind::Paid;
    QString accountId{};
    QString recordId{}; // the payment's or the refund's gateway id
    QString reference{}; // the order id when there is one, else the payment id
    Money amount{}; // the invoice's amount, or the refunded amount
    Money paid{}; // received so far (payments)

    friend bool operator==(const NotificationEvent&, const NotificationEvent&) = default;
};

} // namespace paydesk
