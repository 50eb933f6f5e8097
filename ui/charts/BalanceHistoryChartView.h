#pragma once

#include "models/BalanceLine.h"

#include <QChartView>

namespace paydesk {

// The balance history chart (Qt Charts): one line per account for one currency over time, from the balance snapshots.
// Hovering a point shows the exact total; clicking a legend entry hides or shows that account's line.
class BalanceHistoryChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalanceHistoryChartView)

public:
    explicit BalanceHistoryChartView(QWidget* parent = nullptr);
    ~BalanceHistoryChartView() override;

    void setLines(const QList<BalanceLine>& lines, const QString& currency);
    void setAmountsHidden(bool hidden);
    int lineCount() const { return int(m_lines.size()); }
    // The exact text for point `point` of line `line` ("" when out of range).
    QString toolTipText(int line, int point) const;

private:
    void rebuild();

    QList<BalanceLine> m_lines;
    QString m_currency;
    bool m_amountsHidden = false;
};

} // namespace paydesk
