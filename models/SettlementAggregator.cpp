#include "models/SettlementAggregator.h"

#include <algorithm>
#include <map>

namespace paydesk {

bool SettlementAggregator::isSettled(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Paid:
    case PaymentStatus::Overpaid:
    case PaymentStatus::PartiallyRefunded:
    case PaymentStatus::Refunded:
        return true;
    default:
        return false;
    }
}

std::optional<Decimal> SettlementAggregator::settledAmount(const SettlementRecord& record, bool net)
{
    if (!net)
        return record.amount;
    return record.amount.minus(record.refunded);
}

std::pair<QDate, QDate> SettlementAggregator::presetRange(SettlementOptions::Preset preset, const QDate& today)
{
    switch (preset) {
    case SettlementOptions::Preset::Last7Days:
        return {today.addDays(-6), today};
    case SettlementOptions::Preset::Last30Days:
        return {today.addDays(-29), today};
    case SettlementOptions::Preset::Last90Days:
        return {today.addDays(-89), today};
    case SettlementOptions::Preset::Last12Months: {
        const QDate first(today.year(), today.month(), 1);
        return {first.addMonths(-11), today};
    }
    case SettlementOptions::Preset::Custom:
        break;
    }
    return {today, today};
}

SettlementOptions::Granularity SettlementAggregator::presetGranularity(SettlementOptions::Preset preset)
{
    switch (preset) {
    case SettlementOptions::Preset::Last90Days:
        return SettlementOptions::Granularity::Week;
    case SettlementOptions::Preset::Last12Months:
        return SettlementOptions::Granularity::Month;
    default:
        return SettlementOptions::Granularity::Day;
    }
}

QDate SettlementAggregator::weekStart(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek()); // dayOfWeek(): Monday 1 … Sunday 7
}

QList<SettlementBucket> SettlementAggregator::buckets(
    const QDate& from, const QDate& to, SettlementOptions::Granularity granularity, const QTimeZone& zone)
{
    QList<SettlementBucket> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    const auto startOf = [&zone](const QDate& day) { return day.startOfDay(zone).toUTC(); };
    QDate first = from;
    while (first <= to) {
        QDate next;
        switch (granularity) {
        case SettlementOptions::Granularity::Day:
            next = first.addDays(1);
            break;
        case SettlementOptions::Granularity::Week:
            next = weekStart(first).addDays(7);
            break;
        case SettlementOptions::Granularity::Month:
            next = QDate(first.year(), first.month(), 1).addMonths(1);
            break;
        }
        const QDate last = qMin(next.addDays(-1), to);
        result.append(SettlementBucket{first, last, startOf(first), startOf(last.addDays(1))});
        first = last.addDays(1);
    }
    return result;
}

SettlementAggregate SettlementAggregator::aggregate(const SettlementData& data, const SettlementOptions& options)
{
    SettlementAggregate result;
    result.options = options;
    result.buckets = buckets(options.from, options.to, options.granularity, options.zone);
    if (result.buckets.isEmpty())
        return result;
    std::vector<qint64> starts; // bucket i is [starts[i], starts[i + 1])
    starts.reserve(std::size_t(result.buckets.size()) + 1);
    for (const SettlementBucket& bucket : std::as_const(result.buckets))
        starts.push_back(bucket.start.toMSecsSinceEpoch());
    const qint64 rangeEnd = result.buckets.constLast().end.toMSecsSinceEpoch();
    starts.push_back(rangeEnd);

    const bool byGateway = options.stackBy == SettlementOptions::StackBy::Gateway;
    const qsizetype bucketCount = result.buckets.size();
    // Series key: the gateway (as int) or the currency index; ordered for a stable stacking order.
    std::map<int, SettlementSeries> series;
    std::map<PaymentStatus, StatusBreakdownRow> statuses;
    QList<bool> currencySettled(data.currencies().size(), false);
    const int shownCurrency = int(data.currencies().indexOf(options.currency));

    for (const SettlementRecord& record : data.records()) {
        if (record.createdMs < starts.front() || record.createdMs >= rangeEnd)
            continue;
        const QString& currency = data.currencies().at(record.currency);
        StatusBreakdownRow& row = statuses[record.status];
        row.status = record.status;
        ++row.count;
        if (!row.amounts.add(currency, record.amount))
            result.overflow = true;
        if (!isSettled(record.status))
            continue;
        currencySettled[record.currency] = true;
        if (byGateway && int(record.currency) != shownCurrency)
            continue;
        const auto amount = settledAmount(record, options.net);
        if (!amount) {
            result.overflow = true;
            continue;
        }
        const auto bucket = std::upper_bound(starts.begin(), starts.end(), record.createdMs) - starts.begin() - 1;
        const int key = byGateway ? int(record.gateway) : int(record.currency);
        auto [it, inserted] = series.try_emplace(key);
        SettlementSeries& part = it->second;
        if (inserted) {
            part.key = byGateway ? gatewayId(record.gateway) : currency;
            part.gateway = record.gateway;
            part.currency = currency;
            part.values = QList<Decimal>(bucketCount);
        }
        const auto value = part.values.at(bucket).plus(*amount);
        const auto total = part.total.plus(*amount);
        if (!value || !total) {
            result.overflow = true;
            continue;
        }
        part.values[bucket] = *value;
        part.total = *total;
    }

    for (auto& [key, part] : series)
        result.series.append(std::move(part));
    if (!byGateway)
        std::sort(result.series.begin(), result.series.end(),
            [](const SettlementSeries& a, const SettlementSeries& b) { return a.currency < b.currency; });
    for (qsizetype i = 0; i < currencySettled.size(); ++i) {
        if (currencySettled.at(i))
            result.currencies.append(data.currencies().at(i));
    }
    result.currencies.sort();
    for (auto& [status, row] : statuses)
        result.statuses.append(std::move(row));
    return result;
}

} // namespace paydesk
