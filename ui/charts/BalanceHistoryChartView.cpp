#include "ui/charts/BalanceHistoryChartView.h"

#include "models/CurrencyTotals.h"

#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

BalanceHistoryChartView::BalanceHistoryChartView(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(u"balanceHistoryChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
}

BalanceHistoryChartView::~BalanceHistoryChartView() = default;

void BalanceHistoryChartView::setLines(const QList<BalanceLine>& lines, const QString& currency)
{
    m_lines = lines;
    m_currency = currency;
    rebuild();
}

void BalanceHistoryChartView::setAmountsHidden(bool hidden)
{
    if (hidden == m_amountsHidden)
        return;
    m_amountsHidden = hidden;
    rebuild();
}

QString BalanceHistoryChartView::toolTipText(int line, int point) const
{
    if (line < 0 || line >= m_lines.size() || point < 0 || point >= m_lines.at(line).points.size())
        return {};
    const BalanceLine& balance = m_lines.at(line);
    const BalancePoint& at = balance.points.at(point);
    const QString amount = m_amountsHidden ? u"•••"_s : CurrencyTotals::formatOne(balance.currency, at.total);
    return tr("%1, %2: %3")
        .arg(balance.accountName, QLocale().toString(at.asOf.toLocalTime(), QLocale::ShortFormat), amount);
}

void BalanceHistoryChartView::rebuild()
{
    QChart* chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto* time = new QDateTimeAxis;
    time->setFormat(u"d MMM"_s);
    auto* values = new QValueAxis;
    values->setTitleText(m_currency);
    values->setLabelsVisible(!m_amountsHidden);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);

    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    qreal top = 0;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const BalanceLine& line = m_lines.at(i);
        auto* series = new QLineSeries;
        series->setName(line.accountName);
        series->setPointsVisible(true);
        for (const BalancePoint& point : line.points) {
            const qint64 ms = point.asOf.toMSecsSinceEpoch();
            const qreal height = point.total.toString().toDouble(); // drawing only; the tooltip is exact
            series->append(qreal(ms), height);
            first = qMin(first, ms);
            last = qMax(last, ms);
            top = qMax(top, height);
        }
        chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(values);
        connect(series, &QLineSeries::hovered, this, [this, i, series](const QPointF& where, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            int nearest = -1;
            qreal distance = 0;
            for (int p = 0; p < series->count(); ++p) {
                const qreal d = std::abs(series->at(p).x() - where.x());
                if (nearest < 0 || d < distance) {
                    nearest = p;
                    distance = d;
                }
            }
            QToolTip::showText(QCursor::pos(), toolTipText(int(i), nearest), this);
        });
        for (QLegendMarker* marker : chart->legend()->markers(series)) {
            connect(marker, &QLegendMarker::clicked, this, [marker, series] {
                series->setVisible(!series->isVisible());
                marker->setVisible(true);
                QColor label = marker->labelBrush().color();
                label.setAlphaF(series->isVisible() ? 1.0 : 0.4);
                marker->setLabelBrush(label);
            });
        }
    }
    if (first > last) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        first = now.addDays(-1).toMSecsSinceEpoch();
        last = now.toMSecsSinceEpoch();
    } else if (first == last) {
        first -= 12 * 3600 * 1000;
        last += 12 * 3600 * 1000;
    }
    time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    time->setTickCount(6);
    if (last - first < 3LL * 24 * 3600 * 1000)
        time->setFormat(u"d MMM HH:mm"_s);
    values->setLabelFormat(top >= 100 ? u"%.0f"_s : u"%g"_s);
    values->setRange(0, top > 0 ? top * 1.05 : 1);
    values->applyNiceNumbers();
    chart->legend()->setVisible(!m_lines.isEmpty());
    chart->setTitle(m_lines.isEmpty() ? tr("No balance history for this currency") : QString());
}

} // namespace paydesk
