#include "ui/MainWindow.h"

#include "core/Version.h"
#include "core/domain/GatewayCapabilities.h"
#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "core/settings/Settings.h"
#include "models/PaymentTableModel.h"
#include "ui/GatewayActions.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/NewInvoiceDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/notifications/NotificationText.h"
#include "ui/pages/AccountsPage.h"
#include "ui/pages/AddressesPage.h"
#include "ui/pages/BalancesPage.h"
#include "ui/pages/OverviewPage.h"
#include "ui/pages/PaymentsPage.h"
#include "ui/pages/RefundsPage.h"
#include "ui/pages/WelcomePage.h"
#include "ui/pages/WithdrawalsPage.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/SyncStatusWidget.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QKeySequence>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

MainWindow::MainWindow(Ledger& ledger, GatewayActions& actions, Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_ledger(ledger)
    , m_actions(actions)
    , m_settings(settings)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_dashboard(new QWidget(this))
    , m_syncStatus(new SyncStatusWidget(ledger, actions, this))
    , m_unsettled(new ErrorBanner(this))
    , m_syncTimer(new QTimer(this))
    , m_notificationTracker(QDateTime::currentDateTimeUtc())
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Paydesk"));
    setMinimumSize(800, 500);
    resize(1280, 800);

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMaximumWidth(150);
    m_navigation->setSpacing(2);
    auto* layout = new QHBoxLayout(m_dashboard);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    m_unsettled->setObjectName(u"unsettledBanner"_s);
    auto* pages = new QVBoxLayout;
    pages->setContentsMargins(0, 0, 0, 0);
    pages->addWidget(m_unsettled);
    pages->addWidget(m_stack, 1);
    layout->addLayout(pages, 1);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto* central = new QStackedWidget(this);
    central->setObjectName(u"centralStack"_s);
    central->addWidget(m_welcome);
    central->addWidget(m_dashboard);
    setCentralWidget(central);
    connect(m_welcome, &WelcomePage::trySandboxRequested, this, &MainWindow::trySandboxRequested);
    connect(m_welcome, &WelcomePage::addAccountRequested, this, [this, central] {
        central->setCurrentWidget(m_dashboard);
        showPage(Page::Accounts);
        m_accounts->addAccount();
    });

    createPages();
    createMenus();
    statusBar()->addPermanentWidget(m_syncStatus);

    // Sync now and then; the engine skips accounts still syncing.
    m_syncTimer->setInterval(std::chrono::seconds(m_settings.syncIntervalSeconds()));
    connect(m_syncTimer, &QTimer::timeout, &m_actions, [this] { m_actions.syncAccounts(); });
    m_syncTimer->start();

    connect(&m_actions, &GatewayActions::accountsChanged, this, &MainWindow::updateWelcome);
    updateWelcome();
    primeNotifications();
    connect(&m_actions, &GatewayActions::ledgerChanged, this, &MainWindow::notifyAbout);
    connect(&m_actions, &GatewayActions::syncFinished, this, &MainWindow::updateUnsettledBanner);
    connect(&m_actions, &GatewayActions::journalChanged, this, &MainWindow::updateUnsettledBanner);
    connect(&m_actions, &GatewayActions::accountsChanged, this, &MainWindow::updateUnsettledBanner);
    updateUnsettledBanner();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Paydesk"));
        m_tray->show();
    }
    restoreGeometry(m_settings.mainWindowGeometry());
    restoreState(m_settings.mainWindowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QString& title, QWidget* widget)
{
    widget->setObjectName(widget->objectName().isEmpty() ? title : widget->objectName());
    m_stack->addWidget(widget);
    m_navigation->addItem(title);
    m_pages.append(page);
    // As wide as the longest title in the current language ("Reembolsos", "Возвраты"), never clipped.
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 16);
}

void MainWindow::createPages()
{
    m_overview = new OverviewPage(m_ledger, m_actions, this);
    m_overview->setObjectName(u"overviewPage"_s);
    m_overview->setReportingCurrency(m_settings.reportingCurrency());
    m_overview->setAmountsHidden(m_settings.hideAmounts());
    addPage(Page::Overview, tr("Overview"), m_overview);

    m_payments = new PaymentsPage(m_ledger, m_ledger.path(), m_actions, this);
    m_payments->setObjectName(u"paymentsPage"_s);
    m_payments->restoreHeaderState(m_settings.headerState(u"payments"_s));
    connect(m_payments, &PaymentsPage::newInvoiceRequested, this, &MainWindow::newInvoice);
    addPage(Page::Payments, tr("Payments"), m_payments);

    m_refunds = new RefundsPage(m_ledger, m_actions, this);
    m_refunds->setObjectName(u"refundsPage"_s);
    m_refunds->restoreHeaderState(m_settings.headerState(u"refunds"_s));
    addPage(Page::Refunds, tr("Refunds"), m_refunds);

    m_withdrawals = new WithdrawalsPage(m_ledger, m_actions, this);
    m_withdrawals->restoreHeaderState(m_settings.headerState(u"withdrawals"_s));
    addPage(Page::Withdrawals, tr("Withdrawals"), m_withdrawals);

    m_balances = new BalancesPage(m_ledger, m_actions, this);
    m_balances->setObjectName(u"balancesPage"_s);
    m_balances->setReportingCurrency(m_settings.reportingCurrency());
    m_balances->setAmountsHidden(m_settings.hideAmounts());
    addPage(Page::Balances, tr("Balances"), m_balances);

    m_addresses = new AddressesPage(m_ledger, m_actions, this);
    m_addresses->setObjectName(u"addressesPage"_s);
    connect(m_addresses, &AddressesPage::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    addPage(Page::Addresses, tr("Addresses"), m_addresses);
    // A deposit and its address, one click apart.
    connect(m_payments, &PaymentsPage::addressRequested, this, [this](const QString& accountId, const QString& id) {
        showPage(Page::Addresses);
        if (!m_addresses->selectAddress(accountId, id))
            statusBar()->showMessage(tr("That address is not in the ledger yet: sync the account."), 5000);
    });
    connect(m_addresses, &AddressesPage::paymentRequested, this, [this](const QString& accountId, const QString& id) {
        showPage(Page::Payments);
        if (!m_payments->selectPayment(accountId, id))
            statusBar()->showMessage(tr("The payment is not shown: clear the Payments filter to see it."), 5000);
    });

    m_accounts = new AccountsPage(m_ledger, m_actions, this);
    m_accounts->setObjectName(u"accountsPage"_s);
    m_accounts->setClipboardClearSeconds(m_settings.clipboardClearSeconds());
    connect(m_accounts, &AccountsPage::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    addPage(Page::Accounts, tr("Accounts"), m_accounts);
}

void MainWindow::newInvoice()
{
    const auto accounts = m_ledger.accounts();
    QList<Account> usable;
    for (const Account& account : accounts.ok() ? accounts.value() : QList<Account>()) {
        if (hasCapability(account.gateway, Capability::CreateInvoice))
            usable.append(account);
    }
    if (usable.isEmpty()) {
        showPage(Page::Accounts);
        statusBar()->showMessage(tr("Add a gateway account first."), 5000);
        return;
    }
    auto* dialog = new NewInvoiceDialog(usable, m_actions, this);
    dialog->setConfirmAmountAbove(m_settings.confirmAmountAbove());
    // What each account's gateway accepts, as the last sync read it (a few rows per account).
    QHash<QString, QList<GatewayAsset>> accepted;
    for (const Account& account : std::as_const(usable)) {
        if (const auto assets = m_ledger.gatewayAssets(account.id); assets.ok())
            accepted.insert(account.id, assets.value());
    }
    dialog->setAcceptedAssets(accepted);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openExportDialog(ExportKind kind, const std::optional<PaymentQuery>& filter)
{
    auto* dialog = new ExportDialog(m_ledger.path(), m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKind(kind);
    dialog->setCurrentFilter(kind == ExportKind::Payments ? filter : std::nullopt);
    connect(dialog, &ExportDialog::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 10'000); });
    connect(dialog, &ExportDialog::exportFinished, this,
        [this](const ExportResult& result) { Q_EMIT exportFinished(result.ok()); });
    dialog->open();
}

void MainWindow::showPage(Page page)
{
    const auto index = m_pages.indexOf(page);
    if (index >= 0)
        m_navigation->setCurrentRow(static_cast<int>(index));
}

MainWindow::Page MainWindow::currentPage() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row) : Page::Overview;
}

void MainWindow::updateWelcome()
{
    const auto accounts = m_ledger.accounts();
    const bool none = accounts.ok() && accounts.value().isEmpty();
    auto* central = qobject_cast<QStackedWidget*>(centralWidget());
    central->setCurrentWidget(none ? static_cast<QWidget*>(m_welcome) : m_dashboard);
    if (!none && m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::showSandboxRunning(const QUrl& baseUrl)
{
    setWindowTitle(tr("Paydesk — sandbox"));
    statusBar()->showMessage(
        tr("Sandbox at %1: simulated gateways, demo accounts, nothing real is charged.").arg(baseUrl.toString()));
}

void MainWindow::updateUnsettledBanner()
{
    QList<JournalEntry> unsettled;
    if (const auto open = Journal::entries(m_ledger); open.ok()) {
        for (const JournalEntry& entry : open.value()) {
            if (entry.state == JournalState::Unknown)
                unsettled << entry;
        }
    }
    if (unsettled.isEmpty()) {
        m_unsettled->clear();
        return;
    }
    QHash<QString, QString> names;
    if (const auto accounts = m_ledger.accounts(); accounts.ok()) {
        for (const Account& account : accounts.value())
            names.insert(account.id, account.name);
    }
    QStringList lines;
    for (const JournalEntry& entry : std::as_const(unsettled)) {
        const QString summary = journalEntrySummary(entry);
        lines << tr("%1 · %2 %3 · since %4%5")
                     .arg(names.value(entry.accountId, entry.accountId), journalKindDisplayName(entry.kind),
                         entry.idempotencyKey, QLocale().toString(entry.created.toLocalTime(), QLocale::ShortFormat),
                         summary.isEmpty() ? QString() : QString(u" · "_s + summary));
    }
    lines << QString()
          << tr("Each sync looks them up at the gateway. If none can settle one, check the gateway's own dashboard, "
                "then decide with paydesk-cli journal settle KEY --found ID (it was created) or --not-sent (nothing "
                "was created).");
    m_unsettled->showMessage(tr("%n request(s) may have reached the gateway without an answer: their keys stay "
                                "blocked until they are settled.",
                                 nullptr, static_cast<int>(unsettled.size())),
        lines.join(u'\n'));
}

void MainWindow::showStartupWarning(const QString& message, const QString& details)
{
    // A fixed tool bar above the pages holds the banner (details in its tool tip); its holder shrinks to nothing when
    // the banner is dismissed.
    auto* bar = findChild<QToolBar*>(u"startupWarningBar"_s);
    if (!bar) {
        bar = new QToolBar(this);
        bar->setObjectName(u"startupWarningBar"_s);
        bar->setMovable(false);
        bar->setFloatable(false);
        bar->toggleViewAction()->setVisible(false);
        auto* holder = new QWidget(bar);
        holder->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto* layout = new QVBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* banner = new ErrorBanner(holder);
        banner->setObjectName(u"startupWarning"_s);
        layout->addWidget(banner);
        bar->addWidget(holder);
        addToolBar(Qt::TopToolBarArea, bar);
    }
    auto* banner = bar->findChild<ErrorBanner*>(u"startupWarning"_s);
    if (message.isEmpty()) {
        banner->clear();
    } else {
        banner->showMessage(message);
        banner->setToolTip(details);
        // A tool bar knows nothing of height-for-width: hold the banner at what it needs in the narrowest window.
        const int height = banner->heightForWidth(minimumWidth());
        if (height > 0)
            banner->parentWidget()->setMaximumHeight(height);
    }
    bar->setVisible(!message.isEmpty());
}

void MainWindow::notify(const QString& title, const QString& message)
{
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
    else
        statusBar()->showMessage(tr("%1: %2").arg(title, message), 10'000);
    Q_EMIT notificationShown(title, message);
}

void MainWindow::primeNotifications()
{
    PaymentQuery open;
    for (int status = 0; status <= int(PaymentStatus::Unknown); ++status) {
        if (NotificationTracker::isOpen(PaymentStatus(status)))
            open.statuses.append(PaymentStatus(status));
    }
    const auto payments = m_ledger.payments(open);
    const auto refunds = m_ledger.refunds();
    m_notificationTracker.prime(
        payments.ok() ? payments.value() : QList<Payment>(), refunds.ok() ? refunds.value() : QList<Refund>());
}

void MainWindow::notifyAbout(const LedgerChange& change)
{
    QList<NotificationEvent> events;
    const QStringList* batches[] = {&change.ids.inserted, &change.ids.changed};
    if (change.kind == LedgerChange::Kind::Payments) {
        QList<Payment> payments;
        for (const QStringList* ids : batches) {
            for (const QString& id : *ids) {
                if (auto payment = m_ledger.payment(change.accountId, id))
                    payments.append(std::move(payment.value()));
            }
        }
        events = m_notificationTracker.paymentsChanged(payments);
    } else if (change.kind == LedgerChange::Kind::Refunds) {
        const auto refunds = m_ledger.refunds({change.accountId});
        QList<Refund> touched;
        for (const Refund& refund : refunds.ok() ? refunds.value() : QList<Refund>()) {
            if (change.ids.inserted.contains(refund.id) || change.ids.changed.contains(refund.id))
                touched.append(refund);
        }
        events = m_notificationTracker.refundsChanged(touched);
    }
    for (const NotificationEvent& event : std::as_const(events)) {
        if (!m_settings.notificationEnabled(event.kind))
            continue;
        const auto account = m_ledger.account(event.accountId);
        notify(NotificationText::title(event.kind),
            NotificationText::message(event, account.ok() ? account.value().name : event.accountId));
    }
}

void MainWindow::showPreferences()
{
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsSaved, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::applySettings()
{
    m_syncTimer->setInterval(std::chrono::seconds(m_settings.syncIntervalSeconds()));
    m_balances->setReportingCurrency(m_settings.reportingCurrency());
    m_overview->setReportingCurrency(m_settings.reportingCurrency());
    m_accounts->setClipboardClearSeconds(m_settings.clipboardClearSeconds());
    Q_EMIT settingsChanged();
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newInvoice = fileMenu->addAction(tr("&New Invoice…"), this, &MainWindow::newInvoice);
    newInvoice->setObjectName(u"newInvoiceAction"_s);
    newInvoice->setShortcut(QKeySequence::New);
    // Export…: the dialog preset to the page shown; each page's "Export…" button opens it for that page.
    QAction* exportAction = fileMenu->addAction(tr("&Export…"), this, [this] {
        switch (currentPage()) {
        case Page::Refunds:
            return openExportDialog(ExportKind::Refunds);
        case Page::Balances:
            return openExportDialog(ExportKind::Balances);
        case Page::Addresses:
            return openExportDialog(ExportKind::Addresses);
        case Page::Payments:
            return openExportDialog(ExportKind::Payments, m_payments->currentQuery());
        case Page::Overview:
        case Page::Withdrawals:
        case Page::Accounts:
            break;
        }
        openExportDialog(ExportKind::Payments);
    });
    exportAction->setObjectName(u"exportAction"_s);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_payments, &PaymentsPage::exportRequested, this, &MainWindow::openExportDialog);
    connect(m_refunds, &RefundsPage::exportRequested, this, &MainWindow::openExportDialog);
    connect(m_balances, &BalancesPage::exportRequested, this, &MainWindow::openExportDialog);
    connect(m_addresses, &AddressesPage::exportRequested, this, &MainWindow::openExportDialog);
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* find = editMenu->addAction(tr("&Find Payments"), this, [this] {
        showPage(Page::Payments);
        m_payments->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* refreshSelected
        = editMenu->addAction(tr("&Refresh Selected Invoice"), m_payments, &PaymentsPage::refreshSelected);
    refreshSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    editMenu->addSeparator();
    QAction* preferences = editMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        QAction* action = viewMenu->addAction(
            m_navigation->item(static_cast<int>(i))->text(), this, [this, page = m_pages.at(i)] { showPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    viewMenu->addSeparator();
    QAction* hideAmounts = viewMenu->addAction(tr("&Hide Amounts"));
    hideAmounts->setObjectName(u"hideAmountsAction"_s);
    hideAmounts->setCheckable(true);
    hideAmounts->setChecked(m_settings.hideAmounts());
    hideAmounts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(hideAmounts, &QAction::toggled, this, [this](bool hide) {
        m_settings.setHideAmounts(hide);
        m_balances->setAmountsHidden(hide);
        m_overview->setAmountsHidden(hide);
        m_addresses->setAmountsHidden(hide);
        m_payments->model()->setAmountsHidden(hide);
    });

    QMenu* syncMenu = menuBar()->addMenu(tr("&Sync"));
    QAction* syncNow = syncMenu->addAction(tr("Sync &Now"), this, [this] { m_actions.syncAccounts(); });
    syncNow->setObjectName(u"syncNowAction"_s);
    syncNow->setShortcut(QKeySequence::Refresh);
    syncMenu->addAction(tr("&Cancel Sync"), &m_actions, &GatewayActions::cancelSync);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = helpMenu->addAction(tr("&About Paydesk"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setHeaderState(u"payments"_s, m_payments->headerState());
    m_settings.setHeaderState(u"refunds"_s, m_refunds->headerState());
    m_settings.setHeaderState(u"withdrawals"_s, m_withdrawals->headerState());
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Paydesk"),
        tr("<b>Paydesk %1</b><p>A desktop dashboard for crypto payment gateways: Crypto.com Pay, "
           "CryptoProcessing, Gateway v10.2 and Cryptomus.</p>")
            .arg(QStringLiteral(PAYDESK_VERSION_STRING).toHtmlEscaped()));
}

} // namespace paydesk
