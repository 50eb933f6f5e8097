#pragma once

#include "core/domain/PaymentStatus.h"

#include <QCoreApplication>
#include <QString>

namespace paydesk {

// Translated, user-visible names of the unified statuses, shared by the table models, filters and pages.
// Exports use the locale-neutral ids (paymentStatusId()...) instead.
class StatusText final
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    static QString payment(PaymentStatus status);
    static QString transfer(TransferStatus status);
    static QString address(AddressStatus status);
};

} // namespace paydesk
