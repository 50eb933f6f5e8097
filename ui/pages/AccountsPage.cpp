#include "ui/pages/AccountsPage.h"

#include "core/domain/GatewayCapabilities.h"
#include "core/ledger/Ledger.h"
#include "models/AccountTableModel.h"
#include "ui/GatewayActions.h"
#include "ui/dialogs/AccountDialog.h"
#include "ui/pages/AccountModeDelegate.h"
#include "ui/widgets/ErrorBanner.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

QLabel* plainLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AccountsPage::AccountsPage(const Ledger& ledger, GatewayActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_actions(actions)
    , m_model(new AccountTableModel(ledger, this))
    , m_view(new QTableView(this))
    , m_errorBanner(new ErrorBanner(this))
    , m_emptyLabel(plainLabel(u"emptyLabel"_s, this))
    , m_testResultLabel(plainLabel(u"testResultLabel"_s, this))
    , m_detailsLabel(plainLabel(u"accountDetailsLabel"_s, this))
    , m_syncStateLabel(plainLabel(u"syncStateLabel"_s, this))
    , m_limitsLabel(plainLabel(u"limitsLabel"_s, this))
    , m_addButton(new QPushButton(tr("Add…"), this))
    , m_editButton(new QPushButton(tr("Edit…"), this))
    , m_testButton(new QPushButton(tr("Test"), this))
    , m_removeButton(new QPushButton(tr("Remove…"), this))
    , m_syncButton(new QPushButton(tr("Sync Now"), this))
{
    setObjectName(u"accountsPage"_s);

    auto* title = new QLabel(tr("Accounts"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_addButton->setObjectName(u"addAccountPushButton"_s);
    m_addButton->setToolTip(tr("Add a gateway account"));
    m_editButton->setObjectName(u"editAccountPushButton"_s);
    m_testButton->setObjectName(u"testAccountPushButton"_s);
    m_testButton->setToolTip(tr("Make a real authenticated call to check the account's keys"));
    m_removeButton->setObjectName(u"removeAccountPushButton"_s);
    m_syncButton->setObjectName(u"syncAccountPushButton"_s);
    m_syncButton->setToolTip(tr("Read the account's payments, balances and addresses from the gateway now"));
    connect(m_addButton, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_editButton, &QPushButton::clicked, this, &AccountsPage::editSelected);
    connect(m_testButton, &QPushButton::clicked, this, &AccountsPage::testSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsPage::removeSelected);
    connect(m_syncButton, &QPushButton::clicked, this, &AccountsPage::syncSelected);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    for (QPushButton* button : {m_addButton, m_editButton, m_testButton, m_removeButton, m_syncButton})
        header->addWidget(button);

    m_emptyLabel->setText(tr("No gateway accounts yet. Add one with its API keys from the gateway's dashboard; "
                             "start with a test account if the gateway offers one."));
    QPalette okPalette = m_testResultLabel->palette();
    okPalette.setColor(QPalette::WindowText, QColor(0x1e, 0x7e, 0x34));
    m_testResultLabel->setPalette(okPalette);
    m_testResultLabel->setVisible(false);

    m_view->setObjectName(u"accountsTableView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(AccountTableModel::ModeColumn, new AccountModeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    const int em = QFontMetrics(m_view->font()).horizontalAdvance(u"M"_s);
    m_view->setColumnWidth(AccountTableModel::NameColumn, em * 12);
    m_view->setColumnWidth(AccountTableModel::GatewayColumn,
        QFontMetrics(m_view->font()).horizontalAdvance(gatewayDisplayName(Gateway::BucksBus)) + 16);
    m_view->setColumnWidth(AccountTableModel::ModeColumn, em * 5);
    m_view->setColumnWidth(AccountTableModel::BaseUrlColumn, em * 22);
    m_view->setColumnWidth(AccountTableModel::MerchantIdColumn,
        QFontMetrics(m_view->font()).horizontalAdvance(u"8b03432e-385b-4670-8d06-064591096795"_s) + 16);
    connect(m_view, &QTableView::doubleClicked, this, &AccountsPage::editSelected);

    auto* details = new QGroupBox(tr("Selected account"), this);
    details->setObjectName(u"accountDetailsGroupBox"_s);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_detailsLabel);
    detailsLayout->addWidget(m_syncStateLabel);
    m_limitsLabel->setEnabled(false);
    detailsLayout->addWidget(m_limitsLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_testResultLabel);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(details);

    connect(&m_actions, &GatewayActions::accountsChanged, this, &AccountsPage::reload);
    connect(&m_actions, &GatewayActions::syncStarted, this, [this](const QString& accountId) {
        m_syncing.insert(accountId);
        updateDetails();
    });
    connect(&m_actions, &GatewayActions::syncFinished, this, [this](const SyncOutcome& outcome) {
        m_syncing.remove(outcome.accountId);
        updateDetails();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AccountsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AccountsPage::updateDetails);
    reload();
}

AccountsPage::~AccountsPage() = default;

void AccountsPage::reload()
{
    const auto loaded = m_model->reload();
    if (!loaded.ok())
        m_errorBanner->showMessage(tr("The accounts could not be read from the local ledger."), loaded.error().message);
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    if (!m_view->selectionModel()->hasSelection() && m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateDetails();
}

std::optional<Account> AccountsPage::currentAccount() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const Account* account = m_model->recordAt(rows.first().row());
    return account ? std::optional<Account>(*account) : std::nullopt;
}

bool AccountsPage::selectAccount(const QString& accountId)
{
    const int row = m_model->rowOfKey(accountId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    updateDetails();
    return true;
}

QString AccountsPage::syncStateText(const QString& accountId) const
{
    if (m_syncing.contains(accountId) || m_actions.isSyncing(accountId))
        return tr("Syncing now…");
    const auto states = m_ledger.syncStates(accountId);
    const SyncSummary sync = summarizeSyncStates(states.ok() ? states.value() : QList<SyncState>());
    if (!sync.lastAttempt.isValid())
        return tr("Never synced.");
    const QLocale locale;
    const QString when = locale.toString(sync.lastAttempt.toLocalTime(), QLocale::ShortFormat);
    if (sync.errors.isEmpty())
        return tr("Last sync %1: OK.").arg(when);
    QString text = tr("Last sync %1 failed: %2").arg(when, sync.errors.join(u' '));
    if (sync.lastSuccess.isValid() && sync.lastSuccess < sync.lastAttempt)
        text += u' '
            + tr("(last success %1)").arg(locale.toString(sync.lastSuccess.toLocalTime(), QLocale::ShortFormat));
    return text;
}

void AccountsPage::updateDetails()
{
    const std::optional<Account> account = currentAccount();
    for (QPushButton* button : {m_editButton, m_removeButton, m_syncButton})
        button->setEnabled(account.has_value());
    m_testButton->setEnabled(account && !m_testing.contains(account->id));
    m_testButton->setText(account && m_testing.contains(account->id) ? tr("Testing…") : tr("Test"));
    if (!account) {
        m_detailsLabel->setText(tr("No account selected."));
        m_syncStateLabel->clear();
        m_limitsLabel->clear();
        return;
    }
    m_syncButton->setEnabled(!m_syncing.contains(account->id));

    QStringList lines;
    lines << tr("%1 on %2, %3")
                 .arg(account->name, gatewayDisplayName(account->gateway),
                     account->liveMode ? tr("live: real payments") : tr("test mode"));
    lines << tr("API address: %1").arg(account->baseUrl.toString());
    if (!account->merchantId.isEmpty())
        lines << tr("Merchant ID: %1").arg(account->merchantId);
    m_detailsLabel->setText(lines.join(u'\n'));
    m_syncStateLabel->setText(syncStateText(account->id));

    QStringList limits;
    for (Capability capability : {Capability::Balances, Capability::DedicatedAddresses, Capability::Refund,
             Capability::CancelInvoice, Capability::ListInvoices}) {
        const QString reason = unsupportedReason(account->gateway, capability);
        if (!reason.isEmpty() && !limits.contains(reason))
            limits << reason;
    }
    m_limitsLabel->setText(limits.join(u'\n'));
    m_limitsLabel->setVisible(!limits.isEmpty());
}

void AccountsPage::addAccount()
{
    auto* dialog = new AccountDialog(m_actions, this);
    dialog->setClipboardClearSeconds(m_clipboardClearSeconds);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList names;
    for (const Account& account : m_model->records())
        names << account.name;
    dialog->setTakenNames(names);
    connect(dialog, &AccountDialog::accountSaved, this, [this](const Account& account) {
        reload();
        selectAccount(account.id);
        Q_EMIT statusMessage(tr("Added the account “%1”. Test it to check its keys.").arg(account.name));
    });
    dialog->open();
}

void AccountsPage::editSelected()
{
    const std::optional<Account> account = currentAccount();
    if (!account)
        return;
    auto* dialog = new AccountDialog(m_actions, this);
    dialog->setClipboardClearSeconds(m_clipboardClearSeconds);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList names;
    for (const Account& other : m_model->records()) {
        if (other.id != account->id)
            names << other.name;
    }
    dialog->setTakenNames(names);
    dialog->setAccount(*account);
    connect(dialog, &AccountDialog::accountSaved, this, [this](const Account& saved) {
        reload();
        selectAccount(saved.id);
        Q_EMIT statusMessage(tr("Saved the account “%1”.").arg(saved.name));
    });
    dialog->open();
}

void AccountsPage::testSelected()
{
    const std::optional<Account> account = currentAccount();
    if (!account || m_testing.contains(account->id))
        return;
    m_testing.insert(account->id);
    m_errorBanner->clear();
    m_testResultLabel->setVisible(false);
    updateDetails();
    m_actions.testAccount(account->id, this, [this, account = *account](const Result<void>& result) {
        m_testing.remove(account.id);
        if (result.ok()) {
            m_testResultLabel->setText(
                tr("✓ “%1” works: %2 accepted its keys.").arg(account.name, gatewayDisplayName(account.gateway)));
            m_testResultLabel->setVisible(true);
            m_errorBanner->clear();
        } else {
            m_testResultLabel->setVisible(false);
            m_errorBanner->showError(result.error(), account.name);
        }
        updateDetails();
    });
}

void AccountsPage::removeSelected()
{
    const std::optional<Account> account = currentAccount();
    if (!account)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove Account"),
        tr("Remove the account “%1”?").arg(account->name), QMessageBox::NoButton, this);
    box->setObjectName(u"confirmRemoveMessageBox"_s);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Paydesk forgets its payments, refunds, balances and addresses and deletes its "
                               "stored keys. Nothing changes at %1.")
                                .arg(gatewayDisplayName(account->gateway)));
    QPushButton* confirm = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmRemovePushButton"_s);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(confirm, &QPushButton::clicked, this, [this, account = *account] { remove(account); });
    box->open();
}

void AccountsPage::remove(const Account& account)
{
    m_errorBanner->clear();
    m_testResultLabel->setVisible(false);
    m_actions.removeAccount(account.id, this, [this, account](const Result<void>& result) {
        if (!result.ok()) {
            m_errorBanner->showError(result.error(), account.name);
            return;
        }
        reload();
        Q_EMIT statusMessage(tr("Removed the account “%1”.").arg(account.name));
    });
}

void AccountsPage::syncSelected()
{
    const std::optional<Account> account = currentAccount();
    if (!account || m_syncing.contains(account->id))
        return;
    m_actions.syncAccounts(account->id);
    updateDetails();
}

} // namespace paydesk
