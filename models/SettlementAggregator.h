#pragma once

#include "models/SettlementAggregate.h"
#include "models/SettlementData.h"

#include <optional>

namespace paydesk {

// The Overview's settlement figures as pure data (no charts, no widgets; docs/overview.md).
//
// "Settled" payments are those whose unified status is paid, overpaid, partially_refunded or refunded. Underpaid is
// not settled: the merchant did not receive what was asked, and what arrived is in the pay currency, not the
// invoice's. A payment is bucketed by its created time: Payment has no paid-at time, so an invoice paid a day after
// it was created counts toward the day it was created. Gross is the invoice amount; net is amount − refunded (the
// refunded amount is in the amount's currency).
//
// Buckets are local calendar days in the given QTimeZone (passed explicitly, never the process' zone): a day
// bucket is midnight to midnight, 23 or 25 hours long on DST change days; weeks start on Monday (ISO 8601, the same
// in every locale so that figures do not change with the language); months start on the 1st. Buckets are clipped
// to the chosen range, so the first week or month may be partial. Empty buckets are present with zero.
class SettlementAggregator final
{
public:
    static bool isSettled(PaymentStatus status);
    // The amount that counts for a settled record: amount (gross) or amount − refunded (net).
    static std::optional<Decimal> settledAmount(const SettlementRecord& record, bool net);

    // The local days [from, to] of a preset relative to `today` (last 7 days: today and the 6 before; last 12
    // months: the 1st of the month 11 months ago to today). Custom returns {today, today}.
    static std::pair<QDate, QDate> presetRange(SettlementOptions::Preset preset, const QDate& today);
    // The natural bucket size for a preset (days up to 30 days, weeks for 90 days, months for 12 months).
    static SettlementOptions::Granularity presetGranularity(SettlementOptions::Preset preset);
    // Monday of the week of `day`.
    static QDate weekStart(const QDate& day);

    static QList<SettlementBucket> buckets(
        const QDate& from, const QDate& to, SettlementOptions::Granularity granularity, const QTimeZone& zone);
    static SettlementAggregate aggregate(const SettlementData& data, const SettlementOptions& options);
};

} // namespace paydesk
