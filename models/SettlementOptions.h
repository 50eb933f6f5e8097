#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace paydesk {

// What the settlement chart shows: local days [from, to] in `zone`, bucketed by day / week / month, stacked by
// gateway (one currency at a time) or by currency, gross or net of refunds.
struct SettlementOptions
{
    enum class Granularity { Day, Week, Month };
    enum class StackBy { Gateway, Currency };
    enum class Preset { Last7Days, Last30Days, Last90Days, Last12Months, Custom };

    QDate from{};
    QDate to{}; // inclusive
    QTimeZone zone = QTimeZone::utc();
    Granularity granularity = Granularity::Day;
    StackBy stackBy = StackBy::Gateway;
    QString currency{}; // the one currency shown when stacking by gateway
    bool net = false; // subtract refunds

    friend bool operator==(const SettlementOptions&, const SettlementOptions&) = default;
};

} // namespace paydesk
