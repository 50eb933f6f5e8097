#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "core/settings/Settings.h"
#include "tests/support/DashboardFixture.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/pages/OverviewPage.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/SyncStatusWidget.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// The main window on the offscreen platform with the real GatewayActions on the in-process sandbox: the welcome
// page without accounts, the pages and menus with them, the sync state in the status bar, geometry kept in
// Settings. Screenshots go to the build directory (screenshots/*.png) to be looked at.
class TstMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void welcomeWithoutAccounts();
    void dashboardWithAccountsAndSync();
    void geometryIsKept();
    void screenshotsOfEachPage();
    void unsettledRequestsBanner();

private:
    std::unique_ptr<test::DashboardFixture> m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_storage;
    std::unique_ptr<Settings> m_settings;
};

void TstMainWindow::init()
{
    m_fixture = std::make_unique<test::DashboardFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error, 400, 30), qPrintable(error));
    m_storage = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(m_storage.get());
}

void TstMainWindow::cleanup()
{
    m_settings.reset();
    m_storage.reset();
    m_fixture.reset();
}

void TstMainWindow::welcomeWithoutAccounts()
{
    MainWindow window(m_fixture->ledger(), m_fixture->actions(), *m_settings);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* central = qobject_cast<QStackedWidget*>(window.centralWidget());
    QCOMPARE(central->currentWidget()->objectName(), u"welcomePage"_s);

    QSignalSpy sandbox(&window, &MainWindow::trySandboxRequested);
    window.findChild<QPushButton*>(u"trySandboxButton"_s)->click();
    QCOMPARE(sandbox.size(), 1);

    QDir().mkpath(u"screenshots"_s);
    QVERIFY(window.grab().save(u"screenshots/welcome.png"_s));
}

void TstMainWindow::dashboardWithAccountsAndSync()
{
    MainWindow window(m_fixture->ledger(), m_fixture->actions(), *m_settings);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    m_fixture->addSandboxAccount(Gateway::CryptoCom);
    auto* central = qobject_cast<QStackedWidget*>(window.centralWidget());
    QVERIFY(central->currentWidget()->objectName() != u"welcomePage"_s); // an account: the dashboard

    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, (QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Sync"_s, u"&Help"_s}));
    auto* navigation = window.findChild<QListWidget*>(u"navigation"_s);
    QVERIFY(navigation->count() >= 1);

    auto* status = window.findChild<SyncStatusWidget*>();
    QCOMPARE(status->text(), u"Not synced yet"_s);
    QVERIFY(m_fixture->syncAll());
    QTRY_VERIFY(status->text().startsWith(u"Synced at"_s));
    QCOMPARE(m_fixture->ledger().countPayments({}).value(), 100);

    QDir().mkpath(u"screenshots"_s);
    QVERIFY(window.grab().save(u"screenshots/mainwindow.png"_s));

    // File > Export… (Ctrl+E) opens the export dialog for the page shown, each page's Export… button for its page.
    auto* exportAction = window.findChild<QAction*>(u"exportAction"_s);
    QVERIFY(exportAction);
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    window.showPage(MainWindow::Page::Payments);
    exportAction->trigger();
    auto* dialog = window.findChild<ExportDialog*>(u"exportDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->kind(), ExportKind::Payments);
    QCOMPARE(dialog->scope(), ExportDialog::Scope::CurrentFilter);
    // Exported from there, off the GUI thread: the header and one line per payment, and the window hears of it.
    QSignalSpy exported(&window, &MainWindow::exportFinished);
    const QString csv = m_dir.filePath(u"payments.csv"_s);
    dialog->setDestination(csv);
    dialog->startExport();
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20'000);
    QCOMPARE(exported.first().first().toBool(), true);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 101);
    QTRY_VERIFY(!window.findChild<ExportDialog*>()); // a finished export closes the dialog
    const QList<std::pair<MainWindow::Page, ExportKind>> pages{{MainWindow::Page::Refunds, ExportKind::Refunds},
        {MainWindow::Page::Balances, ExportKind::Balances}, {MainWindow::Page::Addresses, ExportKind::Addresses}};
    for (const auto& [page, kind] : pages) {
        window.showPage(page);
        exportAction->trigger();
        dialog = window.findChild<ExportDialog*>(u"exportDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), kind);
        dialog->close();
        QTRY_VERIFY(!window.findChild<ExportDialog*>());
    }
    // The Balances page's own button.
    window.findChild<QWidget*>(u"balancesPage"_s)->findChild<QPushButton*>(u"exportPushButton"_s)->click();
    dialog = window.findChild<ExportDialog*>(u"exportDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), ExportKind::Balances);
    dialog->close();
}

void TstMainWindow::geometryIsKept()
{
    {
        MainWindow window(m_fixture->ledger(), m_fixture->actions(), *m_settings);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QVERIFY(!m_settings->mainWindowGeometry().isEmpty());
    MainWindow again(m_fixture->ledger(), m_fixture->actions(), *m_settings);
    QCOMPARE(again.size(), QSize(1000, 700));
}

void TstMainWindow::screenshotsOfEachPage()
{
    // The four sandbox accounts, synced: each page at 1280×800 with real data (90 days of history, so that the
    // Overview's charts have something to show), saved for docs/screenshots/.
    m_fixture = std::make_unique<test::DashboardFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error, 400, 90), qPrintable(error));
    MainWindow window(m_fixture->ledger(), m_fixture->actions(), *m_settings);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const Gateway gateway : {Gateway::CryptoCom, Gateway::CryptoProcessing, Gateway::BucksBus, Gateway::Cryptomus})
        m_fixture->addSandboxAccount(gateway);
    QVERIFY(m_fixture->syncAll());
    QDir().mkpath(u"screenshots"_s);
    auto* overview = window.findChild<OverviewPage*>(u"overviewPage"_s);
    QVERIFY(overview);
    QTest::qWait(OverviewPage::kReloadDelayMs + 200); // the debounced reload after the sync has finished
    QTRY_VERIFY_WITH_TIMEOUT(!overview->isLoading(), 20'000);
    const QList<std::pair<MainWindow::Page, QString>> pages{{MainWindow::Page::Overview, u"overview"_s},
        {MainWindow::Page::Payments, u"payments"_s}, {MainWindow::Page::Refunds, u"refunds"_s},
        {MainWindow::Page::Withdrawals, u"withdrawals"_s}, {MainWindow::Page::Balances, u"balances"_s},
        {MainWindow::Page::Addresses, u"addresses"_s}, {MainWindow::Page::Accounts, u"accounts"_s}};
    for (const auto& [page, name] : pages) {
        window.showPage(page);
        QCOMPARE(window.currentPage(), page);
        QTest::qWait(300); // the worker-loaded table and the layout settle
        QVERIFY(window.grab().save(u"screenshots/page-%1.png"_s.arg(name)));
    }
}

// An unknown outcome is not invisible: the banner above the pages lists what is unsettled (account, kind, key,
// since when) and says what to do; it follows sync and creating calls, and goes once nothing is left.
void TstMainWindow::unsettledRequestsBanner()
{
    MainWindow window(m_fixture->ledger(), m_fixture->actions(), *m_settings);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const Account account = m_fixture->addSandboxAccount(Gateway::CryptoCom);
    auto* banner = window.findChild<ErrorBanner*>(u"unsettledBanner"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    // An invoice whose answer was lost (a 500 before the gateway stored it): the creating call itself shows it.
    m_fixture->control(u"/_sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/cryptocom/api/payments"_s},
                {u"kind"_s, u"error500BeforeCommit"_s}, {u"count"_s, 1}}}}});
    InvoiceDraft draft;
    draft.accountId = account.id;
    draft.amount = {Decimal::fromString(u"42.00"_s).value(), u"USD"_s};
    draft.orderId = u"GUI-LOST-1"_s;
    QVERIFY(!m_fixture
                 ->wait<Payment>(&window,
                     [&](QObject* context, auto done) {
                         m_fixture->actions().createInvoice(account.id, draft, context, done);
                     })
                 .ok());
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains(u"1 request(s) may have reached the gateway"_s), qPrintable(banner->message()));
    QVERIFY2(banner->details().contains(account.name), qPrintable(banner->details()));
    QVERIFY(banner->details().contains(u"invoice GUI-LOST-1"_s));
    QVERIFY(banner->details().contains(u"42.00 USD"_s));
    QVERIFY(banner->details().contains(u"since "_s));
    QVERIFY(banner->details().contains(u"journal settle"_s));

    // A sync looks it up and finds nothing: still unsettled, still shown.
    QVERIFY(m_fixture->syncAll());
    QTRY_VERIFY(window.findChild<SyncStatusWidget*>()->text().startsWith(u"Synced at"_s));
    QVERIFY(banner->isVisible());
    banner->findChild<QToolButton*>()->setChecked(true); // Details
    QDir().mkpath(u"screenshots"_s);
    QVERIFY(window.grab().save(u"screenshots/unsettled-banner.png"_s));

    // Settled by hand (paydesk-cli journal settle): the next sync hides the banner.
    const JournalEntry entry = Journal::entries(m_fixture->ledger()).value().first();
    QVERIFY(m_fixture->journal().settleManually(entry.id, {}, u"not in the gateway's dashboard"_s).ok());
    QVERIFY(m_fixture->syncAll());
    QTRY_VERIFY(!banner->isVisible());
}

QTEST_MAIN(TstMainWindow)
#include "tst_MainWindow.moc"
