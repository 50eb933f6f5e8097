#pragma once

#include "models/SettlementAggregate.h"

#include <QChartView>
#include <QSet>

class QAbstractBarSeries;

namespace paydesk {

// The settlement chart (Qt Charts; only ui/charts/ includes it): one bar per bucket, stacked by gateway (all in one
// currency) or grouped side by side by currency (different currencies are never stacked, since a stack would add
// them). Bar heights are the only place amounts become double; the tooltip on hover shows the exact amount,
// locale-formatted. Clicking a legend entry hides or shows that series.
class SettlementChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettlementChartView)

public:
    explicit SettlementChartView(QWidget* parent = nullptr);
    ~SettlementChartView() override;

    void setAggregate(const SettlementAggregate& aggregate);
    const SettlementAggregate& aggregate() const { return m_aggregate; }
    void setAmountsHidden(bool hidden);

    QAbstractBarSeries* barSeries() const { return m_series; }
    int seriesCount() const;
    // Series keys (gateway ids or currency codes) in display order.
    QStringList seriesKeys() const;
    bool isSeriesHidden(const QString& key) const { return m_hidden.contains(key); }
    void setSeriesHidden(const QString& key, bool hidden);
    // The exact text shown when hovering bar `bucket` of series `index` ("" when out of range).
    QString toolTipText(int index, int bucket) const;
    // A picture of the chart as it is shown; false when the file cannot be written.
    bool saveAsPng(const QString& path);

    static QString bucketLabel(const SettlementBucket& bucket, SettlementOptions::Granularity granularity);

private:
    void rebuild();
    void updateMarkers();
    void updateValueAxis();
    QString seriesLabel(const SettlementSeries& series) const;

    SettlementAggregate m_aggregate;
    QAbstractBarSeries* m_series = nullptr;
    QSet<QString> m_hidden;
    bool m_amountsHidden = false;
};

} // namespace paydesk
