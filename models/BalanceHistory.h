#pragma once

#include "core/domain/Balance.h"
#include "models/BalanceLine.h"

#include <QMap>
#include <QStringList>

namespace paydesk {

// The balance history chart's data from Ledger::balanceSnapshots(): one line per account holding the chosen currency,
// ordered by account name, points oldest first.
class BalanceHistory final
{
public:
    // accountNames: account id → name (an unknown id is shown by its id).
    static QList<BalanceLine> lines(
        const QList<Balance>& snapshots, const QMap<QString, QString>& accountNames, const QString& currency);
    // Every currency with at least one snapshot, sorted.
    static QStringList currencies(const QList<Balance>& snapshots);
};

} // namespace paydesk
