#include "ui/pages/OverviewPage.h"

#include "core/ledger/Ledger.h"
#include "models/BalanceHistory.h"
#include "models/SettlementAggregator.h"
#include "models/StatusText.h"
#include "ui/GatewayActions.h"
#include "ui/charts/BalanceHistoryChartView.h"
#include "ui/charts/SettlementChartView.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/KpiTile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

using Preset = SettlementOptions::Preset;
using Granularity = SettlementOptions::Granularity;
using StackBy = SettlementOptions::StackBy;

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const QSignalBlocker blocker(combo);
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

OverviewPage::OverviewPage(const Ledger& ledger, GatewayActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_actions(actions)
    , m_zone(QTimeZone::systemTimeZone())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_reportingCurrency(u"USD"_s)
    , m_watcher(new QFutureWatcher<OverviewResult>(this))
    , m_reloadTimer(new QTimer(this))
    , m_errorBanner(new ErrorBanner(this))
    , m_updatedLabel(new QLabel(this))
    , m_todayTile(new KpiTile(tr("Settled today"), this))
    , m_weekTile(new KpiTile(tr("Settled, last 7 days"), this))
    , m_monthTile(new KpiTile(tr("Settled, last 30 days"), this))
    , m_openTile(new KpiTile(tr("Open invoices"), this))
    , m_refundsTile(new KpiTile(tr("Pending refunds"), this))
    , m_syncTile(new KpiTile(tr("Last sync"), this))
    , m_rangeCombo(new QComboBox(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_bucketCombo(new QComboBox(this))
    , m_stackCombo(new QComboBox(this))
    , m_currencyCombo(new QComboBox(this))
    , m_netCombo(new QComboBox(this))
    , m_saveButton(new QPushButton(tr("Save as PNG…"), this))
    , m_settlementChart(new SettlementChartView(this))
    , m_statusTable(new QTableWidget(this))
    , m_balanceCurrencyCombo(new QComboBox(this))
    , m_balanceChart(new BalanceHistoryChartView(this))
{
    setObjectName(u"overviewPage"_s);

    auto* title = new QLabel(tr("Overview"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_updatedLabel->setObjectName(u"updatedLabel"_s);
    m_updatedLabel->setTextFormat(Qt::PlainText);
    m_updatedLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_updatedLabel, 1, Qt::AlignBottom);

    m_todayTile->setObjectName(u"settledTodayTile"_s);
    m_weekTile->setObjectName(u"settled7DaysTile"_s);
    m_monthTile->setObjectName(u"settled30DaysTile"_s);
    m_openTile->setObjectName(u"openInvoicesTile"_s);
    m_refundsTile->setObjectName(u"pendingRefundsTile"_s);
    m_syncTile->setObjectName(u"lastSyncTile"_s);
    auto* tiles = new QHBoxLayout;
    for (KpiTile* tile : {m_todayTile, m_weekTile, m_monthTile})
        tiles->addWidget(tile, 5);
    tiles->addWidget(m_openTile, 3);
    tiles->addWidget(m_refundsTile, 3);
    tiles->addWidget(m_syncTile, 6);
    m_openTile->setToolTip(tr("Invoices still pending or processing"));
    m_refundsTile->setToolTip(tr("Refunds still pending or processing"));

    m_rangeCombo->setObjectName(u"rangeComboBox"_s);
    m_rangeCombo->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_rangeCombo->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_rangeCombo->addItem(tr("Last 90 days"), int(Preset::Last90Days));
    m_rangeCombo->addItem(tr("Last 12 months"), int(Preset::Last12Months));
    m_rangeCombo->addItem(tr("Custom"), int(Preset::Custom));
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
    }
    m_fromEdit->setObjectName(u"fromDateEdit"_s);
    m_toEdit->setObjectName(u"toDateEdit"_s);
    m_bucketCombo->setObjectName(u"bucketComboBox"_s);
    m_bucketCombo->addItem(tr("Per day"), int(Granularity::Day));
    m_bucketCombo->addItem(tr("Per week"), int(Granularity::Week));
    m_bucketCombo->addItem(tr("Per month"), int(Granularity::Month));
    m_stackCombo->setObjectName(u"stackComboBox"_s);
    m_stackCombo->addItem(tr("By gateway"), int(StackBy::Gateway));
    m_stackCombo->addItem(tr("By currency"), int(StackBy::Currency));
    m_currencyCombo->setObjectName(u"currencyComboBox"_s);
    m_currencyCombo->setToolTip(tr("Stacked by gateway, one currency is shown at a time: amounts of different "
                                   "currencies are never added"));
    m_currencyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_netCombo->setObjectName(u"netComboBox"_s);
    m_netCombo->addItem(tr("Gross"), false);
    m_netCombo->addItem(tr("Net of refunds"), true);
    m_saveButton->setObjectName(u"savePngButton"_s);
    auto* controls = new QHBoxLayout;
    controls->addWidget(caption(tr("Settled"), this));
    controls->addWidget(m_rangeCombo);
    controls->addWidget(m_fromEdit);
    controls->addWidget(m_toEdit);
    controls->addWidget(m_bucketCombo);
    controls->addWidget(m_stackCombo);
    controls->addWidget(m_currencyCombo);
    controls->addWidget(m_netCombo);
    controls->addStretch(1);
    controls->addWidget(m_saveButton);

    m_statusTable->setObjectName(u"statusTable"_s);
    m_statusTable->setColumnCount(3);
    m_statusTable->setHorizontalHeaderLabels({tr("Status"), tr("Payments"), tr("Amount")});
    m_statusTable->verticalHeader()->setVisible(false);
    m_statusTable->horizontalHeader()->setStretchLastSection(true);
    m_statusTable->horizontalHeader()->setHighlightSections(false);
    m_statusTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statusTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_statusTable->setWordWrap(false);
    m_statusTable->setAlternatingRowColors(true);
    m_statusTable->verticalHeader()->setDefaultSectionSize(m_statusTable->fontMetrics().height() + 8);
    auto* statusBox = new QGroupBox(tr("Status breakdown (created in the range)"), this);
    auto* statusLayout = new QVBoxLayout(statusBox);
    statusLayout->setContentsMargins(6, 6, 6, 6);
    statusLayout->addWidget(m_statusTable);

    m_balanceCurrencyCombo->setObjectName(u"balanceCurrencyComboBox"_s);
    auto* balanceBox = new QGroupBox(tr("Balance history"), this);
    auto* balanceLayout = new QVBoxLayout(balanceBox);
    balanceLayout->setContentsMargins(6, 6, 6, 6);
    auto* balanceControls = new QHBoxLayout;
    balanceControls->addWidget(caption(tr("Currency"), balanceBox));
    balanceControls->addWidget(m_balanceCurrencyCombo);
    balanceControls->addStretch(1);
    balanceLayout->addLayout(balanceControls);
    balanceLayout->addWidget(m_balanceChart, 1);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(statusBox, 2);
    bottom->addWidget(balanceBox, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_errorBanner);
    layout->addLayout(tiles);
    layout->addLayout(controls);
    layout->addWidget(m_settlementChart, 3);
    layout->addLayout(bottom, 2);

    const auto changed = [this] { applyOptionsFromControls(); };
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this,
        [this] { setPreset(Preset(m_rangeCombo->currentData().toInt())); });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_toEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_bucketCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_stackCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_netCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_currencyCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_userChoseCurrency = true;
        applyOptionsFromControls();
    });
    connect(m_balanceCurrencyCombo, &QComboBox::currentIndexChanged, this,
        [this] { setBalanceCurrency(m_balanceCurrencyCombo->currentText()); });
    connect(m_saveButton, &QPushButton::clicked, this, &OverviewPage::chooseSaveFile);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(kReloadDelayMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &OverviewPage::reload);
    connect(m_watcher, &QFutureWatcher<OverviewResult>::finished, this, &OverviewPage::onFinished);
    connect(&m_actions, &GatewayActions::ledgerChanged, this, &OverviewPage::onLedgerChanged);
    connect(&m_actions, &GatewayActions::accountsChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(&m_actions, &GatewayActions::syncFinished, m_reloadTimer, qOverload<>(&QTimer::start));

    selectData(m_rangeCombo, int(m_preset));
    m_options.zone = m_zone;
    m_options.granularity = SettlementAggregator::presetGranularity(m_preset);
    selectData(m_bucketCombo, int(m_options.granularity));
    reload();
}

OverviewPage::~OverviewPage()
{
    // The job only holds copies (path, snapshot); wait so that its ledger connection is closed before the file goes.
    m_watcher->waitForFinished();
}

bool OverviewPage::isLoading() const
{
    return m_busy || m_reloadTimer->isActive();
}

void OverviewPage::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_options.zone = zone;
    start(false);
}

void OverviewPage::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    start(false);
}

void OverviewPage::onLedgerChanged(const LedgerChange& change)
{
    if (change.kind == LedgerChange::Kind::Payments || change.kind == LedgerChange::Kind::Refunds
        || change.kind == LedgerChange::Kind::Balances)
        m_reloadTimer->start(); // debounced: restarts on every change
}

void OverviewPage::reload()
{
    m_reloadTimer->stop();
    start(true);
}

void OverviewPage::start(bool reload)
{
    if (m_watcher->isRunning()) {
        m_reloadPending = m_reloadPending || reload;
        m_computePending = true;
        return;
    }
    const QDateTime now = m_clock();
    if (m_preset != Preset::Custom) {
        const auto [from, to] = SettlementAggregator::presetRange(m_preset, now.toTimeZone(m_zone).date());
        m_options.from = from;
        m_options.to = to;
    }
    m_options.zone = m_zone;
    const bool load = reload || !m_snapshot;
    m_busy = true;
    if (load)
        m_updatedLabel->setText(tr("Reading the ledger…"));
    m_watcher->setFuture(
        QtConcurrent::run(&OverviewLoader::run, load ? nullptr : m_snapshot, m_ledger.path(), m_options, now));
}

void OverviewPage::onFinished()
{
    const OverviewResult result = m_watcher->result();
    if (!result.error.isEmpty()) {
        m_errorBanner->showMessage(tr("The overview could not be read from the local ledger."), result.error);
    } else {
        m_errorBanner->clear();
        m_snapshot = result.snapshot;
        m_summary = result.summary;
        m_settlement = result.settlement;
        // Stacked by gateway, one currency is shown: keep the user's choice while it has settlements in the range,
        // otherwise the reporting currency, otherwise the first one.
        const QStringList& currencies = m_settlement.currencies;
        QString wanted = m_options.currency;
        if (!m_userChoseCurrency || !currencies.contains(wanted))
            wanted = currencies.contains(m_reportingCurrency) ? m_reportingCurrency : currencies.value(0);
        if (wanted != m_options.currency && m_options.stackBy == StackBy::Gateway) {
            m_options.currency = wanted;
            m_computePending = true;
        }
        m_updatedLabel->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        showSummary();
        showSettlement();
        showBalances();
    }
    if (m_computePending || m_reloadPending) {
        const bool again = m_reloadPending;
        m_computePending = false;
        m_reloadPending = false;
        start(again);
        return;
    }
    m_busy = false;
    Q_EMIT updated();
}

QString OverviewPage::masked(const QString& text) const
{
    return m_amountsHidden && !text.isEmpty() ? u"•••"_s : text;
}

void OverviewPage::showSummary()
{
    const QLocale locale;
    const auto showTotals = [this, &locale](KpiTile* tile, const CurrencyTotals& totals) {
        tile->setValue(masked(CurrencyTotals::formatOne(m_reportingCurrency, totals.sum(m_reportingCurrency), locale)));
        const QString others = totals.othersText(m_reportingCurrency, locale, 3);
        tile->setDetail(others.isEmpty() ? QString() : masked(tr("also %1").arg(others)));
        const QString all = totals.othersText(m_reportingCurrency, locale);
        tile->setToolTip(all.isEmpty() || m_amountsHidden ? QString() : tr("Also settled: %1").arg(all));
    };
    showTotals(m_todayTile, m_summary.settledToday);
    showTotals(m_weekTile, m_summary.settledLast7Days);
    showTotals(m_monthTile, m_summary.settledLast30Days);
    m_openTile->setValue(locale.toString(m_summary.openInvoices));
    m_openTile->setDetail(tr("pending or processing"));
    m_refundsTile->setValue(locale.toString(m_summary.pendingRefunds));
    m_refundsTile->setDetail(tr("pending or processing"));

    const QDate today = m_clock().toTimeZone(m_zone).date();
    const auto when = [&](const QDateTime& time) {
        const QDateTime local = time.toTimeZone(m_zone);
        return local.date() == today ? locale.toString(local.time(), QLocale::ShortFormat)
                                     : locale.toString(local, QLocale::ShortFormat);
    };
    QDateTime latest;
    QDateTime oldest;
    bool neverSynced = false;
    int failed = 0;
    QStringList lines;
    QStringList errors;
    for (const AccountSyncTime& sync : std::as_const(m_summary.syncs)) {
        if (sync.lastSuccess.isValid() && (!latest.isValid() || sync.lastSuccess > latest))
            latest = sync.lastSuccess;
        if (sync.lastSuccess.isValid() && (!oldest.isValid() || sync.lastSuccess < oldest))
            oldest = sync.lastSuccess;
        neverSynced = neverSynced || !sync.lastSuccess.isValid();
        QString line = sync.lastSuccess.isValid() ? when(sync.lastSuccess) : tr("never");
        if (!sync.lastError.isEmpty()) {
            line = tr("%1 (last attempt failed)").arg(line);
            errors << tr("%1: %2").arg(sync.accountName, sync.lastError);
            ++failed;
        }
        lines << tr("%1 · %2").arg(sync.accountName, line);
    }
    m_syncTile->setValue(
        m_summary.syncs.isEmpty() ? tr("No accounts") : (latest.isValid() ? when(latest) : tr("Never")));
    // One line per account fits a tile for two accounts; beyond that (a tile cannot grow with the account list)
    // the tile sums up and its tooltip has every account.
    QString detail = lines.join(u'\n');
    if (lines.size() > 2) {
        const int count = static_cast<int>(lines.size());
        detail = neverSynced || !oldest.isValid()
            ? tr("%n account(s), some never synced", nullptr, count)
            : tr("%n account(s), the oldest at %1", nullptr, count).arg(when(oldest));
        if (failed > 0)
            detail += u'\n' + tr("last attempt failed for %n", nullptr, failed);
    }
    m_syncTile->setDetail(detail);
    QStringList tooltip;
    if (lines.size() > 2)
        tooltip << lines;
    tooltip << errors;
    m_syncTile->setToolTip(tooltip.join(u'\n'));
}

void OverviewPage::showSettlement()
{
    {
        const QSignalBlocker blocker(m_currencyCombo);
        m_currencyCombo->clear();
        QStringList currencies = m_settlement.currencies;
        if (!m_options.currency.isEmpty() && !currencies.contains(m_options.currency))
            currencies.prepend(m_options.currency);
        m_currencyCombo->addItems(currencies);
        m_currencyCombo->setCurrentIndex(int(currencies.indexOf(m_options.currency)));
        m_currencyCombo->setEnabled(m_options.stackBy == StackBy::Gateway && !currencies.isEmpty());
    }
    m_settlementChart->setAmountsHidden(m_amountsHidden);
    m_settlementChart->setAggregate(m_settlement);

    const QLocale locale;
    m_statusTable->setRowCount(int(m_settlement.statuses.size()));
    for (int row = 0; row < m_settlement.statuses.size(); ++row) {
        const StatusBreakdownRow& status = m_settlement.statuses.at(row);
        auto* name = new QTableWidgetItem(StatusText::payment(status.status));
        auto* count = new QTableWidgetItem(locale.toString(status.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QString reporting = status.amounts.sums().contains(m_reportingCurrency) ? m_reportingCurrency : QString();
        auto* amount = new QTableWidgetItem(masked(status.amounts.text(reporting, locale)));
        amount->setToolTip(masked(status.amounts.text(reporting, locale)));
        m_statusTable->setItem(row, 0, name);
        m_statusTable->setItem(row, 1, count);
        m_statusTable->setItem(row, 2, amount);
    }
    m_statusTable->resizeColumnToContents(0);
    m_statusTable->resizeColumnToContents(1);
}

void OverviewPage::showBalances()
{
    if (!m_snapshot)
        return;
    const QStringList currencies = BalanceHistory::currencies(m_snapshot->balanceSnapshots);
    if (m_balanceCurrency.isEmpty() || !currencies.contains(m_balanceCurrency)) {
        // The reporting currency when there is history for it, otherwise the one most accounts hold.
        QString best = currencies.value(0);
        qsizetype most = 0;
        for (const QString& currency : currencies) {
            const qsizetype lines
                = BalanceHistory::lines(m_snapshot->balanceSnapshots, m_snapshot->accountNames, currency).size();
            if (lines > most) {
                most = lines;
                best = currency;
            }
        }
        m_balanceCurrency = currencies.contains(m_reportingCurrency) ? m_reportingCurrency : best;
    }
    {
        const QSignalBlocker blocker(m_balanceCurrencyCombo);
        m_balanceCurrencyCombo->clear();
        m_balanceCurrencyCombo->addItems(currencies);
        m_balanceCurrencyCombo->setCurrentIndex(int(currencies.indexOf(m_balanceCurrency)));
    }
    m_balanceChart->setAmountsHidden(m_amountsHidden);
    m_balanceChart->setLines(
        BalanceHistory::lines(m_snapshot->balanceSnapshots, m_snapshot->accountNames, m_balanceCurrency),
        m_balanceCurrency);
}

void OverviewPage::applyOptionsFromControls()
{
    SettlementOptions options = m_options;
    options.granularity = Granularity(m_bucketCombo->currentData().toInt());
    options.stackBy = StackBy(m_stackCombo->currentData().toInt());
    options.net = m_netCombo->currentData().toBool();
    if (m_currencyCombo->currentIndex() >= 0)
        options.currency = m_currencyCombo->currentText();
    if (m_preset == Preset::Custom) {
        options.from = qMin(m_fromEdit->date(), m_toEdit->date());
        options.to = qMax(m_fromEdit->date(), m_toEdit->date());
    }
    if (options == m_options)
        return;
    m_options = options;
    start(false);
}

void OverviewPage::setPreset(SettlementOptions::Preset preset)
{
    selectData(m_rangeCombo, int(preset));
    const bool custom = preset == Preset::Custom;
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    if (custom && m_preset != Preset::Custom) {
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        m_fromEdit->setDate(m_options.from);
        m_toEdit->setDate(m_options.to);
    }
    m_preset = preset;
    if (!custom) {
        m_options.granularity = SettlementAggregator::presetGranularity(preset);
        selectData(m_bucketCombo, int(m_options.granularity));
    }
    start(false);
}

void OverviewPage::setCustomRange(const QDate& from, const QDate& to)
{
    setPreset(Preset::Custom);
    const QSignalBlocker fromBlocker(m_fromEdit);
    const QSignalBlocker toBlocker(m_toEdit);
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    applyOptionsFromControls();
}

void OverviewPage::setGranularity(SettlementOptions::Granularity granularity)
{
    selectData(m_bucketCombo, int(granularity));
    applyOptionsFromControls();
}

void OverviewPage::setStackBy(SettlementOptions::StackBy stackBy)
{
    selectData(m_stackCombo, int(stackBy));
    applyOptionsFromControls();
}

void OverviewPage::setChartCurrency(const QString& currency)
{
    m_userChoseCurrency = true;
    m_options.currency = currency;
    start(false);
}

void OverviewPage::setNet(bool net)
{
    selectData(m_netCombo, net);
    applyOptionsFromControls();
}

void OverviewPage::setBalanceCurrency(const QString& currency)
{
    if (currency == m_balanceCurrency)
        return;
    m_balanceCurrency = currency;
    showBalances();
}

void OverviewPage::setReportingCurrency(const QString& currency)
{
    const QString code = currency.trimmed().toUpper();
    if (code == m_reportingCurrency)
        return;
    m_reportingCurrency = code;
    if (!m_userChoseCurrency)
        m_options.currency.clear();
    showSummary();
    start(false);
}

void OverviewPage::setAmountsHidden(bool hidden)
{
    if (hidden == m_amountsHidden)
        return;
    m_amountsHidden = hidden;
    showSummary();
    showSettlement();
    showBalances();
}

bool OverviewPage::saveChartAsPng(const QString& path)
{
    return m_settlementChart->saveAsPng(path);
}

void OverviewPage::chooseSaveFile()
{
    auto* dialog = new QFileDialog(this, tr("Save Chart as PNG"), tr("settlements.png"), tr("PNG images (*.png)"));
    dialog->setObjectName(u"savePngDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"png"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (!saveChartAsPng(path))
            m_errorBanner->showMessage(tr("The chart could not be saved."), path);
    });
    dialog->open();
}

} // namespace paydesk
