#include "ui/pages/AddressesPage.h"

#include "core/domain/GatewayCapabilities.h"
#include "core/ledger/Ledger.h"
#include "models/AddressTableModel.h"
#include "models/AmountFormatter.h"
#include "models/StatusText.h"
#include "ui/GatewayActions.h"
#include "ui/dialogs/AddressDialog.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/QrCodeView.h"
#include "ui/widgets/WrapAnywhereLabel.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

// What the gateway calls taking an address out of use.
QString releaseVerb(Gateway gateway)
{
    return gateway == Gateway::Cryptomus ? AddressesPage::tr("Block") : AddressesPage::tr("Release");
}

// The deposits listed in the details; the Payments page shows them all.
constexpr int kDepositsShown = 200;

QString keyOf(const QString& accountId, const QString& addressId)
{
    return accountId + QChar(u'\x1f') + addressId;
}

} // namespace

AddressesPage::AddressesPage(const Ledger& ledger, GatewayActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_actions(actions)
    , m_model(new AddressTableModel(ledger, this))
    , m_view(new QTableView(this))
    , m_errorBanner(new ErrorBanner(this))
    , m_emptyLabel(new QLabel(this))
    , m_createButton(new QPushButton(tr("Create…"), this))
    , m_releaseButton(new QPushButton(tr("Release…"), this))
    , m_copyButton(new QPushButton(tr("Copy Address"), this))
    , m_printSheetButton(new QPushButton(tr("Print QR Sheet…"), this))
    , m_saveSheetButton(new QPushButton(tr("Save QR Sheet as PDF…"), this))
    , m_qrView(new QrCodeView(this))
    , m_addressLabel(new WrapAnywhereLabel(this))
    , m_detailsLabel(new WrapAnywhereLabel(this))
    , m_tagLabel(new WrapAnywhereLabel(this))
    , m_releaseNoteLabel(new QLabel(this))
    , m_depositsLabel(new QLabel(this))
    , m_deposits(new QTreeWidget(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(u"addressesPage"_s);

    auto* title = new QLabel(tr("Addresses"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_createButton->setObjectName(u"createAddressPushButton"_s);
    m_createButton->setToolTip(tr("Create a dedicated deposit address on an account"));
    m_releaseButton->setObjectName(u"releaseAddressPushButton"_s);
    m_copyButton->setObjectName(u"copyAddressPushButton"_s);
    connect(m_createButton, &QPushButton::clicked, this, &AddressesPage::createAddress);
    connect(m_releaseButton, &QPushButton::clicked, this, &AddressesPage::releaseSelected);
    connect(m_copyButton, &QPushButton::clicked, this, &AddressesPage::copySelectedAddress);
    m_printSheetButton->setObjectName(u"printQrSheetPushButton"_s);
    m_printSheetButton->setToolTip(tr("Print the QR codes of the selected addresses, six to a page"));
    m_saveSheetButton->setObjectName(u"saveQrSheetPdfPushButton"_s);
    m_saveSheetButton->setToolTip(tr("Save the QR codes of the selected addresses as a PDF file"));
    connect(m_printSheetButton, &QPushButton::clicked, this, &AddressesPage::printQrSheet);
    connect(m_saveSheetButton, &QPushButton::clicked, this, &AddressesPage::chooseQrSheetPdf);

    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(u"exportPushButton"_s);
    exportButton->setToolTip(tr("Export the dedicated addresses to CSV or JSON"));
    connect(exportButton, &QPushButton::clicked, this,
        [this] { Q_EMIT exportRequested(ExportKind::Addresses, std::nullopt); });
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_printSheetButton);
    header->addWidget(m_saveSheetButton);
    header->addWidget(m_createButton);
    header->addWidget(m_releaseButton);
    header->addWidget(exportButton);

    m_emptyLabel->setObjectName(u"emptyLabel"_s);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No dedicated addresses yet. Create one to give a customer an address of their own; "
                             "payments to it are credited to your account."));

    m_view->setObjectName(u"addressesTableView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several addresses at once for the QR sheet (Ctrl / Shift click).
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AddressTableModel::CreatedColumn, Qt::DescendingOrder);
    // The account names its gateway (and the details say it): the Gateway column starts hidden to leave room for
    // the address.
    m_view->setColumnHidden(AddressTableModel::IdColumn, true);
    m_view->setColumnHidden(AddressTableModel::GatewayColumn, true);
    const QFontMetrics metrics(m_view->font());
    const auto fit = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 16; };
    const QLocale locale;
    m_view->setColumnWidth(AddressTableModel::CreatedColumn,
        fit(locale.toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat)));
    m_view->setColumnWidth(AddressTableModel::AccountColumn, fit(u"shop-eu-main"_s));
    m_view->setColumnWidth(AddressTableModel::CurrencyColumn, fit(u"USDT"_s));
    m_view->setColumnWidth(AddressTableModel::NetworkColumn, fit(u"Network"_s));
    m_view->setColumnWidth(AddressTableModel::AddressColumn, fit(u"TJYeasTPa6gpEEfYqGZC8eJ6HBM9bYh1bY"_s));
    m_view->setColumnWidth(AddressTableModel::TagColumn, fit(u"Tag"_s));
    m_view->setColumnWidth(AddressTableModel::LabelColumn, fit(u"Label"_s));
    m_view->setColumnWidth(AddressTableModel::CustomerReferenceColumn, fit(u"Customer reference"_s));
    m_view->setColumnWidth(AddressTableModel::DepositsColumn,
        fit(m_model->headerData(AddressTableModel::DepositsColumn, Qt::Horizontal, Qt::DisplayRole).toString()));
    m_view->setColumnWidth(AddressTableModel::ReceivedColumn, fit(u"0.00123456 BTC"_s));
    m_view->setColumnWidth(AddressTableModel::LastActivityColumn,
        fit(locale.toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat)));

    // The detail panel: QR of the selected address, the address in a fixed-width font, its memo, its facts.
    auto* details = new QWidget(this);
    details->setObjectName(u"addressDetailsWidget"_s);
    m_qrView->setObjectName(u"addressQrCodeView"_s);
    m_qrView->setMinimumSize(220, 220);
    // The address wraps inside itself where the panel is narrow: never cut (Copy Address copies it whole).
    m_addressLabel->setObjectName(u"addressLabel"_s);
    m_addressLabel->setAlignment(Qt::AlignCenter);
    m_addressLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tagLabel->setObjectName(u"tagLabel"_s);
    m_tagLabel->setAlignment(Qt::AlignCenter);
    m_detailsLabel->setObjectName(u"addressDetailsLabel"_s);
    m_releaseNoteLabel->setObjectName(u"releaseNoteLabel"_s);
    m_releaseNoteLabel->setTextFormat(Qt::PlainText);
    m_releaseNoteLabel->setWordWrap(true);
    m_releaseNoteLabel->setEnabled(false);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(8, 0, 0, 0);
    detailsLayout->addWidget(m_qrView, 0, Qt::AlignHCenter);
    detailsLayout->addWidget(m_addressLabel);
    detailsLayout->addWidget(m_tagLabel);
    detailsLayout->addWidget(m_copyButton, 0, Qt::AlignHCenter);
    detailsLayout->addSpacing(8);
    detailsLayout->addWidget(m_detailsLabel);
    detailsLayout->addWidget(m_releaseNoteLabel);
    detailsLayout->addSpacing(8);
    m_depositsLabel->setObjectName(u"depositsLabel"_s);
    m_depositsLabel->setTextFormat(Qt::PlainText);
    m_depositsLabel->setWordWrap(true);
    m_deposits->setObjectName(u"depositsTreeWidget"_s);
    m_deposits->setRootIsDecorated(false);
    m_deposits->setUniformRowHeights(true);
    m_deposits->setHeaderLabels({tr("Time"), tr("Amount"), tr("Status")});
    // The time gives way first (elided, whole in its tooltip); amount and status are always whole.
    m_deposits->header()->setStretchLastSection(false);
    m_deposits->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_deposits->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_deposits->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_deposits->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_deposits->setToolTip(tr("Double-click a deposit to open it on the Payments page"));
    connect(m_deposits, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const auto address = currentAddress())
            Q_EMIT paymentRequested(address->accountId, item->data(0, Qt::UserRole).toString());
    });
    detailsLayout->addWidget(m_depositsLabel);
    detailsLayout->addWidget(m_deposits, 1);
    // Takes the room while the deposits list is hidden (an address with none), so the details stay at the top.
    detailsLayout->addStretch(0);

    auto* tableSide = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_emptyLabel);
    tableLayout->addWidget(m_view, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"addressesSplitter"_s);
    splitter->addWidget(tableSide);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    details->setMinimumWidth(260);
    details->setMaximumWidth(360);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_errorBanner);
    layout->addWidget(splitter, 1);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &AddressesPage::reload);
    connect(&m_actions, &GatewayActions::ledgerChanged, this, &AddressesPage::onLedgerChanged);
    connect(&m_actions, &GatewayActions::accountsChanged, this, &AddressesPage::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AddressesPage::updateDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AddressesPage::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AddressesPage::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AddressesPage::updateDetails);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &AddressesPage::updateDetails);
    reload();
}

AddressesPage::~AddressesPage() = default;

void AddressesPage::reload()
{
    m_reloadTimer->stop();
    m_stale = false;
    const auto loaded = m_model->reload();
    if (!loaded.ok())
        m_errorBanner->showMessage(
            tr("The addresses could not be read from the local ledger."), loaded.error().message);
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    if (!m_view->selectionModel()->hasSelection() && m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateDetails();
}

void AddressesPage::onLedgerChanged(const LedgerChange& change)
{
    if (change.kind == LedgerChange::Kind::DedicatedAddresses) {
        reload();
    } else if (change.kind == LedgerChange::Kind::Payments) {
        // Deposits: what the addresses received may have changed.
        m_stale = true;
        if (isVisible())
            m_reloadTimer->start();
    }
}

void AddressesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

int AddressesPage::currentRow() const
{
    const QItemSelectionModel* selection = m_view->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), QModelIndex()))
        return current.row();
    const QModelIndexList rows = selection->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

std::optional<DedicatedAddress> AddressesPage::currentAddress() const
{
    const int row = currentRow();
    const DedicatedAddress* address = row < 0 ? nullptr : m_model->recordAt(row);
    return address ? std::optional<DedicatedAddress>(*address) : std::nullopt;
}

QList<DedicatedAddress> AddressesPage::selectedAddresses() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<DedicatedAddress> addresses;
    for (const int row : rows) {
        if (const DedicatedAddress* address = m_model->recordAt(row))
            addresses.append(*address);
    }
    return addresses;
}

AddressQrSheet AddressesPage::qrSheet() const
{
    return AddressQrSheet(selectedAddresses());
}

bool AddressesPage::saveQrSheetPdf(const QString& path)
{
    const AddressQrSheet sheet = qrSheet();
    if (sheet.addresses().isEmpty())
        return false;
    // The paper the user last printed on, else A4.
    const QPageSize pageSize = m_printer ? m_printer->pageLayout().pageSize() : QPageSize(QPageSize::A4);
    QString error;
    if (!sheet.writePdf(path, &error, pageSize)) {
        m_errorBanner->showMessage(tr("The QR sheet could not be saved."), error);
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void AddressesPage::printQrSheet()
{
    auto sheet = std::make_shared<AddressQrSheet>(qrSheet());
    if (sheet->addresses().isEmpty())
        return;
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    PrintSheet::print(sheet, m_printer.get(), this);
}

void AddressesPage::chooseQrSheetPdf()
{
    if (!m_view->selectionModel()->hasSelection())
        return;
    auto* dialog = new QFileDialog(this, tr("Save QR Sheet as PDF"));
    dialog->setObjectName(u"saveQrSheetFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    dialog->setDefaultSuffix(u"pdf"_s);
    dialog->selectFile(tr("deposit-addresses") + u".pdf"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { saveQrSheetPdf(path); });
    dialog->open();
}

bool AddressesPage::selectAddress(const QString& accountId, const QString& addressId)
{
    const int row = m_model->rowOfKey(keyOf(accountId, addressId));
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    updateDetails();
    return true;
}

void AddressesPage::updateDetails()
{
    const std::optional<DedicatedAddress> address = currentAddress();
    m_copyButton->setEnabled(address.has_value());
    const bool anySelected = m_view->selectionModel()->hasSelection();
    m_printSheetButton->setEnabled(anySelected);
    m_saveSheetButton->setEnabled(anySelected);
    if (!address) {
        m_qrView->setText({});
        m_addressLabel->clear();
        m_tagLabel->clear();
        m_tagLabel->setVisible(false);
        m_detailsLabel->clear();
        m_releaseNoteLabel->clear();
        m_releaseButton->setEnabled(false);
        m_releaseButton->setToolTip({});
        m_depositsLabel->clear();
        m_deposits->clear();
        m_depositsShownFor.clear();
        return;
    }
    // A static address takes any amount: its code is the bare address (PaymentUri without an amount).
    m_qrView->setText(address->address);
    m_addressLabel->setText(address->address);
    m_tagLabel->setVisible(!address->tag.isEmpty());
    m_tagLabel->setText(address->tag.isEmpty()
            ? QString()
            : tr("Memo / tag: %1\nThe payer must enter it too, or the deposit is not credited.").arg(address->tag));

    QStringList facts;
    const QString account = m_model->index(currentRow(), AddressTableModel::AccountColumn).data().toString();
    facts << tr("Account: %1 (%2)").arg(account, gatewayDisplayName(address->gateway));
    facts << (address->network.isEmpty() ? tr("Asset: %1").arg(address->currency)
                                         : tr("Asset: %1 on %2").arg(address->currency, address->network));
    if (!address->label.isEmpty())
        facts << tr("Label: %1").arg(address->label);
    if (!address->customerReference.isEmpty())
        facts << tr("Customer reference: %1").arg(address->customerReference);
    facts << tr("Status: %1").arg(StatusText::address(address->status));
    m_detailsLabel->setText(facts.join(u'\n'));

    m_releaseButton->setText(address->gateway == Gateway::Cryptomus ? tr("Block…") : tr("Release…"));
    const QString unsupported = unsupportedReason(address->gateway, Capability::ReleaseAddress);
    const bool releasing = m_releasing == keyOf(address->accountId, address->id);
    if (!unsupported.isEmpty()) {
        m_releaseButton->setEnabled(false);
        m_releaseButton->setToolTip(unsupported);
        m_releaseNoteLabel->setText(unsupported);
    } else if (address->status == AddressStatus::Released) {
        m_releaseButton->setEnabled(false);
        m_releaseButton->setToolTip(tr("This address is no longer in use."));
        m_releaseNoteLabel->setText(tr("No longer credited to you: payments sent to it now are not yours to keep."));
    } else {
        m_releaseButton->setEnabled(!releasing);
        m_releaseButton->setToolTip(tr("Stop using this address: later payments to it are no longer credited"));
        m_releaseNoteLabel->clear();
    }
    m_releaseNoteLabel->setVisible(!m_releaseNoteLabel->text().isEmpty());
    showDeposits(*address);
}

void AddressesPage::showDeposits(const DedicatedAddress& address)
{
    const AddressActivity activity = m_model->activityAt(currentRow());
    // A selection change signals more than once: the list is read again only when the address or what it received
    // changed (its activity changes with every deposit stored).
    const QString key = keyOf(address.accountId, address.id);
    if (key == m_depositsShownFor && activity == m_depositsShownActivity)
        return;
    m_depositsShownFor = key;
    m_depositsShownActivity = activity;
    m_deposits->clear();
    if (activity.deposits == 0) {
        m_depositsLabel->setText(tr("No deposits seen yet. Deposits appear after a sync."));
        m_deposits->setVisible(false);
        return;
    }
    QStringList summary;
    summary
        << tr("Deposits: %1").arg(m_model->index(currentRow(), AddressTableModel::DepositsColumn).data().toString());
    const QString received = m_model->index(currentRow(), AddressTableModel::ReceivedColumn).data().toString();
    if (!received.isEmpty())
        summary << tr("Received: %1").arg(received);
    summary << tr("Last activity: %1")
                   .arg(m_model->index(currentRow(), AddressTableModel::LastActivityColumn).data().toString());
    m_depositsLabel->setText(summary.join(u'\n'));
    // The newest deposits of this one address (an indexed read of its own rows, when the selection changes).
    PaymentQuery query;
    query.accountIds = {address.accountId};
    query.addressId = address.id;
    query.limit = kDepositsShown;
    const auto deposits = m_ledger.payments(query);
    if (!deposits.ok()) {
        m_errorBanner->showMessage(
            tr("The deposits could not be read from the local ledger."), deposits.error().message);
        return;
    }
    const QLocale locale;
    const AmountFormatter formatter(locale);
    for (const Payment& deposit : deposits.value()) {
        const Money& amount = deposit.paid.isValid() ? deposit.paid : deposit.amount;
        auto* item = new QTreeWidgetItem(m_deposits,
            {deposit.created.isValid() ? locale.toString(deposit.created.toLocalTime(), QLocale::ShortFormat)
                                       : QString(),
                m_model->amountsHidden()
                    ? u"•••"_s
                    : formatter.formatWithCurrency(amount.amount,
                        AmountFormatter::displayPrecision(amount.amount, amount.currency), amount.currency),
                StatusText::payment(deposit.status)});
        item->setData(0, Qt::UserRole, deposit.id);
        item->setToolTip(0, item->text(0));
        item->setToolTip(2, deposit.rawStatus);
    }
    if (activity.deposits > deposits.value().size())
        m_depositsLabel->setText(m_depositsLabel->text() + u'\n'
            + tr("The newest %1 are listed; the Payments page shows them all (search for the address).")
                  .arg(deposits.value().size()));
    m_deposits->setVisible(true);
}

void AddressesPage::createAddress()
{
    QList<Account> accounts;
    if (const auto loaded = m_ledger.accounts(); loaded.ok())
        accounts = loaded.value();
    auto* dialog = new AddressDialog(m_actions, accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What each account's gateway accepts, as the last sync read it (a few rows per account).
    QHash<QString, QList<GatewayAsset>> accepted;
    for (const Account& account : std::as_const(accounts)) {
        if (const auto assets = m_ledger.gatewayAssets(account.id); assets.ok())
            accepted.insert(account.id, assets.value());
    }
    dialog->setAcceptedAssets(accepted);
    if (const auto address = currentAddress())
        dialog->setAccount(address->accountId);
    connect(dialog, &AddressDialog::addressCreated, this, [this](const DedicatedAddress& address) {
        reload();
        selectAddress(address.accountId, address.id);
        Q_EMIT statusMessage(tr("Address %1 created.").arg(address.address));
    });
    dialog->open();
}

void AddressesPage::releaseSelected()
{
    const std::optional<DedicatedAddress> address = currentAddress();
    if (!address || !hasCapability(address->gateway, Capability::ReleaseAddress)
        || address->status == AddressStatus::Released)
        return;
    const QString verb = releaseVerb(address->gateway);
    // Whole sentences per verb: translations conjugate and place the verb themselves.
    const bool blocks = address->gateway == Gateway::Cryptomus;
    auto* box = new QMessageBox(QMessageBox::Warning, blocks ? tr("Block Address") : tr("Release Address"),
        (blocks ? tr("Block the %1 address %2?") : tr("Release the %1 address %2?"))
            .arg(address->currency, address->address),
        QMessageBox::NoButton, this);
    box->setObjectName(u"confirmReleaseMessageBox"_s);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Payments sent to it afterwards are no longer credited to your account. This cannot "
                               "be undone."));
    QPushButton* confirm = box->addButton(verb, QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmReleasePushButton"_s);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(confirm, &QPushButton::clicked, this, [this, address = *address] { release(address); });
    box->open();
}

void AddressesPage::release(const DedicatedAddress& address)
{
    m_releasing = keyOf(address.accountId, address.id);
    m_errorBanner->clear();
    updateDetails();
    QString accountName = address.accountId;
    if (const auto account = m_ledger.account(address.accountId); account.ok())
        accountName = account.value().name;
    m_actions.releaseAddress(address, this, [this, accountName](const Result<DedicatedAddress>& result) {
        m_releasing.clear();
        if (!result.ok()) {
            m_errorBanner->showError(result.error(), accountName);
            updateDetails();
            return;
        }
        reload();
        Q_EMIT statusMessage(tr("Address %1 is no longer in use.").arg(result.value().address));
    });
}

void AddressesPage::copySelectedAddress()
{
    const std::optional<DedicatedAddress> address = currentAddress();
    if (!address)
        return;
    // A payment address is not a secret: it stays on the clipboard (STYLE.md c.8).
    QGuiApplication::clipboard()->setText(address->address);
    Q_EMIT statusMessage(tr("Address copied."));
}

void AddressesPage::setAmountsHidden(bool hidden)
{
    m_model->setAmountsHidden(hidden);
    m_depositsShownFor.clear(); // the amounts in the list are shown again, hidden or not
    updateDetails();
}

} // namespace paydesk
