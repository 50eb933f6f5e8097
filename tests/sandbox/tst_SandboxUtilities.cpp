#include "core/Decimal.h"
#include "sandbox/HttpRequest.h"
#include "sandbox/HttpRequestParser.h"
#include "sandbox/JsonWriter.h"
#include "sandbox/SandboxCrypto.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxRandom.h"
#include "sandbox/WebhookDispatcher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::sandbox;

class TestSandboxUtilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webhooksOnlyToLoopback_data();
    void webhooksOnlyToLoopback();
    void apiNotesVectors_data();
    void apiNotesVectors();
    void constantTimeEquals();
    void jsonWriterExactAndEscaped();
    void randomIsDeterministic();
    void formAndAuthParsing();
    void options();
    void decimalBasics();
    void requestParserVerdicts_data();
    void requestParserVerdicts();
    void requestParserHeaderLimitDoesNotDependOnSplit();
};

void TestSandboxUtilities::apiNotesVectors_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");
    // Known-answer vectors of ../shared/specs/API-NOTES.md.
    QTest::newRow("cryptocom Pay-Signature")
        << u"hmac-sha256"_s << QByteArray("demo_signature_secret")
        << QByteArray(
               R"(1700000000.{"id":"evt_1","type":"payment.captured","data":{"object":{"id":"p1","status":"succeeded"}}})")
        << QByteArray("f889aadb7fab9b69a63fb784f48a9b2b43bd3e665ae8aec33c178b208eb9c875");
    QTest::newRow("cryptoprocessing X-Processing-Signature")
        << u"hmac-sha512"_s << QByteArray("AbCdEfG123456") << QByteArray(R"({"currency":"BTC","foreign_id":"123456"})")
        << QByteArray("03c25fcf7cd35e7d995e402cd5d51edd72d48e1471e865907967809a0c189ba55b90815f20e2bb10f82c7a9e9d865546"
                      "fda58989c2ae9e8e2ff7bc29195fa1ec");
    QTest::newRow("v10.2 X-Webhook-HMAC-SHA256")
        << u"hmac-sha256"_s << QByteArray("demo_webhook_secret")
        << QByteArray(
               R"({"type":"notification","event":"payment.complete","payment":{"payment_id":"48bf","status":"COMPLETE"}})")
        << QByteArray("ec4e30f33c63ac96c24e440d544de61692838073f90ead066626cafa49e1a561");
    QTest::newRow("cryptomus sign") << u"md5-base64"_s << QByteArray("demo_payment_key")
                                    << QByteArray(R"({"amount":"10","currency":"USDT","order_id":"A1"})")
                                    << QByteArray("9f269b4c3663f937585c30e8a2c73f5a");
    QTest::newRow("cryptomus sign empty body") << u"md5-base64"_s << QByteArray("demo_payment_key") << QByteArray()
                                               << QByteArray("80852ac789b7333efa09c579b80fa65b");
}

void TestSandboxUtilities::apiNotesVectors()
{
    QFETCH(QString, algorithm);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);
    QByteArray actual;
    if (algorithm == u"hmac-sha256")
        actual = crypto::hmacSha256Hex(key, message);
    else if (algorithm == u"hmac-sha512")
        actual = crypto::hmacSha512Hex(key, message);
    else
        actual = crypto::md5Hex(QByteArray(message.toBase64() + key));
    QCOMPARE(actual, expected);
}

void TestSandboxUtilities::constantTimeEquals()
{
    QVERIFY(crypto::constantTimeEquals("abc", "abc"));
    QVERIFY(!crypto::constantTimeEquals("abc", "abd"));
    QVERIFY(!crypto::constantTimeEquals("abc", "abcd"));
    QVERIFY(crypto::constantTimeEquals("", ""));
}

void TestSandboxUtilities::jsonWriterExactAndEscaped()
{
    JsonWriter w;
    w.beginObject()
        .key("amount"_L1)
        .rawNumber("100000000000000000000")
        .field("text"_L1, u"a\"b\\c/d\n\u00e9"_s)
        .nullField("none"_L1)
        .key("list"_L1)
        .beginArray()
        .number(1)
        .boolean(false)
        .endArray()
        .endObject();
    const QByteArray json = w.take();
    QCOMPARE(json,
        QByteArray("{\"amount\":100000000000000000000,\"text\":\"a\\\"b\\\\c/d\\n\xc3\xa9\",\"none\":null,"
                   "\"list\":[1,false]}"));
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);

    JsonWriter php;
    php.setEscapeSlash(true);
    php.beginObject().field("url"_L1, u"https://x/y"_s).endObject();
    QCOMPARE(php.take(), QByteArray(R"({"url":"https:\/\/x\/y"})"));
}

void TestSandboxUtilities::randomIsDeterministic()
{
    SandboxRandom a(5);
    SandboxRandom b(5);
    SandboxRandom c(6);
    QList<quint64> sa, sb, sc;
    for (int i = 0; i < 10; ++i) {
        sa.append(a.next());
        sb.append(b.next());
        sc.append(c.next());
    }
    QCOMPARE(sa, sb);
    QVERIFY(sa != sc);
    SandboxRandom r(1);
    const QString uuid = r.uuid();
    QCOMPARE(uuid.size(), 36);
    QCOMPARE(uuid.at(14), u'4');
    for (int i = 0; i < 1000; ++i) {
        const qint64 v = r.range(3, 7);
        QVERIFY(v >= 3 && v <= 7);
    }
    QVERIFY(SandboxRandom::deriveSeed(1, "cryptocom") != SandboxRandom::deriveSeed(1, "cryptomus"));
}

void TestSandboxUtilities::formAndAuthParsing()
{
    HttpRequest request;
    request.body = "amount=2500&description=Tee+%28Unisex%29&metadata%5Bsize%5D=XL&empty=";
    const auto fields = request.formFields();
    QCOMPARE(fields.size(), 4);
    QCOMPARE(fields.at(1).second, u"Tee (Unisex)"_s);
    QCOMPARE(fields.at(2).first, u"metadata[size]"_s);
    request.headers.append({"authorization", "Basic " + QByteArray("sk_test_abc:").toBase64()});
    QCOMPARE(request.basicCredentials()->first, u"sk_test_abc"_s);
    QCOMPARE(request.basicCredentials()->second, QString());
    QVERIFY(!request.bearerToken());
    request.headers = {{"authorization", "Bearer sk_test_xyz"}};
    QCOMPARE(*request.bearerToken(), u"sk_test_xyz"_s);
}

void TestSandboxUtilities::options()
{
    QString error;
    auto parsed = parseSandboxOptions({u"--port"_s, u"8080"_s, u"--payments=10000"_s, u"--days"_s, u"90"_s,
                                          u"--speed"_s, u"60"_s, u"--seed"_s, u"9"_s, u"--epoch"_s, u"1700000000"_s},
        &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->port, 8080);
    QCOMPARE(parsed->payments, 10000);
    QCOMPARE(parsed->days, 90);
    QCOMPARE(parsed->speed, 60.0);
    QCOMPARE(parsed->seed, 9u);
    QCOMPARE(parsed->epoch, 1700000000);
    QVERIFY(!parseSandboxOptions({u"--port"_s, u"70000"_s}, &error));
    QVERIFY(!parseSandboxOptions({u"--bogus"_s, u"1"_s}, &error));
    QVERIFY(!parseSandboxOptions({u"--speed"_s, u"-1"_s}, &error));
    QCOMPARE(parseSandboxOptions({u"--speed"_s, u"0"_s}, &error)->speed, 0.0); // frozen clock
    QVERIFY(parseSandboxOptions({u"--help"_s}, &error)->help);
    const QString help = sandboxHelpText();
    const QStringList words = {u"/_sandbox/pay"_s, u"/_sandbox/clock"_s, u"/_sandbox/faults"_s, u"/_sandbox/requests"_s,
        u"/_sandbox/webhooks"_s, u"/_sandbox/reset"_s, u"truncatedBody"_s, u"--faults"_s};
    for (const QString& word : words)
        QVERIFY2(help.contains(word), qPrintable(word));
}

void TestSandboxUtilities::decimalBasics()
{
    // Only what the sandbox relies on (the real Decimal has its own tests).
    const auto cro = Decimal::fromMinorUnits(u"100000000000000000000", 18);
    QVERIFY(cro);
    QCOMPARE(cro->normalized().toString(), u"100"_s);
    QCOMPARE(*cro->toMinorUnits(18), u"100000000000000000000"_s);
    const auto a = Decimal::fromString(u"25.00");
    const auto b = Decimal::fromString(u"0.5");
    QCOMPARE(a->minus(*b)->toString(), u"24.50"_s);
    QVERIFY(*b < *a);
    QCOMPARE(a->multipliedBy(*Decimal::fromString(u"75.792"), 8, Decimal::Rounding::HalfUp)->normalized().toString(),
        u"1894.8"_s);
}

void TestSandboxUtilities::webhooksOnlyToLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("127.0.0.1") << u"http://127.0.0.1:9000/hook"_s << true;
    QTest::newRow("127.8.9.10") << u"http://127.8.9.10/hook"_s << true;
    QTest::newRow("localhost") << u"https://localhost:8443/hook"_s << true;
    QTest::newRow("ipv6-loopback") << u"http://[::1]:9000/hook"_s << true;
    QTest::newRow("public-host") << u"https://example.com/webhook"_s << false;
    QTest::newRow("private-range") << u"http://192.168.1.20/hook"_s << false;
    QTest::newRow("localhost-lookalike") << u"http://localhost.example.com/hook"_s << false;
    QTest::newRow("not-http") << u"ftp://127.0.0.1/hook"_s << false;
}

void TestSandboxUtilities::webhooksOnlyToLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(paydesk::sandbox::WebhookDispatcher::isLoopbackTarget(QUrl(url)), allowed);
}

void TestSandboxUtilities::requestParserVerdicts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status"); // 0: complete, -1: incomplete
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("get") << QByteArray("GET /a?b=1 HTTP/1.1\r\nHost: x\r\n\r\n") << 0 << QByteArray();
    QTest::newRow("post-body-pipelined") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /") << 0
                                         << QByteArray("abc");
    QTest::newRow("body-due") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nab") << -1 << QByteArray();
    QTest::newRow("no-blank-line") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << -1 << QByteArray();
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 501
                             << QByteArray();
    QTest::newRow("gzip") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 400 << QByteArray();
    QTest::newRow("two-lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na")
                                 << 400 << QByteArray();
    QTest::newRow("signed-length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\na") << 400
                                   << QByteArray();
    QTest::newRow("body-too-large") << QByteArray(
        "POST / HTTP/1.1\r\nContent-Length: " + QByteArray::number(HttpRequestParser::kMaxBodyBytes + 1) + "\r\n\r\n")
                                    << 413 << QByteArray();
    QTest::newRow("bad-request-line") << QByteArray("GET /\r\n\r\n") << 400 << QByteArray();
}

void TestSandboxUtilities::requestParserVerdicts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const HttpRequestParser::Outcome outcome = HttpRequestParser::parse(bytes);
    using State = HttpRequestParser::Outcome::State;
    if (status == -1) {
        QCOMPARE(outcome.state, State::Incomplete);
    } else if (status == 0) {
        QCOMPARE(outcome.state, State::Complete);
        QCOMPARE(outcome.request.body, body);
        QCOMPARE(outcome.consumed, bytes.indexOf("\r\n\r\n") + 4 + body.size());
    } else {
        QCOMPARE(outcome.state, State::Failed);
        QCOMPARE(outcome.status, status);
        QVERIFY(!outcome.message.isEmpty());
    }
}

// A header block of exactly the limit is accepted whole, so it must not be refused (431) while its blank line is
// still arriving (found by fuzz_sandboxhttp); one byte more is refused either way.
void TestSandboxUtilities::requestParserHeaderLimitDoesNotDependOnSplit()
{
    using State = HttpRequestParser::Outcome::State;
    const QByteArray start = "GET / HTTP/1.1\r\nX-Pad: ";
    for (const qsizetype blockSize : {HttpRequestParser::kMaxHeaderBytes, HttpRequestParser::kMaxHeaderBytes + 1}) {
        const QByteArray request = start + QByteArray(blockSize - start.size(), 'a') + "\r\n\r\n";
        const bool fits = blockSize <= HttpRequestParser::kMaxHeaderBytes;
        QCOMPARE(HttpRequestParser::parse(request).state, fits ? State::Complete : State::Failed);
        for (qsizetype cut = blockSize - 1; cut < request.size(); ++cut) {
            const HttpRequestParser::Outcome prefix = HttpRequestParser::parse(request.left(cut));
            if (fits) {
                QCOMPARE(prefix.state, State::Incomplete);
            } else if (prefix.state != State::Incomplete || cut > HttpRequestParser::kMaxHeaderBytes + 3) {
                // Refused as soon as the blank line can no longer start within the limit (at the latest).
                QCOMPARE(prefix.state, State::Failed);
                QCOMPARE(prefix.status, 431);
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestSandboxUtilities)
#include "tst_SandboxUtilities.moc"
