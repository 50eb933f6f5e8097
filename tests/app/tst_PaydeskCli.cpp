#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "sandbox/GatewaySimulator.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/ChildProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// paydesk-cli as a merchant's script runs it: the real executable in a child process, against the sandbox served
// from this process over loopback HTTP, with its data directory and vault in a temporary folder. The event loop
// keeps running while the child works, so the sandbox answers.
class TstPaydeskCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void helpAndVersion();
    void accountAddTestAndList();
    void wrongKeyNamesTheAccountInPlainWords();
    void secretsNeverReachArgvOrTheLedger();
    void syncThenListPayments();
    void syncShowsProgress();
    void invoiceCreatePayAndPartialRefund();
    void invoiceCreateInterruptedAfterCommitIsCreatedOnce();
    void validationErrorIsNotSent();
    void unsupportedCapabilityIsExplained();
    void webhookVerify();
    void exportAndQrCode();
    void sameOrderIdAfterNotSentOrRefused();
    void unknownOutcomesAreListedUntilSettled();
    void unsettledRequestsAreShownAndSettledByHand();
    void withdrawalIsFollowedBySyncAndListed();
    void addressShowsItsDepositsAfterSync();
    void accountAddRefusesPlainHttpToAPublicHost();
    void badKeysAreRefusedBeforeTheJournal_data();
    void badKeysAreRefusedBeforeTheJournal();
    void largeAmountNeedsYes();
    void emptyLedgerBesideAVaultIsRefused();
    void readOnlyDataFolderStillReads();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonValue json() const
        {
            const QJsonDocument document = QJsonDocument::fromJson(out);
            return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        }
    };
    Run cli(const QStringList& arguments, const QMap<QString, QString>& environment = {});
    // paydesk-cli on a pseudo-terminal, as typed by a merchant (util-linux `script`); what the terminal showed.
    QByteArray onTerminal(const QStringList& arguments);
    QProcessEnvironment cliEnvironment() const;
    QJsonObject control(const QString& path, const QJsonObject& body);
    int received(const QByteArray& method, const QString& path) const;
    QString demo(const QString& gateway, const QString& name) const;
    QString baseUrl(const QString& prefix) const { return m_sandbox->baseUrl().resolved(QUrl(prefix)).toString(); }

    QTemporaryDir m_home;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
};

void TstPaydeskCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    m_sandbox->addDefaultGateways();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_sandbox->regenerate(400, 30, 11); // 100 invoices per gateway
}

void TstPaydeskCli::cleanupTestCase()
{
    m_sandbox.reset();
}

TstPaydeskCli::Run TstPaydeskCli::cli(const QStringList& arguments, const QMap<QString, QString>& environment)
{
    QProcessEnvironment env = cliEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    const testsupport::ChildRun run = testsupport::runChild(QStringLiteral(PAYDESK_CLI_PATH), arguments, env);
    return {run.exitCode, run.out, run.err};
}

QProcessEnvironment TstPaydeskCli::cliEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PAYDESK_HOME"_s, m_home.filePath(u"home"_s));
    env.insert(u"PAYDESK_PASSPHRASE"_s, u"cli test passphrase"_s);
    return env;
}

QJsonObject TstPaydeskCli::control(const QString& path, const QJsonObject& body)
{
    QNetworkRequest request(m_sandbox->baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000);
    reply->deleteLater();
    if (!finished)
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object();
}

int TstPaydeskCli::received(const QByteArray& method, const QString& path) const
{
    int count = 0;
    for (const auto& entry : m_sandbox->requestLog().entries()) {
        if (entry.method == method && entry.path == path)
            ++count;
    }
    return count;
}

QString TstPaydeskCli::demo(const QString& gateway, const QString& name) const
{
    for (const auto& credential : m_sandbox->gateway(gateway)->demoCredentials()) {
        if (credential.name == name)
            return credential.value;
    }
    return {};
}

void TstPaydeskCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown option") << QStringList{u"payments"_s, u"--colour"_s};
    QTest::newRow("missing value") << QStringList{u"invoice"_s, u"create"_s, u"shop"_s, u"--amount"_s};
    QTest::newRow("bad amount") << QStringList{
        u"invoice"_s, u"create"_s, u"shop"_s, u"--amount"_s, u"1,5"_s, u"--currency"_s, u"USD"_s};
    QTest::newRow("bad date") << QStringList{u"payments"_s, u"--from"_s, u"yesterday"_s};
    QTest::newRow("unknown provider") << QStringList{u"account"_s, u"add"_s, u"x"_s, u"--provider"_s, u"paypal"_s};
    QTest::newRow("extra argument") << QStringList{u"account"_s, u"list"_s, u"extra"_s};
    QTest::newRow("amount with a plus") << QStringList{
        u"invoice"_s, u"create"_s, u"shop"_s, u"--amount"_s, u"+5"_s, u"--currency"_s, u"USD"_s};
    QTest::newRow("settle: both decisions")
        << QStringList{u"journal"_s, u"settle"_s, u"K-1"_s, u"--found"_s, u"x"_s, u"--not-sent"_s};
    QTest::newRow("settle: no decision") << QStringList{u"journal"_s, u"settle"_s, u"K-1"_s};
}

void TstPaydeskCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty() || !run.out.isEmpty());
}

void TstPaydeskCli::helpAndVersion()
{
    const Run help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("invoice create NAME --amount"));
    QVERIFY(help.out.contains("PAYDESK_PASSPHRASE"));
    const Run version = cli({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("paydesk-cli "));
}

void TstPaydeskCli::accountAddTestAndList()
{
    const Run added = cli({u"account"_s, u"add"_s, u"shop-cc"_s, u"--provider"_s, u"cryptocom"_s, u"--base-url"_s,
                              baseUrl(u"/cryptocom/api"_s)},
        {{u"PAYDESK_API_KEY"_s, demo(u"cryptocom"_s, u"secret key"_s)},
            {u"PAYDESK_WEBHOOK_SECRET"_s, demo(u"cryptocom"_s, u"webhook signature secret"_s)}});
    QVERIFY2(added.exitCode == 0, added.err.constData());

    const Run duplicate = cli(
        {u"account"_s, u"add"_s, u"shop-cc"_s, u"--provider"_s, u"cryptocom"_s}, {{u"PAYDESK_API_KEY"_s, u"x"_s}});
    QCOMPARE(duplicate.exitCode, 1);
    QVERIFY(duplicate.err.contains("exists already"));

    const Run tested = cli({u"account"_s, u"test"_s, u"shop-cc"_s});
    QVERIFY2(tested.exitCode == 0, tested.err.constData());
    QVERIFY(received("GET", u"/cryptocom/api/payments"_s) >= 1);

    const Run listed = cli({u"--json"_s, u"account"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray accounts = listed.json().toArray();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first()[u"name"_s].toString(), u"shop-cc"_s);
    QCOMPARE(accounts.first()[u"provider"_s].toString(), u"cryptocom"_s);
}

void TstPaydeskCli::wrongKeyNamesTheAccountInPlainWords()
{
    QCOMPARE(cli({u"account"_s, u"add"_s, u"shop-wrong"_s, u"--provider"_s, u"cryptocom"_s, u"--base-url"_s,
                     baseUrl(u"/cryptocom/api"_s)},
                 {{u"PAYDESK_API_KEY"_s, u"sk_test_wrong"_s}})
                 .exitCode,
        0);
    const Run tested = cli({u"account"_s, u"test"_s, u"shop-wrong"_s});
    QCOMPARE(tested.exitCode, 1);
    const QString message = QString::fromUtf8(tested.err);
    QVERIFY2(message.contains(u"rejected the API key of account “shop-wrong”"_s), qPrintable(message));
    QVERIFY2(!message.contains(u'{'), qPrintable(message)); // no JSON dump

    const Run json = cli({u"--json"_s, u"account"_s, u"test"_s, u"shop-wrong"_s});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.json()[u"error"_s][u"kind"_s].toString(), u"auth"_s);
    QCOMPARE(cli({u"account"_s, u"remove"_s, u"shop-wrong"_s}).exitCode, 0);
    QCOMPARE(cli({u"account"_s, u"test"_s, u"shop-wrong"_s}).exitCode, 1);
}

void TstPaydeskCli::secretsNeverReachArgvOrTheLedger()
{
    // The key went in through the environment; the ledger file and the vault never hold it in the clear.
    const QByteArray key = demo(u"cryptocom"_s, u"secret key"_s).toUtf8();
    for (const QString& name : {u"ledger.sqlite"_s, u"secrets.vault"_s}) {
        QFile file(m_home.filePath(u"home/"_s + name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        QVERIFY2(!file.readAll().contains(key), qPrintable(name));
    }
    // There is no option that takes a secret.
    const Run help = cli({u"--help"_s});
    QVERIFY(!help.out.contains("--api-key"));
}

void TstPaydeskCli::syncThenListPayments()
{
    const Run synced = cli({u"--json"_s, u"sync"_s, u"shop-cc"_s});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    const QJsonObject outcome = synced.json().toArray().first().toObject();
    QCOMPARE(outcome[u"account"_s].toString(), u"shop-cc"_s);
    QCOMPARE(outcome[u"invoices_new"_s].toInteger(), 100);

    const Run listed = cli({u"--json"_s, u"payments"_s, u"--account"_s, u"shop-cc"_s, u"--limit"_s, u"1000"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().toArray().size(), 100);
    const Run paid = cli({u"--json"_s, u"payments"_s, u"--status"_s, u"paid"_s, u"--limit"_s, u"1000"_s});
    for (const QJsonValue& payment : paid.json().toArray())
        QCOMPARE(payment[u"status"_s].toString(), u"paid"_s);
    QVERIFY(paid.json().toArray().size() < 100);

    const Run again = cli({u"--json"_s, u"sync"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().toArray().first()[u"invoices_new"_s].toInteger(), 0);
}

// A sync can take half a minute: on a terminal a line on stderr says where each account is, then is erased; with
// --progress the steps are lines (for a cron log); otherwise stderr stays quiet. stdout is the result either way.
void TstPaydeskCli::syncShowsProgress()
{
    const QByteArray screen = onTerminal({u"sync"_s, u"shop-cc"_s});
    QVERIFY2(screen.contains("\r\033[Kshop-cc: listing invoices"), screen.constData());
    // Erased before the result is printed.
    QVERIFY2(QRegularExpression(u"\r\033\\[Kshop-cc: \\d+ invoices seen"_s).match(QString::fromUtf8(screen)).hasMatch(),
        screen.constData());

    const Run logged = cli({u"--json"_s, u"sync"_s, u"shop-cc"_s, u"--progress"_s});
    QVERIFY2(logged.exitCode == 0, logged.err.constData());
    QVERIFY2(logged.err.contains("shop-cc: listing invoices"), logged.err.constData());
    QVERIFY2(logged.err.contains("shop-cc: refreshing open invoices"), logged.err.constData());
    QVERIFY(!logged.err.contains('\r'));
    QCOMPARE(logged.json().toArray().first()[u"account"_s].toString(), u"shop-cc"_s);

    const Run quiet = cli({u"sync"_s, u"shop-cc"_s});
    QVERIFY2(quiet.exitCode == 0, quiet.err.constData());
    QVERIFY2(!quiet.err.contains("listing invoices"), quiet.err.constData());
}

QByteArray TstPaydeskCli::onTerminal(const QStringList& arguments)
{
    QStringList command{QStringLiteral(PAYDESK_CLI_PATH)};
    for (const QString& argument : arguments)
        command << argument;
    // script(1) runs the command on a new pseudo-terminal and copies what it wrote to its own stdout.
    return testsupport::runChild(u"script"_s, {u"-qec"_s, command.join(u' '), u"/dev/null"_s}, cliEnvironment()).out;
}

void TstPaydeskCli::invoiceCreatePayAndPartialRefund()
{
    const Run created = cli({u"--json"_s, u"invoice"_s, u"create"_s, u"shop-cc"_s, u"--amount"_s, u"40.00"_s,
        u"--currency"_s, u"EUR"_s, u"--description"_s, u"Order 77"_s, u"--order-id"_s, u"CLI-77"_s});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString id = created.json()[u"id"_s].toString();
    QCOMPARE(created.json()[u"order_id"_s].toString(), u"CLI-77"_s);
    QCOMPARE(created.json()[u"status"_s].toString(), u"pending"_s);
    QVERIFY(!created.json()[u"payment_url"_s].toString().isEmpty());

    control(u"/_sandbox/pay"_s, {{u"gateway"_s, u"cryptocom"_s}, {u"id"_s, id}});
    const Run shown = cli({u"--json"_s, u"invoice"_s, u"show"_s, u"shop-cc"_s, id});
    QCOMPARE(shown.json()[u"status"_s].toString(), u"paid"_s);

    const Run tooMuch = cli({u"refund"_s, u"create"_s, u"shop-cc"_s, id, u"--amount"_s, u"40.01"_s});
    QCOMPARE(tooMuch.exitCode, 1);
    QVERIFY(tooMuch.err.contains("40.00 EUR"));
    QCOMPARE(received("POST", u"/cryptocom/api/refunds"_s), 0);

    const Run refunded = cli({u"--json"_s, u"refund"_s, u"create"_s, u"shop-cc"_s, id, u"--amount"_s, u"15.00"_s,
        u"--reason"_s, u"requested_by_customer"_s});
    QVERIFY2(refunded.exitCode == 0, refunded.err.constData());
    QCOMPARE(refunded.json()[u"amount"_s].toString(), u"15.00"_s);
    QCOMPARE(refunded.json()[u"payment_id"_s].toString(), id);
    QCOMPARE(received("POST", u"/cryptocom/api/refunds"_s), 1);

    const Run after = cli({u"--json"_s, u"invoice"_s, u"show"_s, u"shop-cc"_s, id});
    QCOMPARE(after.json()[u"refunded"_s].toString(), u"15.00"_s);
    QCOMPARE(after.json()[u"status"_s].toString(), u"partially_refunded"_s);
}

void TstPaydeskCli::invoiceCreateInterruptedAfterCommitIsCreatedOnce()
{
    control(u"/_sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/cryptocom/api/payments"_s},
                {u"kind"_s, u"error500AfterCommit"_s}, {u"count"_s, 1}}}}});
    const int before = received("POST", u"/cryptocom/api/payments"_s);
    const Run created = cli({u"--json"_s, u"invoice"_s, u"create"_s, u"shop-cc"_s, u"--amount"_s, u"9.99"_s,
        u"--currency"_s, u"USD"_s, u"--order-id"_s, u"CLI-FAULT-1"_s});
    QVERIFY2(created.exitCode == 0, created.err.constData()); // found by its order id after the 500
    QCOMPARE(received("POST", u"/cryptocom/api/payments"_s), before + 1);
    const Run listed = cli({u"--json"_s, u"payments"_s, u"--search"_s, u"CLI-FAULT-1"_s});
    QCOMPARE(listed.json().toArray().size(), 1);

    // The same order id again: nothing is sent, the invoice already created is shown.
    const Run again = cli({u"--json"_s, u"invoice"_s, u"create"_s, u"shop-cc"_s, u"--amount"_s, u"9.99"_s,
        u"--currency"_s, u"USD"_s, u"--order-id"_s, u"CLI-FAULT-1"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json()[u"id"_s], created.json()[u"id"_s]);
    QCOMPARE(received("POST", u"/cryptocom/api/payments"_s), before + 1);
}

void TstPaydeskCli::validationErrorIsNotSent()
{
    const int before = received("POST", u"/cryptocom/api/payments"_s);
    const Run run = cli(
        {u"--json"_s, u"invoice"_s, u"create"_s, u"shop-cc"_s, u"--amount"_s, u"10.005"_s, u"--currency"_s, u"USD"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json()[u"error"_s][u"kind"_s].toString(), u"validation"_s);
    QCOMPARE(run.json()[u"error"_s][u"field"_s].toString(), u"amount"_s);
    QVERIFY(run.err.contains("Not sent"));
    QCOMPARE(received("POST", u"/cryptocom/api/payments"_s), before);
}

void TstPaydeskCli::unsupportedCapabilityIsExplained()
{
    const Run run = cli({u"address"_s, u"create"_s, u"shop-cc"_s, u"--asset"_s, u"BTC"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Crypto.com Pay has no dedicated deposit addresses."), run.err.constData());
}

void TstPaydeskCli::webhookVerify()
{
    // A Crypto.com webhook signed the way the gateway does it: "t=<ts>,v1=HMAC-SHA256(secret, ts + '.' + body)".
    const QByteArray body = R"({"id":"evt_1","type":"payment.captured","data":{"object":{"id":"p1"}}})";
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray secret = demo(u"cryptocom"_s, u"webhook signature secret"_s).toUtf8();
    const QByteArray signature
        = QMessageAuthenticationCode::hash(timestamp + '.' + body, secret, QCryptographicHash::Sha256).toHex();
    const QString bodyPath = m_home.filePath(u"webhook.json"_s);
    QFile file(bodyPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(body);
    file.close();

    const Run valid = cli({u"webhook"_s, u"verify"_s, u"shop-cc"_s, u"--body-file"_s, bodyPath, u"--header"_s,
        u"Pay-Signature: t=%1,v1=%2"_s.arg(QString::fromLatin1(timestamp), QString::fromLatin1(signature))});
    QVERIFY2(valid.exitCode == 0, valid.err.constData());

    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(body).replace("p1", "p2")); // tampered after signing
    file.close();
    const Run tampered
        = cli({u"--json"_s, u"webhook"_s, u"verify"_s, u"shop-cc"_s, u"--body-file"_s, bodyPath, u"--header"_s,
            u"Pay-Signature: t=%1,v1=%2"_s.arg(QString::fromLatin1(timestamp), QString::fromLatin1(signature))});
    QCOMPARE(tampered.exitCode, 1);
    QCOMPARE(tampered.json()[u"error"_s][u"kind"_s].toString(), u"invalid"_s);
}

void TstPaydeskCli::exportAndQrCode()
{
    const QString csvPath = m_home.filePath(u"payments.csv"_s);
    const Run exported = cli({u"--json"_s, u"export"_s, u"payments"_s, u"--format"_s, u"csv"_s, u"--out"_s, csvPath});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const Run listed = cli({u"--json"_s, u"payments"_s, u"--limit"_s, u"100000"_s});
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QVERIFY(lines.first().startsWith("created_utc,created_local,account,"));
    QVERIFY(lines.first().endsWith("\r")); // RFC 4180 line ends
    QCOMPARE(exported.json()[u"rows"_s].toInteger(), listed.json().toArray().size());

    const Run badDestination = cli(
        {u"export"_s, u"payments"_s, u"--format"_s, u"csv"_s, u"--out"_s, m_home.filePath(u"no/such/dir/x.csv"_s)});
    QCOMPARE(badDestination.exitCode, 1);
    QVERIFY(!QFile::exists(m_home.filePath(u"no/such/dir/x.csv"_s)));

    const QString id = listed.json().toArray().first()[u"id"_s].toString();
    const QString png = m_home.filePath(u"invoice.png"_s);
    const QString svg = m_home.filePath(u"invoice.svg"_s);
    QCOMPARE(cli({u"invoice"_s, u"qr"_s, u"shop-cc"_s, id, u"--out"_s, png}).exitCode, 0);
    QCOMPARE(cli({u"invoice"_s, u"qr"_s, u"shop-cc"_s, id, u"--out"_s, svg}).exitCode, 0);
    QFile pngFile(png);
    QVERIFY(pngFile.open(QIODevice::ReadOnly));
    QVERIFY(pngFile.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QVERIFY(svgFile.readAll().contains("<svg"));
}

void TstPaydeskCli::sameOrderIdAfterNotSentOrRefused()
{
    const QString payments = u"/cryptocom/api/payments"_s;
    const auto create = [this](const QString& account, const QString& amount, const QString& orderId) {
        return cli({u"--json"_s, u"invoice"_s, u"create"_s, account, u"--amount"_s, amount, u"--currency"_s, u"USD"_s,
            u"--order-id"_s, orderId});
    };

    // Refused before sending (too many decimals), then corrected under the same order id.
    int before = received("POST", payments);
    const Run local = create(u"shop-cc"_s, u"10.005"_s, u"CLI-RESEND-1"_s);
    QCOMPARE(local.exitCode, 1);
    QVERIFY(local.err.contains("Not sent"));
    const Run corrected = create(u"shop-cc"_s, u"10.00"_s, u"CLI-RESEND-1"_s);
    QVERIFY2(corrected.exitCode == 0, corrected.err.constData());
    QCOMPARE(corrected.json()[u"order_id"_s].toString(), u"CLI-RESEND-1"_s);
    QCOMPARE(received("POST", payments), before + 1);

    // The gateway refuses with a 422 and creates nothing; the same order id is then sent and created.
    control(u"/_sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, payments},
                {u"kind"_s, u"error500BeforeCommit"_s}, {u"status"_s, 422}, {u"count"_s, 1}}}}});
    before = received("POST", payments);
    const Run refused = create(u"shop-cc"_s, u"11.00"_s, u"CLI-RESEND-2"_s);
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.json()[u"error"_s][u"http_status"_s].toInt(), 422);
    const Run resent = create(u"shop-cc"_s, u"11.00"_s, u"CLI-RESEND-2"_s);
    QVERIFY2(resent.exitCode == 0, resent.err.constData());
    QCOMPARE(resent.json()[u"order_id"_s].toString(), u"CLI-RESEND-2"_s);
    QCOMPARE(received("POST", payments), before + 2);

    // An account whose gateway refuses the connection: nothing reaches it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString refusing = u"http://127.0.0.1:%1/cryptocom/api"_s.arg(probe.serverPort());
    probe.close();
    QCOMPARE(cli({u"account"_s, u"add"_s, u"shop-down"_s, u"--provider"_s, u"cryptocom"_s, u"--base-url"_s, refusing},
                 {{u"PAYDESK_API_KEY"_s, demo(u"cryptocom"_s, u"secret key"_s)}})
                 .exitCode,
        0);
    before = received("POST", payments);
    const Run down = create(u"shop-down"_s, u"12.00"_s, u"CLI-RESEND-3"_s);
    QCOMPARE(down.exitCode, 1);
    QCOMPARE(down.json()[u"error"_s][u"kind"_s].toString(), u"network"_s);
    QVERIFY(!down.json()[u"error"_s][u"outcome_unknown"_s].toBool());

    // The gateway is reachable again (the account now points at the sandbox): the same order id is sent once.
    {
        auto ledger = Ledger::open(m_home.filePath(u"home/ledger.sqlite"_s));
        QVERIFY(ledger.ok());
        auto account = ledger.value()->accountByName(u"shop-down"_s);
        QVERIFY(account.ok());
        account.value().baseUrl = QUrl(baseUrl(u"/cryptocom/api"_s));
        QVERIFY(ledger.value()->updateAccount(account.value()).ok());
    }
    const Run up = create(u"shop-down"_s, u"12.00"_s, u"CLI-RESEND-3"_s);
    QVERIFY2(up.exitCode == 0, up.err.constData());
    QCOMPARE(up.json()[u"order_id"_s].toString(), u"CLI-RESEND-3"_s);
    QCOMPARE(received("POST", payments), before + 1);
}

// Issue #13, defects 4 and 5: a CryptoProcessing invoice and a v10.2 refund whose answers were lost are listed as
// "outcome unknown" (from the journal, not as money) until settled; the invoice is settled by sending the same key
// again (the gateway refuses the taken foreign id, which proves it exists), the v10.2 refund stays.
void TstPaydeskCli::unknownOutcomesAreListedUntilSettled()
{
    const Run addedCp = cli({u"account"_s, u"add"_s, u"shop-cp"_s, u"--provider"_s, u"cryptoprocessing"_s,
                                u"--base-url"_s, baseUrl(u"/cryptoprocessing"_s)},
        {{u"PAYDESK_API_KEY"_s, demo(u"cryptoprocessing"_s, u"API key (X-Processing-Key)"_s)},
            {u"PAYDESK_API_SECRET"_s, demo(u"cryptoprocessing"_s, u"API secret (HMAC-SHA512 of the body)"_s)}});
    QVERIFY2(addedCp.exitCode == 0, addedCp.err.constData());
    const QString requests = u"/cryptoprocessing/api/payments/v1/requests"_s;
    control(u"/_sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, requests},
                {u"kind"_s, u"error500AfterCommit"_s}, {u"count"_s, 1}}}}});
    const QStringList create{u"--json"_s, u"invoice"_s, u"create"_s, u"shop-cp"_s, u"--amount"_s, u"12.34"_s,
        u"--currency"_s, u"EUR"_s, u"--order-id"_s, u"CLI-CP-LOST"_s};
    const Run lost = cli(create);
    QCOMPARE(lost.exitCode, 1);
    QCOMPARE(received("POST", requests), 1);

    const auto standIn = [this]() -> QJsonObject {
        const Run listed = cli({u"--json"_s, u"payments"_s, u"--account"_s, u"shop-cp"_s});
        for (const QJsonValue& row : listed.json().toArray()) {
            if (row[u"order_id"_s].toString() == u"CLI-CP-LOST"_s)
                return row.toObject();
        }
        return {};
    };
    QJsonObject row = standIn();
    QCOMPARE(row[u"status"_s].toString(), u"outcome_unknown"_s);
    QCOMPARE(row[u"id"_s].toString(), u"journal:CLI-CP-LOST"_s);
    QCOMPARE(row[u"amount"_s].toString(), u"12.34"_s);
    QCOMPARE(row[u"currency"_s].toString(), u"EUR"_s);
    QCOMPARE(row[u"account"_s].toString(), u"shop-cp"_s);
    const Run table = cli({u"payments"_s, u"--status"_s, u"outcome_unknown"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("CLI-CP-LOST"));
    QVERIFY(table.out.contains("Outcome unknown"));
    QVERIFY(!cli({u"payments"_s, u"--status"_s, u"paid"_s}).out.contains("CLI-CP-LOST"));
    // Not money: exports hold only what the gateway confirmed.
    const QString exported = m_home.filePath(u"unknown.json"_s);
    QCOMPARE(cli({u"export"_s, u"payments"_s, u"--format"_s, u"json"_s, u"--out"_s, exported}).exitCode, 0);
    QFile exportFile(exported);
    QVERIFY(exportFile.open(QIODevice::ReadOnly));
    QVERIFY(!exportFile.readAll().contains("CLI-CP-LOST"));

    // A sync looks it up (nothing paid yet), sends nothing, and it stays listed (and sync says so: exit status 3).
    const Run synced = cli({u"sync"_s, u"shop-cp"_s});
    QVERIFY2(synced.exitCode == 3, synced.err.constData());
    QVERIFY2(synced.out.contains("CLI-CP-LOST") || synced.err.contains("CLI-CP-LOST"), synced.out.constData());
    QCOMPARE(received("POST", requests), 1);
    QCOMPARE(standIn()[u"status"_s].toString(), u"outcome_unknown"_s);

    // The same order id again: re-sent once, refused as taken, which settles it; the stand-in gives way.
    const Run again = cli(create);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.json()[u"id"_s].toString(), u"foreign:CLI-CP-LOST"_s);
    QCOMPARE(received("POST", requests), 2);
    row = standIn();
    QCOMPARE(row[u"id"_s].toString(), u"foreign:CLI-CP-LOST"_s);
    QCOMPARE(row[u"status"_s].toString(), u"pending"_s);

    // A v10.2 refund whose answer is lost: listed as outcome unknown, and no sync can settle it.
    const Run addedBb = cli({u"account"_s, u"add"_s, u"shop-bb"_s, u"--provider"_s, u"bucksbus"_s, u"--base-url"_s,
                                baseUrl(u"/bucksbus/int"_s)},
        {{u"PAYDESK_API_KEY"_s, demo(u"bucksbus"_s, u"API key (Basic user)"_s)},
            {u"PAYDESK_API_SECRET"_s, demo(u"bucksbus"_s, u"API secret (Basic password)"_s)}});
    QVERIFY2(addedBb.exitCode == 0, addedBb.err.constData());
    const Run invoice = cli({u"--json"_s, u"invoice"_s, u"create"_s, u"shop-bb"_s, u"--amount"_s, u"25.00"_s,
        u"--currency"_s, u"USD"_s, u"--pay-currency"_s, u"USDT.TRC20"_s});
    QVERIFY2(invoice.exitCode == 0, invoice.err.constData());
    const QString paymentId = invoice.json()[u"id"_s].toString();
    control(u"/_sandbox/pay"_s, {{u"gateway"_s, u"bucksbus"_s}, {u"id"_s, paymentId}});
    control(u"/_sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/bucksbus/int/withdraw"_s},
                {u"kind"_s, u"error500AfterCommit"_s}, {u"count"_s, 1}}}}});
    const Run refund = cli({u"refund"_s, u"create"_s, u"shop-bb"_s, paymentId, u"--amount"_s, u"5"_s, u"--address"_s,
        u"TJRabPrwbZy45sbavfcjinPJC18kjpRTv8"_s, u"--key"_s, u"CLI-BB-REFUND"_s});
    QCOMPARE(refund.exitCode, 1);
    QCOMPARE(cli({u"sync"_s, u"shop-bb"_s}).exitCode, 3); // still unsettled, and said so
    const Run refunds = cli({u"--json"_s, u"refund"_s, u"list"_s, u"--account"_s, u"shop-bb"_s});
    QCOMPARE(refunds.exitCode, 0);
    const QJsonArray refundRows = refunds.json().toArray();
    QCOMPARE(refundRows.size(), 1);
    QCOMPARE(refundRows.first()[u"status"_s].toString(), u"outcome_unknown"_s);
    QCOMPARE(refundRows.first()[u"id"_s].toString(), u"journal:CLI-BB-REFUND"_s);
    QCOMPARE(refundRows.first()[u"payment_id"_s].toString(), paymentId);
    QCOMPARE(refundRows.first()[u"amount"_s].toString(), u"5"_s);
}

// A request whose outcome stays unknown (a 5xx, and the lookup finds nothing) is not hidden: sync lists it and exits
// 3, `journal` lists it, and `journal settle` records the merchant's decision, after which the key is free again.
void TstPaydeskCli::unsettledRequestsAreShownAndSettledByHand()
{
    const QString payments = u"/cryptocom/api/payments"_s;
    control(u"/_sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, payments},
                {u"kind"_s, u"error500BeforeCommit"_s}, {u"count"_s, 1}}}}});
    const Run created = cli({u"--json"_s, u"invoice"_s, u"create"_s, u"shop-cc"_s, u"--amount"_s, u"7.00"_s,
        u"--currency"_s, u"USD"_s, u"--order-id"_s, u"CLI-UNSETTLED-1"_s});
    QCOMPARE(created.exitCode, 1);
    QVERIFY2(created.json()[u"error"_s][u"outcome_unknown"_s].toBool(), created.out.constData());

    const Run synced = cli({u"sync"_s, u"shop-cc"_s});
    QVERIFY2(synced.exitCode == 3, synced.err.constData());
    const QString text = QString::fromUtf8(synced.out);
    QVERIFY2(text.contains(u"1 request still unsettled"_s), qPrintable(text));
    QVERIFY2(text.contains(u"shop-cc  invoice  CLI-UNSETTLED-1"_s), qPrintable(text));
    QVERIFY2(text.contains(u"7.00 USD"_s), qPrintable(text));
    QVERIFY2(text.contains(u"journal settle"_s), qPrintable(text));
    const Run json = cli({u"--json"_s, u"sync"_s, u"shop-cc"_s});
    QCOMPARE(json.exitCode, 3);
    const QJsonObject outcome = json.json().toArray().first().toObject();
    QCOMPARE(outcome[u"unsettled"_s].toInt(), 1);
    QCOMPARE(outcome[u"unsettled_requests"_s][0][u"key"_s].toString(), u"CLI-UNSETTLED-1"_s);

    const Run listed = cli({u"--json"_s, u"journal"_s});
    QCOMPARE(listed.exitCode, 0);
    QJsonObject entry;
    for (const QJsonValue& value : listed.json().toArray()) {
        if (value[u"key"_s].toString() == u"CLI-UNSETTLED-1"_s)
            entry = value.toObject();
    }
    QCOMPARE(entry[u"state"_s].toString(), u"unknown"_s);
    QCOMPARE(entry[u"account"_s].toString(), u"shop-cc"_s);
    QCOMPARE(entry[u"kind"_s].toString(), u"invoice"_s);
    QCOMPARE(entry[u"request"_s][u"amount"_s].toString(), u"7.00"_s);
    const Run table = cli({u"journal"_s, u"--account"_s, u"shop-cc"_s});
    QVERIFY2(table.out.contains("CLI-UNSETTLED-1") && table.out.contains("unknown"), table.out.constData());

    const Run unknownKey = cli({u"journal"_s, u"settle"_s, u"NO-SUCH-KEY"_s, u"--not-sent"_s});
    QCOMPARE(unknownKey.exitCode, 1);
    const Run settled = cli({u"--json"_s, u"journal"_s, u"settle"_s, u"CLI-UNSETTLED-1"_s, u"--not-sent"_s, u"--note"_s,
        u"not in the Crypto.com dashboard"_s});
    QVERIFY2(settled.exitCode == 0, settled.err.constData());
    QCOMPARE(settled.json()[u"state"_s].toString(), u"not_sent"_s);
    QCOMPARE(settled.json()[u"settled_by"_s].toString(), u"manual"_s);
    QCOMPARE(settled.json()[u"settle_note"_s].toString(), u"not in the Crypto.com dashboard"_s);
    // Settled once: a second decision is refused.
    QCOMPARE(cli({u"journal"_s, u"settle"_s, u"CLI-UNSETTLED-1"_s, u"--found"_s, u"x"_s}).exitCode, 1);

    for (const QJsonValue& value : cli({u"--json"_s, u"journal"_s}).json().toArray())
        QVERIFY(value[u"key"_s].toString() != u"CLI-UNSETTLED-1"_s);
    bool inAll = false;
    for (const QJsonValue& value : cli({u"--json"_s, u"journal"_s, u"--all"_s}).json().toArray())
        inAll = inAll || value[u"key"_s].toString() == u"CLI-UNSETTLED-1"_s;
    QVERIFY(inAll);
    const Run clean = cli({u"sync"_s, u"shop-cc"_s});
    QVERIFY2(clean.exitCode == 0, clean.out.constData());
    QVERIFY(!clean.out.contains("unsettled"));

    // Nothing was created: the same order id is sent again, once.
    const int before = received("POST", payments);
    const Run again = cli({u"--json"_s, u"invoice"_s, u"create"_s, u"shop-cc"_s, u"--amount"_s, u"7.00"_s,
        u"--currency"_s, u"USD"_s, u"--order-id"_s, u"CLI-UNSETTLED-1"_s});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(received("POST", payments), before + 1);
}

// A withdrawal is listed as the gateway last showed it: sent, under way, then (five sandbox minutes later) confirmed
// with its blockchain hash after the sync that follows it, which says so.
void TstPaydeskCli::withdrawalIsFollowedBySyncAndListed()
{
    const Run added = cli({u"account"_s, u"add"_s, u"shop-cp-w"_s, u"--provider"_s, u"cryptoprocessing"_s,
                              u"--base-url"_s, baseUrl(u"/cryptoprocessing"_s)},
        {{u"PAYDESK_API_KEY"_s, demo(u"cryptoprocessing"_s, u"API key (X-Processing-Key)"_s)},
            {u"PAYDESK_API_SECRET"_s, demo(u"cryptoprocessing"_s, u"API secret (HMAC-SHA512 of the body)"_s)}});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const Run sent = cli({u"--json"_s, u"withdrawal"_s, u"create"_s, u"shop-cp-w"_s, u"--amount"_s, u"0.01"_s,
        u"--currency"_s, u"BTC"_s, u"--address"_s, u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"_s});
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    const QString id = sent.json()[u"id"_s].toString();
    QVERIFY(!id.isEmpty());
    const auto listed = [&] {
        const Run list = cli({u"--json"_s, u"withdrawal"_s, u"list"_s, u"--account"_s, u"shop-cp-w"_s});
        const QJsonArray rows = list.json().toArray();
        return list.exitCode == 0 && rows.size() == 1 ? rows.first().toObject() : QJsonObject();
    };
    QCOMPARE(listed()[u"id"_s].toString(), id);
    QCOMPARE(listed()[u"status"_s].toString(), u"processing"_s);

    control(u"/_sandbox/clock"_s, {{u"advance"_s, 301}});
    const Run synced = cli({u"sync"_s, u"shop-cp-w"_s});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QVERIFY2(synced.out.contains("1 withdrawal updated"), synced.out.constData());
    const QJsonObject done = listed();
    QCOMPARE(done[u"status"_s].toString(), u"succeeded"_s);
    QCOMPARE(done[u"raw_status"_s].toString(), u"confirmed"_s);
    QVERIFY(!done[u"tx_hash"_s].toString().isEmpty());

    // The text listing names it too, with its status.
    const Run text = cli({u"withdrawal"_s, u"list"_s, u"--account"_s, u"shop-cp-w"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(id.toUtf8()) && text.out.contains("succeeded"), text.out.constData());
}

// A deposit to a dedicated address, as a merchant follows it from a terminal: address create, money sent, sync
// (confirming), later sync (received), and `address show` / `address list` tell it in text and JSON.
void TstPaydeskCli::addressShowsItsDepositsAfterSync()
{
    const Run added = cli({u"account"_s, u"add"_s, u"shop-cp-a"_s, u"--provider"_s, u"cryptoprocessing"_s,
                              u"--base-url"_s, baseUrl(u"/cryptoprocessing"_s)},
        {{u"PAYDESK_API_KEY"_s, demo(u"cryptoprocessing"_s, u"API key (X-Processing-Key)"_s)},
            {u"PAYDESK_API_SECRET"_s, demo(u"cryptoprocessing"_s, u"API secret (HMAC-SHA512 of the body)"_s)}});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const Run created = cli({u"--json"_s, u"address"_s, u"create"_s, u"shop-cp-a"_s, u"--asset"_s, u"LTC"_s});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString id = created.json()[u"id"_s].toString();
    const QString address = created.json()[u"address"_s].toString();
    QVERIFY(!id.isEmpty() && !address.isEmpty());
    const auto shown = [&] {
        const Run show = cli({u"--json"_s, u"address"_s, u"show"_s, u"shop-cp-a"_s, id});
        return show.exitCode == 0 ? show.json().toObject() : QJsonObject();
    };
    QCOMPARE(shown()[u"deposit_count"_s].toInt(), 0);
    QCOMPARE(shown()[u"deposits"_s].toArray().size(), 0);

    control(u"/_sandbox/pay"_s, {{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, address}, {u"amount"_s, u"1.5"_s}});
    const Run first = cli({u"sync"_s, u"shop-cp-a"_s});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QJsonObject json = shown();
    QCOMPARE(json[u"deposit_count"_s].toInt(), 1);
    QCOMPARE(json[u"confirming"_s].toInt(), 1);
    QCOMPARE(json[u"received"_s].toArray().size(), 0);
    QJsonObject deposit = json[u"deposits"_s].toArray().first().toObject();
    QCOMPARE(deposit[u"address_id"_s].toString(), id);
    QCOMPARE(deposit[u"status"_s].toString(), u"processing"_s);
    QCOMPARE(deposit[u"raw_status"_s].toString(), u"not_confirmed"_s);

    control(u"/_sandbox/clock"_s, {{u"advance"_s, 61}});
    const Run later = cli({u"sync"_s, u"shop-cp-a"_s});
    QVERIFY2(later.exitCode == 0, later.err.constData());
    json = shown();
    QCOMPARE(json[u"confirming"_s].toInt(), 0);
    QCOMPARE(json[u"received"_s].toArray(),
        QJsonArray({QJsonObject{{u"amount"_s, u"1.50000000"_s}, {u"currency"_s, u"LTC"_s}}}));
    deposit = json[u"deposits"_s].toArray().first().toObject();
    QCOMPARE(deposit[u"status"_s].toString(), u"paid"_s);
    QCOMPARE(deposit[u"paid"_s].toString(), u"1.50000000"_s);

    // In text: the address by its text too, with the deposit's line; and the list's summary columns.
    const Run text = cli({u"address"_s, u"show"_s, u"shop-cp-a"_s, address});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("deposits: 1 (0 confirming)") && text.out.contains("received: 1.50000000 LTC")
            && text.out.contains(deposit[u"id"_s].toString().toUtf8()),
        text.out.constData());
    const Run list = cli({u"address"_s, u"list"_s, u"--account"_s, u"shop-cp-a"_s});
    QVERIFY2(list.out.contains("RECEIVED") && list.out.contains("1.50000000 LTC"), list.out.constData());
    const Run unknown = cli({u"address"_s, u"show"_s, u"shop-cp-a"_s, u"no-such-address"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("no dedicated address no-such-address"), unknown.err.constData());
}

void TstPaydeskCli::accountAddRefusesPlainHttpToAPublicHost()
{
    const Run added = cli({u"account"_s, u"add"_s, u"shop-plain"_s, u"--provider"_s, u"cryptocom"_s, u"--base-url"_s,
                              u"http://pay.example.com/api"_s},
        {{u"PAYDESK_API_KEY"_s, u"sk_test_x"_s}});
    QCOMPARE(added.exitCode, 2);
    QVERIFY2(added.err.contains("http://") && added.err.contains("pay.example.com"), added.err.constData());
    QVERIFY(!cli({u"account"_s, u"list"_s}).out.contains("shop-plain"));
    // Loopback stays allowed (the sandbox: every other test's accounts are http://127.0.0.1).
}

void TstPaydeskCli::badKeysAreRefusedBeforeTheJournal_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("key");
    const auto invoice = [](const QString& orderId) {
        return QStringList{u"invoice"_s, u"create"_s, u"shop-cc"_s, u"--amount"_s, u"5.00"_s, u"--currency"_s, u"USD"_s,
            u"--order-id"_s, orderId};
    };
    QTest::newRow("space") << invoice(u"ORDER 1"_s) << u"ORDER 1"_s;
    QTest::newRow("tab") << invoice(u"ORDER\t2"_s) << u"ORDER\t2"_s;
    QTest::newRow("bell") << invoice(u"ORDER\a3"_s) << u"ORDER\a3"_s;
    QTest::newRow("path") << invoice(u"../../etc/passwd"_s) << u"../../etc/passwd"_s;
    QTest::newRow("zero-width space") << invoice(u"ORDER\u200B4"_s) << u"ORDER\u200B4"_s;
    QTest::newRow("refund key") << QStringList{u"refund"_s, u"create"_s, u"shop-cc"_s, u"P-1"_s, u"--key"_s, u"KEY 5"_s}
                                << u"KEY 5"_s;
    QTest::newRow("withdrawal foreign id") << QStringList{u"withdrawal"_s, u"create"_s, u"shop-cc"_s, u"--amount"_s,
        u"1"_s, u"--currency"_s, u"BTC"_s, u"--address"_s, u"bc1q"_s, u"--foreign-id"_s, u"a/b"_s}
                                           << u"a/b"_s;
}

void TstPaydeskCli::badKeysAreRefusedBeforeTheJournal()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, key);
    const int before = received("POST", u"/cryptocom/api/payments"_s);
    const Run run = cli(QStringList{u"--json"_s} + arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json()[u"error"_s][u"kind"_s].toString(), u"validation"_s);
    QVERIFY2(run.err.contains("may not hold spaces, control characters"), run.err.constData());
    QCOMPARE(received("POST", u"/cryptocom/api/payments"_s), before);
    for (const QJsonValue& value : cli({u"--json"_s, u"journal"_s, u"--all"_s}).json().toArray())
        QVERIFY(value[u"key"_s].toString() != key);
}

void TstPaydeskCli::largeAmountNeedsYes()
{
    const QString payments = u"/cryptocom/api/payments"_s;
    const auto create = [this](const QString& amount, const QStringList& extra) {
        return cli(QStringList{u"--json"_s, u"invoice"_s, u"create"_s, u"shop-cc"_s, u"--amount"_s, amount,
                       u"--currency"_s, u"USD"_s}
            + extra);
    };
    const int before = received("POST", payments);
    // The default bound (1000000) against a slipped finger.
    const Run huge = create(u"100000000000000000000000000000000"_s, {});
    QCOMPARE(huge.exitCode, 1);
    QCOMPARE(huge.json()[u"error"_s][u"field"_s].toString(), u"amount"_s);
    QVERIFY2(huge.err.contains("--yes"), huge.err.constData());
    QCOMPARE(received("POST", payments), before);

    // The dashboard's setting, shared through settings.ini in the data directory.
    QFile ini(m_home.filePath(u"home/settings.ini"_s));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[invoices]\nconfirmAmountAbove=50\n");
    ini.close();
    QCOMPARE(create(u"60.00"_s, {}).exitCode, 1);
    QCOMPARE(received("POST", payments), before);
    const Run confirmed = create(u"60.00"_s, {u"--yes"_s});
    QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
    QCOMPARE(received("POST", payments), before + 1);
    const Run below = create(u"40.00"_s, {});
    QVERIFY2(below.exitCode == 0, below.err.constData());
    QVERIFY(QFile::remove(ini.fileName()));
}

void TstPaydeskCli::emptyLedgerBesideAVaultIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile vault(dir.filePath(u"secrets.vault"_s)); // any vault that holds something
    QVERIFY(vault.open(QIODevice::WriteOnly));
    vault.write("PDVAULT with accounts");
    vault.close();
    QFile empty(dir.filePath(u"ledger.sqlite"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    for (const QStringList& command : {QStringList{u"account"_s, u"list"_s}, QStringList{u"sync"_s},
             QStringList{u"account"_s, u"add"_s, u"x"_s, u"--provider"_s, u"cryptocom"_s}}) {
        const Run run = cli(QStringList{u"--data-dir"_s, dir.path()} + command, {{u"PAYDESK_API_KEY"_s, u"k"_s}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("is empty (0 bytes)") && run.err.contains("damaged"), run.err.constData());
    }
    QCOMPARE(QFileInfo(dir.filePath(u"ledger.sqlite"_s)).size(), 0); // not re-created
    QVERIFY(!QFile::exists(dir.filePath(u"ledger.sqlite-wal"_s)));
    // Without a vault an empty file is simply a new ledger.
    QVERIFY(QFile::remove(dir.filePath(u"secrets.vault"_s)));
    QCOMPARE(cli({u"--data-dir"_s, dir.path(), u"account"_s, u"list"_s}).exitCode, 0);
}

// A data folder the user cannot write (a read-only mount, a backup copy): reading commands work, writing ones say
// why they cannot. As root nothing is read-only, so the commands then run as "nobody" (setpriv).
void TstPaydeskCli::readOnlyDataFolderStillReads()
{
    QStringList prefix;
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        if (setpriv.isEmpty())
            QSKIP("running as root without setpriv: a folder cannot be made read-only");
        prefix = {setpriv, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"data"_s);
    QVERIFY(QDir().mkpath(data));
    {
        auto ledger = Ledger::open(data + u"/ledger.sqlite"_s);
        QVERIFY(ledger.ok());
        Account account;
        account.id = u"ro-1"_s;
        account.name = u"shop-ro"_s;
        account.gateway = Gateway::CryptoCom;
        account.baseUrl = QUrl(baseUrl(u"/cryptocom/api"_s));
        QVERIFY(ledger.value()->addAccount(account).ok());
    }
    const auto everyone
        = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), everyone | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(data + u"/ledger.sqlite"_s, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QString out = dir.filePath(u"out"_s); // where the export may be written
    QVERIFY(QDir().mkpath(out));
    QVERIFY(QFile::setPermissions(out, everyone | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    QVERIFY(QFile::setPermissions(data, everyone));
    const auto run = [this, &prefix, &data](const QStringList& command) {
        const QString cli = QStringLiteral(PAYDESK_CLI_PATH);
        const QStringList arguments = QStringList{u"--data-dir"_s, data} + command;
        const testsupport::ChildRun child = prefix.isEmpty()
            ? testsupport::runChild(cli, arguments, cliEnvironment())
            : testsupport::runChild(prefix.first(), prefix.mid(1) + QStringList{cli} + arguments, cliEnvironment());
        return Run{child.exitCode, child.out, child.err};
    };
    const Run listed = run({u"--json"_s, u"account"_s, u"list"_s});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(listed.json().toArray().first()[u"name"_s].toString(), u"shop-ro"_s);
    QCOMPARE(run({u"payments"_s}).exitCode, 0);
    QCOMPARE(run({u"journal"_s}).exitCode, 0);
    const Run exported
        = run({u"export"_s, u"payments"_s, u"--format"_s, u"csv"_s, u"--out"_s, out + u"/payments.csv"_s});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const Run create
        = run({u"invoice"_s, u"create"_s, u"shop-ro"_s, u"--amount"_s, u"5.00"_s, u"--currency"_s, u"USD"_s});
    QCOMPARE(create.exitCode, 1);
    QVERIFY2(create.err.contains("is read-only"), create.err.constData());
    QVERIFY2(!create.err.contains("Cannot start upgrading"), create.err.constData());
    QCOMPARE(QDir(data).entryList(QDir::Files), QStringList{u"ledger.sqlite"_s}); // no -wal, -shm or vault appeared
    QVERIFY(QFile::setPermissions(data, everyone | QFile::WriteOwner));
}

QTEST_GUILESS_MAIN(TstPaydeskCli)
#include "tst_PaydeskCli.moc"
