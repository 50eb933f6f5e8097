#include "app/gui/DashboardApp.h"
#include "app/gui/StartupCheck.h"
#include "ui/MainWindow.h"
#include "ui/widgets/ErrorBanner.h"

#include <QDir>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// The startup self-check: without a usable TLS backend the dashboard says so in a banner above the pages (on every
// window it opens, the sandbox's too), and says nothing when TLS works.
class TstStartupCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tlsWarning_data();
    void tlsWarning();
    void thisMachineHasTls();
    void bannerOnTheSandboxWindow();
    void noBannerWithoutWarning();
};

void TstStartupCheck::tlsWarning_data()
{
    QTest::addColumn<bool>("supportsSsl");
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("warns");
    QTest::newRow("openssl") << true << u"openssl"_s << false;
    QTest::newRow("schannel") << true << u"schannel"_s << false;
    QTest::newRow("no OpenSSL library") << false << u"openssl"_s << true;
    QTest::newRow("no backend plugin") << false << QString() << true;
    QTest::newRow("certificates only") << true << u"cert-only"_s << true;
}

void TstStartupCheck::tlsWarning()
{
    QFETCH(bool, supportsSsl);
    QFETCH(QString, backend);
    QFETCH(bool, warns);
    const StartupWarning warning = tlsStartupWarning(supportsSsl, backend);
    QCOMPARE(!warning.isEmpty(), warns);
    if (warns) {
        QVERIFY(warning.message.contains(u"TLS"_s));
        QVERIFY(warning.message.contains(u"sandbox"_s));
        QVERIFY(warning.details.contains(backend.isEmpty() ? u"none"_s : backend));
    } else {
        QVERIFY(warning.details.isEmpty());
    }
}

void TstStartupCheck::thisMachineHasTls()
{
    // The build machine (and the .deb's dependencies) provide OpenSSL 3 and Qt's OpenSSL backend.
    QVERIFY2(checkTls().isEmpty(), qPrintable(checkTls().details));
    QVERIFY(QSslSocket::supportsSsl());
}

void TstStartupCheck::bannerOnTheSandboxWindow()
{
    QTemporaryDir dir;
    DashboardApp app(dir.path());
    app.setStartupWarning(tlsStartupWarning(false, QString()));
    app.startSandbox();
    QTRY_VERIFY_WITH_TIMEOUT(app.window() != nullptr, 20'000);
    MainWindow* window = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto* bar = window->findChild<QToolBar*>(u"startupWarningBar"_s);
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    QCOMPARE(window->toolBarArea(bar), Qt::TopToolBarArea);
    auto* banner = window->findChild<ErrorBanner*>(u"startupWarning"_s);
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->message(), tlsStartupWarning(false, QString()).message);
    QVERIFY(banner->toolTip().contains(u"none"_s));
    // Across the window, as tall as its text needs and no taller.
    QVERIFY(banner->width() > window->width() * 9 / 10);
    QTRY_VERIFY(banner->height() >= banner->heightForWidth(banner->width()));
    QVERIFY(bar->height() < window->height() / 8);
    QDir().mkpath(u"screenshots"_s);
    QVERIFY(window->grab().save(u"screenshots/tls-unavailable.png"_s));

    // The check passes after all (or the merchant dismissed it): the banner goes.
    window->showStartupWarning(QString());
    QVERIFY(!bar->isVisible());
    QVERIFY(banner->message().isEmpty());
}

void TstStartupCheck::noBannerWithoutWarning()
{
    QTemporaryDir dir;
    DashboardApp app(dir.path());
    app.setStartupWarning(tlsStartupWarning(true, u"openssl"_s));
    app.startSandbox();
    QTRY_VERIFY_WITH_TIMEOUT(app.window() != nullptr, 20'000);
    QVERIFY(app.window()->findChild<QToolBar*>(u"startupWarningBar"_s) == nullptr);
    QVERIFY(app.window()->findChild<ErrorBanner*>(u"startupWarning"_s) == nullptr);
}

QTEST_MAIN(TstStartupCheck)
#include "tst_StartupCheck.moc"
