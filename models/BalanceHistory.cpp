#include "models/BalanceHistory.h"

#include <QSet>

#include <algorithm>

namespace paydesk {

QList<BalanceLine> BalanceHistory::lines(
    const QList<Balance>& snapshots, const QMap<QString, QString>& accountNames, const QString& currency)
{
    QMap<QString, BalanceLine> byAccount;
    for (const Balance& balance : snapshots) {
        if (balance.currency != currency || !balance.asOf.isValid())
            continue;
        BalanceLine& line = byAccount[balance.accountId];
        if (line.accountId.isEmpty()) {
            line.accountId = balance.accountId;
            line.accountName = accountNames.value(balance.accountId, balance.accountId);
            line.currency = currency;
        }
        line.points.append(BalancePoint{balance.asOf, balance.total});
    }
    QList<BalanceLine> result = byAccount.values();
    for (BalanceLine& line : result)
        std::stable_sort(line.points.begin(), line.points.end(),
            [](const BalancePoint& a, const BalancePoint& b) { return a.asOf < b.asOf; });
    std::sort(result.begin(), result.end(), [](const BalanceLine& a, const BalanceLine& b) {
        return a.accountName == b.accountName ? a.accountId < b.accountId : a.accountName < b.accountName;
    });
    return result;
}

QStringList BalanceHistory::currencies(const QList<Balance>& snapshots)
{
    QSet<QString> seen;
    for (const Balance& balance : snapshots)
        seen.insert(balance.currency);
    QStringList result(seen.begin(), seen.end());
    result.sort();
    return result;
}

} // namespace paydesk
