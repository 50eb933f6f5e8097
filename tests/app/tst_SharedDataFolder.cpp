#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerFileGuard.h"
#include "sandbox/GatewaySimulator.h"
#include "sandbox/SandboxServer.h"
#include "tests/core/LedgerTestData.h"
#include "tests/support/ChildProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// The dashboard and paydesk-cli on one data folder, as docs/cli.md promises: real processes, the real ledger file.
//
// A child process plays the dashboard's session: its main connection stays open and writes a payment every few
// milliseconds, while a second connection on another thread opens and closes again and again (as the Payments
// table's and the Overview's loaders do). Meanwhile this process runs the real paydesk-cli on the same folder,
// reads and writes (invoices created on the in-process sandbox). Afterwards every write of every process must be in
// the ledger, and no process may ever have held a deleted ledger, -wal or -shm file.
namespace {

const QString kSessionAccount = u"session-account"_s;

// The ledger files (ledger.sqlite, -wal, -shm) that process `pid` holds open although they were deleted.
QStringList deletedLedgerFiles(qint64 pid, const QString& dataDir)
{
    QStringList deleted;
    const QString prefix = QFileInfo(QDir(dataDir).filePath(u"ledger.sqlite"_s)).absoluteFilePath();
    const QDir fds(u"/proc/%1/fd"_s.arg(pid));
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.startsWith(prefix) && target.endsWith(u" (deleted)"_s))
            deleted << target;
    }
    return deleted;
}

// Why the session process is no longer running, for a failure message.
QString exited(QProcess& session)
{
    session.waitForFinished(1000);
    return u"the session exited (status %1, code %2): %3"_s.arg(session.exitStatus())
        .arg(session.exitCode())
        .arg(QString::fromLocal8Bit(session.readAllStandardError()));
}

// The child: the dashboard's session. Writes until `dataDir/stop` exists, then prints how many payments it wrote.
int runSession(const QString& dataDir)
{
    const QString path = QDir(dataDir).filePath(u"ledger.sqlite"_s);
    auto opened = Ledger::open(path);
    if (!opened) {
        std::fprintf(stderr, "session: %s\n", qPrintable(opened.error().message));
        return 2;
    }
    Ledger& ledger = *opened.value();
    if (auto added = ledger.addAccount(testdata::account(kSessionAccount, u"Dashboard session"_s)); !added) {
        std::fprintf(stderr, "session: %s\n", qPrintable(added.error().message));
        return 2;
    }
    std::printf("ready\n");
    std::fflush(stdout);

    int written = 0;
    while (!QFileInfo::exists(QDir(dataDir).filePath(u"stop"_s)) && written < 5000) {
        // A reader on another thread with its own connection, opened and closed, as the dashboard's loaders do.
        QString readerError;
        std::unique_ptr<QThread> reader(QThread::create([&path, &readerError] {
            auto other = Ledger::open(path);
            if (!other)
                readerError = other.error().message;
            else if (auto accounts = other.value()->accounts(); !accounts)
                readerError = accounts.error().message;
        }));
        reader->start();
        reader->wait();
        if (!readerError.isEmpty()) {
            std::fprintf(stderr, "session reader: %s\n", qPrintable(readerError));
            return 2;
        }

        const auto upserted = ledger.upsertPayments(
            {testdata::payment(kSessionAccount, u"session-%1"_s.arg(written), 1'700'000'000'000 + written * 1000LL)});
        if (!upserted) {
            std::fprintf(stderr, "session write %d: %s\n", written, qPrintable(upserted.error().message));
            return 2;
        }
        ++written;
        const QStringList deleted = deletedLedgerFiles(QCoreApplication::applicationPid(), dataDir);
        if (!deleted.isEmpty()) {
            std::fprintf(
                stderr, "session holds deleted files after write %d: %s\n", written, qPrintable(deleted.join(u", ")));
            return 3;
        }
        QThread::msleep(20);
    }
    std::printf("wrote %d\n", written);
    return 0;
}

} // namespace

class TstSharedDataFolder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneProcessOpensTheFileOnceOutsideSqlite();
    void newLedgerIsOwnerOnly();
    void dashboardSessionAndCliShareOneFolder();

private:
    testsupport::ChildRun cli(const QStringList& arguments, const QMap<QString, QString>& environment = {});
    QString demo(const QString& gateway, const QString& name) const;

    QTemporaryDir m_home;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
};

void TstSharedDataFolder::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    m_sandbox->addDefaultGateways();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

testsupport::ChildRun TstSharedDataFolder::cli(const QStringList& arguments, const QMap<QString, QString>& environment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PAYDESK_HOME"_s, m_home.path());
    env.insert(u"PAYDESK_PASSPHRASE"_s, u"shared folder test passphrase"_s);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    return testsupport::runChild(QStringLiteral(PAYDESK_CLI_PATH), arguments, env);
}

QString TstSharedDataFolder::demo(const QString& gateway, const QString& name) const
{
    for (const auto& credential : m_sandbox->gateway(gateway)->demoCredentials()) {
        if (credential.name == name)
            return credential.value;
    }
    return {};
}

// Within one process, the plain-file header probe runs only while no connection is open on the file: a second
// connection (another thread's) must not open and close a descriptor of the live file.
void TstSharedDataFolder::oneProcessOpensTheFileOnceOutsideSqlite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"ledger.sqlite"_s);
    QCOMPARE(LedgerFileGuard::openCount(path), 0);
    {
        auto first = Ledger::open(path);
        QVERIFY(first.ok());
        QCOMPARE(LedgerFileGuard::openCount(path), 1);
        auto second = Ledger::open(dir.path() + u"/./ledger.sqlite"_s); // the same file, spelt differently
        QVERIFY(second.ok());
        QCOMPARE(LedgerFileGuard::openCount(path), 2);
    }
    QCOMPARE(LedgerFileGuard::openCount(path), 0);

    // A refused file is not counted.
    const QString foreign = dir.filePath(u"foreign.sqlite"_s);
    QFile file(foreign);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QVERIFY(!Ledger::open(foreign).ok());
    QCOMPARE(LedgerFileGuard::openCount(foreign), 0);
}

// Financial data is for its owner only, as the vault and the log are: the ledger and its -wal and -shm are 0600,
// and a ledger made 0644 by an older version is tightened when opened.
void TstSharedDataFolder::newLedgerIsOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"ledger.sqlite"_s);
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    constexpr auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    {
        auto ledger = Ledger::open(path);
        QVERIFY(ledger.ok());
        QVERIFY(ledger.value()->addAccount(testdata::account(u"a"_s, u"A"_s)).ok());
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QVERIFY2(QFileInfo::exists(path + suffix), qPrintable(suffix));
            QCOMPARE(QFileInfo(path + suffix).permissions() & (ownerOnly | others), ownerOnly);
        }
    }
    QVERIFY(QFile::setPermissions(path, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    {
        auto ledger = Ledger::open(path);
        QVERIFY(ledger.ok());
        QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::Permissions());
    }
}

void TstSharedDataFolder::dashboardSessionAndCliShareOneFolder()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc/<pid>/fd");
#else
    const QString dataDir = m_home.path();
    const QString ledgerPath = QDir(dataDir).filePath(u"ledger.sqlite"_s);

    const testsupport::ChildRun added
        = cli({u"account"_s, u"add"_s, u"shop-cc"_s, u"--provider"_s, u"cryptocom"_s, u"--base-url"_s,
                  m_sandbox->baseUrl().resolved(QUrl(u"/cryptocom/api"_s)).toString()},
            {{u"PAYDESK_API_KEY"_s, demo(u"cryptocom"_s, u"secret key"_s)},
                {u"PAYDESK_WEBHOOK_SECRET"_s, demo(u"cryptocom"_s, u"webhook signature secret"_s)}});
    QVERIFY2(added.exitCode == 0, added.err.constData());

    QProcess session;
    session.setProcessChannelMode(QProcess::SeparateChannels);
    session.start(QCoreApplication::applicationFilePath(), {u"--session"_s, dataDir});
    QVERIFY(session.waitForStarted());
    QVERIFY2(QTest::qWaitFor([&session] { return session.canReadLine(); }, 30'000),
        session.readAllStandardError().constData());
    QCOMPARE(session.readLine().trimmed(), QByteArray("ready"));

    QStringList orderIds;
    constexpr int kRounds = 6;
    for (int round = 0; round < kRounds; ++round) {
        const QString orderId = u"SHARED-%1"_s.arg(round);
        const testsupport::ChildRun created = cli({u"--json"_s, u"invoice"_s, u"create"_s, u"shop-cc"_s, u"--amount"_s,
            u"%1.00"_s.arg(10 + round), u"--currency"_s, u"EUR"_s, u"--order-id"_s, orderId});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        orderIds << orderId;
        QVERIFY2(session.state() == QProcess::Running, qPrintable(exited(session)));
        QCOMPARE(deletedLedgerFiles(session.processId(), dataDir), QStringList());

        const testsupport::ChildRun listed = cli({u"--json"_s, u"payments"_s, u"--account"_s, u"shop-cc"_s});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), round + 1);
        const testsupport::ChildRun accounts = cli({u"account"_s, u"list"_s});
        QVERIFY2(accounts.exitCode == 0, accounts.err.constData());
        QVERIFY2(session.state() == QProcess::Running, qPrintable(exited(session)));
        QCOMPARE(deletedLedgerFiles(session.processId(), dataDir), QStringList());
    }

    QFile stop(QDir(dataDir).filePath(u"stop"_s));
    QVERIFY(stop.open(QIODevice::WriteOnly));
    stop.close();
    QVERIFY(QTest::qWaitFor([&session] { return session.state() == QProcess::NotRunning; }, 60'000));
    const QByteArray sessionErrors = session.readAllStandardError();
    QVERIFY2(session.exitStatus() == QProcess::NormalExit && session.exitCode() == 0, sessionErrors.constData());
    const QByteArray summary = session.readAllStandardOutput().trimmed();
    QVERIFY2(summary.startsWith("wrote "), summary.constData());
    const int written = summary.mid(6).toInt();
    QVERIFY2(written >= kRounds, summary.constData());

    // Everything every process wrote is in the ledger once all of them have exited.
    auto ledger = Ledger::open(ledgerPath);
    QVERIFY(ledger.ok());
    auto accounts = ledger.value()->accounts();
    QVERIFY(accounts.ok());
    QString cliAccountId;
    for (const Account& account : accounts.value()) {
        if (account.name == u"shop-cc")
            cliAccountId = account.id;
    }
    QVERIFY(!cliAccountId.isEmpty());
    PaymentQuery sessionQuery;
    sessionQuery.accountIds = {kSessionAccount};
    auto sessionPayments = ledger.value()->payments(sessionQuery);
    QVERIFY(sessionPayments.ok());
    QCOMPARE(sessionPayments.value().size(), written);
    PaymentQuery cliQuery;
    cliQuery.accountIds = {cliAccountId};
    auto cliPayments = ledger.value()->payments(cliQuery);
    QVERIFY(cliPayments.ok());
    QStringList found;
    for (const Payment& payment : cliPayments.value())
        found << payment.orderId;
    found.sort();
    QCOMPARE(found, orderIds);
#endif
}

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--session") == 0) {
        QCoreApplication app(argc, argv);
        return runSession(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TstSharedDataFolder test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_SharedDataFolder.moc"
