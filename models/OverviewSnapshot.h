#pragma once

#include "core/domain/Balance.h"
#include "models/OverviewSummary.h"
#include "models/SettlementData.h"

#include <QMap>

namespace paydesk {

// Everything the Overview reads from the ledger, loaded once on a worker thread (OverviewLoader) and then only read.
struct OverviewSnapshot
{
    SettlementData payments{};
    qint64 pendingRefunds = 0;
    QList<AccountSyncTime> syncs{}; // ordered by account name
    QMap<QString, QString> accountNames{}; // id → name
    QList<Balance> balanceSnapshots{}; // every account, every currency
};

} // namespace paydesk
