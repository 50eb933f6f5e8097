#pragma once

#include <QDate>
#include <QDateTime>

namespace paydesk {

// One bar of the settlement chart: the local calendar days [firstDay, lastDay] in the chosen time zone, i.e. the
// instants [start, end). A day bucket is one local day, 23 or 25 hours long on DST change days.
struct SettlementBucket
{
    QDate firstDay{};
    QDate lastDay{};
    QDateTime start{}; // UTC
    QDateTime end{}; // UTC, exclusive

    friend bool operator==(const SettlementBucket&, const SettlementBucket&) = default;
};

} // namespace paydesk
