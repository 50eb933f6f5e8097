#include "ui/pages/BalanceTotals.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace paydesk {

namespace {

bool addTo(Decimal& sum, const Decimal& value)
{
    const std::optional<Decimal> result = sum.plus(value);
    if (!result)
        return false;
    sum = *result;
    return true;
}

} // namespace

BalanceTotals BalanceTotals::compute(const QList<Balance>& balances, const QString& reportingCurrency)
{
    BalanceTotals totals;
    QMap<QString, AssetTotal> byAsset;
    ReportingTotal reporting{reportingCurrency.toUpper(), Decimal(), 0, {}};
    QSet<QString> leftOut;
    for (const Balance& balance : balances) {
        AssetTotal& asset = byAsset[balance.currency];
        asset.currency = balance.currency;
        bool ok = addTo(asset.total, balance.total);
        ok = addTo(asset.available, balance.available) && ok;
        ok = addTo(asset.onHold, balance.onHold) && ok;
        ++asset.accounts;
        if (balance.asOf.isValid() && (!totals.m_lastUpdate.isValid() || balance.asOf > totals.m_lastUpdate))
            totals.m_lastUpdate = balance.asOf;

        if (!reporting.currency.isEmpty()) {
            if (balance.currency.compare(reporting.currency, Qt::CaseInsensitive) == 0) {
                ok = addTo(reporting.amount, balance.total) && ok;
                ++reporting.included;
            } else if (balance.fiatEquivalent.isValid()
                && balance.fiatEquivalent.currency.compare(reporting.currency, Qt::CaseInsensitive) == 0) {
                ok = addTo(reporting.amount, balance.fiatEquivalent.amount) && ok;
                ++reporting.included;
            } else if (!balance.total.isZero()) {
                leftOut.insert(balance.currency);
            }
        }
        if (!ok)
            totals.m_overflowed = true;
    }
    totals.m_assets = byAsset.values();
    if (reporting.included > 0) {
        reporting.leftOut = QStringList(leftOut.cbegin(), leftOut.cend());
        std::sort(reporting.leftOut.begin(), reporting.leftOut.end());
        totals.m_reporting = reporting;
    }
    return totals;
}

} // namespace paydesk
