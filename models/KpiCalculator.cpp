#include "models/KpiCalculator.h"

#include "models/SettlementAggregator.h"

namespace paydesk {

void KpiCalculator::compute(
    const SettlementData& data, const QDateTime& now, const QTimeZone& zone, bool net, OverviewSummary& summary)
{
    const QDate today = now.toTimeZone(zone).date();
    const qint64 startToday = today.startOfDay(zone).toMSecsSinceEpoch();
    const qint64 start7 = today.addDays(-6).startOfDay(zone).toMSecsSinceEpoch();
    const qint64 start30 = today.addDays(-29).startOfDay(zone).toMSecsSinceEpoch();
    const qint64 end = now.toMSecsSinceEpoch();
    summary.settledToday = {};
    summary.settledLast7Days = {};
    summary.settledLast30Days = {};
    summary.openInvoices = 0;
    for (const SettlementRecord& record : data.records()) {
        if (record.status == PaymentStatus::Pending || record.status == PaymentStatus::Processing)
            ++summary.openInvoices;
        if (!SettlementAggregator::isSettled(record.status) || record.createdMs < start30 || record.createdMs > end)
            continue;
        const auto amount = SettlementAggregator::settledAmount(record, net);
        if (!amount)
            continue;
        const QString& currency = data.currencies().at(record.currency);
        summary.settledLast30Days.add(currency, *amount);
        if (record.createdMs >= start7)
            summary.settledLast7Days.add(currency, *amount);
        if (record.createdMs >= startToday)
            summary.settledToday.add(currency, *amount);
    }
}

} // namespace paydesk
