#include "ui/pages/WithdrawalsPage.h"

#include "core/domain/BlockExplorer.h"
#include "models/StatusText.h"
#include "models/WithdrawalTableModel.h"
#include "ui/GatewayActions.h"
#include "ui/pages/RecordViewSetup.h"
#include "ui/widgets/WrapAnywhereLabel.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

WithdrawalsPage::WithdrawalsPage(const Ledger& ledger, GatewayActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_model(new WithdrawalTableModel(ledger, this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_details(new WrapAnywhereLabel(this))
    , m_explorerButton(new QPushButton(tr("Open in Block Explorer"), this))
{
    setObjectName(u"withdrawalsPage"_s);
    m_status->setObjectName(u"withdrawalsStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_view->setObjectName(u"withdrawalsTableView"_s);
    m_view->setModel(m_model);
    setUpRecordView(*m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics metrics(m_view->font());
    const auto fit = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 16; };
    header->resizeSection(WithdrawalTableModel::CreatedColumn,
        fit(QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat)));
    header->resizeSection(WithdrawalTableModel::AddressColumn, fit(u"TJYeasTPa6gpEEfYqGZC8eJ6HBM9bYh1bY"_s));
    // The account names its gateway, and the details give the rest: room for amount, status and address.
    m_view->setColumnHidden(WithdrawalTableModel::GatewayColumn, true);
    m_view->setColumnHidden(WithdrawalTableModel::UpdatedColumn, true);
    m_view->setColumnHidden(WithdrawalTableModel::IdColumn, true);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);

    auto* details = new QWidget(this);
    details->setObjectName(u"withdrawalDetailsWidget"_s);
    m_details->setObjectName(u"withdrawalDetailsLabel"_s);
    m_explorerButton->setObjectName(u"openExplorerPushButton"_s);
    m_explorerButton->setToolTip(tr("Open the withdrawal's blockchain transaction in a web browser"));
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(8, 0, 0, 0);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(m_explorerButton, 0, Qt::AlignLeft);
    detailsLayout->addStretch(1);
    details->setMinimumWidth(260);
    details->setMaximumWidth(380);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"withdrawalsSplitter"_s);
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_explorerButton, &QPushButton::clicked, this, [this] {
        if (m_explorerUrl.isValid())
            QDesktopServices::openUrl(m_explorerUrl);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WithdrawalsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WithdrawalsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WithdrawalsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &WithdrawalsPage::updateDetails);
    connect(&actions, &GatewayActions::ledgerChanged, this, &WithdrawalsPage::onLedgerChanged);
    connect(&actions, &GatewayActions::accountsChanged, this, &WithdrawalsPage::reload);
    reload();
}

WithdrawalsPage::~WithdrawalsPage() = default;

QByteArray WithdrawalsPage::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

bool WithdrawalsPage::restoreHeaderState(const QByteArray& state)
{
    return m_view->horizontalHeader()->restoreState(state);
}

void WithdrawalsPage::reload()
{
    const LedgerResult<void> result = m_model->reload();
    if (!result.ok()) {
        m_status->setText(tr("The withdrawals could not be read from the ledger."));
        return;
    }
    const int count = m_model->rowCount();
    m_status->setText(count == 0
            ? tr("No withdrawals yet. Withdrawals and payouts sent with paydesk-cli appear here, and every sync "
                 "follows them until they are sent or cancelled.")
            : tr("%Ln withdrawal(s)", nullptr, count));
    updateDetails();
}

void WithdrawalsPage::onLedgerChanged(const LedgerChange& change)
{
    if (change.kind == LedgerChange::Kind::Withdrawals && !change.isEmpty())
        reload();
}

void WithdrawalsPage::updateDetails()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const Withdrawal* withdrawal = current.isValid() ? m_model->recordAt(current.row()) : nullptr;
    if (!withdrawal) {
        m_explorerUrl = {};
        m_details->setText(tr("Select a withdrawal to see it whole."));
        m_explorerButton->setVisible(false);
        return;
    }
    const QLocale locale;
    const auto time = [&locale](const QDateTime& when) {
        return when.isValid() ? locale.toString(when.toLocalTime(), QLocale::ShortFormat) : tr("not told");
    };
    const QString account = m_model->index(current.row(), WithdrawalTableModel::AccountColumn).data().toString();
    QStringList facts;
    facts << tr("Withdrawal %1").arg(withdrawal->id);
    facts << tr("Account: %1 (%2)").arg(account, gatewayDisplayName(withdrawal->gateway));
    facts << tr("Amount: %1 %2")
                 .arg(m_model->index(current.row(), WithdrawalTableModel::AmountColumn).data().toString(),
                     withdrawal->amount.currency);
    const QString fee = m_model->index(current.row(), WithdrawalTableModel::FeeColumn).data().toString();
    facts << tr("Fee: %1").arg(fee.isEmpty() ? tr("not told by the gateway") : fee);
    facts << tr("Status: %1 (%2 at the gateway)").arg(StatusText::transfer(withdrawal->status), withdrawal->rawStatus);
    facts << tr("To: %1").arg(withdrawal->address);
    if (!withdrawal->network.isEmpty())
        facts << tr("Network: %1").arg(withdrawal->network);
    if (!withdrawal->tag.isEmpty())
        facts << tr("Memo / tag: %1").arg(withdrawal->tag);
    facts << tr("Transaction: %1")
                 .arg(withdrawal->txHash.isEmpty()
                         ? (isFinal(withdrawal->status) ? tr("not told by the gateway") : tr("not sent yet"))
                         : withdrawal->txHash);
    if (!withdrawal->foreignId.isEmpty())
        facts << tr("Sent under key: %1").arg(withdrawal->foreignId);
    facts << tr("Created: %1").arg(time(withdrawal->created));
    facts << tr("Updated: %1").arg(time(withdrawal->updated));
    m_details->setText(facts.join(u'\n'));
    m_explorerUrl = blockExplorerTransactionUrl(withdrawal->network, withdrawal->amount.currency, withdrawal->txHash);
    m_explorerButton->setVisible(m_explorerUrl.isValid());
}

} // namespace paydesk
