#include "ui/notifications/NotificationText.h"

#include "ui/pages/PaymentText.h"

namespace paydesk {

QString NotificationText::title(Settings::NotificationKind kind)
{
    switch (kind) {
    case Settings::NotificationKind::Paid:
        return tr("Invoice paid");
    case Settings::NotificationKind::Overpaid:
        return tr("Invoice overpaid");
    case Settings::NotificationKind::Underpaid:
        return tr("Invoice underpaid");
    case Settings::NotificationKind::Expired:
        return tr("Invoice expired");
    case Settings::NotificationKind::RefundCompleted:
        return tr("Refund completed");
    }
    return {};
}

QString NotificationText::kindName(Settings::NotificationKind kind)
{
    switch (kind) {
    case Settings::NotificationKind::Paid:
        return tr("An invoice is paid");
    case Settings::NotificationKind::Overpaid:
        return tr("An invoice is overpaid");
    case Settings::NotificationKind::Underpaid:
        return tr("An invoice is underpaid");
    case Settings::NotificationKind::Expired:
        return tr("An invoice expires");
    case Settings::NotificationKind::RefundCompleted:
        return tr("A refund completes");
    }
    return {};
}

QString NotificationText::message(const NotificationEvent& event, const QString& accountName)
{
    const QString amount = PaymentText::money(event.amount);
    const QString paid = event.paid.isValid() ? PaymentText::money(event.paid) : PaymentText::none();
    switch (event.kind) {
    case Settings::NotificationKind::Paid:
        return tr("%1 received for %2 on %3.").arg(amount, event.reference, accountName);
    case Settings::NotificationKind::Overpaid:
        return tr("%1 received for %2 on %3, more than the %4 asked.").arg(paid, event.reference, accountName, amount);
    case Settings::NotificationKind::Underpaid:
        return tr("Only %1 received for %2 on %3, less than the %4 asked.")
            .arg(paid, event.reference, accountName, amount);
    case Settings::NotificationKind::Expired:
        return tr("%1 for %2 on %3 expired without full payment.").arg(amount, event.reference, accountName);
    case Settings::NotificationKind::RefundCompleted:
        return tr("%1 refunded for payment %2 on %3.").arg(amount, event.reference, accountName);
    }
    return {};
}

} // namespace paydesk
