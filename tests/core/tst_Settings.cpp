#include "core/settings/Settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using Key = Settings::Key;

class TstSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void roundTripEachType();
    void enumsStoredAsStrings();
    void unknownValuesFallBackToDefault_data();
    void unknownValuesFallBackToDefault();
    void migrateUnversionedFile();
    void migrateVersion1File();
    void migrateFreshAndCurrentFiles();
    void newerFileIsLeftAlone();
    void tableIsComplete();

private:
    QString writeIni(const QByteArray& text);
    // Makes the next QSettings on m_path read the file, as a new process does: within a process QSettings keeps the
    // contents of a file it has used and reads it again only when its size or time has changed.
    void forgetCachedFile();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TstSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"paydesk-test.ini"_s);
}

QString TstSettings::writeIni(const QByteArray& text)
{
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        return {};
    return m_path;
}

void TstSettings::forgetCachedFile()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(
        file.fileTime(QFileDevice::FileModificationTime).addSecs(10), QFileDevice::FileModificationTime));
}

void TstSettings::defaults()
{
    QSettings ini(m_path, QSettings::IniFormat);
    Settings s(&ini);
    QCOMPARE(s.version(), 0);
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.reportingCurrency(), u"USD"_s);
    QCOMPARE(s.theme(), Settings::Theme::System);
    QCOMPARE(s.hideAmounts(), false);
    QCOMPARE(s.autoLockMinutes(), 15);
    QCOMPARE(s.secretBackend(), Settings::SecretBackend::Auto);
    QCOMPARE(s.clipboardClearSeconds(), 30);
    QCOMPARE(s.syncIntervalSeconds(), 300);
    QCOMPARE(s.syncListPageSize(), 0);
    QCOMPARE(s.syncMaxListPages(), 500);
    QVERIFY(s.mainWindowGeometry().isEmpty());
    QVERIFY(s.mainWindowState().isEmpty());
    QVERIFY(s.headerState(u"payments"_s).isEmpty());
    QCOMPARE(s.lastExportDirectory(), QString());
    QCOMPARE(s.confirmAmountAbove().toString(), u"1000000"_s);
    for (auto kind :
        {Settings::NotificationKind::Paid, Settings::NotificationKind::Overpaid, Settings::NotificationKind::Underpaid,
            Settings::NotificationKind::Expired, Settings::NotificationKind::RefundCompleted})
        QVERIFY(s.notificationEnabled(kind));
    QVERIFY(ini.allKeys().isEmpty()); // reading never writes
}

void TstSettings::roundTripEachType()
{
    const QByteArray geometry("\x01\xd9\xd0\xcb\0\x03\0\0binary", 14);
    {
        QSettings ini(m_path, QSettings::IniFormat);
        Settings s(&ini);
        s.setLanguage(u"pt_BR"_s);
        s.setReportingCurrency(u" eur "_s);
        s.setTheme(Settings::Theme::Dark);
        s.setHideAmounts(true);
        s.setAutoLockMinutes(0);
        s.setSecretBackend(Settings::SecretBackend::Vault);
        s.setClipboardClearSeconds(45);
        s.setSyncIntervalSeconds(120);
        s.setSyncListPageSize(40);
        s.setSyncMaxListPages(9);
        s.setMainWindowGeometry(geometry);
        s.setMainWindowState("state-bytes"_ba);
        s.setHeaderState(u"payments"_s, "payments-header"_ba);
        s.setHeaderState(u"refunds"_s, "refunds-header"_ba);
        s.setNotificationEnabled(Settings::NotificationKind::Expired, false);
        s.setLastExportDirectory(u"/home/merchant/Exports"_s);
        s.setConfirmAmountAbove(Decimal::fromString(u"2500.50"_s).value());
        s.sync();
        QCOMPARE(ini.status(), QSettings::NoError);
    }
    forgetCachedFile();
    QSettings ini(m_path, QSettings::IniFormat); // a fresh instance reads the file, as after a restart
    Settings s(&ini);
    QCOMPARE(s.language(), u"pt_BR"_s);
    QCOMPARE(s.reportingCurrency(), u"EUR"_s);
    QCOMPARE(s.theme(), Settings::Theme::Dark);
    QCOMPARE(s.hideAmounts(), true);
    QCOMPARE(s.autoLockMinutes(), 0);
    QCOMPARE(s.secretBackend(), Settings::SecretBackend::Vault);
    QCOMPARE(s.clipboardClearSeconds(), 45);
    QCOMPARE(s.syncIntervalSeconds(), 120);
    QCOMPARE(s.syncListPageSize(), 40);
    QCOMPARE(s.syncMaxListPages(), 9);
    QCOMPARE(s.mainWindowGeometry(), geometry);
    QCOMPARE(s.mainWindowState(), "state-bytes"_ba);
    QCOMPARE(s.headerState(u"payments"_s), "payments-header"_ba);
    QCOMPARE(s.headerState(u"refunds"_s), "refunds-header"_ba);
    QVERIFY(!s.notificationEnabled(Settings::NotificationKind::Expired));
    QVERIFY(s.notificationEnabled(Settings::NotificationKind::Paid));
    QCOMPARE(s.lastExportDirectory(), u"/home/merchant/Exports"_s);
    QCOMPARE(s.confirmAmountAbove().toString(), u"2500.50"_s);

    s.reset(Key::Theme);
    QVERIFY(!s.contains(Key::Theme));
    QCOMPARE(s.theme(), Settings::Theme::System);

    // Written again and read again: still one value per key, and no [General] section (nothing is outside a group).
    s.setLanguage(u"es"_s);
    s.setReportingCurrency(u"chf"_s);
    s.sync();
    forgetCachedFile();
    QSettings again(m_path, QSettings::IniFormat);
    QCOMPARE(Settings(&again).language(), u"es"_s);
    QCOMPARE(Settings(&again).reportingCurrency(), u"CHF"_s);
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY2(!text.contains("General]"), text.constData());
}

void TstSettings::enumsStoredAsStrings()
{
    {
        QSettings ini(m_path, QSettings::IniFormat);
        Settings s(&ini);
        s.setTheme(Settings::Theme::Light);
        s.setSecretBackend(Settings::SecretBackend::Keychain);
        s.setNotificationEnabled(Settings::NotificationKind::RefundCompleted, false);
        s.sync();
    }
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY2(text.contains("theme=light"), text.constData());
    QVERIFY2(text.contains("secretBackend=keychain"), text.constData());
    QVERIFY2(text.contains("refund_completed=false"), text.constData());
    QCOMPARE(Settings::themeFromName(u"DARK"), Settings::Theme::Dark);
    QVERIFY(!Settings::themeFromName(u"2").has_value());
    QCOMPARE(Settings::notificationKindFromName(u"refund_completed"), Settings::NotificationKind::RefundCompleted);
}

void TstSettings::unknownValuesFallBackToDefault_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::newRow("theme") << "[appearance]\ntheme=purple\n"_ba;
    QTest::newRow("theme as number") << "[appearance]\ntheme=2\n"_ba;
    QTest::newRow("backend") << "[security]\nsecretBackend=floppy\n"_ba;
    QTest::newRow("auto-lock negative") << "[security]\nautoLockMinutes=-5\n"_ba;
    QTest::newRow("auto-lock text") << "[security]\nautoLockMinutes=soon\n"_ba;
    QTest::newRow("clipboard too long") << "[security]\nclipboardClearSeconds=999999\n"_ba;
    QTest::newRow("sync too short") << "[sync]\nintervalSeconds=1\n"_ba;
    QTest::newRow("page size too large") << "[sync]\nlistPageSize=5000\n"_ba;
    QTest::newRow("no list pages") << "[sync]\nmaxListPages=0\n"_ba;
    QTest::newRow("hide amounts garbage") << "[privacy]\nhideAmounts=maybe\n"_ba;
    QTest::newRow("currency") << "[reporting]\ncurrency=US Dollar!\n"_ba;
    QTest::newRow("language") << "[interface]\nlanguage=../../etc\n"_ba;
    QTest::newRow("notification garbage") << "[notifications]\npaid=perhaps\n"_ba;
    QTest::newRow("confirm limit text") << "[invoices]\nconfirmAmountAbove=lots\n"_ba;
    QTest::newRow("confirm limit negative") << "[invoices]\nconfirmAmountAbove=-5\n"_ba;
    QTest::newRow("confirm limit with a comma") << "[invoices]\nconfirmAmountAbove=\"1,000\"\n"_ba;
}

void TstSettings::unknownValuesFallBackToDefault()
{
    QFETCH(QByteArray, ini);
    QVERIFY(!writeIni("settingsVersion=2\n"_ba + ini).isEmpty());
    QSettings storage(m_path, QSettings::IniFormat);
    Settings s(&storage);
    QVERIFY(!storage.allKeys().isEmpty());
    QCOMPARE(s.theme(), Settings::Theme::System);
    QCOMPARE(s.secretBackend(), Settings::SecretBackend::Auto);
    QCOMPARE(s.autoLockMinutes(), 15);
    QCOMPARE(s.clipboardClearSeconds(), 30);
    QCOMPARE(s.syncIntervalSeconds(), 300);
    QCOMPARE(s.syncListPageSize(), 0);
    QCOMPARE(s.syncMaxListPages(), 500);
    QCOMPARE(s.hideAmounts(), false);
    QCOMPARE(s.reportingCurrency(), u"USD"_s);
    QCOMPARE(s.language(), QString());
    QVERIFY(s.notificationEnabled(Settings::NotificationKind::Paid));
    QCOMPARE(s.confirmAmountAbove().toString(), u"1000000"_s);
}

void TstSettings::migrateUnversionedFile()
{
    // The flat layout of the unversioned development builds, written by hand.
    QVERIFY(!writeIni("[General]\n"
                      "language=de\n"
                      "currency=EUR\n"
                      "theme=2\n"
                      "hideAmounts=true\n"
                      "autoLock=5\n"
                      "useKeychain=false\n"
                      "exportDir=/tmp/exports\n"
                      "apiKey=sk_live_should_not_be_here\n"
                      "[account-1]\n"
                      "webhook_secret=whsec_nope\n"
                      "name=shop-eu\n"_ba)
                 .isEmpty());
    {
        QSettings ini(m_path, QSettings::IniFormat);
        Settings s(&ini);
        QCOMPARE(s.version(), 0);
        const Settings::MigrationReport report = s.migrate();
        QCOMPARE(report.fromVersion, 0);
        QCOMPARE(report.toVersion, Settings::kCurrentVersion);
        QVERIFY(report.changed);
        QVERIFY(!report.newerFile);
        QCOMPARE(report.removedSecretKeys, (QStringList{u"account-1/webhook_secret"_s, u"apiKey"_s}));
        s.sync();
    }
    QSettings ini(m_path, QSettings::IniFormat);
    Settings s(&ini);
    QCOMPARE(s.version(), Settings::kCurrentVersion);
    QCOMPARE(s.language(), u"de"_s);
    QCOMPARE(s.reportingCurrency(), u"EUR"_s);
    QCOMPARE(s.theme(), Settings::Theme::Dark);
    QCOMPARE(s.hideAmounts(), true);
    QCOMPARE(s.autoLockMinutes(), 5);
    QCOMPARE(s.secretBackend(), Settings::SecretBackend::Vault);
    QCOMPARE(s.lastExportDirectory(), u"/tmp/exports"_s);
    QCOMPARE(ini.value(u"account-1/name"_s).toString(), u"shop-eu"_s); // unrelated keys stay
    for (const QString& old : {u"language"_s, u"currency"_s, u"theme"_s, u"autoLock"_s, u"useKeychain"_s})
        QVERIFY2(!ini.contains(old), qPrintable(old));
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(!text.contains("sk_live_should_not_be_here"));
    QVERIFY(!text.contains("whsec_nope"));
    QVERIFY(text.contains("theme=dark"));

    // A second run is a no-op.
    const Settings::MigrationReport again = s.migrate();
    QVERIFY(!again.changed);
    QCOMPARE(again.fromVersion, Settings::kCurrentVersion);
}

void TstSettings::migrateVersion1File()
{
    // As version 1 left it after two restarts with a language chosen each time: its "general/" keys written as
    // [%General], twice (read back, the later section wins).
    QVERIFY(!writeIni("[General]\n"
                      "settingsVersion=1\n"
                      "\n"
                      "[%General]\n"
                      "language=es\n"
                      "reportingCurrency=EUR\n"
                      "\n"
                      "[sync]\n"
                      "intervalSeconds=900\n"
                      "\n"
                      "[%General]\n"
                      "language=ru\n"_ba)
                 .isEmpty());
    {
        QSettings ini(m_path, QSettings::IniFormat);
        Settings s(&ini);
        QCOMPARE(s.version(), 1);
        const Settings::MigrationReport report = s.migrate();
        QCOMPARE(report.fromVersion, 1);
        QCOMPARE(report.toVersion, Settings::kCurrentVersion);
        QVERIFY(report.changed);
        QCOMPARE(s.language(), u"ru"_s);
        QCOMPARE(s.reportingCurrency(), u"EUR"_s);
        s.sync();
    }
    forgetCachedFile();
    QSettings ini(m_path, QSettings::IniFormat);
    Settings s(&ini);
    QCOMPARE(s.language(), u"ru"_s);
    QCOMPARE(s.reportingCurrency(), u"EUR"_s);
    QCOMPARE(s.syncIntervalSeconds(), 900);
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY2(!text.contains("%General"), text.constData());
    QCOMPARE(text.count("[General]"), 1); // settingsVersion only
    QVERIFY(!s.migrate().changed);
}

void TstSettings::migrateFreshAndCurrentFiles()
{
    QSettings ini(m_path, QSettings::IniFormat);
    Settings s(&ini);
    const auto report = s.migrate();
    QVERIFY(report.changed);
    QCOMPARE(s.version(), Settings::kCurrentVersion);
    QCOMPARE(ini.allKeys(), QStringList{u"settingsVersion"_s});
}

void TstSettings::newerFileIsLeftAlone()
{
    QVERIFY(!writeIni("settingsVersion=99\ntheme=2\n[appearance]\ntheme=sepia\n"_ba).isEmpty());
    QSettings ini(m_path, QSettings::IniFormat);
    Settings s(&ini);
    const auto report = s.migrate();
    QVERIFY(report.newerFile);
    QVERIFY(!report.changed);
    QCOMPARE(s.version(), 99);
    QVERIFY(ini.contains(u"theme"_s));
    QCOMPARE(s.theme(), Settings::Theme::System);
}

void TstSettings::tableIsComplete()
{
    QSet<QString> names;
    for (int i = 0; i <= static_cast<int>(Key::ConfirmAmountAbove); ++i) {
        const auto key = static_cast<Key>(i);
        const QString name = Settings::keyName(key);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QVERIFY(!name.contains(u"secret"_s, Qt::CaseInsensitive) || key == Key::SecretBackend);
        // In a group, and not in one QSettings' INI format treats specially (see Settings.h).
        const QString group = name.section(u'/', 0, 0);
        QVERIFY2(name.contains(u'/'), qPrintable(name));
        QVERIFY2(group.compare(u"general"_s, Qt::CaseInsensitive) != 0, qPrintable(name));
        QVERIFY2(!name.startsWith(u'%'), qPrintable(name));
    }
    QCOMPARE(Settings::defaultValue(Key::ReportingCurrency).toString(), u"USD"_s);
    QCOMPARE(Settings::defaultValue(Key::ClipboardClearSeconds).toInt(), 30);
}

QTEST_GUILESS_MAIN(TstSettings)
#include "tst_Settings.moc"
