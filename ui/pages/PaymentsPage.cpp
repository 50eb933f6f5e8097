#include "ui/pages/PaymentsPage.h"

#include "core/ledger/Ledger.h"
#include "models/ModelRoles.h"
#include "models/PaymentTableModel.h"
#include "ui/GatewayActions.h"
#include "ui/dialogs/RefundDialog.h"
#include "ui/pages/PaymentDetailPanel.h"
#include "ui/pages/PaymentFilterBar.h"

#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

constexpr quint32 kStateMagic = 0x50445031; // "PDP1"

} // namespace

PaymentsPage::PaymentsPage(const Ledger& ledger, const QString& ledgerPath, GatewayActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_actions(actions)
    , m_model(new PaymentTableModel(this))
    , m_filterBar(new PaymentFilterBar(this))
    , m_countLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTableView(m_splitter))
    , m_detail(new PaymentDetailPanel(ledger, actions, m_splitter))
{
    setObjectName(u"paymentsPage"_s);

    auto* newInvoice = new QPushButton(tr("New invoice…"), this);
    newInvoice->setObjectName(u"newInvoicePushButton"_s);
    connect(newInvoice, &QPushButton::clicked, this, &PaymentsPage::newInvoiceRequested);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(u"exportPushButton"_s);
    exportButton->setToolTip(tr("Export the payments of the current filter to CSV or JSON"));
    connect(exportButton, &QPushButton::clicked, this,
        [this] { Q_EMIT exportRequested(ExportKind::Payments, currentQuery()); });
    m_countLabel->setObjectName(u"paymentCountLabel"_s);

    m_view->setObjectName(u"paymentsTableView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultSectionSize(110);
    header->resizeSection(PaymentTableModel::CreatedColumn, 165);
    header->resizeSection(PaymentTableModel::AccountColumn, 140);
    header->resizeSection(PaymentTableModel::OrderIdColumn, 130);
    header->resizeSection(PaymentTableModel::DescriptionColumn, 160);
    header->resizeSection(PaymentTableModel::AmountColumn, 125);
    header->resizeSection(PaymentTableModel::CurrencyColumn, 70);
    header->resizeSection(PaymentTableModel::PayCurrencyColumn, 90);
    header->resizeSection(PaymentTableModel::StatusColumn, 90);
    header->resizeSection(PaymentTableModel::IdColumn, 250);
    // A lean default: the rest is one right click away (column chooser).
    for (int column : {PaymentTableModel::GatewayColumn, PaymentTableModel::NetworkColumn,
             PaymentTableModel::ExpiresColumn, PaymentTableModel::AddressColumn, PaymentTableModel::IdColumn,
             PaymentTableModel::PayAmountColumn, PaymentTableModel::PayCurrencyColumn})
        header->setSectionHidden(column, true);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true); // a header click calls m_model->sort(): key + index, no proxy
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &PaymentsPage::showColumnMenu);

    m_splitter->setObjectName(u"paymentsSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({880, 400});

    auto* top = new QHBoxLayout;
    top->addWidget(m_filterBar, 1);
    top->addWidget(m_countLabel);
    top->addWidget(exportButton);
    top->addWidget(newInvoice);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    connect(m_filterBar, &PaymentFilterBar::filterChanged, m_model, &PaymentTableModel::setFilter);
    connect(m_model, &PaymentTableModel::arranged, this, &PaymentsPage::updateCountLabel);
    connect(m_model, &PaymentTableModel::rowsInserted, this, &PaymentsPage::updateCountLabel);
    connect(m_model, &PaymentTableModel::rowsRemoved, this, &PaymentsPage::updateCountLabel);
    connect(m_model, &PaymentTableModel::modelReset, this, &PaymentsPage::updateCountLabel);
    connect(m_model, &PaymentTableModel::loadProgress, this, [this](qint64 read, qint64 total) {
        m_countLabel->setText(
            tr("Loading payments… %1 of %2").arg(QLocale().toString(read), QLocale().toString(total)));
    });
    connect(m_model, &PaymentTableModel::loadFinished, this, [this](bool ok) {
        if (ok)
            updateCountLabel();
        else
            m_countLabel->setText(tr("The payments could not be read from the ledger."));
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PaymentsPage::onCurrentRowChanged);
    connect(m_detail, &PaymentDetailPanel::refundRequested, this, &PaymentsPage::openRefundDialog);
    connect(m_detail, &PaymentDetailPanel::addressRequested, this, &PaymentsPage::addressRequested);
    connect(&m_actions, &GatewayActions::ledgerChanged, this, &PaymentsPage::onLedgerChanged);
    // A sync settles unknown outcomes, or finds new ones the journal recorded meanwhile: the "Outcome unknown" rows
    // follow (the journal announces no change of its own).
    connect(&m_actions, &GatewayActions::syncFinished, this,
        [this] { static_cast<void>(m_model->refreshUnknownOutcomes()); });
    connect(&m_actions, &GatewayActions::accountsChanged, this, &PaymentsPage::reloadAccounts);

    reloadAccounts();
    m_countLabel->setText(tr("Loading payments…"));
    m_model->load(ledgerPath);
}

PaymentsPage::~PaymentsPage()
{
    m_model->cancelLoad();
}

QByteArray PaymentsPage::headerState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kStateMagic << m_view->horizontalHeader()->saveState() << m_splitter->saveState();
    return state;
}

bool PaymentsPage::restoreHeaderState(const QByteArray& state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QByteArray headerState;
    QByteArray splitterState;
    in >> magic >> headerState >> splitterState;
    if (in.status() != QDataStream::Ok || magic != kStateMagic)
        return false;
    if (!m_view->horizontalHeader()->restoreState(headerState))
        return false;
    m_splitter->restoreState(splitterState);
    // Never leave every column hidden.
    QHeaderView* header = m_view->horizontalHeader();
    if (header->hiddenSectionCount() >= header->count())
        header->setSectionHidden(PaymentTableModel::CreatedColumn, false);
    return true;
}

bool PaymentsPage::hasSelectedPayment() const
{
    return m_detail->hasPayment();
}

Payment PaymentsPage::selectedPayment() const
{
    return m_detail->payment();
}

bool PaymentsPage::selectPayment(const QString& accountId, const QString& paymentId)
{
    const int row = m_model->rowOf(accountId, paymentId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

PaymentQuery PaymentsPage::currentQuery() const
{
    const PaymentFilter filter = m_model->filter();
    PaymentQuery query;
    query.accountIds = filter.accountIds();
    query.statuses = filter.statuses();
    query.currencies = filter.currencies();
    query.createdFrom = filter.createdFrom();
    query.createdTo = filter.createdTo();
    query.search = filter.text();
    return query;
}

void PaymentsPage::focusSearch()
{
    m_filterBar->focusSearch();
}

void PaymentsPage::refreshSelected()
{
    m_detail->refresh();
}

void PaymentsPage::reloadAccounts()
{
    const auto accounts = m_ledger.accounts();
    if (!accounts.ok())
        return;
    m_accountNames.clear();
    for (const Account& account : accounts.value())
        m_accountNames.insert(account.id, account.name);
    m_model->setAccountNames(m_accountNames);
    m_detail->setAccountNames(m_accountNames);
    m_filterBar->setAccounts(accounts.value());
}

void PaymentsPage::onLedgerChanged(const LedgerChange& change)
{
    if (change.kind == LedgerChange::Kind::Refunds) {
        if (m_detail->hasPayment() && m_detail->payment().accountId == change.accountId)
            m_detail->reloadRefunds();
        return;
    }
    if (change.kind != LedgerChange::Kind::Payments || change.isEmpty())
        return;
    QList<Payment> payments;
    for (const QStringList* ids : {&change.ids.inserted, &change.ids.changed}) {
        for (const QString& id : *ids) {
            auto payment = m_ledger.payment(change.accountId, id);
            if (payment.ok())
                payments.append(std::move(payment).value());
        }
    }
    m_model->applyPayments(payments);
    // A payment stored may settle an unknown outcome: its "Outcome unknown" row gives way (an error stays in the
    // model's lastError(), like a failed load's).
    static_cast<void>(m_model->refreshUnknownOutcomes());
    if (!m_detail->hasPayment())
        return;
    const Payment shown = m_detail->payment();
    for (const Payment& payment : std::as_const(payments)) {
        if (payment.accountId == shown.accountId && payment.id == shown.id)
            m_detail->setPayment(payment);
    }
}

void PaymentsPage::onCurrentRowChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return; // keep showing the last payment (a filter may hide its row for a moment)
    const QString accountId = current.data(AccountIdRole).toString();
    const QString id = current.data(IdRole).toString();
    auto payment = m_ledger.payment(accountId, id);
    if (payment.ok())
        m_detail->setPayment(payment.value());
    else
        m_detail->clear();
}

void PaymentsPage::showColumnMenu(const QPoint& position)
{
    QHeaderView* header = m_view->horizontalHeader();
    auto* menu = new QMenu(this);
    menu->setObjectName(u"columnChooserMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [header, column](bool shown) {
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return; // keep one column
            header->setSectionHidden(column, !shown);
        });
    }
    menu->popup(header->viewport()->mapToGlobal(position));
}

void PaymentsPage::openRefundDialog(const Payment& payment)
{
    auto* dialog = new RefundDialog(payment, m_accountNames.value(payment.accountId), m_actions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PaymentsPage::updateCountLabel()
{
    if (m_model->isLoading())
        return;
    const QLocale locale;
    const int shown = m_model->rowCount();
    const qsizetype total = m_model->totalRowCount();
    if (shown == total)
        m_countLabel->setText(tr("%Ln payment(s)", nullptr, shown));
    else
        m_countLabel->setText(tr("%1 of %Ln payment(s)", nullptr, int(total)).arg(locale.toString(shown)));
}

} // namespace paydesk
