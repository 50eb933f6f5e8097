#include "bench/KillCampaign.h"

#include "core/Decimal.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <signal.h>
#include <sys/types.h>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::bench {

namespace {

// Where a killed CLI is stopped (the seeded choice of each round).
enum KillMode {
    RandomMoment, // at a random time after the start (vault unlock, journal write, request, reply, ledger write)
    AfterPost, // just after the creating POST reached the gateway (it answers at once)
    ReplyHeld, // after the gateway committed the POST, while it holds its reply (error500AfterCommit + delayMs)
    RequestHeld, // while the gateway holds the POST before handling it (latency): nothing is created
    KillModeCount
};

QString killModeName(int mode)
{
    switch (mode) {
    case RandomMoment:
        return u"random moment"_s;
    case AfterPost:
        return u"just after the POST"_s;
    case ReplyHeld:
        return u"POST committed, reply held"_s;
    case RequestHeld:
        return u"POST held before handling"_s;
    default:
        return {};
    }
}

// The payer's address refunds go to (a TRON address, valid for v10.2 USDT.TRC20 and Cryptomus USDT on tron).
constexpr auto kRefundAddress = "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8";

// The gateway's creating path for an operation, as the sandbox logs it.
QString creatingPath(const QString& gateway, KillCampaign::Operation operation)
{
    const bool refund = operation == KillCampaign::Operation::Refund;
    if (gateway == u"cryptocom")
        return refund ? u"/cryptocom/api/refunds"_s : u"/cryptocom/api/payments"_s;
    if (gateway == u"cryptoprocessing")
        return refund ? QString() : u"/cryptoprocessing/api/payments/v1/requests"_s;
    if (gateway == u"bucksbus")
        return refund ? u"/bucksbus/int/withdraw"_s : u"/bucksbus/int/payment"_s;
    if (gateway == u"cryptomus")
        return refund ? u"/cryptomus/v1/payment/refund"_s : u"/cryptomus/v1/payment"_s;
    return {};
}

bool hasRefunds(const QString& gateway)
{
    return gateway != u"cryptoprocessing";
}

// Refund keys per invoice: Crypto.com and v10.2 refund a part (5 of at least 20), twice; Cryptomus the whole payment.
int maxRefunds(const QString& gateway)
{
    return gateway == u"cryptomus" ? 1 : 2;
}

// What the request log holds of one creating POST: the key it carries ("i:<order id>" for invoices, "r:<refund key
// or paid payment id>" for refunds), or empty when it is not a creating POST.
QString committedKey(const QString& gateway, const QString& path, const QByteArray& body)
{
    if (gateway == u"cryptocom") {
        const QUrlQuery form(QString::fromUtf8(body));
        if (path == creatingPath(gateway, KillCampaign::Operation::Invoice))
            return u"i:"_s + form.queryItemValue(u"order_id"_s, QUrl::FullyDecoded);
        if (path == creatingPath(gateway, KillCampaign::Operation::Refund))
            return u"r:"_s + form.queryItemValue(u"payment_id"_s, QUrl::FullyDecoded);
        return {};
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (gateway == u"cryptoprocessing" && path == creatingPath(gateway, KillCampaign::Operation::Invoice))
        return u"i:"_s + json.value(u"foreign_id"_s).toString();
    if (gateway == u"bucksbus") {
        // Paydesk's key travels in custom1 (invoices and refund withdrawals alike).
        if (path == creatingPath(gateway, KillCampaign::Operation::Invoice))
            return u"i:"_s + json.value(u"custom1"_s).toString();
        if (path == creatingPath(gateway, KillCampaign::Operation::Refund))
            return u"r:"_s + json.value(u"custom1"_s).toString();
    }
    if (gateway == u"cryptomus") {
        if (path == creatingPath(gateway, KillCampaign::Operation::Invoice))
            return u"i:"_s + json.value(u"order_id"_s).toString();
        if (path == creatingPath(gateway, KillCampaign::Operation::Refund))
            return u"r:"_s + json.value(u"uuid"_s).toString();
    }
    return {};
}

bool sameAmount(const QString& a, const QString& b)
{
    const auto left = Decimal::fromString(a);
    const auto right = Decimal::fromString(b);
    return left && right && *left == *right;
}

// A read-only connection to the ledger file for one call; closed and removed afterwards.
class ReadOnlyLedger
{
public:
    explicit ReadOnlyLedger(const QString& path)
        : m_name(u"kill-campaign-%1"_s.arg(++s_serial))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~ReadOnlyLedger()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyLedger(const ReadOnlyLedger&) = delete;
    ReadOnlyLedger& operator=(const ReadOnlyLedger&) = delete;

    QString error() const { return m_error; }
    // The rows of `sql` with `values` bound in order; each row as a list of strings.
    QList<QStringList> rows(const QString& sql, const QStringList& values, QString* error = nullptr) const
    {
        QList<QStringList> out;
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (const QString& value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            if (error)
                *error = query.lastError().text();
            return out;
        }
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i).toString();
            out << row;
        }
        return out;
    }

private:
    static inline int s_serial = 0;
    QString m_name;
    QString m_error;
};

} // namespace

// One operation of the campaign, under its idempotency key.
struct KillCampaign::Key
{
    QString gateway;
    Operation operation = Operation::Invoice;
    QString key; // order id or refund key
    QString paymentId; // refunds: the paid invoice refunded (the gateway's id)
    QString amount; // the amount asked for ("" = the whole payment)
    QStringList arguments; // the CLI command, run again the same way after the kill
    QString killMode;
    bool killed = false;
    // After the recovery (invoices): the gateway's id, whether it was paid and refunded since.
    QString ledgerId;
    bool paid = false;
    int refunds = 0; // refund keys taken on it so far
    bool refundsClean = true; // each of them counted clean: another refund of it can be told apart
    // Refunds: the invoice refunded, and how many refund keys came before this one on it (each counted clean: one
    // refund at the gateway and one row in the ledger).
    Key* invoice = nullptr;
    int refundsBefore = 0;
    bool clean = true; // its last count found nothing wrong
    QString journalState; // its journal entry's state at the last count ("none": no entry)
};

KillCampaign::Figures KillCampaign::Report::total() const
{
    Figures sum;
    sum.gateway = u"all"_s;
    for (const Figures& row : figures) {
        sum.kills += row.kills;
        sum.operations += row.operations;
        sum.atGateway += row.atGateway;
        sum.inLedger += row.inLedger;
        sum.duplicates += row.duplicates;
        sum.lost += row.lost;
        sum.phantom += row.phantom;
        sum.wrongAmount += row.wrongAmount;
        sum.wrongStatus += row.wrongStatus;
        sum.unknown += row.unknown;
        sum.rerunFailed += row.rerunFailed;
    }
    return sum;
}

bool KillCampaign::Report::clean() const
{
    const Figures sum = total();
    return error.isEmpty() && sum.duplicates == 0 && sum.lost == 0 && sum.phantom == 0 && final.duplicates == 0
        && final.lost == 0 && final.phantom == 0 && integrityPassed == integrityChecks && integrityChecks > 0;
}

KillCampaign::KillCampaign(Options options)
    : m_options(std::move(options))
    , m_random(m_options.seed * 0x9E3779B97F4A7C15ULL + 0x2545F4914F6CDD1DULL)
{
}

KillCampaign::~KillCampaign()
{
    qDeleteAll(m_keys);
    if (m_sandbox && m_sandbox->state() != QProcess::NotRunning) {
        m_sandbox->kill();
        m_sandbox->waitForFinished(5000);
    }
}

QString KillCampaign::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Invoice:
        return u"invoice create"_s;
    case Operation::Refund:
        return u"refund create"_s;
    case Operation::Sync:
        return u"sync"_s;
    }
    return {};
}

std::uint64_t KillCampaign::random(std::uint64_t bound)
{
    // splitmix64: the same seed gives the same campaign on every platform.
    m_random += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = m_random;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return bound ? z % bound : z;
}

void KillCampaign::say(const QString& line) const
{
    if (m_options.log)
        m_options.log(line);
}

QString KillCampaign::ledgerPath() const
{
    return QDir(m_home.path()).filePath(u"home/ledger.sqlite"_s);
}

KillCampaign::Figures& KillCampaign::figures(const QString& gateway, Operation operation)
{
    for (Figures& row : m_report.figures) {
        if (row.gateway == gateway && row.operation == operation)
            return row;
    }
    Figures row;
    row.gateway = gateway;
    row.operation = operation;
    m_report.figures.append(row);
    return m_report.figures.last();
}

KillCampaign::Report KillCampaign::run()
{
    QElapsedTimer timer;
    timer.start();
    m_report = Report();
    for (const QString& gateway : std::as_const(m_options.gateways)) {
        if (creatingPath(gateway, Operation::Invoice).isEmpty()) {
            m_report.error = u"unknown gateway %1"_s.arg(gateway);
            return m_report;
        }
        figures(gateway, Operation::Invoice);
        if (hasRefunds(gateway))
            figures(gateway, Operation::Refund);
        figures(gateway, Operation::Sync);
    }
    m_home.setAutoRemove(!m_options.keepData);
    m_report.dataFolder = QDir(m_home.path()).filePath(u"home"_s);
    if (!m_home.isValid() || !startSandbox())
        return m_report;
    for (const QString& gateway : std::as_const(m_options.gateways)) {
        if (!addAccount(gateway))
            return m_report;
    }

    int round = 0;
    const int maxRounds = m_options.kills * 4 + 8;
    while (m_report.kills < m_options.kills && round < maxRounds && m_report.error.isEmpty())
        killRound(round++);
    if (m_report.kills < m_options.kills && m_report.error.isEmpty())
        m_report.error = u"only %1 of %2 kills hit a running CLI"_s.arg(m_report.kills).arg(m_options.kills);

    // The end: one more sync of every account, then every key counted again, and the file checked.
    if (m_report.error.isEmpty()) {
        runCli({u"sync"_s});
        collectRequests();
        countAll();
        checkIntegrity();
    }
    m_report.elapsedMs = timer.elapsed();
    return m_report;
}

bool KillCampaign::startSandbox()
{
    m_sandbox = std::make_unique<QProcess>();
    m_sandbox->setProcessChannelMode(QProcess::SeparateChannels);
    // 30 invoices of history per gateway, so that a first sync has something to list when it is killed (Cryptomus:
    // two pages, a second apart, as the gateway throttles its list).
    m_sandbox->start(m_options.sandboxPath,
        {u"--port"_s, u"0"_s, u"--seed"_s, QString::number(m_options.seed % 1'000'000), u"--payments"_s, u"120"_s});
    if (!m_sandbox->waitForStarted(10'000)) {
        m_report.error = u"paydesk-sandbox did not start: %1"_s.arg(m_sandbox->errorString());
        return false;
    }
    QByteArray banner;
    const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 15'000) {
        m_sandbox->waitForReadyRead(200);
        banner += m_sandbox->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(banner));
        if (match.hasMatch()) {
            m_sandboxUrl = QUrl(match.captured(1));
            // Crypto.com refunds complete after 60 s and Cryptomus pauses between list pages as the gateway does;
            // neither matters here, the defaults stay.
            m_seenSeq = lastRequestSeq();
            return true;
        }
        if (m_sandbox->state() == QProcess::NotRunning)
            break;
    }
    m_report.error = u"paydesk-sandbox printed no address: %1"_s.arg(
        QString::fromUtf8(banner + m_sandbox->readAllStandardError()));
    return false;
}

QByteArray KillCampaign::finished(QNetworkReply* reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

QJsonObject KillCampaign::control(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    QNetworkRequest request(m_sandboxUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(20'000);
    return QJsonDocument::fromJson(finished(method == "GET" ? m_network.get(request)
                                                            : m_network.sendCustomRequest(request, method,
                                                                QJsonDocument(body).toJson(QJsonDocument::Compact))))
        .object();
}

qint64 KillCampaign::lastRequestSeq()
{
    return control("GET", u"/_sandbox/requests?limit=0"_s).value(u"last_seq"_s).toInteger();
}

// Every creating POST logged since the last look, folded into m_committed: committed when the gateway answered 2xx,
// or when an error500AfterCommit fault fired on it (the handler ran, only the answer was a 500). A POST held by a
// latency fault whose client was killed was never handled (status 0). Called only while no CLI runs.
void KillCampaign::collectRequests()
{
    for (;;) {
        const QJsonObject log = control("GET", u"/_sandbox/requests?since=%1&limit=1000"_s.arg(m_seenSeq));
        const QJsonArray requests = log.value(u"requests"_s).toArray();
        if (requests.isEmpty())
            return;
        for (const QJsonValue& value : requests) {
            const QJsonObject entry = value.toObject();
            m_seenSeq = std::max(m_seenSeq, entry.value(u"seq"_s).toInteger());
            if (entry.value(u"method"_s).toString() != u"POST")
                continue;
            const QString gateway = entry.value(u"gateway"_s).toString();
            const QString key
                = committedKey(gateway, entry.value(u"path"_s).toString(), entry.value(u"body"_s).toString().toUtf8());
            if (key.isEmpty())
                continue;
            const int status = entry.value(u"status"_s).toInt();
            const bool afterCommit = entry.value(u"fault"_s).toString().contains(u"error500AfterCommit"_s);
            if (afterCommit || (status >= 200 && status < 300))
                m_committed[gateway][key] += 1;
        }
    }
}

QProcessEnvironment KillCampaign::cliEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name :
        {u"PAYDESK_API_KEY"_s, u"PAYDESK_API_SECRET"_s, u"PAYDESK_WEBHOOK_SECRET"_s, u"PAYDESK_PAYOUT_KEY"_s})
        env.remove(name);
    env.insert(u"PAYDESK_HOME"_s, QDir(m_home.path()).filePath(u"home"_s));
    env.insert(u"PAYDESK_PASSPHRASE"_s, u"kill campaign passphrase"_s);
    return env;
}

KillCampaign::CliRun KillCampaign::runCli(const QStringList& arguments, const QMap<QString, QString>& extra)
{
    QProcess process;
    QProcessEnvironment env = cliEnvironment();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(m_options.cliPath, arguments);
    CliRun run;
    if (!process.waitForStarted(10'000))
        return run;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool KillCampaign::addAccount(const QString& gateway)
{
    QStringList arguments{u"account"_s, u"add"_s, accountName(gateway), u"--provider"_s, gateway, u"--base-url"_s};
    QMap<QString, QString> secrets;
    const QString base = m_sandboxUrl.toString();
    if (gateway == u"cryptocom") {
        arguments << base + u"/cryptocom/api"_s;
        secrets = {{u"PAYDESK_API_KEY"_s, u"sk_test_paydesk_sandbox"_s},
            {u"PAYDESK_WEBHOOK_SECRET"_s, u"paydesk_sandbox_signature_secret"_s}};
    } else if (gateway == u"cryptoprocessing") {
        arguments << base + u"/cryptoprocessing"_s;
        secrets
            = {{u"PAYDESK_API_KEY"_s, u"cp_test_paydesk_sandbox_key"_s}, {u"PAYDESK_API_SECRET"_s, u"AbCdEfG123456"_s}};
    } else if (gateway == u"bucksbus") {
        arguments << base + u"/bucksbus/int"_s;
        secrets
            = {{u"PAYDESK_API_KEY"_s, u"bb_sandbox_api_key"_s}, {u"PAYDESK_API_SECRET"_s, u"bb_sandbox_api_secret"_s},
                {u"PAYDESK_WEBHOOK_SECRET"_s, u"demo_webhook_secret"_s}};
    } else {
        arguments << base + u"/cryptomus"_s << u"--merchant"_s << u"3f8a9c2e-7d41-4b6a-9e1f-5c2d8b0a7e13"_s;
        secrets = {{u"PAYDESK_API_KEY"_s, u"demo_payment_key"_s}, {u"PAYDESK_PAYOUT_KEY"_s, u"demo_payout_key"_s}};
    }
    const CliRun added = runCli(arguments, secrets);
    if (added.exitCode != 0) {
        m_report.error = u"account add %1 failed: %2"_s.arg(gateway, QString::fromUtf8(added.err));
        return false;
    }
    return true;
}

QString KillCampaign::accountId(const QString& gateway)
{
    if (m_accountIds.contains(gateway))
        return m_accountIds.value(gateway);
    const ReadOnlyLedger ledger(ledgerPath());
    const auto rows = ledger.rows(u"SELECT id FROM accounts WHERE name = ?"_s, {accountName(gateway)});
    if (rows.isEmpty())
        return {};
    m_accountIds.insert(gateway, rows.first().value(0));
    return rows.first().value(0);
}

qint64 KillCampaign::cryptocomRefunded(const QString& paymentId)
{
    QNetworkRequest request(m_sandboxUrl.resolved(QUrl(u"/cryptocom/api/payments/"_s + paymentId)));
    request.setRawHeader("Authorization", "Bearer sk_test_paydesk_sandbox");
    request.setTransferTimeout(20'000);
    const QJsonValue refunded
        = QJsonDocument::fromJson(finished(m_network.get(request))).object().value(u"amount_refunded"_s);
    return refunded.isDouble() ? refunded.toInteger(-1) : -1;
}

int KillCampaign::bucksbusListed(const QString& orderId)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QNetworkRequest request(m_sandboxUrl.resolved(QUrl(u"/bucksbus/int/payments?from=%1&to=%2"_s.arg(
        today.addDays(-1).toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate)))));
    request.setRawHeader("Authorization", "Basic " + QByteArray("bb_sandbox_api_key:bb_sandbox_api_secret").toBase64());
    request.setTransferTimeout(20'000);
    const QJsonDocument list = QJsonDocument::fromJson(finished(m_network.get(request)));
    if (!list.isArray())
        return -1;
    int found = 0;
    for (const QJsonValue& payment : list.array()) {
        if (payment[u"custom1"_s].toString() == orderId)
            ++found;
    }
    return found;
}

bool KillCampaign::payInvoice(const QString& gateway, const QString& id)
{
    const QJsonObject paid = control("POST", u"/_sandbox/pay"_s, {{u"gateway"_s, gateway}, {u"id"_s, id}});
    return !paid.isEmpty() && !paid.contains(u"error"_s);
}

void KillCampaign::killRound(int round)
{
    const int gatewayCount = static_cast<int>(m_options.gateways.size());
    const QString gateway = m_options.gateways.at(round % gatewayCount);
    const int turn = round / gatewayCount;
    QList<Operation> cycle{Operation::Invoice};
    if (hasRefunds(gateway))
        cycle << Operation::Refund;
    cycle << Operation::Sync;
    Operation operation = cycle.at(turn % cycle.size());

    ++m_serial;
    auto key = std::make_unique<Key>();
    key->gateway = gateway;
    const QString account = accountName(gateway);
    const QString tag = u"%1-%2"_s.arg(m_options.seed).arg(m_serial);

    // A refund needs a paid invoice of this gateway, created (and recovered) by an earlier round.
    Key* refunded = nullptr;
    if (operation == Operation::Refund) {
        for (Key* candidate : std::as_const(m_keys)) {
            if (candidate->gateway == gateway && candidate->operation == Operation::Invoice && candidate->clean
                && !candidate->ledgerId.isEmpty() && candidate->refundsClean
                && candidate->refunds < maxRefunds(gateway)) {
                refunded = candidate;
                break;
            }
        }
        if (!refunded)
            operation = Operation::Invoice;
        else if (!refunded->paid && !(refunded->paid = payInvoice(gateway, refunded->ledgerId)))
            operation = Operation::Invoice;
    }
    key->operation = operation;

    int mode = static_cast<int>(random(KillModeCount));
    if (operation == Operation::Sync) {
        mode = RandomMoment;
        // Something for the sync to bring in: the newest unpaid invoice of this gateway is paid first.
        for (auto it = m_keys.crbegin(); it != m_keys.crend(); ++it) {
            Key* candidate = *it;
            if (candidate->gateway == gateway && candidate->operation == Operation::Invoice
                && !candidate->ledgerId.isEmpty() && !candidate->paid) {
                candidate->paid = payInvoice(gateway, candidate->ledgerId);
                break;
            }
        }
        key->arguments = {u"sync"_s, account};
    } else if (operation == Operation::Invoice) {
        key->key = u"KILL-"_s + tag;
        key->amount = u"%1.00"_s.arg(20 + static_cast<int>(m_serial % 30));
        key->arguments
            = {u"--json"_s, u"invoice"_s, u"create"_s, account, u"--amount"_s, key->amount, u"--order-id"_s, key->key};
        if (gateway == u"cryptocom")
            key->arguments << u"--currency"_s << u"USD"_s;
        else if (gateway == u"cryptoprocessing")
            key->arguments << u"--currency"_s << u"EUR"_s;
        else if (gateway == u"bucksbus")
            key->arguments << u"--currency"_s << u"USD"_s << u"--pay-currency"_s << u"USDT.TRC20"_s;
        else
            key->arguments << u"--currency"_s << u"USD"_s << u"--pay-currency"_s << u"USDT"_s << u"--network"_s
                           << u"tron"_s;
    } else {
        key->invoice = refunded;
        key->refundsBefore = refunded->refunds++;
        key->key = u"KR-"_s + tag;
        key->paymentId = refunded->ledgerId;
        key->arguments = {u"--json"_s, u"refund"_s, u"create"_s, account, key->paymentId, u"--key"_s, key->key};
        if (gateway == u"cryptocom") {
            key->amount = u"5.00"_s; // a part: up to two refunds of 5.00 on an invoice of 20.00 or more
            key->arguments << u"--amount"_s << key->amount;
        } else if (gateway == u"bucksbus") {
            key->amount = u"5"_s;
            key->arguments << u"--amount"_s << key->amount << u"--address"_s << QString::fromLatin1(kRefundAddress);
        } else {
            key->arguments << u"--address"_s << QString::fromLatin1(kRefundAddress); // Cryptomus: the whole payment
        }
    }
    key->killMode = killModeName(mode);

    key->killed = startAndKill(gateway, key->arguments, creatingPath(gateway, operation), mode);
    if (key->killed) {
        ++m_report.kills;
        ++figures(gateway, operation).kills;
        if (m_options.integrityEvery > 0 && m_report.kills % m_options.integrityEvery == 0)
            checkIntegrity(); // the file as the kill left it, before anything opens it again
    }
    say(u"kill %1/%2: %3 %4 %5 (%6)%7"_s.arg(m_report.kills)
            .arg(m_options.kills)
            .arg(gateway, operationName(operation), key->key, key->killMode,
                key->killed ? QString() : u": finished before the kill"_s));

    Key* kept = key.release();
    m_keys.append(kept);
    recover(gateway, *kept);
}

bool KillCampaign::startAndKill(const QString& gateway, const QStringList& arguments, const QString& path, int mode)
{
    control("DELETE", u"/_sandbox/faults"_s);
    if (mode == ReplyHeld || mode == RequestHeld) {
        QJsonObject rule{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"count"_s, 1}};
        rule.insert(u"kind"_s, mode == ReplyHeld ? u"error500AfterCommit"_s : u"latency"_s);
        rule.insert(u"delayMs"_s, mode == ReplyHeld ? 3000 : 2000);
        control("POST", u"/_sandbox/faults"_s, {{u"rules"_s, QJsonArray{rule}}});
    }
    const qint64 since = lastRequestSeq();
    const qint64 randomDelay = static_cast<qint64>(random(1200));
    const qint64 afterPostDelay = static_cast<qint64>(random(10));

    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(m_options.cliPath, arguments);
    if (!process.waitForStarted(10'000)) {
        m_report.error = u"paydesk-cli did not start: %1"_s.arg(process.errorString());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    bool due = false;
    while (!due && process.state() == QProcess::Running && clock.elapsed() < 30'000) {
        if (mode == RandomMoment) {
            const qint64 left = randomDelay - clock.elapsed();
            if (left > 0)
                process.waitForFinished(static_cast<int>(std::min<qint64>(left, 50)));
            due = clock.elapsed() >= randomDelay;
            continue;
        }
        const QJsonObject log = control("GET", u"/_sandbox/requests?since=%1&gateway=%2"_s.arg(since).arg(gateway));
        for (const QJsonValue& entry : log.value(u"requests"_s).toArray()) {
            if (entry[u"method"_s].toString() == u"POST" && entry[u"path"_s].toString() == path)
                due = true;
        }
        if (due)
            QThread::msleep(static_cast<unsigned long>(afterPostDelay));
        else
            process.waitForFinished(5);
    }
    bool killed = false;
    if (process.state() == QProcess::Running) {
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        process.waitForFinished(10'000);
        killed = process.exitStatus() == QProcess::CrashExit;
    } else {
        process.waitForFinished(1000);
    }
    control("DELETE", u"/_sandbox/faults"_s);
    return killed;
}

void KillCampaign::recover(const QString& gateway, Key& key)
{
    // As a user would: a sync of the account (it settles the unknown outcomes the kill left), then, for a creating
    // command, the same command under the same key.
    QElapsedTimer phase;
    phase.start();
    runCli({u"sync"_s, accountName(gateway)});
    const qint64 syncMs = phase.restart();
    if (key.operation != Operation::Sync) {
        const CliRun again = runCli(key.arguments);
        if (again.exitCode != 0) {
            ++figures(gateway, key.operation).rerunFailed;
            const QString said = QString::fromUtf8(again.err).trimmed().replace(u'\n', u" / "_s);
            m_report.findings.append({gateway, key.operation, key.key, key.killMode,
                u"the same command again exited %1: %2"_s.arg(again.exitCode).arg(said.left(300))});
        }
    }
    const qint64 againMs = phase.restart();
    collectRequests();
    if (key.operation == Operation::Sync)
        countSync(gateway);
    else
        countKilled(key);
    say(u"  recovered: sync %1 ms, the same command again %2 ms, counted in %3 ms"_s.arg(syncMs).arg(againMs).arg(
        phase.elapsed()));
}

KillCampaign::Figures KillCampaign::count(Key& key)
{
    Figures outcome;
    outcome.gateway = key.gateway;
    outcome.operation = key.operation;
    const QString account = accountId(key.gateway);
    const ReadOnlyLedger ledger(ledgerPath());
    if (!ledger.error().isEmpty()) {
        m_report.error = u"cannot read the ledger: %1"_s.arg(ledger.error());
        return outcome;
    }
    const bool invoice = key.operation == Operation::Invoice;
    const QString committed
        = invoice ? u"i:"_s + key.key : u"r:"_s + (key.gateway == u"bucksbus" ? key.key : key.paymentId);
    int atGateway = m_committed.value(key.gateway).value(committed);
    // Refunds of one payment are counted there (the refund key travels only to v10.2): the refunds of the other keys
    // on the same payment, one each, are not this key's (a second key is taken only when the first counted clean).
    const int others = invoice ? 0 : key.invoice->refunds - 1;
    const int before = key.gateway == u"bucksbus" ? 0 : others;
    // Cryptomus hands back the invoice it holds under an order id: a second POST creates nothing.
    if (invoice && key.gateway == u"cryptomus")
        atGateway = std::min(atGateway, 1);
    // Crypto.com shows what was refunded on the payment itself: the request log's count is checked against it (each
    // refund of this campaign is 5.00, 500 minor units).
    if (!invoice && key.gateway == u"cryptocom") {
        const qint64 refunded = cryptocomRefunded(key.paymentId);
        if (refunded < 0 || refunded % 500 != 0 || refunded / 500 != atGateway) {
            m_report.findings.append({key.gateway, key.operation, key.key, key.killMode,
                u"the request log counts %1 refunds, the payment shows %2 minor units refunded"_s.arg(atGateway).arg(
                    refunded)});
            atGateway = std::max(atGateway, static_cast<int>(std::max<qint64>(refunded, 0) / 500));
        }
    }
    // v10.2 has no idempotency key of its own, so a second POST would make a second payment: the request log's count
    // is checked against the gateway's own list (GET /payments, the key in custom1).
    if (invoice && key.gateway == u"bucksbus") {
        const int listed = bucksbusListed(key.key);
        if (listed != atGateway) {
            m_report.findings.append({key.gateway, key.operation, key.key, key.killMode,
                u"the request log counts %1 payments, the gateway lists %2"_s.arg(atGateway).arg(listed)});
            atGateway = std::max(atGateway, listed);
        }
    }
    QString sqlError;
    const QList<QStringList> rows = invoice
        ? ledger.rows(u"SELECT id, amount, status FROM payments WHERE account_id = ? AND order_id = ?"_s,
            {account, key.key}, &sqlError)
        : ledger.rows(u"SELECT id, amount FROM refunds WHERE account_id = ? AND payment_id = ?"_s,
            {account, key.paymentId}, &sqlError);
    const QList<QStringList> journal
        = ledger.rows(u"SELECT state FROM journal WHERE account_id = ? AND kind = ? AND idempotency_key = ?"_s,
            {account, invoice ? u"invoice"_s : u"refund"_s, key.key}, &sqlError);
    if (!sqlError.isEmpty()) {
        m_report.error = u"cannot read the ledger: %1"_s.arg(sqlError);
        return outcome;
    }
    atGateway = std::max(atGateway - before, 0);
    const int inLedger = std::max(static_cast<int>(rows.size()) - others, 0);
    outcome.operations = 1;
    outcome.atGateway = atGateway;
    outcome.inLedger = inLedger;
    // An invoice the payer paid (POST /_sandbox/pay, before the sync of its recovery) may not look unpaid.
    static const QStringList unpaid{u"pending"_s, u"expired"_s, u"cancelled"_s, u"failed"_s, u"unknown"_s};
    for (const QStringList& row : rows) {
        if (!key.amount.isEmpty() && !sameAmount(row.value(1), key.amount))
            ++outcome.wrongAmount;
        if (invoice && key.paid && unpaid.contains(row.value(2)))
            ++outcome.wrongStatus;
    }
    key.journalState = journal.isEmpty() ? u"none"_s : journal.first().value(0);
    outcome.unknown = key.journalState == u"unknown" ? 1 : 0;
    outcome.duplicates = atGateway > 1 || inLedger > 1 ? 1 : 0;
    // An entry still unknown is shown as an "Outcome unknown" row (docs/journal.md): counted as unknown, not lost.
    outcome.lost = atGateway > 0 && inLedger == 0 && outcome.unknown == 0 ? 1 : 0;
    outcome.phantom = inLedger > 0 && atGateway == 0 ? 1 : 0;
    if (invoice && inLedger > 0)
        key.ledgerId = rows.first().value(0);
    key.clean = outcome.duplicates + outcome.lost + outcome.phantom + outcome.unknown + outcome.wrongAmount
            + outcome.wrongStatus
        == 0;
    if (key.invoice && !key.clean)
        key.invoice->refundsClean = false;
    return outcome;
}

QString KillCampaign::describe(const Figures& outcome, const Key& key)
{
    QStringList what;
    what << u"%1 at the gateway, %2 in the ledger, journal %3"_s.arg(outcome.atGateway)
                .arg(outcome.inLedger)
                .arg(key.journalState);
    if (outcome.duplicates)
        what << u"DUPLICATE"_s;
    if (outcome.lost)
        what << u"LOST"_s;
    if (outcome.phantom)
        what << u"PHANTOM"_s;
    if (outcome.wrongAmount)
        what << u"wrong amount"_s;
    if (outcome.wrongStatus)
        what << u"paid at the gateway, unpaid in the ledger"_s;
    return what.join(u", "_s);
}

void KillCampaign::add(Figures& row, const Figures& outcome)
{
    row.operations += outcome.operations;
    row.atGateway += outcome.atGateway;
    row.inLedger += outcome.inLedger;
    row.duplicates += outcome.duplicates;
    row.lost += outcome.lost;
    row.phantom += outcome.phantom;
    row.wrongAmount += outcome.wrongAmount;
    row.wrongStatus += outcome.wrongStatus;
    row.unknown += outcome.unknown;
}

void KillCampaign::countKilled(Key& key)
{
    const Figures outcome = count(key);
    add(figures(key.gateway, key.operation), outcome);
    if (!key.clean)
        m_report.findings.append({key.gateway, key.operation, key.key, key.killMode, describe(outcome, key)});
}

// After a killed sync and its recovery: every invoice this campaign created on the gateway is counted again. The
// sync's row shows them all (keys, at the gateway, in the ledger); a key that was clean before and is not now was
// broken by the killed sync, and only such keys add to its duplicates, lost, phantom and wrong amounts. Its unknown
// column is the account's journal entries still unknown after the recovery.
void KillCampaign::countSync(const QString& gateway)
{
    Figures& row = figures(gateway, Operation::Sync);
    for (Key* key : std::as_const(m_keys)) {
        if (key->gateway != gateway || key->operation != Operation::Invoice)
            continue;
        const bool wasClean = key->clean;
        Figures outcome = count(*key);
        row.operations += outcome.operations;
        row.atGateway += outcome.atGateway;
        row.inLedger += outcome.inLedger;
        if (wasClean && !key->clean) {
            outcome.operations = outcome.atGateway = outcome.inLedger = outcome.unknown = 0;
            add(row, outcome);
            m_report.findings.append({gateway, Operation::Sync, key->key, killModeName(RandomMoment),
                u"clean before a killed sync, not after its recovery: "_s + describe(count(*key), *key)});
        }
    }
    const ReadOnlyLedger ledger(ledgerPath());
    const auto unknown = ledger.rows(
        u"SELECT COUNT(*) FROM journal WHERE account_id = ? AND state = 'unknown'"_s, {accountId(gateway)});
    if (!unknown.isEmpty())
        row.unknown += unknown.first().value(0).toInt();
}

// The end of the campaign: after a last sync of every account, every key is counted again.
void KillCampaign::countAll()
{
    m_report.final = Figures();
    m_report.final.gateway = u"all"_s;
    for (Key* key : std::as_const(m_keys)) {
        if (key->operation == Operation::Sync)
            continue;
        // The refunds of one payment are counted once, with its last refund key.
        if (key->invoice && key->refundsBefore != key->invoice->refunds - 1) {
            ++m_report.final.operations;
            continue;
        }
        const Figures outcome = count(*key);
        add(m_report.final, outcome);
        if (!key->clean)
            m_report.finalFindings.append(
                {key->gateway, key->operation, key->key, key->killMode, describe(outcome, *key)});
    }
}

void KillCampaign::checkIntegrity()
{
    ++m_report.integrityChecks;
    const ReadOnlyLedger ledger(ledgerPath());
    QString error = ledger.error();
    QList<QStringList> rows;
    if (error.isEmpty())
        rows = ledger.rows(u"PRAGMA integrity_check"_s, {}, &error);
    if (error.isEmpty() && rows.size() == 1 && rows.first().value(0) == u"ok") {
        ++m_report.integrityPassed;
        return;
    }
    QStringList said;
    for (const QStringList& row : std::as_const(rows))
        said << row.join(u' ');
    m_report.integrityErrors
        << u"after kill %1: %2"_s.arg(m_report.kills).arg(error.isEmpty() ? said.join(u"; "_s) : error);
}

QString KillCampaign::table(const Report& report)
{
    QString text;
    const auto line = [&text](const QString& gateway, const QString& operation, const Figures& f) {
        text += u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13\n"_s.arg(gateway, -17)
                    .arg(operation, -15)
                    .arg(f.kills, 5)
                    .arg(f.operations, 5)
                    .arg(f.atGateway, 8)
                    .arg(f.inLedger, 7)
                    .arg(f.duplicates, 5)
                    .arg(f.lost, 5)
                    .arg(f.phantom, 7)
                    .arg(f.wrongAmount, 6)
                    .arg(f.wrongStatus, 6)
                    .arg(f.unknown, 8)
                    .arg(f.rerunFailed, 6);
    };
    text += u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13\n"_s.arg(u"gateway"_s, -17)
                .arg(u"operation"_s, -15)
                .arg(u"kills"_s, 5)
                .arg(u"keys"_s, 5)
                .arg(u"gateway"_s, 8)
                .arg(u"ledger"_s, 7)
                .arg(u"dupl"_s, 5)
                .arg(u"lost"_s, 5)
                .arg(u"phantom"_s, 7)
                .arg(u"amount"_s, 6)
                .arg(u"status"_s, 6)
                .arg(u"unknown"_s, 8)
                .arg(u"rerun!"_s, 6);
    for (const Figures& f : report.figures)
        line(f.gateway, operationName(f.operation), f);
    line(u"all"_s, QString(), report.total());
    line(u"final recount"_s, u"(all keys)"_s, report.final);
    text += u"kills: %1; integrity checks passed: %2 of %3; %4 s\n"_s.arg(report.kills)
                .arg(report.integrityPassed)
                .arg(report.integrityChecks)
                .arg(static_cast<double>(report.elapsedMs) / 1000.0, 0, 'f', 1);
    for (const QString& error : report.integrityErrors)
        text += u"integrity: %1\n"_s.arg(error);
    if (!report.error.isEmpty())
        text += u"error: %1\n"_s.arg(report.error);
    return text;
}

} // namespace paydesk::bench
