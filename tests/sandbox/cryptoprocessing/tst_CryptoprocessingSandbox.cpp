// The CryptoProcessing (CoinsPaid) simulator over real loopback HTTP. Signatures are computed here with
// QMessageAuthenticationCode, independently of the sandbox's OpenSSL code; expected amounts are worked out by hand.

#include "sandbox/DefaultGateways.h"
#include "sandbox/HttpConnection.h"
#include "sandbox/HttpListener.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/WebhookDispatcher.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTest>

#include <memory>

#include "../SandboxTestClient.h"

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::sandbox;
using paydesk::sandbox::test::Client;
using paydesk::sandbox::test::Reply;

namespace {

constexpr qint64 kEpoch = 1750000000;
const QByteArray kKey = "cp_test_paydesk_sandbox_key";
const QByteArray kSecret = "AbCdEfG123456";
const QString kPrefix = u"/cryptoprocessing/api"_s;

QByteArray sign(const QByteArray& body, const QByteArray& secret = kSecret)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha512).toHex();
}

std::unique_ptr<SandboxServer> startServer(qint64 payments = 0, quint64 seed = 1)
{
    SandboxOptions options;
    options.epoch = kEpoch;
    options.payments = payments;
    options.seed = seed;
    auto server = std::make_unique<SandboxServer>(options);
    server->addGateway(&createCryptoprocessingSimulator);
    QString error;
    if (!server->start(&error))
        qWarning("start failed: %s", qPrintable(error));
    return server;
}

// A signed call with the demo credentials over the exact bytes given.
Reply call(Client& client, const QString& route, const QByteArray& body)
{
    return client.post(kPrefix + route, body, {{"X-Processing-Key", kKey}, {"X-Processing-Signature", sign(body)}});
}

Reply call(Client& client, const QString& route, const QJsonObject& body)
{
    return call(client, route, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject data(const Reply& reply)
{
    return reply.object().value(u"data"_s).toObject();
}

QJsonObject eur(const QString& amount, qint64 lifetime = 3600, const QString& foreignId = {})
{
    QJsonObject body{
        {u"amount"_s, amount}, {u"currency"_s, QJsonObject{{u"iso"_s, u"EUR"_s}}}, {u"life_time_duration"_s, lifetime}};
    if (!foreignId.isEmpty())
        body.insert(u"foreign_id"_s, foreignId);
    return body;
}

QString balanceOf(Client& client, const QString& currency)
{
    const QJsonArray list = call(client, u"/v2/accounts/list"_s, QByteArray("{}")).object().value(u"data"_s).toArray();
    for (const QJsonValue& entry : list) {
        if (entry.toObject().value(u"currency"_s).toString() == currency)
            return entry.toObject().value(u"balance"_s).toString();
    }
    return {};
}

Reply control(Client& client, const QString& path, const QJsonObject& body)
{
    return client.postJson(u"/_sandbox/"_s + path, body);
}

// Receives callbacks; the first `failures` answers are 500.
struct CallbackReceiver
{
    struct Callback
    {
        QByteArray key;
        QByteArray signature;
        QByteArray body;
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    };
    explicit CallbackReceiver(int failures = 0)
        : listener([this, failures](HttpConnection* connection, const HttpRequest& request) {
            received.append(
                {request.header("x-processing-key"), request.header("x-processing-signature"), request.body});
            connection->send(HttpResponse::text(received.size() <= failures ? 500 : 200, "ok"));
        })
    {
        listener.listen();
    }
    QString url() const { return u"http://127.0.0.1:%1/callback"_s.arg(listener.port()); }
    QList<Callback> received;
    HttpListener listener;
};

} // namespace

class TestCryptoprocessingSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vendorVector();
    void authErrors_data();
    void authErrors();
    void pingUnsignedAndUnknownRoutes();
    void createPaymentRequest();
    void createPaymentRequestErrors_data();
    void createPaymentRequestErrors();
    void partialThenCompleteWithCallbacks();
    void expiryAndFailure();
    void overPaymentAndPayErrors();
    void dedicatedAddressDeposit();
    void addressErrors();
    void withdrawals();
    void transactionInfoErrors();
    void currenciesAndBalances();
    void callbackRetryAndDuplicates();
    void injectedFaultsUseGatewayBodies();
    void deterministicGeneration();
    void largeGenerationIsComplete();
};

void TestCryptoprocessingSandbox::vendorVector()
{
    // API-NOTES.md: secret AbCdEfG123456, body {"currency":"BTC","foreign_id":"123456"}.
    const QByteArray body = R"({"currency":"BTC","foreign_id":"123456"})";
    const QByteArray expected = "03c25fcf7cd35e7d995e402cd5d51edd72d48e1471e865907967809a0c189ba55b90815f20e2bb10f82c7a"
                                "9e9d865546fda58989c2ae9e8e2ff7bc29195fa1ec";
    QCOMPARE(sign(body, "AbCdEfG123456"), expected);
    // The demo secret is the vendor's example secret, so the vendor's signature is accepted as it is …
    auto server = startServer();
    Client client(server->baseUrl());
    const Reply reply = client.post(
        kPrefix + u"/v2/addresses/take"_s, body, {{"X-Processing-Key", kKey}, {"X-Processing-Signature", expected}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(data(reply).value(u"currency"_s).toString(), u"BTC"_s);
    QCOMPARE(data(reply).value(u"foreign_id"_s).toString(), u"123456"_s);
    // … and the same signature over the same JSON with a space is refused: the bytes are signed, not the JSON.
    const Reply spaced = client.post(kPrefix + u"/v2/addresses/take"_s, R"({"currency": "BTC","foreign_id":"123456"})",
        {{"X-Processing-Key", kKey}, {"X-Processing-Signature", expected}});
    QCOMPARE(spaced.status, 403);
    QCOMPARE(spaced.object().value(u"code"_s).toString(), u"bad_header_signature"_s);
}

void TestCryptoprocessingSandbox::authErrors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("signature"); // "*" = correct
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray body = "{}";
    QTest::newRow("no key") << QByteArray() << QByteArray("*") << body << QByteArray("application/json") << 403
                            << u"bad_header_key"_s;
    QTest::newRow("wrong key") << QByteArray("other") << QByteArray("*") << body << QByteArray("application/json")
                               << 403 << u"bad_header_key"_s;
    QTest::newRow("no signature") << kKey << QByteArray() << body << QByteArray("application/json") << 403
                                  << u"required_header_signature"_s;
    QTest::newRow("wrong signature") << kKey << sign(body, "another secret") << body << QByteArray("application/json")
                                     << 403 << u"bad_header_signature"_s;
    QTest::newRow("upper-case hex") << kKey << sign(body).toUpper() << body << QByteArray("application/json") << 403
                                    << u"bad_header_signature"_s;
    QTest::newRow("malformed json") << kKey << QByteArray("*") << QByteArray("{\"a\":")
                                    << QByteArray("application/json") << 400 << u"bad_content_format"_s;
    QTest::newRow("not an object") << kKey << QByteArray("*") << QByteArray("[1]") << QByteArray("application/json")
                                   << 400 << u"bad_content_format"_s;
    QTest::newRow("form body") << kKey << QByteArray("*") << QByteArray("a=1")
                               << QByteArray("application/x-www-form-urlencoded") << 400 << u"bad_content_format"_s;
    QTest::newRow("accepted") << kKey << QByteArray("*") << body << QByteArray("application/json") << 200 << QString();
}

void TestCryptoprocessingSandbox::authErrors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, signature);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    auto server = startServer();
    Client client(server->baseUrl());
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", contentType}};
    if (!key.isEmpty())
        headers.append({"X-Processing-Key", key});
    if (!signature.isEmpty())
        headers.append({"X-Processing-Signature", signature == "*" ? sign(body) : signature});
    const Reply reply = client.post(kPrefix + u"/v2/accounts/list"_s, body, headers);
    QCOMPARE(reply.status, status);
    if (!code.isEmpty()) {
        QCOMPARE(reply.object().value(u"code"_s).toString(), code);
        QVERIFY(!reply.object().value(u"error"_s).toString().isEmpty());
    } else {
        QVERIFY(reply.object().value(u"data"_s).isArray());
    }
}

void TestCryptoprocessingSandbox::pingUnsignedAndUnknownRoutes()
{
    auto server = startServer();
    Client client(server->baseUrl());
    const Reply ping = client.get(kPrefix + u"/v2/ping"_s);
    QCOMPARE(ping.status, 200);
    QCOMPARE(ping.body, QByteArray("OK"));
    QCOMPARE(client.post(kPrefix + u"/v2/ping"_s, "{}").status, 405);
    QCOMPARE(call(client, u"/v2/nothing"_s, QByteArray("{}")).status, 404);
    QCOMPARE(client.get(kPrefix + u"/v2/accounts/list"_s).status, 405);
    // There is no get/list route for payment requests.
    QCOMPARE(client.get(kPrefix + u"/payments/v1/requests"_s).status, 405);
}

void TestCryptoprocessingSandbox::createPaymentRequest()
{
    auto server = startServer();
    Client client(server->baseUrl());
    // The spec's own example body, byte for byte, except the e-mail (masked as "[email protected]" in the spec,
    // which the gateway would refuse as an e-mail address).
    const QByteArray example
        = "{\n\"amount\": \"100\",\n\"currency\": {\n\"iso\": \"EUR\"\n},\n\"life_time_duration\": "
          "360000,\n\"end_user_email\": \"guest@example.com\",\n\"end_user_reference\": "
          "\"guest_user_17\",\n\"description\": \"Order #123\",\n\"foreign_id\": "
          "\"order123_customer\",\n\"url_store\": \"https://example.com/store\"\n}";
    const Reply reply = call(client, u"/payments/v1/requests"_s, example);
    QCOMPARE(reply.status, 200);
    const QJsonObject request = data(reply);
    QCOMPARE(request.keys().size(), 11);
    const QString id = request.value(u"id"_s).toString();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s)
                .match(id)
                .hasMatch());
    QCOMPARE(request.value(u"amount"_s).toString(), u"100"_s);
    QCOMPARE(request.value(u"currency"_s).toObject(), (QJsonObject{{u"iso"_s, u"EUR"_s}}));
    QCOMPARE(request.value(u"status"_s).toString(), u"created"_s);
    const qint64 lifeTime = request.value(u"life_time"_s).toInteger();
    QVERIFY(lifeTime >= kEpoch + 360000 && lifeTime <= kEpoch + 360000 + 60);
    QCOMPARE(request.value(u"end_user_email"_s).toString(), u"guest@example.com"_s);
    QCOMPARE(request.value(u"foreign_id"_s).toString(), u"order123_customer"_s);
    QCOMPARE(request.value(u"url_store"_s).toString(), u"https://example.com/store"_s);
    const QString link = request.value(u"payment_link"_s).toString();
    QVERIFY(link.endsWith(u"/request/"_s + id));
    // Field order as in the spec's reply.
    QVERIFY(reply.body.indexOf("\"id\"") < reply.body.indexOf("\"amount\""));
    QVERIFY(reply.body.indexOf("\"status\"") < reply.body.indexOf("\"life_time\""));
    QVERIFY(reply.body.indexOf("\"payment_link\"") < reply.body.indexOf("\"foreign_id\""));
    // The payment link is served.
    const Reply page = client.get(QUrl(link).path());
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("created"));

    // life_time_date_time, a crypto currency with its network, and payment_currency.
    const qint64 expiry = kEpoch + 7200;
    const Reply crypto = call(client, u"/payments/v1/requests"_s,
        QJsonObject{{u"amount"_s, u"25.5"_s}, {u"currency"_s, QJsonObject{{u"iso"_s, u"USD"_s}}},
            {u"payment_currency"_s, QJsonObject{{u"iso"_s, u"USDT"_s}, {u"network_name"_s, u"TRC20"_s}}},
            {u"life_time_date_time"_s, expiry}});
    QCOMPARE(crypto.status, 200);
    QCOMPARE(data(crypto).value(u"life_time"_s).toInteger(), expiry);
    QCOMPARE(data(crypto).value(u"payment_currency"_s).toObject().value(u"network_name"_s).toString(), u"TRC20"_s);
    QVERIFY(!data(crypto).contains(u"foreign_id"_s));

    // The same foreign id again: 400 with Laravel's message, and nothing is created (issue #13: this refusal is how
    // a client whose reply was lost proves the request exists).
    const Reply again = call(client, u"/payments/v1/requests"_s, example);
    QCOMPARE(again.status, 400);
    QCOMPARE(QJsonDocument::fromJson(again.body).object(),
        (QJsonObject{{u"errors"_s, QJsonObject{{u"foreign_id"_s, u"The foreign id has already been taken."_s}}}}));
    QCOMPARE(server->gateway(u"cryptoprocessing"_s)->paymentCount(), 2);
    // The control API shows a request by its foreign id too.
    QCOMPARE(data(control(client, u"cryptoprocessing/payment_request"_s,
                      QJsonObject{{u"foreign_id"_s, u"order123_customer"_s}}))
                 .value(u"id"_s)
                 .toString(),
        id);
}

void TestCryptoprocessingSandbox::createPaymentRequestErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const auto row = [](const char* name, const QJsonObject& body, const QString& field) {
        QTest::newRow(name) << QJsonDocument(body).toJson(QJsonDocument::Compact) << field;
    };
    QJsonObject body = eur(u"10"_s);
    body.remove(u"amount"_s);
    row("amount missing", body, u"amount"_s);
    body = eur(u"10"_s);
    body.insert(u"amount"_s, 10);
    row("amount a number", body, u"amount"_s);
    row("amount negative", eur(u"-1"_s), u"amount"_s);
    row("amount text", eur(u"ten"_s), u"amount"_s);
    body = eur(u"10"_s);
    body.remove(u"currency"_s);
    row("currency missing", body, u"currency"_s);
    body.insert(u"currency"_s, QJsonObject{{u"iso"_s, u"XYZ"_s}});
    row("currency unknown", body, u"currency.iso"_s);
    body.insert(u"currency"_s, QJsonObject{{u"iso"_s, u"USDT"_s}, {u"network_name"_s, u"SOLANA"_s}});
    row("network unknown", body, u"currency.network_name"_s);
    body = eur(u"10"_s);
    body.insert(u"payment_currency"_s, QJsonObject{{u"iso"_s, u"USD"_s}});
    row("payment currency fiat", body, u"payment_currency.iso"_s);
    row("lifetime too short", eur(u"10"_s, 299), u"life_time_duration"_s);
    row("lifetime too long", eur(u"10"_s, 60 * 86400 + 1), u"life_time_duration"_s);
    body = eur(u"10"_s);
    body.remove(u"life_time_duration"_s);
    row("lifetime missing", body, u"life_time_duration"_s);
    body.insert(u"life_time_date_time"_s, kEpoch + 60);
    row("date time too soon", body, u"life_time_date_time"_s);
    body.insert(u"life_time_duration"_s, 3600);
    row("both lifetimes", body, u"life_time_duration"_s);
    body = eur(u"10"_s);
    body.insert(u"end_user_email"_s, u"not-an-email"_s);
    row("bad email", body, u"end_user_email"_s);
    row("foreign id taken", eur(u"10"_s, 3600, u"taken-1"_s), u"foreign_id"_s);
}

void TestCryptoprocessingSandbox::createPaymentRequestErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    auto server = startServer();
    Client client(server->baseUrl());
    QCOMPARE(call(client, u"/payments/v1/requests"_s, eur(u"1"_s, 3600, u"taken-1"_s)).status, 200);
    const Reply reply = call(client, u"/payments/v1/requests"_s, body);
    QCOMPARE(reply.status, 400);
    const QJsonObject errors = reply.object().value(u"errors"_s).toObject();
    QVERIFY2(errors.contains(field), reply.body.constData());
    QVERIFY(errors.value(field).toString().startsWith(u"The "_s));
}

void TestCryptoprocessingSandbox::partialThenCompleteWithCallbacks()
{
    CallbackReceiver receiver;
    auto server = startServer();
    Client client(server->baseUrl());
    QCOMPARE(control(client, u"webhooks"_s, QJsonObject{{u"url"_s, receiver.url()}}).status, 200);
    const QString id
        = data(call(client, u"/payments/v1/requests"_s, eur(u"100"_s, 3600, u"order-77"_s))).value(u"id"_s).toString();

    const Reply partial = control(
        client, u"pay"_s, QJsonObject{{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, id}, {u"amount"_s, u"40"_s}});
    QCOMPARE(partial.status, 200);
    QCOMPARE(data(partial).value(u"status"_s).toString(), u"processing"_s);
    QCOMPARE(data(partial).value(u"paid_amount"_s).toString(), u"40.00"_s);
    QCOMPARE(balanceOf(client, u"EUR"_s), u"10000.00000000"_s); // nothing credited before it is paid

    const Reply rest = control(client, u"pay"_s, QJsonObject{{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, id}});
    QCOMPARE(data(rest).value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(data(rest).value(u"paid_amount"_s).toString(), u"100.00"_s);
    // 100.00 EUR less the 0.8 % deposit fee (0.80).
    QCOMPARE(balanceOf(client, u"EUR"_s), u"10099.20000000"_s);

    QTRY_COMPARE(receiver.received.size(), 2);
    QStringList statuses;
    for (const auto& callback : receiver.received) {
        QCOMPARE(callback.key, kKey);
        QCOMPARE(callback.signature, sign(callback.body));
        const QJsonObject object = callback.object();
        QCOMPARE(object.value(u"type"_s).toString(), u"payment_request"_s);
        QCOMPARE(object.value(u"payment_request_id"_s).toString(), id);
        QCOMPARE(object.value(u"foreign_id"_s).toString(), u"order-77"_s);
        statuses.append(object.value(u"status"_s).toString());
    }
    QCOMPARE(statuses, (QStringList{u"processing"_s, u"paid"_s}));

    // The payments as one root transaction with two blockchain transactions, found by foreign id, id and txid.
    const Reply info = call(client, u"/v2/transactions/info"_s, QJsonObject{{u"foreign_id"_s, u"order-77"_s}});
    QCOMPARE(info.status, 200);
    const QJsonObject tx = data(info);
    QCOMPARE(tx.value(u"status"_s).toString(), u"confirmed"_s);
    QCOMPARE(tx.value(u"type"_s).toString(), u"deposit_exchange"_s);
    QCOMPARE(tx.value(u"currency_received"_s).toObject().value(u"amount"_s).toString(), u"100.00"_s);
    QCOMPARE(tx.value(u"currency_received"_s).toObject().value(u"amount_minus_fee"_s).toString(), u"99.20"_s);
    QCOMPARE(tx.value(u"currency_sent"_s).toObject().value(u"currency"_s).toString(), u"BTC"_s);
    // 100 EUR at 60000 EUR/BTC: 0.00066667 + 0.00100000 (rounded per payment).
    QCOMPARE(tx.value(u"currency_sent"_s).toObject().value(u"amount"_s).toString(), u"0.00166667"_s);
    const QJsonArray chain = tx.value(u"transactions"_s).toArray();
    QCOMPARE(chain.size(), 2);
    const QString txid = chain.at(1).toObject().value(u"txid"_s).toString();
    QCOMPARE(txid.size(), 64);
    QCOMPARE(data(call(client, u"/v2/transactions/info"_s, QJsonObject{{u"txid"_s, txid}})), tx);
    QCOMPARE(data(call(client, u"/v2/transactions/info"_s, QJsonObject{{u"id"_s, tx.value(u"id"_s)}})), tx);
    QCOMPARE(receiver.received.at(1).object().value(u"transaction_id"_s), tx.value(u"id"_s));
}

void TestCryptoprocessingSandbox::expiryAndFailure()
{
    CallbackReceiver receiver;
    auto server = startServer();
    Client client(server->baseUrl());
    control(client, u"webhooks"_s, QJsonObject{{u"url"_s, receiver.url()}});
    const QString unpaid = data(call(client, u"/payments/v1/requests"_s, eur(u"10"_s, 300))).value(u"id"_s).toString();
    const QString partly
        = data(call(client, u"/payments/v1/requests"_s, eur(u"10"_s, 600, u"p-1"_s))).value(u"id"_s).toString();
    control(client, u"pay"_s,
        QJsonObject{{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, partly}, {u"amount"_s, u"4"_s},
            {u"currency"_s, u"USDTT"_s}});
    const auto statusOf = [&](const QString& id) {
        return data(control(client, u"cryptoprocessing/payment_request"_s, QJsonObject{{u"id"_s, id}}))
            .value(u"status"_s)
            .toString();
    };
    QCOMPARE(statusOf(unpaid), u"created"_s);
    control(client, u"clock"_s, QJsonObject{{u"advance"_s, 310}});
    QCOMPARE(statusOf(unpaid), u"expired"_s);
    QCOMPARE(statusOf(partly), u"processing"_s);
    control(client, u"clock"_s, QJsonObject{{u"advance"_s, 300}});
    QCOMPARE(statusOf(partly), u"failed"_s);
    // The under-paid request's transaction is cancelled and nothing reached the balance.
    const QJsonObject tx = data(call(client, u"/v2/transactions/info"_s, QJsonObject{{u"foreign_id"_s, u"p-1"_s}}));
    QCOMPARE(tx.value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(tx.value(u"currency_sent"_s).toObject().value(u"currency"_s).toString(), u"USDTT"_s);
    QCOMPARE(balanceOf(client, u"EUR"_s), u"10000.00000000"_s);
    const Reply late = control(client, u"pay"_s, QJsonObject{{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, unpaid}});
    QCOMPARE(late.status, 409);
    QTRY_COMPARE(receiver.received.size(), 3); // processing, expired, failed
    QStringList statuses;
    for (const auto& callback : receiver.received) {
        QCOMPARE(callback.signature, sign(callback.body));
        statuses.append(callback.object().value(u"status"_s).toString());
    }
    QCOMPARE(statuses, (QStringList{u"processing"_s, u"expired"_s, u"failed"_s}));
}

void TestCryptoprocessingSandbox::overPaymentAndPayErrors()
{
    auto server = startServer();
    Client client(server->baseUrl());
    const QString id = data(call(client, u"/payments/v1/requests"_s, eur(u"100"_s))).value(u"id"_s).toString();
    const Reply over = control(client, u"pay"_s,
        QJsonObject{
            {u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, id}, {u"amount"_s, u"103"_s}, {u"currency"_s, u"ETH"_s}});
    QCOMPARE(data(over).value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(data(over).value(u"paid_amount"_s).toString(), u"103.00"_s);
    // 103.00 − 0.82 fee (0.824 rounded half-up to cents).
    QCOMPARE(balanceOf(client, u"EUR"_s), u"10102.18000000"_s);
    QCOMPARE(control(client, u"pay"_s, QJsonObject{{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, id}}).status, 409);
    QCOMPARE(
        control(client, u"pay"_s,
            QJsonObject{{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, u"01900000-0000-7000-8000-000000000000"_s}})
            .status,
        404);
    // A request with payment_currency is paid in that currency only.
    QJsonObject body = eur(u"5"_s);
    body.insert(u"payment_currency"_s, QJsonObject{{u"iso"_s, u"LTC"_s}});
    const QString ltc = data(call(client, u"/payments/v1/requests"_s, body)).value(u"id"_s).toString();
    QCOMPARE(control(client, u"pay"_s,
                 QJsonObject{{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, ltc}, {u"currency"_s, u"BTC"_s}})
                 .status,
        409);
    const Reply paid = control(client, u"pay"_s, QJsonObject{{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, ltc}});
    QCOMPARE(data(paid).value(u"status"_s).toString(), u"paid"_s);
    const qint64 txId = data(paid).value(u"transaction_id"_s).toInteger();
    const QJsonObject tx = data(call(client, u"/v2/transactions/info"_s, QJsonObject{{u"id"_s, txId}}));
    QCOMPARE(tx.value(u"currency_sent"_s).toObject().value(u"amount"_s).toString(), u"0.06250000"_s); // 5 / 80
}

void TestCryptoprocessingSandbox::dedicatedAddressDeposit()
{
    CallbackReceiver receiver;
    auto server = startServer();
    Client client(server->baseUrl());
    control(client, u"webhooks"_s, QJsonObject{{u"url"_s, receiver.url()}});
    const QJsonObject take{{u"currency"_s, u"BTC"_s}, {u"foreign_id"_s, u"user-9"_s}, {u"convert_to"_s, u"EUR"_s},
        {u"end_user_reference"_s, u"guest_9"_s}};
    const Reply first = call(client, u"/v2/addresses/take"_s, take);
    QCOMPARE(first.status, 201);
    const QJsonObject address = data(first);
    QCOMPARE(address.value(u"convert_to"_s).toString(), u"EUR"_s);
    QVERIFY(address.value(u"address"_s).toString().startsWith(u"bc1q"_s));
    QVERIFY(address.value(u"tag"_s).isNull());
    const Reply again = call(client, u"/v2/addresses/take"_s, take);
    QCOMPARE(again.status, 201);
    QCOMPARE(data(again), address); // the same foreign id keeps its address
    const QJsonObject xrp = data(
        call(client, u"/v2/addresses/take"_s, QJsonObject{{u"currency"_s, u"XRP"_s}, {u"foreign_id"_s, u"user-9"_s}}));
    QVERIFY(xrp.value(u"address"_s).toString() != address.value(u"address"_s).toString());
    QVERIFY(!xrp.value(u"tag"_s).toString().isEmpty());

    const Reply paid = control(client, u"pay"_s,
        QJsonObject{{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, address.value(u"address"_s).toString()},
            {u"amount"_s, u"0.01"_s}});
    QCOMPARE(paid.status, 200);
    QCOMPARE(data(paid).value(u"status"_s).toString(), u"not_confirmed"_s);
    QCOMPARE(balanceOf(client, u"EUR"_s), u"10000.00000000"_s);
    control(client, u"clock"_s, QJsonObject{{u"advance"_s, 60}});
    // 0.01 BTC = 600.00 EUR, less 0.8 % (4.80).
    QCOMPARE(balanceOf(client, u"EUR"_s), u"10595.20000000"_s);
    const QJsonObject tx
        = data(call(client, u"/v2/transactions/info"_s, QJsonObject{{u"id"_s, data(paid).value(u"id"_s)}}));
    QCOMPARE(tx.value(u"status"_s).toString(), u"confirmed"_s);
    QCOMPARE(tx.value(u"type"_s).toString(), u"deposit_exchange"_s);
    QCOMPARE(tx.value(u"end_user_reference"_s).toString(), u"guest_9"_s);
    QCOMPARE(tx.value(u"crypto_address"_s).toObject().value(u"id"_s), address.value(u"id"_s));
    QCOMPARE(tx.value(u"currency_received"_s).toObject().value(u"amount_minus_fee"_s).toString(), u"595.20"_s);
    QTRY_COMPARE(receiver.received.size(), 2);
    QCOMPARE(receiver.received.at(0).object().value(u"status"_s).toString(), u"not_confirmed"_s);
    QCOMPARE(receiver.received.at(1).object().value(u"status"_s).toString(), u"confirmed"_s);
    QCOMPARE(receiver.received.at(0).object().value(u"id"_s), receiver.received.at(1).object().value(u"id"_s));
    for (const auto& callback : receiver.received)
        QCOMPARE(callback.signature, sign(callback.body));
    // Paying by address id works too; an address needs an amount.
    QCOMPARE(control(client, u"pay"_s,
                 QJsonObject{{u"gateway"_s, u"cryptoprocessing"_s},
                     {u"id"_s, QString::number(address.value(u"id"_s).toInteger())}})
                 .status,
        400);
}

void TestCryptoprocessingSandbox::addressErrors()
{
    auto server = startServer();
    Client client(server->baseUrl());
    const auto errorsOf = [&](const QJsonObject& body) {
        const Reply reply = call(client, u"/v2/addresses/take"_s, body);
        return reply.status == 400 ? reply.object().value(u"errors"_s).toObject().keys() : QStringList();
    };
    QCOMPARE(errorsOf(QJsonObject{{u"currency"_s, u"BTC"_s}}), QStringList{u"foreign_id"_s});
    QCOMPARE(errorsOf(QJsonObject{{u"foreign_id"_s, u"x"_s}}), QStringList{u"currency"_s});
    QCOMPARE(errorsOf(QJsonObject{{u"currency"_s, u"EUR"_s}, {u"foreign_id"_s, u"x"_s}}), QStringList{u"currency"_s});
    QCOMPARE(errorsOf(QJsonObject{{u"currency"_s, u"BTC"_s}, {u"foreign_id"_s, u"x"_s}, {u"convert_to"_s, u"ABC"_s}}),
        QStringList{u"convert_to"_s});
}

void TestCryptoprocessingSandbox::withdrawals()
{
    CallbackReceiver receiver;
    auto server = startServer();
    Client client(server->baseUrl());
    control(client, u"webhooks"_s, QJsonObject{{u"url"_s, receiver.url()}});
    const QString target = u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"_s;
    const QJsonObject body{
        {u"foreign_id"_s, u"wd-1"_s}, {u"amount"_s, u"0.01"_s}, {u"currency"_s, u"BTC"_s}, {u"address"_s, target}};
    const Reply created = call(client, u"/v2/withdrawal/crypto"_s, body);
    QCOMPARE(created.status, 201);
    const QJsonObject withdrawal = data(created);
    QCOMPARE(withdrawal.value(u"status"_s).toString(), u"processing"_s);
    QCOMPARE(withdrawal.value(u"type"_s).toString(), u"withdrawal"_s);
    QCOMPARE(withdrawal.value(u"receiver_amount"_s).toString(), u"0.01000000"_s);
    QCOMPARE(withdrawal.value(u"sender_amount"_s).toString(), u"0.01005000"_s); // + 0.00005 mining fee
    QCOMPARE(balanceOf(client, u"BTC"_s), u"0.48995000"_s);
    // foreign_id is unique: a repeat is refused and changes nothing.
    const Reply repeat = call(client, u"/v2/withdrawal/crypto"_s, body);
    QCOMPARE(repeat.status, 400);
    QVERIFY(repeat.object().value(u"errors"_s).toObject().contains(u"foreign_id"_s));
    QCOMPARE(balanceOf(client, u"BTC"_s), u"0.48995000"_s);
    const QJsonObject pending
        = data(call(client, u"/v2/transactions/info"_s, QJsonObject{{u"foreign_id"_s, u"wd-1"_s}}));
    QCOMPARE(pending.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(pending.value(u"transactions"_s).toArray().size(), 0);

    control(client, u"clock"_s, QJsonObject{{u"advance"_s, 300}});
    const QJsonObject done
        = data(call(client, u"/v2/transactions/info"_s, QJsonObject{{u"id"_s, withdrawal.value(u"id"_s)}}));
    QCOMPARE(done.value(u"status"_s).toString(), u"confirmed"_s);
    QCOMPARE(done.value(u"transactions"_s).toArray().at(0).toObject().value(u"address"_s).toString(), target);
    QTRY_COMPARE(receiver.received.size(), 1);
    QCOMPARE(receiver.received.at(0).signature, sign(receiver.received.at(0).body));
    QCOMPARE(receiver.received.at(0).object().value(u"type"_s).toString(), u"withdrawal"_s);
    QCOMPARE(receiver.received.at(0).object().value(u"status"_s).toString(), u"confirmed"_s);

    // From the EUR balance, converted: 0.01005 BTC at 60000 EUR = 603.00 EUR; then cancelled and refunded.
    const Reply exchange = call(client, u"/v2/withdrawal/crypto"_s,
        QJsonObject{{u"foreign_id"_s, u"wd-2"_s}, {u"amount"_s, u"0.01"_s}, {u"currency"_s, u"EUR"_s},
            {u"convert_to"_s, u"BTC"_s}, {u"address"_s, target}});
    QCOMPARE(exchange.status, 201);
    QCOMPARE(data(exchange).value(u"type"_s).toString(), u"withdrawal_exchange"_s);
    QCOMPARE(data(exchange).value(u"sender_amount"_s).toString(), u"603.00000000"_s);
    QCOMPARE(balanceOf(client, u"EUR"_s), u"9397.00000000"_s);
    const Reply cancelled = control(
        client, u"cryptoprocessing/cancel_withdrawal"_s, QJsonObject{{u"id"_s, data(exchange).value(u"id"_s)}});
    QCOMPARE(data(cancelled).value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(balanceOf(client, u"EUR"_s), u"10000.00000000"_s);

    const auto errorOf = [&](const QJsonObject& request) {
        const Reply reply = call(client, u"/v2/withdrawal/crypto"_s, request);
        return reply.status == 400 ? reply.object().value(u"errors"_s).toObject().keys() : QStringList();
    };
    QCOMPARE(errorOf(QJsonObject{{u"foreign_id"_s, u"wd-3"_s}, {u"amount"_s, u"100"_s}, {u"currency"_s, u"BTC"_s},
                 {u"address"_s, target}}),
        QStringList{u"amount"_s}); // insufficient funds
    QCOMPARE(errorOf(QJsonObject{{u"foreign_id"_s, u"wd-3"_s}, {u"amount"_s, u"0.00001"_s}, {u"currency"_s, u"BTC"_s},
                 {u"address"_s, target}}),
        QStringList{u"amount"_s}); // below the minimum
    QCOMPARE(errorOf(QJsonObject{{u"foreign_id"_s, u"wd-3"_s}, {u"amount"_s, u"10"_s}, {u"currency"_s, u"EUR"_s},
                 {u"address"_s, target}}),
        QStringList{u"convert_to"_s});
    QCOMPARE(errorOf(QJsonObject{{u"foreign_id"_s, u"wd-3"_s}, {u"amount"_s, u"0.01"_s}, {u"currency"_s, u"BTC"_s},
                 {u"address"_s, u"not an address"_s}}),
        QStringList{u"address"_s});
    QCOMPARE(errorOf(QJsonObject{}), (QStringList{u"address"_s, u"amount"_s, u"currency"_s, u"foreign_id"_s}));
}

void TestCryptoprocessingSandbox::transactionInfoErrors()
{
    auto server = startServer();
    Client client(server->baseUrl());
    const auto errorOf = [&](const QByteArray& body) {
        const Reply reply = call(client, u"/v2/transactions/info"_s, body);
        return std::pair(reply.status, reply.object().value(u"errors"_s).toObject());
    };
    QCOMPARE(errorOf("{}").first, 400);
    QVERIFY(errorOf("{}").second.contains(u"id"_s));
    QCOMPARE(errorOf(R"({"id":1,"foreign_id":"a"})").first, 400);
    const auto unknown = errorOf(R"({"id":12345})");
    QCOMPARE(unknown.first, 400);
    QCOMPARE(unknown.second.value(u"id"_s).toString(), u"The selected id is invalid."_s);
    QCOMPARE(errorOf(R"({"foreign_id":"nothing"})").second.value(u"foreign_id"_s).toString(),
        u"The selected foreign id is invalid."_s);
    QCOMPARE(errorOf(R"({"txid":"abc"})").second.value(u"txid"_s).toString(), u"The selected txid is invalid."_s);
    QCOMPARE(errorOf(R"({"id":"x"})").second.value(u"id"_s).toString(), u"The id must be an integer."_s);
}

void TestCryptoprocessingSandbox::currenciesAndBalances()
{
    auto server = startServer();
    Client client(server->baseUrl());
    const Reply currencies = call(client, u"/v2/currencies/list"_s, QByteArray("{}"));
    QCOMPARE(currencies.status, 200);
    const QJsonArray list = currencies.object().value(u"data"_s).toArray();
    QVERIFY(list.size() >= 5);
    const QJsonObject btc = list.at(0).toObject();
    QCOMPARE(btc.keys(),
        (QStringList{u"currency"_s, u"deposit_fee_percent"_s, u"id"_s, u"minimum_amount"_s, u"precision"_s, u"type"_s,
            u"withdrawal_fee_percent"_s}));
    QCOMPARE(btc.value(u"currency"_s).toString(), u"BTC"_s);
    QVERIFY(btc.value(u"minimum_amount"_s).isString());
    const Reply balances = call(client, u"/v2/accounts/list"_s, QByteArray("{}"));
    QCOMPARE(balances.status, 200);
    for (const QJsonValue& entry : balances.object().value(u"data"_s).toArray()) {
        const QJsonObject balance = entry.toObject();
        QCOMPARE(balance.keys(), (QStringList{u"balance"_s, u"currency"_s, u"type"_s}));
        QVERIFY(balance.value(u"balance"_s).isString());
        QVERIFY(QRegularExpression(u"^\\d+\\.\\d{8}$"_s).match(balance.value(u"balance"_s).toString()).hasMatch());
    }
    QVERIFY(balances.body.startsWith(R"({"data":[{"currency":"BTC","type":"crypto","balance":"0.50000000"})"));
}

void TestCryptoprocessingSandbox::callbackRetryAndDuplicates()
{
    CallbackReceiver receiver(1);
    auto server = startServer();
    Client client(server->baseUrl());
    control(client, u"webhooks"_s, QJsonObject{{u"url"_s, receiver.url()}});
    const QString id = data(call(client, u"/payments/v1/requests"_s, eur(u"10"_s))).value(u"id"_s).toString();
    control(client, u"pay"_s, QJsonObject{{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, id}});
    QTRY_COMPARE(receiver.received.size(), 1); // answered 500
    QTest::qWait(200);
    QCOMPARE(receiver.received.size(), 1); // the retry waits for the sandbox clock
    control(client, u"clock"_s, QJsonObject{{u"advance"_s, 60}});
    QTRY_COMPARE(receiver.received.size(), 2);
    QCOMPARE(receiver.received.at(1).body, receiver.received.at(0).body);
    // A duplicate on request: same body, same keys; the receiver deduplicates by payment_request_id / root id.
    QCOMPARE(control(client, u"cryptoprocessing/resend"_s, QJsonObject{{u"payment_request_id"_s, id}}).status, 200);
    QTRY_COMPARE(receiver.received.size(), 3);
    QCOMPARE(receiver.received.at(2).body, receiver.received.at(0).body);
    QCOMPARE(receiver.received.at(2).signature, sign(receiver.received.at(2).body));
    const QJsonObject deliveries = client.get(u"/_sandbox/webhooks"_s).object();
    QCOMPARE(deliveries.value(u"deliveries"_s).toArray().at(0).toObject().value(u"event"_s).toString(),
        u"payment_request.paid"_s);
}

void TestCryptoprocessingSandbox::injectedFaultsUseGatewayBodies()
{
    auto server = startServer();
    Client client(server->baseUrl());
    client.post(u"/_sandbox/faults"_s, R"({"path":"/cryptoprocessing/**","kind":"rateLimit429","retryAfter":7})");
    const Reply limited = call(client, u"/v2/accounts/list"_s, QByteArray("{}"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
    QVERIFY(limited.object().contains(u"error"_s));
    client.post(u"/_sandbox/faults"_s, R"({"path":"/cryptoprocessing/**","kind":"error500BeforeCommit"})");
    const Reply failed = call(client, u"/v2/accounts/list"_s, QByteArray("{}"));
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.object().value(u"error"_s).toString(), u"Server Error"_s);
}

void TestCryptoprocessingSandbox::deterministicGeneration()
{
    auto first = startServer(3000, 42);
    auto second = startServer(3000, 42);
    auto other = startServer(3000, 43);
    Client a(first->baseUrl());
    Client b(second->baseUrl());
    Client c(other->baseUrl());
    const QJsonObject stateA = a.get(u"/_sandbox/state"_s).object().value(u"gateways"_s).toObject();
    const QJsonObject stateB = b.get(u"/_sandbox/state"_s).object().value(u"gateways"_s).toObject();
    const QJsonObject stateC = c.get(u"/_sandbox/state"_s).object().value(u"gateways"_s).toObject();
    QCOMPARE(stateA.value(u"cryptoprocessing"_s).toObject().value(u"payments"_s).toInteger(), 3000);
    QCOMPARE(stateA, stateB);
    QVERIFY(stateA != stateC);
    // Same reply bytes: balances, and transactions looked up by id.
    const Reply balancesA = call(a, u"/v2/accounts/list"_s, QByteArray("{}"));
    QCOMPARE(balancesA.body, call(b, u"/v2/accounts/list"_s, QByteArray("{}")).body);
    QVERIFY(balancesA.body != call(c, u"/v2/accounts/list"_s, QByteArray("{}")).body);
    int found = 0;
    QStringList statuses;
    for (qint64 id = 2600000; id < 2600000 + 400; id += 7) {
        const QByteArray body = "{\"id\":" + QByteArray::number(id) + '}';
        const Reply replyA = call(a, u"/v2/transactions/info"_s, body);
        QCOMPARE(replyA.body, call(b, u"/v2/transactions/info"_s, body).body);
        if (replyA.status == 200) {
            ++found;
            statuses.append(data(replyA).value(u"status"_s).toString());
        }
    }
    QVERIFY(found > 40);
    QVERIFY(statuses.contains(u"confirmed"_s));
    QVERIFY(statuses.contains(u"cancelled"_s) || statuses.contains(u"pending"_s));
    // Generated open requests expire on the sandbox clock: the digest changes once time passes.
    a.postJson(u"/_sandbox/clock"_s, QJsonObject{{u"advance"_s, 2 * 86400}});
    QVERIFY(a.get(u"/_sandbox/state"_s).object().value(u"gateways"_s).toObject() != stateB);
    // A reset regenerates the same data.
    a.post(u"/_sandbox/reset"_s);
    QCOMPARE(a.get(u"/_sandbox/state"_s).object().value(u"gateways"_s).toObject(), stateB);
}

void TestCryptoprocessingSandbox::largeGenerationIsComplete()
{
    SandboxClock clock(QDateTime::fromSecsSinceEpoch(kEpoch, Qt::UTC));
    WebhookDispatcher webhooks(&clock);
    SandboxEnvironment environment{&clock, &webhooks, [] { return QUrl(u"http://127.0.0.1:1"_s); }};
    auto simulator = createCryptoprocessingSimulator(environment);
    GenerationPlan plan{250000, 90, 5, clock.now()};
    simulator->reset();
    simulator->generate(plan); // its speed is measured by paydesk-bench, not here
    QCOMPARE(simulator->paymentCount(), 250000);
    QCOMPARE(webhooks.deliveries().size(), 0); // history sends no callbacks
}

QTEST_GUILESS_MAIN(TestCryptoprocessingSandbox)
#include "tst_CryptoprocessingSandbox.moc"
