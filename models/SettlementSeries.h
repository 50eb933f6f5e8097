#pragma once

#include "core/Decimal.h"
#include "core/domain/Gateway.h"

#include <QList>
#include <QString>

namespace paydesk {

// One stacked part of the settlement chart: the settled amounts of one gateway (in one currency) or of one
// currency (all gateways), one value per bucket (zero for empty buckets), all in `currency`.
struct SettlementSeries
{
    QString key{}; // gatewayId() when stacked by gateway, the currency code when stacked by currency
    Gateway gateway = Gateway::CryptoCom; // meaningful when stacked by gateway
    QString currency{};
    QList<Decimal> values{}; // exact, one per bucket
    Decimal total{};
};

} // namespace paydesk
