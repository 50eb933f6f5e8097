#pragma once

#include "core/ledger/LedgerChange.h"
#include "models/OverviewLoader.h"
#include "models/SettlementOptions.h"

#include <QFutureWatcher>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace paydesk {

class BalanceHistoryChartView;
class ErrorBanner;
class GatewayActions;
class KpiTile;
class Ledger;
class SettlementChartView;

// The Overview page (PRODUCT.md "Overview", docs/overview.md): tiles for the settled totals of today / 7 / 30 days
// (the reporting currency, other currencies listed next to it, never converted), open invoices, pending refunds and
// the last sync per account; the settlement chart (range, bucket size, stacking, currency, gross / net, save as PNG);
// the status breakdown of the range; the balance history of one currency.
//
// Everything is read on a worker thread with its own ledger connection (OverviewLoader) and aggregated there too;
// the GUI thread only draws the result. A ledger change reloads after a quiet second (debounced), so a sync writing
// a thousand pages reloads once.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    // The ledger (only its path is used, on the worker) and actions must outlive the page.
    OverviewPage(const Ledger& ledger, GatewayActions& actions, QWidget* parent = nullptr);
    ~OverviewPage() override;

    static constexpr int kReloadDelayMs = 1000;

    SettlementChartView* settlementChart() const { return m_settlementChart; }
    BalanceHistoryChartView* balanceChart() const { return m_balanceChart; }
    QTableWidget* statusTable() const { return m_statusTable; }
    const SettlementOptions& options() const { return m_options; }
    const OverviewSummary& summary() const { return m_summary; }
    // True from a (debounced) change or reload until its result is shown.
    bool isLoading() const;
    // The zone of the buckets and of "today"; the system zone unless set (tests pass one).
    void setTimeZone(const QTimeZone& zone);
    // "Now" for the tiles; the system clock unless set (tests).
    void setClock(std::function<QDateTime()> clock);

    void setPreset(SettlementOptions::Preset preset);
    void setCustomRange(const QDate& from, const QDate& to);
    void setGranularity(SettlementOptions::Granularity granularity);
    void setStackBy(SettlementOptions::StackBy stackBy);
    void setChartCurrency(const QString& currency);
    void setNet(bool net);
    void setBalanceCurrency(const QString& currency);
    // Writes the settlement chart as it is shown; false when the file cannot be written.
    bool saveChartAsPng(const QString& path);

public Q_SLOTS:
    // Reads the ledger again now (on the worker).
    void reload();
    // "USD" by default; the tiles show this currency first.
    void setReportingCurrency(const QString& currency);
    // The "hide amounts" privacy toggle: masks the tiles, the breakdown amounts, the axes and the tooltips.
    void setAmountsHidden(bool hidden);

Q_SIGNALS:
    // A worker result was shown (tests wait for it).
    void updated();

private:
    void onLedgerChanged(const LedgerChange& change);
    void start(bool reload);
    void onFinished();
    void applyOptionsFromControls();
    void showSummary();
    void showSettlement();
    void showBalances();
    void chooseSaveFile();
    QString masked(const QString& text) const;

    const Ledger& m_ledger;
    GatewayActions& m_actions;
    QTimeZone m_zone;
    std::function<QDateTime()> m_clock;
    SettlementOptions m_options;
    SettlementOptions::Preset m_preset = SettlementOptions::Preset::Last30Days;
    QString m_reportingCurrency;
    QString m_balanceCurrency;
    bool m_amountsHidden = false;
    bool m_userChoseCurrency = false;

    std::shared_ptr<const OverviewSnapshot> m_snapshot;
    OverviewSummary m_summary;
    SettlementAggregate m_settlement;
    QFutureWatcher<OverviewResult>* m_watcher;
    QTimer* m_reloadTimer;
    bool m_reloadPending = false;
    bool m_computePending = false;
    bool m_busy = false; // from start() until a result is shown with nothing more to do

    ErrorBanner* m_errorBanner;
    QLabel* m_updatedLabel;
    KpiTile* m_todayTile;
    KpiTile* m_weekTile;
    KpiTile* m_monthTile;
    KpiTile* m_openTile;
    KpiTile* m_refundsTile;
    KpiTile* m_syncTile;
    QComboBox* m_rangeCombo;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QComboBox* m_bucketCombo;
    QComboBox* m_stackCombo;
    QComboBox* m_currencyCombo;
    QComboBox* m_netCombo;
    QPushButton* m_saveButton;
    SettlementChartView* m_settlementChart;
    QTableWidget* m_statusTable;
    QComboBox* m_balanceCurrencyCombo;
    BalanceHistoryChartView* m_balanceChart;
};

} // namespace paydesk
