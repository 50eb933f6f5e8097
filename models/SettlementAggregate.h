#pragma once

#include "models/SettlementBucket.h"
#include "models/SettlementOptions.h"
#include "models/SettlementSeries.h"
#include "models/StatusBreakdownRow.h"

#include <QList>
#include <QStringList>

namespace paydesk {

// The settlement chart's data for one SettlementOptions: buckets, the series (each with one exact value per bucket),
// the currencies settled in the range (for the currency choice) and the status breakdown of the range.
struct SettlementAggregate
{
    SettlementOptions options{};
    QList<SettlementBucket> buckets{};
    QList<SettlementSeries> series{};
    QStringList currencies{}; // settled in the range, sorted
    QList<StatusBreakdownRow> statuses{}; // statuses present in the range, in enum order
    bool overflow = false; // some sum exceeded 38 digits and was left out
};

} // namespace paydesk
