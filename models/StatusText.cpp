#include "models/StatusText.h"

namespace paydesk {

QString StatusText::payment(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Pending:
        //: Payment status: created, waiting for the payer
        return tr("Pending");
    case PaymentStatus::Processing:
        //: Payment status: seen on chain, waiting for confirmations
        return tr("Confirming");
    case PaymentStatus::Paid:
        return tr("Paid");
    case PaymentStatus::Underpaid:
        return tr("Underpaid");
    case PaymentStatus::Overpaid:
        return tr("Overpaid");
    case PaymentStatus::Expired:
        return tr("Expired");
    case PaymentStatus::Cancelled:
        return tr("Cancelled");
    case PaymentStatus::Failed:
        return tr("Failed");
    case PaymentStatus::Refunding:
        return tr("Refunding");
    case PaymentStatus::Refunded:
        return tr("Refunded");
    case PaymentStatus::PartiallyRefunded:
        return tr("Partially refunded");
    case PaymentStatus::Locked:
        //: Payment status: funds held by the gateway (compliance check)
        return tr("Locked");
    case PaymentStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString StatusText::transfer(TransferStatus status)
{
    switch (status) {
    case TransferStatus::Pending:
        return tr("Pending");
    case TransferStatus::Processing:
        return tr("Processing");
    case TransferStatus::Succeeded:
        return tr("Succeeded");
    case TransferStatus::Failed:
        return tr("Failed");
    case TransferStatus::Cancelled:
        return tr("Cancelled");
    case TransferStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString StatusText::address(AddressStatus status)
{
    switch (status) {
    case AddressStatus::Active:
        return tr("Active");
    case AddressStatus::Released:
        //: Dedicated address status: released or blocked, no longer credited to the merchant
        return tr("Released");
    case AddressStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

} // namespace paydesk
