#include "core/secrets/SecretStoreChooser.h"
#include "core/secrets/VaultSecretStore.h"
#ifdef PAYDESK_WITH_KEYCHAIN
#include "core/secrets/KeychainSecretStore.h"
#endif

#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using Status = SecretResult::Status;

// On the build and CI machines there is no Secret Service (no D-Bus session, or no keyring on it). These tests pin
// down that the keychain is then reported Unavailable quickly and that the vault is chosen instead.
class TstKeychainSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeGivesUpOnSilentBus();
    void probeGivesUpQuickly();
    void chooserFallsBackToVault();
    void vaultPreferenceNeedsNoProbe();
    void createBuildsTheChosenStore();

private:
    bool m_expectUnavailable = true;
};

void TstKeychainSecretStore::initTestCase()
{
    // Make "no Secret Service" deterministic, also on a developer desktop with a keyring (which must not be touched
    // by tests): point the session bus at a socket that does not exist. Both QtDBus and GDBus read this lazily.
#ifdef Q_OS_LINUX
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/paydesk-test-session-bus");
    m_expectUnavailable = true;
#else
    m_expectUnavailable = qEnvironmentVariableIsSet("PAYDESK_TEST_NO_KEYCHAIN");
#endif
}

// A session bus that accepts the connection but never answers: the case where a D-Bus call would hang for its 25 s
// timeout. Runs first, before anything has connected to (or cached) the session bus.
void TstKeychainSecretStore::probeGivesUpOnSilentBus()
{
#if defined(PAYDESK_WITH_KEYCHAIN) && defined(Q_OS_LINUX)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QLocalServer silentBus; // listens; the kernel completes connects; nobody ever reads or answers
    QVERIFY(silentBus.listen(dir.filePath(u"bus"_s)));
    const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(silentBus.fullServerName()));

    QElapsedTimer timer;
    timer.start();
    bool done = false;
    SecretResult result;
    KeychainSecretStore::probe(this, [&](const SecretResult& r) {
        result = r;
        done = true;
    });
    // probe() returns at once: without a Secret Service library (a fresh Debian machine) QtKeychain connects to the
    // session bus synchronously, which must block the probe's own thread, never this one.
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks))); // the event loop kept running meanwhile
    qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    silentBus.close(); // the abandoned probe thread's connect fails now, and the thread ends
    qInfo("keychain probe on a silent bus: %s after %lld ms", qPrintable(secretStatusName(result.status)), elapsed);
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
    QCOMPARE(result.status, Status::Unavailable);
#else
    QSKIP("Linux keychain only");
#endif
}

void TstKeychainSecretStore::probeGivesUpQuickly()
{
#ifdef PAYDESK_WITH_KEYCHAIN
    QElapsedTimer timer;
    timer.start();
    bool done = false;
    SecretResult result;
    KeychainSecretStore::probe(this, [&](const SecretResult& r) {
        result = r;
        done = true;
    });
    QVERIFY(!done);
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    const qint64 elapsed = timer.elapsed();
    qInfo("keychain probe: %s after %lld ms", qPrintable(secretStatusName(result.status)), elapsed);
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
    if (!m_expectUnavailable)
        QSKIP("a keychain backend may be present here");
    QCOMPARE(result.status, Status::Unavailable);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(result.value.isEmpty());
#else
    QSKIP("built without PAYDESK_WITH_KEYCHAIN");
#endif
}

void TstKeychainSecretStore::chooserFallsBackToVault()
{
    if (!m_expectUnavailable)
        QSKIP("a keychain backend may be present here");
    for (const auto preference : {Settings::SecretBackend::Auto, Settings::SecretBackend::Keychain}) {
        QElapsedTimer timer;
        timer.start();
        bool done = false;
        SecretStoreChooser::Choice choice;
        choice.backend = SecretStore::Backend::Keychain;
        SecretStoreChooser::choose(preference, this, [&](const SecretStoreChooser::Choice& c) {
            choice = c;
            done = true;
        });
        QVERIFY(!done);
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(choice.backend, SecretStore::Backend::Vault);
        QCOMPARE(choice.probe.status, Status::Unavailable);
        QVERIFY(!choice.probe.message.isEmpty());
    }
}

void TstKeychainSecretStore::vaultPreferenceNeedsNoProbe()
{
    bool done = false;
    SecretStoreChooser::Choice choice;
    SecretStoreChooser::choose(Settings::SecretBackend::Vault, this, [&](const SecretStoreChooser::Choice& c) {
        choice = c;
        done = true;
    });
    QVERIFY(!done);
    QTRY_VERIFY_WITH_TIMEOUT(done, 200);
    QCOMPARE(choice.backend, SecretStore::Backend::Vault);
    QVERIFY(choice.probe.ok());
}

void TstKeychainSecretStore::createBuildsTheChosenStore()
{
    const QString path = u"/nonexistent/paydesk-test.vault"_s;
    auto vault = SecretStoreChooser::create(SecretStore::Backend::Vault, path);
    QCOMPARE(vault->backend(), SecretStore::Backend::Vault);
    auto* v = qobject_cast<VaultSecretStore*>(vault.get());
    QVERIFY(v);
    QCOMPARE(v->filePath(), path);
    QVERIFY(!v->isUnlocked());
    QCOMPARE(SecretStoreChooser::create(SecretStore::Backend::Memory, path)->backend(), SecretStore::Backend::Memory);
    const auto keychain = SecretStoreChooser::create(SecretStore::Backend::Keychain, path);
    QCOMPARE(keychain->backend(),
        SecretStoreChooser::keychainCompiledIn() ? SecretStore::Backend::Keychain : SecretStore::Backend::Vault);
}

QTEST_GUILESS_MAIN(TstKeychainSecretStore)
#include "tst_KeychainSecretStore.moc"
