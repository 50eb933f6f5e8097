#include "sandbox/HttpListener.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/cryptocom/CryptocomSignature.h"
#include "sandbox/cryptocom/CryptocomSimulator.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTest>

#include <memory>

#include "../SandboxTestClient.h"

using namespace Qt::Literals::StringLiterals;
using namespace paydesk::sandbox;
using paydesk::sandbox::test::Client;
using paydesk::sandbox::test::Reply;

namespace {

const QByteArray kKey = "sk_test_paydesk_sandbox";
const QList<std::pair<QByteArray, QByteArray>> kAuth = {{"Authorization", "Basic " + QByteArray(kKey + ':').toBase64()},
    {"Content-Type", "application/x-www-form-urlencoded"}};

// Keys of a JSON object in the order they appear in the raw text (QJsonObject sorts them).
QStringList topLevelKeys(const QByteArray& json)
{
    QStringList keys;
    int depth = 0;
    bool inString = false;
    bool expectKey = false;
    QByteArray current;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\') {
                ++i;
                continue;
            }
            if (c == '"') {
                inString = false;
                if (expectKey && depth == 1)
                    keys.append(QString::fromUtf8(current));
                expectKey = false;
            } else {
                current += c;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            current.clear();
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',') {
            expectKey = depth == 1 || expectKey;
            if (depth == 1)
                expectKey = true;
        }
    }
    return keys;
}

} // namespace

class TestCryptocomSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void signatureVector();
    void signatureVerification_data();
    void signatureVerification();
    void authentication_data();
    void authentication();
    void createPaymentShape();
    void bigIntegerAmount();
    void createPaymentErrors_data();
    void createPaymentErrors();
    void idempotentOrderId();
    void retrieveMissing();
    void cancelOnlyWhenPending();
    void payPartialExactOver();
    void expiry();
    void partialThenFullRefund();
    void refundErrors_data();
    void refundErrors();
    void listNewestFirstAndPaging();
    void webhooksSignedAndRetried();
    void injectedFaultBodies();
    void deterministicGeneration();

private:
    Reply create(const QByteArray& form) { return m_client->post(u"/cryptocom/api/payments"_s, form, kAuth); }
    QString createId(const QByteArray& form = "amount=2500&currency=USD")
    {
        return create(form).object().value(u"id"_s).toString();
    }
    Reply pay(const QString& id, const QString& amount = {})
    {
        QJsonObject body{{u"gateway"_s, u"cryptocom"_s}, {u"id"_s, id}};
        if (!amount.isEmpty())
            body.insert(u"amount"_s, amount);
        return m_client->postJson(u"/_sandbox/pay"_s, body);
    }
    void advance(int seconds) { m_client->postJson(u"/_sandbox/clock"_s, QJsonObject{{u"advance"_s, seconds}}); }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;
};

void TestCryptocomSandbox::init()
{
    SandboxOptions options;
    options.epoch = 1700000000;
    options.speed = 0; // frozen: only POST /_sandbox/clock moves time, so timing checks hold on a loaded machine
    m_server = std::make_unique<SandboxServer>(options);
    m_server->addDefaultGateways();
    QVERIFY(m_server->start());
    QVERIFY(m_server->gateway(u"cryptocom"_s));
    m_client = std::make_unique<Client>(m_server->baseUrl());
}

void TestCryptocomSandbox::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestCryptocomSandbox::signatureVector()
{
    // API-NOTES.md known-answer vector.
    const QByteArray body
        = R"({"id":"evt_1","type":"payment.captured","data":{"object":{"id":"p1","status":"succeeded"}}})";
    QCOMPARE(CryptocomSignature::sign("demo_signature_secret", 1700000000, body),
        QByteArray("f889aadb7fab9b69a63fb784f48a9b2b43bd3e665ae8aec33c178b208eb9c875"));
    QCOMPARE(CryptocomSignature::header("demo_signature_secret", 1700000000, body),
        QByteArray("t=1700000000,v1=f889aadb7fab9b69a63fb784f48a9b2b43bd3e665ae8aec33c178b208eb9c875"));
}

void TestCryptocomSandbox::signatureVerification_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<bool>("valid");
    const QByteArray body
        = R"({"id":"evt_1","type":"payment.captured","data":{"object":{"id":"p1","status":"succeeded"}}})";
    const QByteArray good = "f889aadb7fab9b69a63fb784f48a9b2b43bd3e665ae8aec33c178b208eb9c875";
    QTest::newRow("valid") << QByteArray("t=1700000000,v1=" + good) << body << qint64(1700000100) << true;
    QTest::newRow("second v1 matches") << QByteArray("t=1700000000,v1=00ff,v1=" + good) << body << qint64(1700000000)
                                       << true;
    QTest::newRow("other schemes ignored")
        << QByteArray("t=1700000000,v0=" + good) << body << qint64(1700000000) << false;
    QTest::newRow("tampered body") << QByteArray("t=1700000000,v1=" + good) << QByteArray(body + ' ')
                                   << qint64(1700000000) << false;
    QTest::newRow("other timestamp") << QByteArray("t=1700000001,v1=" + good) << body << qint64(1700000000) << false;
    QTest::newRow("too old") << QByteArray("t=1700000000,v1=" + good) << body << qint64(1700000301) << false;
    QTest::newRow("no timestamp") << QByteArray("v1=" + good) << body << qint64(1700000000) << false;
}

void TestCryptocomSandbox::signatureVerification()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(qint64, now);
    QFETCH(bool, valid);
    QCOMPARE(CryptocomSignature::verify("demo_signature_secret", header, body, now), valid);
}

void TestCryptocomSandbox::authentication_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("basic") << QByteArray("Basic " + QByteArray(kKey + ':').toBase64()) << 200 << QString();
    QTest::newRow("bearer") << QByteArray("Bearer " + kKey) << 200 << QString();
    QTest::newRow("none") << QByteArray() << 401 << u"missing_api_key"_s;
    QTest::newRow("wrong key") << QByteArray("Basic " + QByteArray("sk_test_wrong:").toBase64()) << 401
                               << u"invalid_api_key"_s;
    QTest::newRow("live key") << QByteArray("Bearer sk_live_abc") << 401 << u"invalid_api_key"_s;
    QTest::newRow("publishable key") << QByteArray("Bearer pk_test_paydesk_sandbox") << 401 << u"invalid_api_key"_s;
}

void TestCryptocomSandbox::authentication()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, code);
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const Reply reply = m_client->get(u"/cryptocom/api/payments"_s, headers);
    QCOMPARE(reply.status, status);
    if (status == 401) {
        const QJsonObject error = reply.object().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"type"_s).toString(), u"authentication_error"_s);
        QCOMPARE(error.value(u"code"_s).toString(), code);
        QVERIFY(!error.value(u"error_message"_s).toString().isEmpty());
    } else {
        QVERIFY(QJsonDocument::fromJson(reply.body).isArray());
    }
}

void TestCryptocomSandbox::createPaymentShape()
{
    const Reply reply = create("amount=2500&currency=USD&description=Crypto.com+Tee+%28Unisex%29&order_id=A-1"
                               "&metadata%5Bcustomer_name%5D=John+Doe&return_url=http%3A%2F%2Fshop%2Fok"
                               "&cancel_url=http%3A%2F%2Fshop%2Ffail&onchain_allowed=true");
    QCOMPARE(reply.status, 200);
    // Field names and order as in the spec's payment object (expired_at, from API-NOTES, at the end).
    QCOMPARE(topLevelKeys(reply.body),
        QStringList({u"id"_s, u"amount"_s, u"amount_refunded"_s, u"created"_s, u"crypto_currency"_s, u"crypto_amount"_s,
            u"currency"_s, u"customer_id"_s, u"data_url"_s, u"payment_url"_s, u"return_url"_s, u"cancel_url"_s,
            u"description"_s, u"live_mode"_s, u"metadata"_s, u"order_id"_s, u"recipient"_s, u"refunded"_s, u"status"_s,
            u"expired_at"_s}));
    const QJsonObject p = reply.object();
    const QString id = p.value(u"id"_s).toString();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s)
                .match(id)
                .hasMatch());
    QVERIFY(reply.body.contains(R"("amount":2500,"amount_refunded":0,"created":1700000000,)"));
    QCOMPARE(p.value(u"crypto_currency"_s).toString(), u"CRO"_s);
    QVERIFY(p.value(u"crypto_amount"_s).isString());
    QCOMPARE(p.value(u"crypto_amount"_s).toString(), u"256.41"_s); // 25.00 USD × 10.2564 CRO/USD
    QCOMPARE(p.value(u"currency"_s).toString(), u"USD"_s);
    QVERIFY(p.value(u"customer_id"_s).isNull());
    QCOMPARE(p.value(u"data_url"_s).toString(), u"https://pay.crypto.com/sdk/payments/"_s + id);
    QVERIFY(
        p.value(u"payment_url"_s).toString().startsWith(u"https://js.crypto.com/sdk/payments/checkout/set_wallet?"_s));
    QCOMPARE(p.value(u"return_url"_s).toString(), u"http://shop/ok"_s);
    QCOMPARE(p.value(u"cancel_url"_s).toString(), u"http://shop/fail"_s);
    QCOMPARE(p.value(u"description"_s).toString(), u"Crypto.com Tee (Unisex)"_s);
    QCOMPARE(p.value(u"live_mode"_s).toBool(true), false);
    QCOMPARE(p.value(u"metadata"_s).toObject().value(u"customer_name"_s).toString(), u"John Doe"_s);
    QCOMPARE(p.value(u"order_id"_s).toString(), u"A-1"_s);
    QCOMPARE(p.value(u"refunded"_s).toBool(true), false);
    QCOMPARE(p.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(p.value(u"expired_at"_s).toInteger(), 1700000000 + 3600);

    const Reply fetched = m_client->get(u"/cryptocom/api/payments/"_s + id, kAuth);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.body, reply.body);
}

void TestCryptocomSandbox::bigIntegerAmount()
{
    // 100 CRO = 100 × 10^18 minor units: beyond 64 bits, written as exact digits.
    const Reply reply = create("amount=100000000000000000000&currency=CRO");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains(R"("amount":100000000000000000000,)"));
    QCOMPARE(reply.object().value(u"crypto_amount"_s).toString(), u"100"_s);
    const QString id = reply.object().value(u"id"_s).toString();
    QCOMPARE(pay(id, u"40"_s).object().value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(pay(id, u"60"_s).object().value(u"status"_s).toString(), u"succeeded"_s);
    const Reply refund = m_client->post(
        u"/cryptocom/api/refunds"_s, "payment_id=" + id.toLatin1() + "&amount=25000000000000000001", kAuth);
    QCOMPARE(refund.status, 200);
    QVERIFY(refund.body.contains(R"("amount":25000000000000000001,)"));
    QVERIFY(m_client->get(u"/cryptocom/api/payments/"_s + id, kAuth)
                .body.contains(R"("amount_refunded":25000000000000000001,)"));
}

void TestCryptocomSandbox::createPaymentErrors_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("param");
    QTest::newRow("no amount") << QByteArray("currency=USD") << u"parameter_missing"_s << u"amount"_s;
    QTest::newRow("no currency") << QByteArray("amount=100") << u"parameter_missing"_s << u"currency"_s;
    QTest::newRow("unsupported currency")
        << QByteArray("amount=100&currency=XYZ") << u"parameter_invalid"_s << u"currency"_s;
    QTest::newRow("lower-case currency") << QByteArray("amount=100&currency=usd") << u"parameter_invalid"_s
                                         << u"currency"_s;
    QTest::newRow("decimal amount") << QByteArray("amount=10.50&currency=USD") << u"parameter_invalid"_s << u"amount"_s;
    QTest::newRow("zero amount") << QByteArray("amount=0&currency=USD") << u"parameter_invalid"_s << u"amount"_s;
    QTest::newRow("negative amount") << QByteArray("amount=-5&currency=USD") << u"parameter_invalid"_s << u"amount"_s;
    QTest::newRow("unknown parameter") << QByteArray("amount=100&currency=USD&colour=red") << u"parameter_unknown"_s
                                       << u"colour"_s;
    QTest::newRow("expired_at in the past")
        << QByteArray("amount=100&currency=USD&expired_at=1600000000") << u"parameter_invalid"_s << u"expired_at"_s;
    QTest::newRow("bad onchain_allowed") << QByteArray("amount=100&currency=USD&onchain_allowed=maybe")
                                         << u"parameter_invalid"_s << u"onchain_allowed"_s;
    QTest::newRow("bad return_url") << QByteArray("amount=100&currency=USD&return_url=shop") << u"parameter_invalid"_s
                                    << u"return_url"_s;
    QTest::newRow("json body") << QByteArray(R"({"amount":100,"currency":"USD"})") << u"parameter_unknown"_s
                               << QString::fromLatin1(R"({"amount":100,"currency":"USD"})");
}

void TestCryptocomSandbox::createPaymentErrors()
{
    QFETCH(QByteArray, form);
    QFETCH(QString, code);
    QFETCH(QString, param);
    const Reply reply = create(form);
    QCOMPARE(reply.status, 400);
    const QJsonObject error = reply.object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"type"_s).toString(), u"invalid_request_error"_s);
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QCOMPARE(error.value(u"param"_s).toString(), param);
    QCOMPARE(m_server->gateway(u"cryptocom"_s)->paymentCount(), 0);
}

void TestCryptocomSandbox::idempotentOrderId()
{
    const Reply first = create("amount=100&currency=USD&order_id=ORDER-7");
    QCOMPARE(first.status, 200);
    const Reply second = create("amount=100&currency=USD&order_id=ORDER-7");
    QCOMPARE(second.status, 409);
    const QJsonObject error = second.object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"duplicate_order_id"_s);
    QCOMPARE(error.value(u"param"_s).toString(), u"order_id"_s);
    QVERIFY(error.value(u"error_message"_s).toString().contains(first.object().value(u"id"_s).toString()));
    QCOMPARE(m_server->gateway(u"cryptocom"_s)->paymentCount(), 1);
    QCOMPARE(create("amount=100&currency=USD&order_id=ORDER-8").status, 200);
    QCOMPARE(create("amount=100&currency=USD").status, 200); // no order id: no check
    QCOMPARE(create("amount=100&currency=USD").status, 200);
}

void TestCryptocomSandbox::retrieveMissing()
{
    for (const QString& path : {u"/cryptocom/api/payments/00000000-0000-4000-8000-000000000000"_s,
             u"/cryptocom/api/payments/not-a-uuid"_s, u"/cryptocom/api/refunds/nope"_s}) {
        const Reply reply = m_client->get(path, kAuth);
        QCOMPARE(reply.status, 404);
        const QJsonObject error = reply.object().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"type"_s).toString(), u"invalid_request_error"_s);
        QCOMPARE(error.value(u"code"_s).toString(), u"resource_missing"_s);
        QCOMPARE(error.value(u"param"_s).toString(), u"id"_s);
    }
    QCOMPARE(m_client->get(u"/cryptocom/api/unknown"_s, kAuth).status, 404);
    QCOMPARE(m_client->send("DELETE", u"/cryptocom/api/payments"_s, {}, kAuth).status, 404);
}

void TestCryptocomSandbox::cancelOnlyWhenPending()
{
    const QString id = createId();
    const Reply cancelled = m_client->post(u"/cryptocom/api/payments/%1/cancel"_s.arg(id), {}, kAuth);
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.object().value(u"status"_s).toString(), u"cancelled"_s);
    const Reply again = m_client->post(u"/cryptocom/api/payments/%1/cancel"_s.arg(id), {}, kAuth);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.object().value(u"error"_s).toObject().value(u"code"_s).toString(), u"payment_not_pending"_s);
    QCOMPARE(pay(id).status, 409); // a cancelled payment cannot be paid

    const QString paid = createId();
    QCOMPARE(pay(paid).status, 200);
    QCOMPARE(m_client->post(u"/cryptocom/api/payments/%1/cancel"_s.arg(paid), {}, kAuth).status, 400);
    QCOMPARE(m_client->post(u"/cryptocom/api/payments/00000000-0000-4000-8000-000000000000/cancel"_s, {}, kAuth).status,
        404);
}

void TestCryptocomSandbox::payPartialExactOver()
{
    const QString partial = createId("amount=1000&currency=USD");
    Reply reply = pay(partial, u"4.00"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"pending"_s); // partial: still pending
    reply = pay(partial, u"6.00"_s);
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"succeeded"_s);
    QCOMPARE(pay(partial).status, 409);

    const QString exact = createId("amount=1000&currency=USD");
    QCOMPARE(pay(exact).object().value(u"status"_s).toString(), u"succeeded"_s);
    const QString over = createId("amount=1000&currency=USD");
    reply = pay(over, u"25.00"_s);
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"succeeded"_s);
    QCOMPARE(reply.object().value(u"amount"_s).toInteger(), 1000); // the invoice amount does not change
    QCOMPARE(pay(u"00000000-0000-4000-8000-000000000000"_s).status, 404);
}

void TestCryptocomSandbox::expiry()
{
    const QString shortLived = createId("amount=100&currency=USD&expired_at=1700000060");
    const QString defaultLife = createId("amount=100&currency=USD");
    advance(61);
    QCOMPARE(m_client->get(u"/cryptocom/api/payments/"_s + shortLived, kAuth).object().value(u"status"_s).toString(),
        u"cancelled"_s);
    QCOMPARE(pay(shortLived).status, 409);
    QCOMPARE(m_client->get(u"/cryptocom/api/payments/"_s + defaultLife, kAuth).object().value(u"status"_s).toString(),
        u"pending"_s);
    advance(3600);
    QCOMPARE(m_client->get(u"/cryptocom/api/payments/"_s + defaultLife, kAuth).object().value(u"status"_s).toString(),
        u"cancelled"_s);
}

void TestCryptocomSandbox::partialThenFullRefund()
{
    const QString id = createId("amount=5000&currency=EUR");
    QCOMPARE(pay(id).status, 200);
    const Reply first = m_client->post(u"/cryptocom/api/refunds"_s,
        "payment_id=" + id.toLatin1() + "&amount=2000&currency=EUR&reason=requested_by_customer&description=Part",
        kAuth);
    QCOMPARE(first.status, 200);
    QCOMPARE(topLevelKeys(first.body),
        QStringList({u"id"_s, u"status"_s, u"payment_id"_s, u"currency"_s, u"amount"_s, u"reason"_s, u"description"_s,
            u"created"_s, u"live_mode"_s}));
    QJsonObject refund = first.object();
    QCOMPARE(refund.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(refund.value(u"payment_id"_s).toString(), id);
    QCOMPARE(refund.value(u"amount"_s).toInteger(), 2000);
    QCOMPARE(refund.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(refund.value(u"reason"_s).toString(), u"requested_by_customer"_s);
    QJsonObject payment = m_client->get(u"/cryptocom/api/payments/"_s + id, kAuth).object();
    QCOMPARE(payment.value(u"amount_refunded"_s).toInteger(), 2000);
    QCOMPARE(payment.value(u"refunded"_s).toBool(true), false);
    QCOMPARE(payment.value(u"status"_s).toString(), u"succeeded"_s);

    const QString refundId = refund.value(u"id"_s).toString();
    advance(59);
    QCOMPARE(m_client->get(u"/cryptocom/api/refunds/"_s + refundId, kAuth).object().value(u"status"_s).toString(),
        u"pending"_s);
    advance(1);
    QCOMPARE(m_client->get(u"/cryptocom/api/refunds/"_s + refundId, kAuth).object().value(u"status"_s).toString(),
        u"succeeded"_s);

    const Reply tooMuch
        = m_client->post(u"/cryptocom/api/refunds"_s, "payment_id=" + id.toLatin1() + "&amount=3001", kAuth);
    QCOMPARE(tooMuch.status, 400);
    QCOMPARE(tooMuch.object().value(u"error"_s).toObject().value(u"code"_s).toString(), u"amount_too_large"_s);
    const Reply rest
        = m_client->post(u"/cryptocom/api/refunds"_s, "payment_id=" + id.toLatin1() + "&amount=3000", kAuth);
    QCOMPARE(rest.status, 200);
    QVERIFY(rest.object().value(u"reason"_s).isNull());
    payment = m_client->get(u"/cryptocom/api/payments/"_s + id, kAuth).object();
    QCOMPARE(payment.value(u"amount_refunded"_s).toInteger(), 5000);
    QCOMPARE(payment.value(u"refunded"_s).toBool(), true);
    QCOMPARE(
        m_client->post(u"/cryptocom/api/refunds"_s, "payment_id=" + id.toLatin1() + "&amount=1", kAuth).status, 400);
}

void TestCryptocomSandbox::refundErrors_data()
{
    QTest::addColumn<QByteArray>("form"); // PAID / PENDING replaced by payment ids
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("param");
    QTest::newRow("no payment_id") << QByteArray("amount=100") << 400 << u"parameter_missing"_s << u"payment_id"_s;
    QTest::newRow("no amount") << QByteArray("payment_id=PAID") << 400 << u"parameter_missing"_s << u"amount"_s;
    QTest::newRow("unknown payment") << QByteArray("payment_id=00000000-0000-4000-8000-000000000000&amount=1") << 404
                                     << u"resource_missing"_s << u"payment_id"_s;
    QTest::newRow("pending payment") << QByteArray("payment_id=PENDING&amount=1") << 400 << u"payment_not_succeeded"_s
                                     << u"payment_id"_s;
    QTest::newRow("other currency") << QByteArray("payment_id=PAID&amount=1&currency=EUR") << 400
                                    << u"parameter_invalid"_s << u"currency"_s;
    QTest::newRow("bad reason") << QByteArray("payment_id=PAID&amount=1&reason=because") << 400
                                << u"parameter_invalid"_s << u"reason"_s;
    QTest::newRow("zero amount") << QByteArray("payment_id=PAID&amount=0") << 400 << u"parameter_invalid"_s
                                 << u"amount"_s;
    QTest::newRow("unknown parameter") << QByteArray("payment_id=PAID&amount=1&fee=1") << 400 << u"parameter_unknown"_s
                                       << u"fee"_s;
}

void TestCryptocomSandbox::refundErrors()
{
    QFETCH(QByteArray, form);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, param);
    const QString paid = createId();
    pay(paid);
    const QString pending = createId();
    form.replace("PENDING", pending.toLatin1()).replace("PAID", paid.toLatin1());
    const Reply reply = m_client->post(u"/cryptocom/api/refunds"_s, form, kAuth);
    QCOMPARE(reply.status, status);
    const QJsonObject error = reply.object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QCOMPARE(error.value(u"param"_s).toString(), param);
}

void TestCryptocomSandbox::listNewestFirstAndPaging()
{
    // The generated count is split across the registered gateways: at least 250 land on Crypto.com.
    QCOMPARE(m_client->post(u"/_sandbox/reset"_s, R"({"payments":1000,"days":10,"seed":3})").status, 200);
    const qint64 expected = m_server->gateway(u"cryptocom"_s)->paymentCount();
    QVERIFY(expected >= 250);
    QStringList ids;
    qint64 lastCreated = std::numeric_limits<qint64>::max();
    QString after;
    for (int page = 0; page < 20; ++page) {
        const QString path
            = u"/cryptocom/api/payments?limit=100"_s + (after.isEmpty() ? QString() : u"&starting_after="_s + after);
        const QJsonArray items = m_client->get(path, kAuth).array();
        if (items.isEmpty())
            break;
        for (const QJsonValue& item : items) {
            const qint64 created = item.toObject().value(u"created"_s).toInteger();
            QVERIFY(created <= lastCreated);
            lastCreated = created;
            ids.append(item.toObject().value(u"id"_s).toString());
        }
        after = ids.last();
    }
    QCOMPARE(ids.size(), expected);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), expected);
    // default page size 20; page numbers address the same order
    QCOMPARE(m_client->get(u"/cryptocom/api/payments"_s, kAuth).array().size(), 20);
    const QJsonArray page3 = m_client->get(u"/cryptocom/api/payments?page=3&limit=50"_s, kAuth).array();
    QCOMPARE(page3.size(), 50);
    QCOMPARE(page3.at(0).toObject().value(u"id"_s).toString(), ids.at(100));
    const qint64 lastPage = (expected + 49) / 50;
    QCOMPARE(m_client->get(u"/cryptocom/api/payments?page=%1&limit=50"_s.arg(lastPage + 1), kAuth).array().size(), 0);
    // a new payment comes first
    const QString fresh = createId();
    QCOMPARE(
        m_client->get(u"/cryptocom/api/payments?limit=1"_s, kAuth).array().at(0).toObject().value(u"id"_s).toString(),
        fresh);
    QCOMPARE(m_client->get(u"/cryptocom/api/payments?limit=0"_s, kAuth).status, 400);
    QCOMPARE(m_client->get(u"/cryptocom/api/payments?limit=101"_s, kAuth).status, 400);
    QCOMPARE(
        m_client->get(u"/cryptocom/api/payments?starting_after=00000000-0000-4000-8000-000000000000"_s, kAuth).status,
        404);
}

void TestCryptocomSandbox::webhooksSignedAndRetried()
{
    struct Received
    {
        QByteArray signature;
        QByteArray body;
    };
    QList<Received> received;
    bool failFirst = true;
    HttpListener receiver([&](HttpConnection* connection, const HttpRequest& request) {
        received.append({request.header("pay-signature"), request.body});
        const bool fail = failFirst;
        failFirst = false;
        connection->send(HttpResponse::text(fail ? 503 : 200, "ok"));
    });
    QVERIFY(receiver.listen());
    m_client->postJson(u"/_sandbox/webhooks"_s,
        QJsonObject{{u"url"_s, u"http://127.0.0.1:%1/hook"_s.arg(receiver.port())}, {u"gateway"_s, u"cryptocom"_s}});
    const QString id = createId("amount=700&currency=USD");
    QTRY_COMPARE(received.size(), 1); // payment.created, answered 503
    // the dispatcher has seen the 503 (and scheduled the retry) before the clock moves
    QTRY_VERIFY(m_client->get(u"/_sandbox/webhooks"_s).body.contains(R"("status":503)"));
    advance(5); // the spec's retry after 5 s
    QTRY_COMPARE(received.size(), 2);
    pay(id);
    QTRY_COMPARE(received.size(), 3);
    const QString refundId
        = m_client->post(u"/cryptocom/api/refunds"_s, "payment_id=" + id.toLatin1() + "&amount=700", kAuth)
              .object()
              .value(u"id"_s)
              .toString();
    QTRY_COMPARE(received.size(), 4);
    advance(60);
    QTRY_COMPARE(received.size(), 5);

    QStringList types;
    for (const Received& r : received) {
        // Independent check: parse the header, recompute with QMessageAuthenticationCode.
        const QList<QByteArray> parts = r.signature.split(',');
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts.at(0).startsWith("t="));
        QVERIFY(parts.at(1).startsWith("v1="));
        const QByteArray t = parts.at(0).mid(2);
        const QByteArray expected = QMessageAuthenticationCode::hash(
            t + '.' + r.body, "paydesk_sandbox_signature_secret", QCryptographicHash::Sha256)
                                        .toHex();
        QCOMPARE(parts.at(1).mid(3), expected);
        QVERIFY(CryptocomSignature::verify("paydesk_sandbox_signature_secret", r.signature, r.body, t.toLongLong()));
        const QJsonObject event = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(event.value(u"object_type"_s).toString(), u"event"_s);
        QCOMPARE(topLevelKeys(r.body), QStringList({u"id"_s, u"object_type"_s, u"type"_s, u"created"_s, u"data"_s}));
        types.append(event.value(u"type"_s).toString());
    }
    QCOMPARE(types,
        QStringList({u"payment.created"_s, u"payment.created"_s, u"payment.captured"_s, u"payment.refund_requested"_s,
            u"payment.refund_transferred"_s}));
    QCOMPARE(received.at(0).body, received.at(1).body); // a retry re-sends the same event…
    QVERIFY(received.at(0).signature != received.at(1).signature); // …signed with its own t
    const QJsonObject captured = QJsonDocument::fromJson(received.at(2).body)
                                     .object()
                                     .value(u"data"_s)
                                     .toObject()
                                     .value(u"object"_s)
                                     .toObject();
    QCOMPARE(captured.value(u"id"_s).toString(), id);
    QCOMPARE(captured.value(u"status"_s).toString(), u"succeeded"_s);
    const QJsonObject transferred = QJsonDocument::fromJson(received.at(4).body)
                                        .object()
                                        .value(u"data"_s)
                                        .toObject()
                                        .value(u"object"_s)
                                        .toObject();
    QCOMPARE(transferred.value(u"id"_s).toString(), refundId);
    QCOMPARE(transferred.value(u"status"_s).toString(), u"succeeded"_s);
}

void TestCryptocomSandbox::injectedFaultBodies()
{
    m_client->post(u"/_sandbox/faults"_s,
        R"({"rules":[{"path":"/cryptocom/api/payments","method":"GET","kind":"rateLimit429","retryAfter":4},
                                                       {"path":"/cryptocom/api/payments","method":"POST","kind":"error500AfterCommit"}]})");
    const Reply limited = m_client->get(u"/cryptocom/api/payments"_s, kAuth);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("4"));
    QCOMPARE(limited.object().value(u"error"_s).toObject().value(u"type"_s).toString(), u"rate_limit_error"_s);
    const Reply failed = create("amount=100&currency=USD&order_id=AFTER-COMMIT");
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.object().value(u"error"_s).toObject().value(u"type"_s).toString(), u"api_error"_s);
    // committed: the payment exists and a retry with the same order id is refused
    QCOMPARE(m_client->get(u"/cryptocom/api/payments?limit=1"_s, kAuth)
                 .array()
                 .at(0)
                 .toObject()
                 .value(u"order_id"_s)
                 .toString(),
        u"AFTER-COMMIT"_s);
    QCOMPARE(create("amount=100&currency=USD&order_id=AFTER-COMMIT").status, 409);
}

void TestCryptocomSandbox::deterministicGeneration()
{
    auto snapshot = [this](int seed) -> QString {
        m_client->post(u"/_sandbox/reset"_s,
            QJsonDocument(QJsonObject{{u"payments"_s, 3000}, {u"days"_s, 90}, {u"seed"_s, seed}}).toJson());
        const QJsonObject state = m_client->get(u"/_sandbox/state"_s).object().value(u"gateways"_s).toObject();
        return state.value(u"cryptocom"_s).toObject().value(u"digest"_s).toString()
            + QString::fromUtf8(m_client->get(u"/cryptocom/api/payments?limit=100"_s, kAuth).body);
    };
    const QString a = snapshot(11);
    QCOMPARE(snapshot(11), a);
    QVERIFY(snapshot(12) != a);
    // generated history is plausible: times inside the window, statuses and refunds present
    m_client->post(u"/_sandbox/reset"_s, R"({"payments":3000,"days":90,"seed":11})");
    QSet<QString> statuses;
    qint64 refunded = 0;
    for (int page = 1; page <= 30; ++page) {
        for (const QJsonValue& item :
            m_client->get(u"/cryptocom/api/payments?limit=100&page=%1"_s.arg(page), kAuth).array()) {
            const QJsonObject p = item.toObject();
            statuses.insert(p.value(u"status"_s).toString());
            QVERIFY(p.value(u"created"_s).toInteger() >= 1700000000 - 90 * 86400);
            QVERIFY(p.value(u"created"_s).toInteger() <= 1700000000);
            refunded += p.value(u"amount_refunded"_s).toInteger() > 0 ? 1 : 0;
        }
    }
    QVERIFY(statuses.contains(u"succeeded"_s) && statuses.contains(u"cancelled"_s));
    QVERIFY(refunded > 20);
}

QTEST_GUILESS_MAIN(TestCryptocomSandbox)
#include "tst_CryptocomSandbox.moc"
