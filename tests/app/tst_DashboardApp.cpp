#include "app/gui/DashboardApp.h"
#include "core/secrets/VaultSecretStore.h"
#include "core/settings/Settings.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/VaultUnlockDialog.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// The dashboard application on the merchant's own data with the encrypted vault: it opens with the passphrase from
// the environment, locks itself after the idle time, and the unlock dialog opens it again (a wrong passphrase does
// not).
class TstDashboardApp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vaultLocksWhenIdleAndUnlocksAgain();
};

void TstDashboardApp::vaultLocksWhenIdleAndUnlocksAgain()
{
    QTemporaryDir dir;
    {
        QSettings storage(QDir(dir.path()).filePath(u"settings.ini"_s), QSettings::IniFormat);
        Settings settings(&storage);
        settings.setSecretBackend(Settings::SecretBackend::Vault);
        settings.sync();
    }
    qputenv("PAYDESK_PASSPHRASE", "idle test passphrase");
    DashboardApp app(dir.path());
    app.startLocal();
    QTRY_VERIFY_WITH_TIMEOUT(app.window() != nullptr, 20'000);
    qunsetenv("PAYDESK_PASSPHRASE");
    QVERIFY(app.vault());
    QVERIFY(app.vault()->isUnlocked());

    app.setAutoLockInterval(std::chrono::milliseconds(200));
    QTRY_VERIFY_WITH_TIMEOUT(!app.vault()->isUnlocked(), 5'000);
    auto* dialog = app.window()->findChild<VaultUnlockDialog*>(u"vaultUnlockDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    Q_EMIT dialog->unlockRequested("not the passphrase");
    QVERIFY(!app.vault()->isUnlocked());
    QVERIFY(dialog->isVisible());
    Q_EMIT dialog->unlockRequested("idle test passphrase");
    QVERIFY(app.vault()->isUnlocked());
    QTRY_VERIFY(app.window()->findChild<VaultUnlockDialog*>(u"vaultUnlockDialog"_s) == nullptr);
}

QTEST_MAIN(TstDashboardApp)
#include "tst_DashboardApp.moc"
