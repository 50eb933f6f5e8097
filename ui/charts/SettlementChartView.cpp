#include "ui/charts/SettlementChartView.h"

#include "models/CurrencyTotals.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

// A bar height for drawing only; the exact value stays a Decimal.
qreal barHeight(const Decimal& value)
{
    return value.toString().toDouble();
}

} // namespace

SettlementChartView::SettlementChartView(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(u"settlementChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
}

SettlementChartView::~SettlementChartView() = default;

QString SettlementChartView::bucketLabel(const SettlementBucket& bucket, SettlementOptions::Granularity granularity)
{
    const QLocale locale;
    switch (granularity) {
    case SettlementOptions::Granularity::Day:
        return locale.toString(bucket.firstDay, u"d MMM"_s);
    case SettlementOptions::Granularity::Week:
        return locale.toString(bucket.firstDay, u"d MMM"_s);
    case SettlementOptions::Granularity::Month:
        return locale.toString(bucket.firstDay, u"MMM yyyy"_s);
    }
    return {};
}

void SettlementChartView::setAggregate(const SettlementAggregate& aggregate)
{
    m_aggregate = aggregate;
    rebuild();
}

void SettlementChartView::setAmountsHidden(bool hidden)
{
    if (hidden == m_amountsHidden)
        return;
    m_amountsHidden = hidden;
    rebuild();
}

int SettlementChartView::seriesCount() const
{
    return m_series ? int(m_series->count()) : 0;
}

QStringList SettlementChartView::seriesKeys() const
{
    QStringList keys;
    for (const SettlementSeries& series : m_aggregate.series)
        keys << series.key;
    return keys;
}

void SettlementChartView::setSeriesHidden(const QString& key, bool hidden)
{
    if (hidden == m_hidden.contains(key))
        return;
    if (hidden)
        m_hidden.insert(key);
    else
        m_hidden.remove(key);
    // Updated in place: the legend marker whose click called this must survive its own signal.
    const qsizetype index = seriesKeys().indexOf(key);
    if (!m_series || index < 0 || index >= m_series->count())
        return;
    QBarSet* set = m_series->barSets().at(index);
    const SettlementSeries& series = m_aggregate.series.at(index);
    for (qsizetype bucket = 0; bucket < series.values.size(); ++bucket)
        set->replace(bucket, hidden ? 0.0 : barHeight(series.values.at(bucket)));
    updateMarkers();
    updateValueAxis();
}

void SettlementChartView::updateMarkers()
{
    const QList<QLegendMarker*> markers = chart()->legend()->markers(m_series);
    for (qsizetype i = 0; i < markers.size() && i < m_aggregate.series.size(); ++i) {
        QLegendMarker* marker = markers.at(i);
        const bool hidden = m_hidden.contains(m_aggregate.series.at(i).key);
        QColor label = palette().color(QPalette::WindowText);
        label.setAlphaF(hidden ? 0.4 : 1.0);
        marker->setLabelBrush(label);
        QColor fill = m_series->barSets().at(i)->color();
        fill.setAlphaF(hidden ? 0.2 : 1.0);
        marker->setBrush(fill);
    }
}

void SettlementChartView::updateValueAxis()
{
    const auto axes = chart()->axes(Qt::Vertical);
    auto* values = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.first());
    if (!values || !m_series)
        return;
    const bool stacked = m_aggregate.options.stackBy == SettlementOptions::StackBy::Gateway;
    qreal top = 0;
    for (qsizetype bucket = 0; bucket < m_aggregate.buckets.size(); ++bucket) {
        qreal height = 0;
        for (const QBarSet* set : m_series->barSets())
            height = stacked ? height + set->at(bucket) : qMax(height, set->at(bucket));
        top = qMax(top, height);
    }
    values->setRange(0, top > 0 ? top : 1);
    values->applyNiceNumbers();
    values->setLabelsVisible(!m_amountsHidden);
}

QString SettlementChartView::seriesLabel(const SettlementSeries& series) const
{
    return m_aggregate.options.stackBy == SettlementOptions::StackBy::Gateway ? gatewayDisplayName(series.gateway)
                                                                              : series.currency;
}

QString SettlementChartView::toolTipText(int index, int bucket) const
{
    if (index < 0 || index >= m_aggregate.series.size() || bucket < 0 || bucket >= m_aggregate.buckets.size())
        return {};
    const SettlementSeries& series = m_aggregate.series.at(index);
    const SettlementBucket& range = m_aggregate.buckets.at(bucket);
    const QLocale locale;
    QString days = locale.toString(range.firstDay, QLocale::ShortFormat);
    if (range.lastDay != range.firstDay)
        days = tr("%1 – %2").arg(days, locale.toString(range.lastDay, QLocale::ShortFormat));
    const QString amount
        = m_amountsHidden ? u"•••"_s : CurrencyTotals::formatOne(series.currency, series.values.at(bucket));
    return tr("%1, %2: %3").arg(seriesLabel(series), days, amount);
}

bool SettlementChartView::saveAsPng(const QString& path)
{
    return grab().save(path, "PNG");
}

void SettlementChartView::rebuild()
{
    QChart* chart = this->chart();
    chart->removeAllSeries();
    m_series = nullptr;
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }

    const bool byGateway = m_aggregate.options.stackBy == SettlementOptions::StackBy::Gateway;
    if (byGateway)
        m_series = new QStackedBarSeries;
    else
        m_series = new QBarSeries;
    m_series->setObjectName(u"settlementSeries"_s);
    for (qsizetype i = 0; i < m_aggregate.series.size(); ++i) {
        const SettlementSeries& series = m_aggregate.series.at(i);
        auto* set = new QBarSet(seriesLabel(series));
        set->setObjectName(series.key);
        const bool hidden = m_hidden.contains(series.key);
        for (const Decimal& value : series.values)
            set->append(hidden ? 0.0 : barHeight(value));
        m_series->append(set);
        connect(set, &QBarSet::hovered, this, [this, i](bool status, int bucket) {
            if (status)
                QToolTip::showText(QCursor::pos(), toolTipText(int(i), bucket), this);
            else
                QToolTip::hideText();
        });
    }
    chart->addSeries(m_series);

    auto* categories = new QBarCategoryAxis;
    QStringList labels;
    for (const SettlementBucket& bucket : std::as_const(m_aggregate.buckets))
        labels << bucketLabel(bucket, m_aggregate.options.granularity);
    categories->append(labels);
    if (labels.size() > 14)
        categories->setLabelsAngle(-90); // upright labels are cut to "2…" when there are many bars
    chart->addAxis(categories, Qt::AlignBottom);
    m_series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setLabelFormat(u"%.0f"_s);
    if (byGateway)
        values->setTitleText(m_aggregate.options.currency);
    chart->addAxis(values, Qt::AlignLeft);
    m_series->attachAxis(values);
    updateValueAxis();

    const QList<QLegendMarker*> markers = chart->legend()->markers(m_series);
    for (qsizetype i = 0; i < markers.size() && i < m_aggregate.series.size(); ++i) {
        const QString key = m_aggregate.series.at(i).key;
        connect(
            markers.at(i), &QLegendMarker::clicked, this, [this, key] { setSeriesHidden(key, !isSeriesHidden(key)); });
    }
    updateMarkers();
    chart->legend()->setVisible(!m_aggregate.series.isEmpty());
    chart->setTitle(m_aggregate.series.isEmpty() ? tr("No settled payments in this range") : QString());
}

} // namespace paydesk
