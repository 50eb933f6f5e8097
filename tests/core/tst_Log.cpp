#include "core/log/FileLogger.h"
#include "core/log/SecretRedactor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rotation();
    void handlerRedactsSecrets_data();
    void handlerRedactsSecrets();
    void redactorForms();
    void installIsExplicit();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstLog::rotation()
{
    const qint64 maxBytes = 4096;
    FileLogger logger(m_dir->path(), nullptr, maxBytes, 3);
    QVERIFY(logger.open());
    const QString line = QString(100, u'a');
    for (int i = 0; i < 400; ++i) // ~40 KB: many rotations
        logger.writeLine(u"line %1 "_s.arg(i, 4, 10, QChar(u'0')) + line);
    QStringList files = QDir(m_dir->path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList{u"paydesk.log"_s, u"paydesk.log.1"_s, u"paydesk.log.2"_s}));
    for (int i = 0; i < 3; ++i) {
        const qint64 size = QFileInfo(logger.filePath(i)).size();
        QVERIFY(size > 0);
        QVERIFY2(size <= maxBytes, qPrintable(QString::number(size)));
    }
    // Newest in the current file, older in .1, oldest kept in .2; the very first lines are gone.
    QVERIFY(readAll(logger.filePath(0)).contains("line 0399"));
    QVERIFY(!readAll(logger.filePath(1)).contains("line 0399"));
    QVERIFY(!readAll(logger.filePath(2)).contains("line 0000"));
    QVERIFY(QFile::permissions(logger.currentFilePath()) & QFileDevice::ReadOwner);
    QVERIFY(!(QFile::permissions(logger.currentFilePath()) & QFileDevice::ReadOther));
}

void TstLog::handlerRedactsSecrets_data()
{
    const QByteArray secret = "sk_live_Zx9+/=&?secretvalue"_ba;
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("message");
    QTest::newRow("raw") << secret << u"Authorization: Bearer "_s + QString::fromLatin1(secret);
    QTest::newRow("base64") << secret << u"blob="_s + QString::fromLatin1(secret.toBase64());
    QTest::newRow("base64url") << secret
                               << u"blob="_s
            + QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("percent") << secret
                             << u"url=https://x.test/?key="_s
            + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(secret)));
    QTest::newRow("basic auth") << secret
                                << u"Authorization: Basic "_s
            + QString::fromLatin1(QByteArray("merchant:"_ba + secret).toBase64());
    QTest::newRow("hex") << secret << u"hex "_s + QString::fromLatin1(secret.toHex());
}

void TstLog::handlerRedactsSecrets()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, message);
    SecretRedactor redactor;
    redactor.addSecret(secret);
    FileLogger logger(m_dir->path(), &redactor);
    QVERIFY(logger.open());
    logger.install();
    qWarning().noquote() << message;
    qInfo("%s", qPrintable(message));
    qCritical().noquote() << u"harmless line"_s;
    logger.uninstall();

    const QByteArray file = readAll(logger.currentFilePath());
    QVERIFY(file.contains("harmless line"));
    QVERIFY(file.contains("[redacted]"));
    QVERIFY2(!file.contains(secret), file.constData());
    QVERIFY2(!file.contains("secretvalue"), file.constData());
    QVERIFY2(!file.contains(secret.toBase64()), file.constData());
    QVERIFY2(!file.contains(QUrl::toPercentEncoding(QString::fromLatin1(secret))), file.constData());
    QVERIFY2(!file.contains(secret.toHex()), file.constData());
}

void TstLog::redactorForms()
{
    SecretRedactor redactor;
    QCOMPARE(redactor.redact(u"nothing registered"_s), u"nothing registered"_s);
    redactor.addSecret("abc"_ba); // too short to register
    QCOMPARE(redactor.patternCount(), 0);
    redactor.addSecret("whsec_123456"_ba);
    QVERIFY(redactor.patternCount() > 3);
    QCOMPARE(redactor.redact(u"a whsec_123456 b whsec_123456"_s), u"a [redacted] b [redacted]"_s);
    QCOMPARE(redactor.redact(u"no secret here"_s), u"no secret here"_s);
    redactor.clear();
    QCOMPARE(redactor.redact(u"whsec_123456"_s), u"whsec_123456"_s);
}

void TstLog::installIsExplicit()
{
    FileLogger first(m_dir->path(), nullptr, FileLogger::kDefaultMaxBytes, 3, u"first.log"_s);
    FileLogger second(m_dir->path(), nullptr, FileLogger::kDefaultMaxBytes, 3, u"second.log"_s);
    QVERIFY(!first.isInstalled());
    first.install();
    second.install(); // refused: one at a time
    QVERIFY(first.isInstalled());
    QVERIFY(!second.isInstalled());
    qWarning("to the first");
    first.uninstall();
    QVERIFY(!first.isInstalled());
    qWarning("to nobody");
    QVERIFY(readAll(first.currentFilePath()).contains("to the first"));
    QVERIFY(!readAll(first.currentFilePath()).contains("to nobody"));
    QVERIFY(!QFile::exists(second.currentFilePath()));
}

QTEST_GUILESS_MAIN(TstLog)
#include "tst_Log.moc"
