#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "providers/http/HttpClient.h"
#include "tests/support/ScriptedHttpServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace paydesk;
using paydesk::test::ScriptedHttpServer;

class TstHttpClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void successfulGet();
    void getIsRetriedOnServerErrorsThenSucceeds();
    void getGivesUpAfterMaxAttempts();
    void unreadableJsonReadIsRetried();
    void unreadableJsonCreatingCallIsNotRetried();
    void postIsNeverRetried();
    void writesNeedAJournalPermit();
    void creatingCallMarksTheJournalSentFirst();
    void permitCannotBeUsedTwice();
    void idempotentPostIsRetried();
    void clientErrorsAreNotRetried();
    void rateLimitHonoursRetryAfter();
    void transferTimeout();
    void truncatedBodyIsNotSuccess();
    void droppedConnectionBeforeReply();
    void connectionRefused();
    void oversizedReplyIsAborted();
    void plainHttpOnlyToLoopback_data();
    void plainHttpOnlyToLoopback();
    void refusedUrlIsNeverSent();
    void callbackIsNeverReentrant();
    void noCallbackAfterContextDestroyed();
    void cancelDeliversCancelled();
    void retryAfterParsing();

private:
    HttpResult sendAndWait(const HttpRequest& request);
    HttpResult sendCreatingAndWait(const CreatingCallPermit& permit, const HttpRequest& request);
    CreatingCallPermit newPermit(const QString& key);

    QTemporaryDir m_dir;
    int m_ledgerCount = 0;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<Journal> m_journal;

    ScriptedHttpServer* m_server = nullptr;
    HttpClient* m_client = nullptr;
};

void TstHttpClient::init()
{
    m_server = new ScriptedHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new HttpClient(this);
    m_client->setRetryPolicy({.maxAttempts = 4, .baseDelay = 10ms, .maxDelay = 50ms, .maxRetryAfter = 5s});

    const QString path = m_dir.filePath(u"ledger-%1.sqlite"_s.arg(++m_ledgerCount));
    auto ledger = Ledger::open(path);
    QVERIFY(ledger.ok());
    m_ledger = std::move(ledger).value();
    QVERIFY(m_ledger->addAccount({.id = u"acc"_s, .name = u"acc"_s, .gateway = Gateway::CryptoCom}).ok());
    auto journal = Journal::open(*m_ledger);
    QVERIFY(journal.ok());
    m_journal = std::move(journal).value();
}

void TstHttpClient::cleanup()
{
    m_journal.reset();
    m_ledger.reset();
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

HttpResult TstHttpClient::sendAndWait(const HttpRequest& request)
{
    std::optional<HttpResult> result;
    m_client->send(request, this, [&result](const HttpResult& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20'000))
        return {};
    return *result;
}

HttpResult TstHttpClient::sendCreatingAndWait(const CreatingCallPermit& permit, const HttpRequest& request)
{
    std::optional<HttpResult> result;
    m_client->sendCreating(*m_journal, permit, request, this, [&result](const HttpResult& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20'000))
        return {};
    return *result;
}

CreatingCallPermit TstHttpClient::newPermit(const QString& key)
{
    auto started = m_journal->begin(
        {.accountId = u"acc"_s, .kind = JournalKind::Invoice, .idempotencyKey = key, .requestJson = "{}"});
    if (!started.ok() || !started.value().permit)
        qFatal("journal begin failed");
    return std::move(*std::move(started).value().permit);
}

void TstHttpClient::successfulGet()
{
    m_server->enqueue({.status = 200, .headers = {{"Content-Type", "application/json"}}, .body = "{\"ok\":true}"});
    const HttpResult result = sendAndWait({.url = m_server->url(u"/ping"_s)});
    QCOMPARE(result.outcome, HttpResult::Outcome::Completed);
    QVERIFY(result.isSuccess());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, QByteArray("{\"ok\":true}"));
    QCOMPARE(result.header("content-type"), QByteArray("application/json"));
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_server->received().size(), 1);
    QCOMPARE(m_server->received().first().path, QByteArray("/ping"));
    QCOMPARE(m_server->received().first().header("User-Agent"), QByteArray("Paydesk"));
    QCOMPARE(m_client->inFlightCount(), 0);
}

void TstHttpClient::getIsRetriedOnServerErrorsThenSucceeds()
{
    m_server->enqueue({.status = 500, .body = "boom"});
    m_server->enqueue({.status = 502});
    m_server->enqueue({.status = 200, .body = "fine"});
    const HttpResult result = sendAndWait({.url = m_server->url(u"/list"_s)});
    QVERIFY(result.isSuccess());
    QCOMPARE(result.body, QByteArray("fine"));
    QCOMPARE(result.attempts, 3);
    QCOMPARE(m_server->received().size(), 3);
}

void TstHttpClient::getGivesUpAfterMaxAttempts()
{
    m_client->setRetryPolicy({.maxAttempts = 3, .baseDelay = 5ms, .maxDelay = 20ms, .maxRetryAfter = 1s});
    m_server->setDefaultReply({.status = 503, .body = "down"});
    const HttpResult result = sendAndWait({.url = m_server->url(u"/list"_s)});
    QCOMPARE(result.outcome, HttpResult::Outcome::Completed);
    QCOMPARE(result.status, 503);
    QCOMPARE(result.attempts, 3);
    QCOMPARE(m_server->received().size(), 3);
}

// Issue #13, defect 7: a whole 2xx reply labelled JSON that does not parse is asked again, like a truncated one;
// a reply that is not labelled JSON (a plain "OK") is taken as it is.
void TstHttpClient::unreadableJsonReadIsRetried()
{
    const QList<std::pair<QByteArray, QByteArray>> json{{"Content-Type", "application/json; charset=utf-8"}};
    m_server->enqueue({.status = 200, .headers = json, .body = "{\"items\":[{\"id\":1},<!-- malformed -->"});
    m_server->enqueue({.status = 200, .headers = json, .body = "{\"items\":[]}"});
    const HttpResult result = sendAndWait({.url = m_server->url(u"/list"_s)});
    QVERIFY(result.isSuccess());
    QCOMPARE(result.body, QByteArray("{\"items\":[]}"));
    QCOMPARE(result.attempts, 2);

    HttpRequest read{.method = HttpRequest::Method::Post, .url = m_server->url(u"/info"_s), .body = "{}"};
    read.idempotent = true;
    m_server->enqueue({.status = 200, .headers = json, .body = "{\"data\":"});
    m_server->enqueue({.status = 200, .headers = json, .body = "{\"data\":{}}"});
    QCOMPARE(sendAndWait(read).attempts, 2);

    m_server->enqueue({.status = 200, .headers = {{"Content-Type", "text/plain"}}, .body = "OK"});
    QCOMPARE(sendAndWait({.url = m_server->url(u"/ping"_s)}).attempts, 1);
    QCOMPARE(m_server->received().size(), 5);

    // Garbled every time: given up after maxAttempts, delivered as it came (the mapper says it cannot be read).
    m_server->setDefaultReply({.status = 200, .headers = json, .body = "{garbled"});
    const HttpResult garbled = sendAndWait({.url = m_server->url(u"/list"_s)});
    QCOMPARE(garbled.outcome, HttpResult::Outcome::Completed);
    QCOMPARE(garbled.attempts, m_client->retryPolicy().maxAttempts);
}

void TstHttpClient::unreadableJsonCreatingCallIsNotRetried()
{
    auto started = m_journal->begin(
        {.accountId = u"acc"_s, .kind = JournalKind::Invoice, .idempotencyKey = u"GARBLED-1"_s, .requestJson = "{}"});
    QVERIFY(started.ok());
    m_server->setDefaultReply({.status = 201, .headers = {{"Content-Type", "application/json"}}, .body = "{\"id\":"});
    const HttpResult result = sendCreatingAndWait(*started.value().permit,
        {.method = HttpRequest::Method::Post, .url = m_server->url(u"/payments"_s), .body = "{}"});
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_server->received().size(), 1);
}

void TstHttpClient::postIsNeverRetried()
{
    m_server->setDefaultReply({.status = 500, .body = "maybe committed"});
    HttpRequest request{.method = HttpRequest::Method::Post, .url = m_server->url(u"/payments"_s), .body = "a=1"};
    const CreatingCallPermit permit = newPermit(u"order-1"_s);
    const HttpResult result = sendCreatingAndWait(permit, request);
    QCOMPARE(result.status, 500);
    QCOMPARE(result.attempts, 1);
    QVERIFY(result.outcomeUnknown());
    QCOMPARE(m_server->received().size(), 1);
    QCOMPARE(m_server->received().first().body, QByteArray("a=1"));
}

void TstHttpClient::writesNeedAJournalPermit()
{
    for (auto method : {HttpRequest::Method::Post, HttpRequest::Method::Put, HttpRequest::Method::Delete}) {
        const HttpResult result
            = sendAndWait({.method = method, .url = m_server->url(u"/payments"_s), .body = "amount=1"});
        QCOMPARE(result.outcome, HttpResult::Outcome::Refused);
        QVERIFY(result.errorString.contains(u"journal"_s));
    }
    QCOMPARE(m_server->received().size(), 0);
}

void TstHttpClient::creatingCallMarksTheJournalSentFirst()
{
    m_server->setDefaultReply({.status = 201, .body = R"({"id":"p1"})"});
    const CreatingCallPermit permit = newPermit(u"order-2"_s);
    QCOMPARE(m_journal->entry(permit.entryId()).value().state, JournalState::Pending);
    HttpRequest request{.method = HttpRequest::Method::Post, .url = m_server->url(u"/payments"_s), .body = "a=2"};
    m_client->sendCreating(*m_journal, permit, request, this, [](const HttpResult&) {});
    // Marked before the request leaves: synchronously, before the event loop ran once.
    QCOMPARE(m_journal->entry(permit.entryId()).value().state, JournalState::Sent);
    QCOMPARE(m_server->received().size(), 0);
    QTRY_COMPARE(m_server->received().size(), 1);
    QTRY_COMPARE(m_client->inFlightCount(), 0);
}

void TstHttpClient::permitCannotBeUsedTwice()
{
    m_server->setDefaultReply({.status = 201, .body = R"({"id":"p1"})"});
    const CreatingCallPermit permit = newPermit(u"order-3"_s);
    HttpRequest request{.method = HttpRequest::Method::Post, .url = m_server->url(u"/payments"_s), .body = "a=3"};
    QVERIFY(sendCreatingAndWait(permit, request).isSuccess());
    // The same attempt again: the entry is already `sent`, so nothing is sent.
    const HttpResult second = sendCreatingAndWait(permit, request);
    QCOMPARE(second.outcome, HttpResult::Outcome::Refused);
    QCOMPARE(m_server->received().size(), 1);
    // A read cannot borrow a permit either.
    const CreatingCallPermit other = newPermit(u"order-4"_s);
    QCOMPARE(sendCreatingAndWait(other, {.url = m_server->url(u"/payments"_s)}).outcome, HttpResult::Outcome::Refused);
    QCOMPARE(m_server->received().size(), 1);
}

void TstHttpClient::idempotentPostIsRetried()
{
    m_server->enqueue({.status = 500});
    m_server->enqueue({.status = 200, .body = R"({"state":0})"});
    HttpRequest request{.method = HttpRequest::Method::Post, .url = m_server->url(u"/v1/payment/info"_s), .body = "{}"};
    request.idempotent = true;
    const HttpResult result = sendAndWait(request);
    QVERIFY(result.isSuccess());
    QCOMPARE(result.attempts, 2);
}

void TstHttpClient::clientErrorsAreNotRetried()
{
    m_server->setDefaultReply({.status = 422, .body = R"({"code":"ERR_AMOUNT","message":"bad"})"});
    const HttpResult result = sendAndWait({.url = m_server->url(u"/x"_s)});
    QCOMPARE(result.outcome, HttpResult::Outcome::Completed);
    QCOMPARE(result.status, 422);
    QCOMPARE(result.body, QByteArray(R"({"code":"ERR_AMOUNT","message":"bad"})"));
    QCOMPARE(result.attempts, 1);
    QVERIFY(!result.outcomeUnknown());
}

void TstHttpClient::rateLimitHonoursRetryAfter()
{
    // The backoff policy alone would retry within 50 ms; Retry-After asks for a whole second.
    m_server->enqueue({.status = 429, .headers = {{"Retry-After", "1"}}});
    m_server->enqueue({.status = 200, .body = "ok"});
    QElapsedTimer timer;
    timer.start();
    const HttpResult result = sendAndWait({.url = m_server->url(u"/list"_s)});
    QVERIFY(result.isSuccess());
    QCOMPARE(result.attempts, 2);
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
}

void TstHttpClient::transferTimeout()
{
    m_client->setRetryPolicy({.maxAttempts = 1});
    m_server->setDefaultReply({.status = 200, .body = "late", .delayMs = 3000});
    const HttpResult result = sendAndWait({.url = m_server->url(u"/slow"_s), .timeout = 200ms});
    QCOMPARE(result.outcome, HttpResult::Outcome::Timeout);
    QCOMPARE(result.networkError, QNetworkReply::OperationCanceledError);
    QVERIFY(!result.isSuccess());
    QVERIFY(result.outcomeUnknown());
}

void TstHttpClient::truncatedBodyIsNotSuccess()
{
    m_client->setRetryPolicy({.maxAttempts = 1});
    m_server->setDefaultReply({.status = 200, .body = QByteArray(100, 'x'), .truncateBodyAt = 5});
    const HttpResult result = sendAndWait({.url = m_server->url(u"/cut"_s)});
    QCOMPARE(result.outcome, HttpResult::Outcome::Truncated);
    QCOMPARE(result.status, 200);
    QVERIFY(!result.isSuccess());
    QVERIFY(result.outcomeUnknown());
}

void TstHttpClient::droppedConnectionBeforeReply()
{
    m_server->setDefaultReply({.dropConnection = true});
    HttpRequest request{.method = HttpRequest::Method::Post, .url = m_server->url(u"/refunds"_s), .body = "{}"};
    const CreatingCallPermit permit = newPermit(u"refund-1"_s);
    const HttpResult result = sendCreatingAndWait(permit, request);
    QCOMPARE(result.outcome, HttpResult::Outcome::Network);
    QCOMPARE(result.status, 0);
    QVERIFY(result.outcomeUnknown());
    QCOMPARE(m_server->received().size(), 1);
}

void TstHttpClient::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    m_client->setRetryPolicy({.maxAttempts = 2, .baseDelay = 5ms, .maxDelay = 10ms});
    const HttpResult result = sendAndWait({.url = QUrl(u"http://127.0.0.1:%1/x"_s.arg(port))});
    QCOMPARE(result.outcome, HttpResult::Outcome::Network);
    QCOMPARE(result.networkError, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(result.attempts, 2);
}

void TstHttpClient::oversizedReplyIsAborted()
{
    m_server->setDefaultReply({.status = 200, .body = QByteArray(200'000, 'y')});
    HttpRequest request{.url = m_server->url(u"/huge"_s)};
    request.maxReplyBytes = 1000;
    const HttpResult result = sendAndWait(request);
    QCOMPARE(result.outcome, HttpResult::Outcome::TooLarge);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(result.attempts, 1);
}

void TstHttpClient::plainHttpOnlyToLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://pay.crypto.com/api/payments"_s << true;
    QTest::newRow("http-public") << u"http://api.bucksbus.com/int/assets"_s << false;
    QTest::newRow("http-private-range") << u"http://192.168.1.10/x"_s << false;
    QTest::newRow("http-127.0.0.1") << u"http://127.0.0.1:8080/x"_s << true;
    QTest::newRow("http-127.1.2.3") << u"http://127.1.2.3/x"_s << true;
    QTest::newRow("http-localhost") << u"http://localhost:1/x"_s << true;
    QTest::newRow("http-ipv6-loopback") << u"http://[::1]:9/x"_s << true;
    QTest::newRow("http-localhost-lookalike") << u"http://localhost.example.com/x"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/x"_s << false;
    QTest::newRow("relative") << u"/api/payments"_s << false;
}

void TstHttpClient::plainHttpOnlyToLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(HttpClient::isAllowedUrl(QUrl(url)), allowed);
}

void TstHttpClient::refusedUrlIsNeverSent()
{
    const HttpResult result = sendAndWait({.url = QUrl(u"http://paydesk-test.invalid/x"_s)});
    QCOMPARE(result.outcome, HttpResult::Outcome::Refused);
    QCOMPARE(result.attempts, 0);
    QVERIFY(!result.errorString.isEmpty());
}

void TstHttpClient::callbackIsNeverReentrant()
{
    bool returned = false;
    bool calledBeforeReturn = false;
    bool called = false;
    m_client->send({.url = QUrl(u"http://paydesk-test.invalid/x"_s)}, this, [&](const HttpResult&) {
        calledBeforeReturn = !returned;
        called = true;
    });
    returned = true;
    QTRY_VERIFY(called);
    QVERIFY(!calledBeforeReturn);
}

void TstHttpClient::noCallbackAfterContextDestroyed()
{
    m_server->setDefaultReply({.status = 200, .body = "x", .delayMs = 100});
    auto* context = new QObject;
    bool called = false;
    m_client->send({.url = m_server->url(u"/x"_s)}, context, [&called](const HttpResult&) { called = true; });
    delete context;
    QTRY_COMPARE(m_client->inFlightCount(), 0);
    QTest::qWait(50);
    QVERIFY(!called);
}

void TstHttpClient::cancelDeliversCancelled()
{
    m_server->setDefaultReply({.status = 200, .body = "x", .delayMs = 2000});
    std::optional<HttpResult> result;
    const auto id = m_client->send({.url = m_server->url(u"/x"_s)}, this, [&](const HttpResult& r) { result = r; });
    QTRY_COMPARE(m_server->received().size(), 1);
    m_client->cancel(id);
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->outcome, HttpResult::Outcome::Cancelled);
    QTRY_COMPARE(m_client->inFlightCount(), 0);
}

void TstHttpClient::retryAfterParsing()
{
    HttpResult result;
    QVERIFY(!result.retryAfter().has_value());
    result.headers = {{"retry-after", "7"}};
    QCOMPARE(result.retryAfter(), std::optional(std::chrono::milliseconds(7000)));
    result.headers = {{"Retry-After", "soon"}};
    QVERIFY(!result.retryAfter().has_value());
    result.headers = {{"Retry-After", "-3"}};
    QVERIFY(!result.retryAfter().has_value());
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(30);
    result.headers = {{"Retry-After", later.toString(Qt::RFC2822Date).toLatin1()}};
    const auto delay = result.retryAfter();
    QVERIFY(delay.has_value());
    QVERIFY2(*delay > 25s && *delay <= 30s, qPrintable(QString::number(delay->count())));
}

QTEST_GUILESS_MAIN(TstHttpClient)
#include "tst_HttpClient.moc"
