#include "ui/MainWindow.h"

#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// The main window on the offscreen platform: title, menus, empty state; a screenshot goes to the build directory
// (screenshots/mainwindow-empty.png) to be looked at.
class TstMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyWindow();
    void sandboxRunning();
};

void TstMainWindow::emptyWindow()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.windowTitle(), u"Paydesk"_s);
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, (QStringList{u"&File"_s, u"&Help"_s}));
    auto* emptyState = window.findChild<QLabel*>(u"emptyStateLabel"_s);
    QVERIFY(emptyState);
    QVERIFY(emptyState->isVisible());

    QDir().mkpath(u"screenshots"_s);
    QVERIFY(window.grab().save(u"screenshots/mainwindow-empty.png"_s));
}

void TstMainWindow::sandboxRunning()
{
    MainWindow window;
    window.resize(1280, 800);
    window.showSandboxRunning(QUrl(u"http://127.0.0.1:45678"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* emptyState = window.findChild<QLabel*>(u"emptyStateLabel"_s);
    QVERIFY(emptyState->text().contains(u"http://127.0.0.1:45678"_s));
    QVERIFY(emptyState->text().contains(u"Cryptomus"_s));
    QVERIFY(window.grab().save(u"screenshots/mainwindow-sandbox.png"_s));
}

QTEST_MAIN(TstMainWindow)
#include "tst_MainWindow.moc"
