#pragma once

#include "models/OverviewSummary.h"
#include "models/SettlementData.h"

#include <QTimeZone>

namespace paydesk {

// The settled-total and open-invoice tiles from the payments' figures. "Today" is the local day of `now` in `zone`;
// "last 7 days" is today and the 6 local days before (30 likewise), up to `now`. Settled and net are defined as in
// SettlementAggregator. Fills settledToday/Last7Days/Last30Days and openInvoices; the other members are untouched.
class KpiCalculator final
{
public:
    static void compute(
        const SettlementData& data, const QDateTime& now, const QTimeZone& zone, bool net, OverviewSummary& summary);
};

} // namespace paydesk
