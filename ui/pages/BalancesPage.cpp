#include "ui/pages/BalancesPage.h"

#include "core/domain/GatewayCapabilities.h"
#include "core/ledger/Ledger.h"
#include "models/AmountFormatter.h"
#include "models/BalanceTableModel.h"
#include "models/ModelRoles.h"
#include "ui/GatewayActions.h"
#include "ui/widgets/ErrorBanner.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

QLabel* gridLabel(const QString& text, Qt::Alignment alignment, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(alignment | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

BalancesPage::BalancesPage(const Ledger& ledger, GatewayActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_actions(actions)
    , m_model(new BalanceTableModel(ledger, this))
    , m_view(new QTableView(this))
    , m_errorBanner(new ErrorBanner(this))
    , m_lastUpdateLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_unsupportedLabel(new QLabel(this))
    , m_syncButton(new QPushButton(tr("Sync Now"), this))
    , m_totalsBox(new QGroupBox(tr("Totals per asset"), this))
    , m_totalsGrid(new QGridLayout)
    , m_reportingLabel(new QLabel(this))
    , m_reportingCurrency(u"USD"_s)
{
    setObjectName(u"balancesPage"_s);

    auto* title = new QLabel(tr("Balances"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_lastUpdateLabel->setObjectName(u"lastUpdateLabel"_s);
    m_lastUpdateLabel->setTextFormat(Qt::PlainText);
    m_syncButton->setObjectName(u"syncPushButton"_s);
    m_syncButton->setToolTip(tr("Read the balances of every account from the gateways now"));
    connect(m_syncButton, &QPushButton::clicked, this, [this] { m_actions.syncAccounts(); });

    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(u"exportPushButton"_s);
    exportButton->setToolTip(tr("Export the balances, or their history, to CSV or JSON"));
    connect(exportButton, &QPushButton::clicked, this,
        [this] { Q_EMIT exportRequested(ExportKind::Balances, std::nullopt); });
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_lastUpdateLabel, 1, Qt::AlignBottom);
    header->addWidget(exportButton);
    header->addWidget(m_syncButton);

    m_emptyLabel->setObjectName(u"emptyLabel"_s);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No balances yet. Paydesk reads the balances of each account at every sync."));
    m_unsupportedLabel->setObjectName(u"unsupportedLabel"_s);
    m_unsupportedLabel->setTextFormat(Qt::PlainText);
    m_unsupportedLabel->setWordWrap(true);
    m_unsupportedLabel->setEnabled(false); // muted text

    m_view->setObjectName(u"balancesTableView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BalanceTableModel::AccountColumn, Qt::AscendingOrder);
    const QFontMetrics metrics(m_view->font());
    m_view->setColumnWidth(BalanceTableModel::AccountColumn, metrics.horizontalAdvance(u"M"_s) * 12);
    m_view->setColumnWidth(
        BalanceTableModel::GatewayColumn, metrics.horizontalAdvance(gatewayDisplayName(Gateway::BucksBus)) + 16);
    m_view->setColumnWidth(BalanceTableModel::CurrencyColumn, metrics.horizontalAdvance(u"M"_s) * 5);
    for (int column : {BalanceTableModel::TotalColumn, BalanceTableModel::AvailableColumn,
             BalanceTableModel::OnHoldColumn, BalanceTableModel::FiatEquivalentColumn})
        m_view->setColumnWidth(column, metrics.horizontalAdvance(u"0"_s) * 20);

    m_totalsBox->setObjectName(u"totalsGroupBox"_s);
    auto* totalsLayout = new QVBoxLayout(m_totalsBox);
    totalsLayout->addLayout(m_totalsGrid);
    m_reportingLabel->setObjectName(u"reportingTotalLabel"_s);
    m_reportingLabel->setTextFormat(Qt::PlainText);
    m_reportingLabel->setWordWrap(true);
    m_reportingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_reportingLabel->font();
    bold.setBold(true);
    m_reportingLabel->setFont(bold);
    totalsLayout->addWidget(m_reportingLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totalsBox);
    layout->addWidget(m_unsupportedLabel);

    connect(&m_actions, &GatewayActions::ledgerChanged, this, &BalancesPage::onLedgerChanged);
    connect(&m_actions, &GatewayActions::accountsChanged, this, &BalancesPage::reload);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BalancesPage::updateTotals);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BalancesPage::updateTotals);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BalancesPage::updateTotals);
    reload();
}

BalancesPage::~BalancesPage() = default;

void BalancesPage::reload()
{
    const auto loaded = m_model->reload();
    if (!loaded.ok())
        m_errorBanner->showMessage(tr("The balances could not be read from the local ledger."), loaded.error().message);
    else
        m_errorBanner->clear();

    m_accountsWithoutBalances.clear();
    if (const auto accounts = m_ledger.accounts(); accounts.ok()) {
        for (const Account& account : accounts.value()) {
            if (!hasCapability(account.gateway, Capability::Balances))
                m_accountsWithoutBalances[account.gateway] << account.name;
        }
    }
    updateNotes();
    updateTotals();
}

void BalancesPage::onLedgerChanged(const LedgerChange& change)
{
    if (change.kind == LedgerChange::Kind::Balances)
        reload();
}

void BalancesPage::setReportingCurrency(const QString& currency)
{
    const QString code = currency.trimmed().toUpper();
    if (code == m_reportingCurrency)
        return;
    m_reportingCurrency = code;
    updateTotals();
}

void BalancesPage::setAmountsHidden(bool hidden)
{
    if (hidden == m_amountsHidden)
        return;
    m_amountsHidden = hidden;
    m_model->setAmountsHidden(hidden);
    updateTotals();
}

QString BalancesPage::formatAmount(const Decimal& amount, const QString& currency, bool withCurrency) const
{
    if (m_amountsHidden)
        return u"•••"_s;
    const AmountFormatter formatter{QLocale()};
    const int precision = AmountFormatter::displayPrecision(amount, currency);
    return withCurrency ? formatter.formatWithCurrency(amount, precision, currency)
                        : formatter.format(amount, precision);
}

void BalancesPage::updateNotes()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyLabel->setVisible(empty);
    if (m_accountsWithoutBalances.isEmpty()) {
        m_unsupportedLabel->setVisible(false);
        return;
    }
    QStringList notes;
    for (auto it = m_accountsWithoutBalances.cbegin(); it != m_accountsWithoutBalances.cend(); ++it)
        notes << tr("No balances for %1: %2")
                     .arg(QLocale().createSeparatedList(it.value()), unsupportedReason(it.key(), Capability::Balances));
    m_unsupportedLabel->setText(notes.join(u'\n'));
    m_unsupportedLabel->setVisible(true);
}

void BalancesPage::updateTotals()
{
    m_totals = BalanceTotals::compute(m_model->records(), m_reportingCurrency);
    updateNotes();

    while (QLayoutItem* item = m_totalsGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_totalsBox->setVisible(!m_totals.assets().isEmpty());
    const QDateTime last = m_totals.lastUpdate();
    m_lastUpdateLabel->setText(last.isValid()
            ? tr("Last updated %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
            : QString());
    if (m_totals.assets().isEmpty()) {
        m_reportingLabel->clear();
        return;
    }

    const Qt::Alignment right = Qt::AlignRight;
    const QStringList headers{tr("Asset"), tr("Balance"), tr("Available"), tr("On hold"), tr("Accounts")};
    for (int column = 0; column < headers.size(); ++column) {
        QLabel* label = gridLabel(headers.at(column), column == 0 ? Qt::AlignLeft : right, m_totalsBox);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        m_totalsGrid->addWidget(label, 0, column);
    }
    int row = 1;
    for (const BalanceTotals::AssetTotal& asset : m_totals.assets()) {
        QLabel* code = gridLabel(asset.currency, Qt::AlignLeft, m_totalsBox);
        code->setObjectName(u"totalAssetLabel_"_s + asset.currency);
        m_totalsGrid->addWidget(code, row, 0);
        QLabel* total = gridLabel(formatAmount(asset.total, asset.currency), right, m_totalsBox);
        total->setObjectName(u"totalLabel_"_s + asset.currency);
        m_totalsGrid->addWidget(total, row, 1);
        m_totalsGrid->addWidget(gridLabel(formatAmount(asset.available, asset.currency), right, m_totalsBox), row, 2);
        m_totalsGrid->addWidget(gridLabel(formatAmount(asset.onHold, asset.currency), right, m_totalsBox), row, 3);
        m_totalsGrid->addWidget(gridLabel(QLocale().toString(asset.accounts), right, m_totalsBox), row, 4);
        ++row;
    }
    m_totalsGrid->setColumnStretch(5, 1);

    QString reporting;
    if (m_reportingCurrency.isEmpty()) {
        reporting.clear();
    } else if (const auto& total = m_totals.reporting()) {
        reporting = tr("Total in %1: %2").arg(total->currency, formatAmount(total->amount, total->currency, true));
        if (!total->leftOut.isEmpty())
            reporting += u" "_s
                + tr("(not included: %1, for which the gateways give no %2 equivalent)")
                      .arg(QLocale().createSeparatedList(total->leftOut), total->currency);
    } else {
        reporting
            = tr("No total in %1: the gateways give no %1 equivalent for these balances.").arg(m_reportingCurrency);
    }
    if (m_totals.overflowed())
        reporting += u" "_s + tr("Some totals are too large to add up exactly.");
    m_reportingLabel->setText(reporting);
    m_reportingLabel->setVisible(!reporting.isEmpty());
}

} // namespace paydesk
