#pragma once

#include "core/Decimal.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace paydesk {

// One line of the balance history chart: one account's total of one currency at each balance snapshot.
struct BalancePoint
{
    QDateTime asOf{}; // UTC
    Decimal total{};
};

struct BalanceLine
{
    QString accountId{};
    QString accountName{};
    QString currency{};
    QList<BalancePoint> points{}; // oldest first
};

} // namespace paydesk
