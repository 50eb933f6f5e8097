#include "core/domain/Account.h"
#include "core/ledger/Ledger.h"
#include "core/log/FileLogger.h"
#include "core/log/SecretRedactor.h"
#include "core/secrets/VaultSecretStore.h"
#include "core/settings/Settings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

Q_LOGGING_CATEGORY(lcHygiene, "paydesk.test.hygiene")

// ARCHITECTURE.md "Secrets": a stored secret's bytes never appear in the ledger file, the settings file or the log.
// Everything a merchant's data directory holds after a realistic session is scanned for the secret in every form a
// careless line of code might write it: raw, hex, base64 (standard and URL-safe), percent-encoded, in a Basic header.
class TstSecretHygiene final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretNeverReachesLedgerSettingsOrLog();
};

namespace {

QList<QByteArray> encodedForms(const QByteArray& secret)
{
    return {
        secret,
        secret.toHex(),
        secret.toBase64(),
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        secret.toPercentEncoding(),
        QByteArray("sk_test_demo:" + secret).toBase64(),
    };
}

} // namespace

void TstSecretHygiene::secretNeverReachesLedgerSettingsOrLog()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const QByteArray secret = "s3cr3t-API-key/with+plus=and_more-0123456789";

    // Secrets: the vault, feeding the redactor.
    SecretRedactor redactor;
    VaultSecretStore vault(dataDir.filePath(u"secrets.vault"_s));
    vault.setRedactor(&redactor);
    QVERIFY(vault.create("correct horse battery staple", VaultKdfParams{.log2N = 10, .r = 8, .p = 1}).ok());
    const Account account{.id = u"acc-1"_s,
        .name = u"shop-eu"_s,
        .gateway = Gateway::CryptoProcessing,
        .baseUrl = QUrl(u"https://app.cryptoprocessing.com"_s),
        .created = QDateTime::currentDateTimeUtc()};
    QVERIFY(vault.writeNow(secretKey(account.id, SecretKind::ApiSecret), secret).ok());
    QCOMPARE(vault.readNow(secretKey(account.id, SecretKind::ApiSecret)).value, secret);

    // The ledger, with the account the secret belongs to.
    {
        auto ledger = Ledger::open(dataDir.filePath(u"ledger.sqlite"_s));
        QVERIFY2(ledger.ok(), qPrintable(ledger.ok() ? QString() : ledger.error().message));
        QVERIFY(ledger.value()->addAccount(account).ok());
    }

    // Settings, written the way the app writes them.
    {
        QSettings storage(dataDir.filePath(u"paydesk.ini"_s), QSettings::IniFormat);
        Settings settings(&storage);
        settings.setReportingCurrency(u"EUR"_s);
        settings.setHeaderState(u"payments"_s, QByteArray("header-state"));
        settings.sync();
    }

    // The log, with lines that carelessly contain the secret in several forms.
    {
        FileLogger logger(dataDir.path(), &redactor);
        QVERIFY(logger.open());
        logger.install();
        for (const QByteArray& form : encodedForms(secret))
            qCWarning(lcHygiene).noquote() << "request failed; headers:" << QString::fromLatin1(form);
        qCWarning(lcHygiene).noquote() << "Authorization: Basic"
                                       << QString::fromLatin1(QByteArray("sk_test_demo:" + secret).toBase64());
        logger.uninstall();
    }

    int filesScanned = 0;
    QDirIterator files(dataDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++filesScanned;
        for (const QByteArray& form : encodedForms(secret)) {
            QVERIFY2(!bytes.contains(form),
                qPrintable(u"%1 contains the secret as %2"_s.arg(
                    QDir(dataDir.path()).relativeFilePath(path), QString::fromLatin1(form))));
        }
    }
    QVERIFY2(filesScanned >= 3, "expected at least the vault, the ledger, the settings and the log");

    // And the log does carry the lines, redacted: the scan above looked at real output.
    QFile log(dataDir.filePath(u"paydesk.log"_s));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    QVERIFY(logText.contains("request failed"));
    QVERIFY(logText.contains("[redacted]"));
}

QTEST_GUILESS_MAIN(TstSecretHygiene)
#include "tst_SecretHygiene.moc"
