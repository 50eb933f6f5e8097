#include "ui/pages/RefundsPage.h"

#include "models/RefundTableModel.h"
#include "ui/GatewayActions.h"
#include "ui/pages/RecordViewSetup.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

RefundsPage::RefundsPage(const Ledger& ledger, GatewayActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_model(new RefundTableModel(ledger, this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"refundsPage"_s);
    m_status->setObjectName(u"refundsStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);

    m_view->setObjectName(u"refundsTableView"_s);
    m_view->setModel(m_model);
    setUpRecordView(*m_view);
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(RefundTableModel::CreatedColumn, 140);
    header->resizeSection(RefundTableModel::PaymentIdColumn, 240);
    header->resizeSection(RefundTableModel::AddressColumn, 240);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);

    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(u"exportPushButton"_s);
    exportButton->setToolTip(tr("Export the refunds to CSV or JSON"));
    connect(exportButton, &QPushButton::clicked, this,
        [this] { Q_EMIT exportRequested(ExportKind::Refunds, std::nullopt); });
    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(&actions, &GatewayActions::ledgerChanged, this, &RefundsPage::onLedgerChanged);
    connect(&actions, &GatewayActions::accountsChanged, this, &RefundsPage::reload);
    // A sync settles unknown outcomes, or finds new ones the journal recorded meanwhile: the "Outcome unknown" rows
    // follow (the journal announces no change of its own).
    connect(&actions, &GatewayActions::syncFinished, this, &RefundsPage::reload);
    reload();
}

RefundsPage::~RefundsPage() = default;

QByteArray RefundsPage::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

bool RefundsPage::restoreHeaderState(const QByteArray& state)
{
    return m_view->horizontalHeader()->restoreState(state);
}

void RefundsPage::reload()
{
    const LedgerResult<void> result = m_model->reload();
    if (!result.ok()) {
        m_status->setText(tr("The refunds could not be read from the ledger."));
        return;
    }
    const int count = m_model->rowCount();
    m_status->setText(count == 0 ? tr("No refunds yet. Refund a payment from its details on the Payments page.")
                                 : tr("%Ln refund(s)", nullptr, count));
}

void RefundsPage::onLedgerChanged(const LedgerChange& change)
{
    if (change.kind == LedgerChange::Kind::Refunds && !change.isEmpty())
        reload();
}

} // namespace paydesk
