#pragma once

#include "core/domain/PaymentStatus.h"
#include "models/CurrencyTotals.h"

namespace paydesk {

// Payments of one unified status created in the chosen range: how many and their (gross) amounts per currency.
struct StatusBreakdownRow
{
    PaymentStatus status = PaymentStatus::Unknown;
    qint64 count = 0;
    CurrencyTotals amounts{};
};

} // namespace paydesk
