#include "app/gui/DashboardApp.h"
#include "core/secrets/VaultSecretStore.h"
#include "core/settings/Settings.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/VaultUnlockDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

// restartStep() runs in a process of its own, started by preferencesSurviveRestarts() with these variables set.
constexpr char kRestartDirVariable[] = "PAYDESK_TEST_RESTART_DIR";
constexpr char kRestartStepVariable[] = "PAYDESK_TEST_RESTART_STEP";
constexpr char kPassphrase[] = "restart test passphrase";

// Everything the Preferences dialog shows, as its widgets show it.
struct Preferences
{
    QString language;
    QString currency;
    int syncMinutes = 0;
    int autoLockMinutes = 0;
    int clipboardSeconds = 0;
    QStringList notificationsOff;

    bool operator==(const Preferences&) const = default;

    QString describe() const
    {
        return u"language '%1', currency %2, sync %3 min, auto-lock %4 min, clipboard %5 s, notifications off: %6"_s
            .arg(language, currency)
            .arg(syncMinutes)
            .arg(autoLockMinutes)
            .arg(clipboardSeconds)
            .arg(notificationsOff.join(u", "_s));
    }
};

// Chosen in the first run, then in the second: each value differs from the defaults and from the other run.
const Preferences kFirstRun{u"es"_s, u"EUR"_s, 15, 5, 0, {u"expired"_s, u"refund_completed"_s}};
const Preferences kSecondRun{u"ru"_s, u"CHF"_s, 20, 0, 45, {u"paid"_s}};

constexpr Settings::NotificationKind kKinds[]
    = {Settings::NotificationKind::Paid, Settings::NotificationKind::Overpaid, Settings::NotificationKind::Underpaid,
        Settings::NotificationKind::Expired, Settings::NotificationKind::RefundCompleted};

SettingsDialog* openPreferences(DashboardApp& app)
{
    app.window()->findChild<QAction*>(u"preferencesAction"_s)->trigger();
    return app.window()->findChild<SettingsDialog*>(u"settingsDialog"_s);
}

Preferences shownIn(const SettingsDialog& dialog)
{
    Preferences shown;
    shown.language = dialog.findChild<QComboBox*>(u"languageCombo"_s)->currentData().toString();
    shown.currency = dialog.findChild<QComboBox*>(u"reportingCurrencyCombo"_s)->currentText();
    shown.syncMinutes = dialog.findChild<QSpinBox*>(u"syncMinutesSpin"_s)->value();
    shown.autoLockMinutes = dialog.findChild<QSpinBox*>(u"autoLockSpin"_s)->value();
    shown.clipboardSeconds = dialog.findChild<QSpinBox*>(u"clipboardSpin"_s)->value();
    for (const Settings::NotificationKind kind : kKinds) {
        const QString name = Settings::notificationKindName(kind);
        if (!dialog.findChild<QCheckBox*>(u"notify_"_s + name)->isChecked())
            shown.notificationsOff.append(name);
    }
    return shown;
}

// Enters `wanted` in the dialog and clicks OK.
void enter(SettingsDialog& dialog, const Preferences& wanted)
{
    auto* language = dialog.findChild<QComboBox*>(u"languageCombo"_s);
    language->setCurrentIndex(language->findData(wanted.language));
    dialog.findChild<QComboBox*>(u"reportingCurrencyCombo"_s)->setCurrentText(wanted.currency);
    dialog.findChild<QSpinBox*>(u"syncMinutesSpin"_s)->setValue(wanted.syncMinutes);
    dialog.findChild<QSpinBox*>(u"autoLockSpin"_s)->setValue(wanted.autoLockMinutes);
    dialog.findChild<QSpinBox*>(u"clipboardSpin"_s)->setValue(wanted.clipboardSeconds);
    for (const Settings::NotificationKind kind : kKinds) {
        const QString name = Settings::notificationKindName(kind);
        dialog.findChild<QCheckBox*>(u"notify_"_s + name)->setChecked(!wanted.notificationsOff.contains(name));
    }
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

// The dashboard application on the merchant's own data with the encrypted vault: it opens with the passphrase from
// the environment, locks itself after the idle time, and the unlock dialog opens it again (a wrong passphrase does
// not). What is chosen in Preferences is still there after the application is started again, in a new process.
class TstDashboardApp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vaultLocksWhenIdleAndUnlocksAgain();
    void preferencesSurviveRestarts();
    // One run of the dashboard inside preferencesSurviveRestarts(); skipped when run on its own.
    void restartStep();

private:
    // Starts the dashboard on `dataDirectory` as main() does (settings.ini there, vault from the environment).
    std::unique_ptr<DashboardApp> startDashboard(const QString& dataDirectory);
};

std::unique_ptr<DashboardApp> TstDashboardApp::startDashboard(const QString& dataDirectory)
{
    qputenv("PAYDESK_PASSPHRASE", kPassphrase);
    auto app = std::make_unique<DashboardApp>(dataDirectory);
    app->startLocal();
    if (!QTest::qWaitFor([&app] { return app->window() != nullptr; }, 20'000))
        app.reset();
    qunsetenv("PAYDESK_PASSPHRASE");
    return app;
}

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

void TstDashboardApp::preferencesSurviveRestarts()
{
    QTemporaryDir dir;
    {
        // Secrets in the vault (no keychain probe); written by hand, so that this process has not read the file.
        QFile file(QDir(dir.path()).filePath(u"settings.ini"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
        QVERIFY(file.write("[security]\nsecretBackend=vault\n") > 0);
    }
    // Two runs before this one, each in a process of its own as after a real restart (within one process QSettings
    // keeps the file's contents cached, which would hide what a new start reads): the first chooses kFirstRun in
    // Preferences, the second must show it and chooses kSecondRun.
    for (const char* step : {"1", "2"}) {
        QProcess run;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kRestartDirVariable), dir.path());
        environment.insert(QString::fromLatin1(kRestartStepVariable), QString::fromLatin1(step));
        run.setProcessEnvironment(environment);
        run.setProcessChannelMode(QProcess::MergedChannels);
        run.start(QCoreApplication::applicationFilePath(), {u"restartStep"_s});
        QVERIFY(run.waitForFinished(120'000));
        QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0,
            qPrintable(u"run %1:\n"_s.arg(QString::fromLatin1(step)) + QString::fromLocal8Bit(run.readAll())));
    }

    // The third start, in this process: the second run's choices, the language loaded from them.
    auto app = startDashboard(dir.path());
    QVERIFY(app);
    QCOMPARE(app->language().translationLanguage(), kSecondRun.language);
    SettingsDialog* dialog = openPreferences(*app);
    QVERIFY(dialog);
    const Preferences shown = shownIn(*dialog);
    QVERIFY2(shown == kSecondRun, qPrintable(u"shown: "_s + shown.describe()));
    dialog->reject();
    app->window()->close();
    app.reset();

    // One [General] section (the file's own keys), no second one and no escaped "%General" group.
    QFile file(QDir(dir.path()).filePath(u"settings.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QByteArray text = file.readAll();
    QCOMPARE(text.count("[General]"), 1);
    QVERIFY2(!text.contains("%General"), text.constData());
}

void TstDashboardApp::restartStep()
{
    const QString dataDirectory = qEnvironmentVariable(kRestartDirVariable);
    const QString step = qEnvironmentVariable(kRestartStepVariable);
    if (dataDirectory.isEmpty())
        QSKIP("one run of preferencesSurviveRestarts(), started by it in a process of its own");

    auto app = startDashboard(dataDirectory);
    QVERIFY(app);
    SettingsDialog* dialog = openPreferences(*app);
    QVERIFY(dialog);
    if (step == u"1"_s) {
        enter(*dialog, kFirstRun);
    } else {
        // What the first run chose, and its language loaded at start.
        const Preferences shown = shownIn(*dialog);
        QVERIFY2(shown == kFirstRun, qPrintable(u"shown: "_s + shown.describe()));
        QCOMPARE(app->language().translationLanguage(), kFirstRun.language);
        enter(*dialog, kSecondRun);
    }
    QVERIFY(!dialog->isVisible());
    // Quit as File > Quit does: the window closes (saving its geometry), then the application ends.
    app->window()->close();
}

QTEST_MAIN(TstDashboardApp)
#include "tst_DashboardApp.moc"
