#pragma once

#include "core/Decimal.h"
#include "core/domain/Balance.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk {

// The totals line of the Balances page, summed exactly from the latest balances: one line per asset across
// accounts (never converted), and a total in the reporting currency made only of what is already in that currency:
// balances held in it and fiat equivalents the gateways gave in it. Assets with neither are listed as left out,
// never converted with a made-up rate.
class BalanceTotals final
{
public:
    struct AssetTotal
    {
        QString currency;
        Decimal total;
        Decimal available;
        Decimal onHold;
        int accounts = 0;
    };

    struct ReportingTotal
    {
        QString currency;
        Decimal amount;
        int included = 0; // balances that went into amount
        QStringList leftOut; // assets with a non-zero balance and no equivalent in the currency, sorted
    };

    static BalanceTotals compute(const QList<Balance>& balances, const QString& reportingCurrency);

    // Sorted by currency code.
    const QList<AssetTotal>& assets() const { return m_assets; }
    // Present when at least one balance has a value in the reporting currency.
    const std::optional<ReportingTotal>& reporting() const { return m_reporting; }
    // The newest asOf among the balances; invalid when there are none.
    QDateTime lastUpdate() const { return m_lastUpdate; }
    // True when a sum overflowed 38 digits (that asset's line then holds what could be added).
    bool overflowed() const { return m_overflowed; }

private:
    QList<AssetTotal> m_assets;
    std::optional<ReportingTotal> m_reporting;
    QDateTime m_lastUpdate;
    bool m_overflowed = false;
};

} // namespace paydesk
