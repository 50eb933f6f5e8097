// Gateway v10.2 (BucksBus) simulator over real loopback HTTP: auth, routes and errors, payments and their state
// machine, lists by date window, field styles.
// Signatures are recomputed with QMessageAuthenticationCode, independently of the sandbox's OpenSSL helpers.
#include "sandbox/SandboxCrypto.h"

#include <QJsonArray>
#include <QTest>

#include "BucksbusTestSupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::sandbox;
using namespace paydesk::sandbox::test;

class TestBucksbusSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webhookVector();
    void authentication_data();
    void authentication();
    void routesAndMethods();
    void assetsAndAccounts();
    void convert();
    void createPaymentShape();
    void createPaymentErrors_data();
    void createPaymentErrors();
    void fiatPaymentVariant();
    void partialThenComplete();
    void overPaymentAndOpenAmount();
    void expiryCancelAndClosing();
    void noIdempotencyKey();
    void listPaymentsWindowsAndFilters();
    void listPaymentsErrors();
    void statusFieldStyles();
};

void TestBucksbusSandbox::webhookVector()
{
    // API-NOTES.md known answer, recomputed twice: by Qt here and by the sandbox's OpenSSL helper.
    const QByteArray body
        = R"({"type":"notification","event":"payment.complete","payment":{"payment_id":"48bf","status":"COMPLETE"}})";
    const QString expected = u"ec4e30f33c63ac96c24e440d544de61692838073f90ead066626cafa49e1a561"_s;
    QCOMPARE(hmacHex("demo_webhook_secret", body), expected);
    QCOMPARE(QString::fromLatin1(crypto::hmacSha256Hex("demo_webhook_secret", body)), expected);
    // A different secret or one changed byte must not match.
    QVERIFY(hmacHex("demo_webhook_secreT", body) != expected);
    QByteArray changed = body;
    changed.replace("48bf", "48bg");
    QVERIFY(hmacHex("demo_webhook_secret", changed) != expected);
}

void TestBucksbusSandbox::authentication_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("correct") << kAuth << 200;
    QTest::newRow("missing") << QByteArray() << 401;
    QTest::newRow("wrong secret") << "Basic " + QByteArray("bb_sandbox_api_key:nope").toBase64() << 401;
    QTest::newRow("wrong key") << "Basic " + QByteArray("other:bb_sandbox_api_secret").toBase64() << 401;
    QTest::newRow("secret only") << "Basic " + QByteArray(":bb_sandbox_api_secret").toBase64() << 401;
    QTest::newRow("bearer") << QByteArray("Bearer bb_sandbox_api_secret") << 401;
}

void TestBucksbusSandbox::authentication()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    auto server = startServer();
    Client client(server->baseUrl());
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const Reply reply = client.get(u"/bucksbus/int/assets"_s, headers);
    QCOMPARE(reply.status, status);
    if (status == 401) {
        QCOMPARE(reply.object().value(u"code"_s).toString(), u"ERR_UNAUTHORIZED"_s);
        QVERIFY(!reply.object().value(u"message"_s).toString().isEmpty());
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Basic"));
    }
}

void TestBucksbusSandbox::routesAndMethods()
{
    auto server = startServer();
    Client client(server->baseUrl());
    Reply reply = api(client, "GET", u"/nothing"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.object().value(u"code"_s).toString(), u"ERR_NOT_FOUND"_s);
    QCOMPARE(api(client, "GET", u"/payment"_s).status, 405);
    QCOMPARE(api(client, "POST", u"/assets"_s, "{}").status, 405);
    reply = api(client, "GET", u"/payment/e5792528-d265-4813-8b59-055cdfef31b1"_s);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.body,
        QByteArray(
            R"({"code":"ERR_NO_PAYMENT","message":"Payment <e5792528-d265-4813-8b59-055cdfef31b1> not found."})"));
    QCOMPARE(
        api(client, "GET", u"/payment/not-a-uuid/trxs"_s).object().value(u"code"_s).toString(), u"ERR_NO_PAYMENT"_s);
    QCOMPARE(api(client, "GET", u"/withdraw/e5792528-d265-4813-8b59-055cdfef31b1"_s).object().value(u"code"_s),
        u"ERR_NO_WITHDRAW"_s);
    QCOMPARE(api(client, "POST", u"/dedicate/e5792528-d265-4813-8b59-055cdfef31b1/release"_s).object().value(u"code"_s),
        u"ERR_NO_DEDICATE"_s);
    // Malformed JSON and a wrong Content-Type are refused before any validation.
    reply = api(client, "POST", u"/payment"_s, "{not json");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(u"code"_s).toString(), u"ERR_BAD_REQUEST"_s);
    reply = client.send("POST", u"/bucksbus/int/payment"_s, "amount=1",
        {{"Authorization", kAuth}, {"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(reply.status, 400);
}

void TestBucksbusSandbox::assetsAndAccounts()
{
    auto server = startServer();
    Client client(server->baseUrl());
    const Reply assets = api(client, "GET", u"/assets"_s);
    QCOMPARE(assets.status, 200);
    QVERIFY(assets.header("Content-Type").startsWith("application/json"));
    const QJsonArray list = assets.array();
    QVERIFY(list.size() >= 6);
    QJsonObject btc;
    for (const QJsonValue& value : list) {
        if (value.toObject().value(u"asset_id"_s).toString() == u"BTC")
            btc = value.toObject();
    }
    QCOMPARE(btc.value(u"asset_type"_s).toString(), u"CRYPTO"_s);
    QCOMPARE(btc.value(u"crypto_network"_s).toString(), u"BITCOIN"_s);
    QCOMPARE(btc.value(u"precision"_s).toInt(), 8);
    QCOMPARE(btc.value(u"symbol"_s).toString(), QString(QChar(0x0E3F)));
    // float64 fields print like the spec's example: exponent form, integers bare.
    QVERIFY(assets.body.contains(R"("min_size":1e-08)"));
    QVERIFY(assets.body.contains(R"("max_withdrawal_amount":2400})")
        || assets.body.contains(R"("max_withdrawal_amount":2400,)"));

    const Reply accounts = api(client, "GET", u"/accounts"_s);
    QCOMPARE(accounts.status, 200);
    const QJsonObject object = accounts.object();
    QCOMPARE(object.value(u"asset_id"_s).toString(), u"USD"_s);
    QVERIFY(object.value(u"balance"_s).isString()); // amounts are strings (the example, not the table)
    const QJsonArray rows = object.value(u"accounts"_s).toArray();
    QVERIFY(rows.size() >= 6);
    QCOMPARE(rows.at(0).toObject().value(u"account_num"_s).toInt(), 1);
    QVERIFY(rows.at(0).toObject().value(u"rate"_s).isDouble());
    QCOMPARE(rows.at(0).toObject().value(u"balance"_s).toString(), u"0"_s);
}

void TestBucksbusSandbox::convert()
{
    auto server = startServer();
    Client client(server->baseUrl());
    const Reply reply = api(client, "POST", u"/convert"_s,
        json({{u"from_amount"_s, 100}, {u"from_asset_id"_s, u"USD"_s}, {u"asset_id"_s, u"BTC"_s}}));
    QCOMPARE(reply.status, 200);
    const QJsonObject object = reply.object();
    // 100 / 26046.99 (the sandbox BTC price) = 0.00383921520… → 8 decimals, half up.
    QCOMPARE(object.value(u"amount_str"_s).toString(), u"0.00383922"_s);
    QVERIFY(reply.body.contains(R"("amount":0.00383922,)"));
    QVERIFY(reply.body.startsWith(R"({"from_amount":100,"from_amount_str":"100","from_asset_id":"USD")"));
    QVERIFY(qAbs(object.value(u"rate"_s).toDouble() - 1.0 / 26046.99) < 1e-15);
    QCOMPARE(object.value(u"rate_date"_s).toString(), u"2023-11-14T22:13:20Z"_s);
    QCOMPARE(api(client, "POST", u"/convert"_s,
                 json({{u"from_amount"_s, 1}, {u"from_asset_id"_s, u"XXX"_s}, {u"asset_id"_s, u"BTC"_s}}))
                 .object()
                 .value(u"code"_s)
                 .toString(),
        u"ERR_NO_ASSET"_s);
}

void TestBucksbusSandbox::createPaymentShape()
{
    auto server = startServer();
    Client client(server->baseUrl());
    const Reply created = createPayment(client,
        {{u"payer_email"_s, u"name@email.com"_s}, {u"payer_lang"_s, u"en"_s}, {u"description"_s, u"Coffee"_s},
            {u"custom"_s, QJsonObject{{u"idempotence"_s, u"k-1"_s}}}, {u"custom2"_s, u"two"_s}, {u"timeout"_s, 60},
            {u"webhook_url"_s, u"https://merchant.example/hook"_s}});
    QCOMPARE(created.status, 200);
    const QJsonObject p = created.object();
    const QString id = p.value(u"payment_id"_s).toString();
    QCOMPARE(id.size(), 36);
    const QByteArray head = QByteArray("{\"payment_id\":\"") + id.toUtf8() + "\",\"store_id\":";
    QVERIFY(created.body.startsWith(head));
    QCOMPARE(p.value(u"status"_s).toString(), u"OPEN"_s);
    QCOMPARE(p.value(u"status_name"_s).toString(), u"Open"_s);
    QCOMPARE(p.value(u"payment_type"_s).toString(), u"FIXED_AMOUNT"_s);
    QCOMPARE(p.value(u"amount"_s).toString(), u"100"_s);
    QCOMPARE(p.value(u"asset_id"_s).toString(), u"USD"_s);
    QCOMPARE(p.value(u"payment_asset_id"_s).toString(), u"BTC"_s);
    QCOMPARE(p.value(u"payment_amount"_s).toString(), u"0.00383922"_s);
    QCOMPARE(p.value(u"remain_amount"_s).toString(), u"0.00383922"_s);
    QCOMPARE(p.value(u"ip_amount"_s).toString(), u"0"_s);
    QCOMPARE(p.value(u"paid_amount"_s).toString(), u"0"_s);
    QVERIFY(p.value(u"rate"_s).isDouble());
    QVERIFY(p.value(u"address"_s).toString().startsWith(u"bc1q"_s));
    QCOMPARE(p.value(u"confirms"_s).toInt(), 6);
    QCOMPARE(p.value(u"start_date"_s).toString(), u"2023-11-14T22:13:20Z"_s);
    QCOMPARE(p.value(u"end_date"_s).toString(), u"2023-11-14T23:13:20Z"_s); // timeout 60 minutes
    QVERIFY(!p.contains(u"complete_date"_s));
    QCOMPARE(p.value(u"custom"_s).toString(), u"{\"idempotence\":\"k-1\"}"_s);
    QCOMPARE(p.value(u"custom2"_s).toString(), u"two"_s);
    QVERIFY(!p.contains(u"custom1"_s));
    QCOMPARE(p.value(u"timeout"_s).toInt(), 60);
    QCOMPARE(p.value(u"is_test"_s).toBool(), true);
    QVERIFY(p.value(u"payment_url"_s).toString().contains(id));
    QVERIFY(p.value(u"qrcode_url"_s).toString().contains(u"/bucksbus/int/payment/%1/qrcode"_s.arg(id)));
    // GET returns the same object, byte for byte.
    const Reply fetched = api(client, "GET", u"/payment/"_s + id);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.body, created.body);
    // Crypto-denominated: asset_id BTC alone.
    const Reply crypto = api(client, "POST", u"/payment"_s, json({{u"amount"_s, 0.0008}, {u"asset_id"_s, u"BTC"_s}}));
    QCOMPARE(crypto.status, 200);
    QCOMPARE(crypto.object().value(u"payment_amount"_s).toString(), u"0.0008"_s);
    QCOMPARE(crypto.object().value(u"payment_asset_id"_s).toString(), u"BTC"_s);
    QCOMPARE(crypto.object().value(u"end_date"_s).toString(), u"2023-11-14T23:43:20Z"_s); // BTC default 90 min
}

void TestBucksbusSandbox::createPaymentErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no asset") << QByteArray(R"({"amount":1})") << 422 << u"ERR_VALIDATION"_s;
    QTest::newRow("unknown asset") << QByteArray(R"({"amount":1,"asset_id":"DOGE"})") << 422 << u"ERR_NO_ASSET"_s;
    QTest::newRow("fiat without payment asset")
        << QByteArray(R"({"amount":1,"asset_id":"USD"})") << 422 << u"ERR_VALIDATION"_s;
    QTest::newRow("fiat payment asset") << QByteArray(R"({"amount":1,"asset_id":"USD","payment_asset_id":"EUR"})")
                                        << 422 << u"ERR_VALIDATION"_s;
    QTest::newRow("amount zero") << QByteArray(R"({"amount":0,"asset_id":"BTC"})") << 422 << u"ERR_VALIDATION"_s;
    QTest::newRow("amount missing") << QByteArray(R"({"asset_id":"BTC"})") << 422 << u"ERR_VALIDATION"_s;
    QTest::newRow("amount as string") << QByteArray(R"({"amount":"1","asset_id":"BTC"})") << 400
                                      << u"ERR_BAD_REQUEST"_s;
    QTest::newRow("below min size") << QByteArray(R"({"amount":0.000000001,"asset_id":"USD","payment_asset_id":"BTC"})")
                                    << 422 << u"ERR_MIN_AMOUNT"_s;
    QTest::newRow("bad type") << QByteArray(R"({"amount":1,"asset_id":"BTC","payment_type":"ANY"})") << 422
                              << u"ERR_VALIDATION"_s;
    QTest::newRow("timeout too long") << QByteArray(R"({"amount":1,"asset_id":"BTC","timeout":1441})") << 422
                                      << u"ERR_VALIDATION"_s;
    QTest::newRow("bad language") << QByteArray(R"({"amount":1,"asset_id":"BTC","payer_lang":"de"})") << 422
                                  << u"ERR_VALIDATION"_s;
    QTest::newRow("bad email") << QByteArray(R"({"amount":1,"asset_id":"BTC","payer_email":"nobody"})") << 422
                               << u"ERR_VALIDATION"_s;
    QTest::newRow("bad webhook url") << QByteArray(R"({"amount":1,"asset_id":"BTC","webhook_url":"ftp://x"})") << 422
                                     << u"ERR_VALIDATION"_s;
    QTest::newRow("bad fiat provider") << QByteArray(
        R"({"amount":1,"asset_id":"BTC","fiat_provider":"paypal","fiat_asset_id":"USD"})")
                                       << 422 << u"ERR_VALIDATION"_s;
    QTest::newRow("unknown dedicate") << QByteArray(
        R"({"amount":1,"asset_id":"BTC","dedicate_id":"e5792528-d265-4813-8b59-055cdfef31b1"})")
                                      << 422 << u"ERR_NO_DEDICATE"_s;
}

void TestBucksbusSandbox::createPaymentErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    auto server = startServer();
    Client client(server->baseUrl());
    const Reply reply = api(client, "POST", u"/payment"_s, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.object().value(u"code"_s).toString(), code);
    QVERIFY(!reply.object().value(u"message"_s).toString().isEmpty());
    QCOMPARE(server->gateway(u"bucksbus"_s)->paymentCount(), 0); // nothing created
}

void TestBucksbusSandbox::fiatPaymentVariant()
{
    auto server = startServer();
    Client client(server->baseUrl());
    const Reply reply = createPayment(client, {{u"fiat_provider"_s, u"cmoonpay"_s}, {u"fiat_asset_id"_s, u"EUR"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"fiat_provider"_s).toString(), u"cmoonpay"_s);
    QCOMPARE(reply.object().value(u"fiat_asset_id"_s).toString(), u"EUR"_s);
    QCOMPARE(reply.object().value(u"payment_asset_id"_s).toString(), u"BTC"_s);
    QCOMPARE(createPayment(client, {{u"fiat_provider"_s, u"cmoonpay"_s}, {u"fiat_asset_id"_s, u"GBP"_s}}).status, 422);
}

void TestBucksbusSandbox::partialThenComplete()
{
    auto server = startServer();
    Client client(server->baseUrl());
    const QString id = createPayment(client).object().value(u"payment_id"_s).toString();
    Reply paid = pay(client, id, u"0.002"_s);
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.object().value(u"status"_s).toString(), u"OPEN"_s); // partial: still open
    QCOMPARE(paid.object().value(u"ip_amount"_s).toString(), u"0.002"_s);
    QCOMPARE(paid.object().value(u"remain_amount"_s).toString(), u"0.00183922"_s);
    // paid_amount: 0.002 BTC at 26046.99 USD = 52.09398 → 52.09 USD (rounded down)
    QCOMPARE(paid.object().value(u"paid_amount"_s).toString(), u"52.09"_s);
    advance(client, 120);
    paid = pay(client, id); // the rest
    QCOMPARE(paid.object().value(u"status"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(paid.object().value(u"status_name"_s).toString(), u"Completed"_s);
    QCOMPARE(paid.object().value(u"ip_amount"_s).toString(), u"0.00383922"_s);
    QCOMPARE(paid.object().value(u"remain_amount"_s).toString(), u"0"_s);
    QCOMPARE(paid.object().value(u"paid_amount"_s).toString(), u"100"_s);
    QCOMPARE(paid.object().value(u"complete_date"_s).toString(), u"2023-11-14T22:15:20Z"_s);
    QCOMPARE(pay(client, id, u"0.001"_s).status, 409); // closed
    QCOMPARE(pay(client, u"e5792528-d265-4813-8b59-055cdfef31b1"_s).status, 404);

    // Both transaction paths, same bytes, in time order.
    const Reply trxs = api(client, "GET", u"/payment/%1/trxs"_s.arg(id));
    const Reply txs = api(client, "GET", u"/payment/%1/txs"_s.arg(id));
    QCOMPARE(trxs.status, 200);
    QCOMPARE(trxs.body, txs.body);
    const QJsonArray list = trxs.array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"amount"_s).toString(), u"0.002"_s);
    QCOMPARE(list.at(1).toObject().value(u"amount"_s).toString(), u"0.00183922"_s);
    QCOMPARE(list.at(0).toObject().value(u"status"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(list.at(0).toObject().value(u"trx_hash"_s).toString().size(), 64);
    QCOMPARE(list.at(1).toObject().value(u"trx_date"_s).toString(), u"2023-11-14T22:15:20Z"_s);
    QCOMPARE(list.at(0).toObject().value(u"address"_s), paid.object().value(u"address"_s));
    QVERIFY(trxs.body.startsWith(R"([{"status":"COMPLETE","status_name":"Complete","trx_date":)"));

    // The balance moved.
    const QJsonArray accounts = api(client, "GET", u"/accounts"_s).object().value(u"accounts"_s).toArray();
    for (const QJsonValue& row : accounts) {
        if (row.toObject().value(u"asset_id"_s).toString() == u"BTC")
            QCOMPARE(row.toObject().value(u"balance"_s).toString(), u"0.00383922"_s);
    }
}

void TestBucksbusSandbox::overPaymentAndOpenAmount()
{
    auto server = startServer();
    Client client(server->baseUrl());
    const QString id = createPayment(client).object().value(u"payment_id"_s).toString();
    const QJsonObject over = pay(client, id, u"0.005"_s).object();
    QCOMPARE(over.value(u"status"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(over.value(u"ip_amount"_s).toString(), u"0.005"_s);
    QCOMPARE(over.value(u"remain_amount"_s).toString(), u"0"_s);
    QCOMPARE(over.value(u"paid_amount"_s).toString(), u"130.23"_s); // 0.005 × 26046.99 = 130.23495

    const Reply open = api(
        client, "POST", u"/payment"_s, json({{u"payment_type"_s, u"OPEN_AMOUNT"_s}, {u"asset_id"_s, u"USDT.TRC20"_s}}));
    QCOMPARE(open.status, 200);
    QCOMPARE(open.object().value(u"payment_type"_s).toString(), u"OPEN_AMOUNT"_s);
    QCOMPARE(open.object().value(u"amount"_s).toString(), u"0"_s);
    const QString openId = open.object().value(u"payment_id"_s).toString();
    QCOMPARE(pay(client, openId).status, 409); // no amount due: the payer must say how much
    const QJsonObject paid = pay(client, openId, u"12.5"_s).object();
    QCOMPARE(paid.value(u"status"_s).toString(), u"COMPLETE"_s); // any receipt completes an open amount
    QCOMPARE(paid.value(u"ip_amount"_s).toString(), u"12.5"_s);
    QVERIFY(paid.value(u"address"_s).toString().startsWith(u'T'));
}

void TestBucksbusSandbox::expiryCancelAndClosing()
{
    auto server = startServer();
    Client client(server->baseUrl());
    QCOMPARE(client.postJson(u"/_sandbox/bucksbus/store"_s, QJsonObject{{u"closing_seconds"_s, 300}}).status, 200);
    const QString unpaid = createPayment(client, {{u"timeout"_s, 15}}).object().value(u"payment_id"_s).toString();
    const QString partial = createPayment(client, {{u"timeout"_s, 15}}).object().value(u"payment_id"_s).toString();
    const QString rescued = createPayment(client, {{u"timeout"_s, 15}}).object().value(u"payment_id"_s).toString();
    pay(client, partial, u"0.001"_s);
    pay(client, rescued, u"0.001"_s);
    advance(client, 14 * 60);
    QCOMPARE(api(client, "GET", u"/payment/"_s + unpaid).object().value(u"status"_s).toString(), u"OPEN"_s);
    advance(client, 60);
    QJsonObject p = api(client, "GET", u"/payment/"_s + unpaid).object();
    QCOMPARE(p.value(u"status"_s).toString(), u"CANCEL"_s);
    QCOMPARE(p.value(u"complete_date"_s).toString(), u"2023-11-14T22:28:20Z"_s);
    QCOMPARE(api(client, "GET", u"/payment/"_s + partial).object().value(u"status"_s).toString(), u"CLOSING"_s);
    // A late transaction during CLOSING still completes the payment.
    const QJsonObject late = pay(client, rescued).object();
    QCOMPARE(late.value(u"status"_s).toString(), u"COMPLETE"_s);
    advance(client, 300);
    p = api(client, "GET", u"/payment/"_s + partial).object();
    QCOMPARE(p.value(u"status"_s).toString(), u"CANCEL"_s);
    QCOMPARE(p.value(u"ip_amount"_s).toString(), u"0.001"_s); // the funds stay received
    QCOMPARE(pay(client, partial, u"0.001"_s).status, 409);
}

void TestBucksbusSandbox::noIdempotencyKey()
{
    // The gateway has no order id: the same request twice creates two payments; the merchant's own key in
    // `custom` is how a client finds a payment after an unknown outcome.
    auto server = startServer();
    Client client(server->baseUrl());
    const QJsonObject extra{{u"custom"_s, u"{\"idempotence\":\"abc\"}"_s}};
    const QString first = createPayment(client, extra).object().value(u"payment_id"_s).toString();
    const QString second = createPayment(client, extra).object().value(u"payment_id"_s).toString();
    QVERIFY(first != second);
    const QJsonArray list = api(client, "GET", u"/payments?from=2023-11-14&to=2023-11-14"_s).array();
    QCOMPARE(list.size(), 2);
    for (const QJsonValue& item : list)
        QCOMPARE(item.toObject().value(u"custom"_s).toString(), u"{\"idempotence\":\"abc\"}"_s);
}

void TestBucksbusSandbox::listPaymentsWindowsAndFilters()
{
    auto server = startServer(2000, 7, 10);
    Client client(server->baseUrl());
    const Reply all = api(client, "GET", u"/payments?from=2023-11-01&to=2023-11-14"_s);
    QCOMPARE(all.status, 200);
    QVERIFY(all.header("Transfer-Encoding").contains("chunked"));
    const QJsonArray items = all.array();
    QCOMPARE(items.size(), 2000);
    // Newest first, and every item in the list shape (status, as in the spec's example).
    QVERIFY(items.first().toObject().value(u"start_date"_s).toString()
        >= items.last().toObject().value(u"start_date"_s).toString());
    QVERIFY(items.first().toObject().contains(u"status"_s));
    // Day windows partition the range.
    qint64 sum = 0;
    for (int day = 1; day <= 14; ++day) {
        const QString date = u"2023-11-%1"_s.arg(day, 2, 10, QLatin1Char('0'));
        const QJsonArray window = api(client, "GET", u"/payments?from=%1&to=%1"_s.arg(date)).array();
        for (const QJsonValue& item : window)
            QVERIFY(item.toObject().value(u"start_date"_s).toString().startsWith(date));
        sum += window.size();
    }
    QCOMPARE(sum, 2000);
    // Filters.
    QHash<QString, int> byStatus;
    int btc = 0;
    for (const QJsonValue& item : items) {
        byStatus[item.toObject().value(u"status"_s).toString()]++;
        if (item.toObject().value(u"payment_asset_id"_s).toString() == u"BTC"
            || item.toObject().value(u"asset_id"_s).toString() == u"BTC")
            ++btc;
    }
    QVERIFY(byStatus.value(u"COMPLETE"_s) > 1000);
    QVERIFY(byStatus.value(u"CANCEL"_s) > 100);
    for (const QString& status : {u"COMPLETE"_s, u"CANCEL"_s, u"OPEN"_s}) {
        const QJsonArray filtered
            = api(client, "GET", u"/payments?from=2023-11-01&to=2023-11-14&status="_s + status).array();
        QCOMPARE(filtered.size(), byStatus.value(status));
    }
    QCOMPARE(api(client, "GET", u"/payments?from=2023-11-01&to=2023-11-14&asset_id=BTC"_s).array().size(), btc);
    // Dedicated address receipts are in the history and filter by dedicate_id.
    QString dedicateId;
    int withDedicate = 0;
    for (const QJsonValue& item : items) {
        const QString d = item.toObject().value(u"dedicate_id"_s).toString();
        if (d.isEmpty())
            continue;
        if (dedicateId.isEmpty())
            dedicateId = d;
        if (d == dedicateId)
            ++withDedicate;
    }
    QVERIFY(!dedicateId.isEmpty());
    QCOMPARE(api(client, "GET", u"/payments?from=2023-11-01&to=2023-11-14&dedicate_id="_s + dedicateId).array().size(),
        withDedicate);
    QCOMPARE(api(client, "GET", u"/payments?from=2020-01-01&to=2020-01-31"_s).body, QByteArray("[]"));
}

void TestBucksbusSandbox::listPaymentsErrors()
{
    auto server = startServer();
    Client client(server->baseUrl());
    for (const QString& query : {u"/payments"_s, u"/payments?from=2023-11-01"_s, u"/payments?to=2023-11-01"_s,
             u"/payments?from=2023-11-01T00:00:00&to=2023-11-02"_s, u"/payments?from=2023-11-05&to=2023-11-01"_s,
             u"/payments?from=2023-11-01&to=2023-11-02&status=PAID"_s}) {
        const Reply reply = api(client, "GET", query);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object().value(u"code"_s).toString(), u"ERR_VALIDATION"_s);
    }
    QCOMPARE(api(client, "GET", u"/payments?from=2023-11-01&to=2023-11-02&asset_id=XYZ"_s).object().value(u"code"_s),
        u"ERR_NO_ASSET"_s);
}

void TestBucksbusSandbox::statusFieldStyles()
{
    auto server = startServer();
    Client client(server->baseUrl());
    const QString id = createPayment(client).object().value(u"payment_id"_s).toString();
    auto listItem
        = [&] { return api(client, "GET", u"/payments?from=2023-11-14&to=2023-11-14"_s).array().at(0).toObject(); };
    QJsonObject item = listItem();
    QVERIFY(item.contains(u"status"_s) && !item.contains(u"status_type"_s));
    client.postJson(u"/_sandbox/bucksbus/store"_s, QJsonObject{{u"status_fields"_s, u"status_type"_s}});
    item = listItem();
    QVERIFY(!item.contains(u"status"_s));
    QCOMPARE(item.value(u"status_type"_s).toString(), u"OPEN"_s);
    QCOMPARE(item.value(u"status_type_name"_s).toString(), u"Open"_s);
    // The single payment keeps "status" (its table says status).
    QVERIFY(api(client, "GET", u"/payment/"_s + id).object().contains(u"status"_s));
    client.postJson(u"/_sandbox/bucksbus/store"_s, QJsonObject{{u"status_fields"_s, u"both"_s}});
    item = listItem();
    QVERIFY(item.contains(u"status"_s) && item.contains(u"status_type"_s));
    QCOMPARE(client.postJson(u"/_sandbox/bucksbus/store"_s, QJsonObject{{u"status_fields"_s, u"x"_s}}).status, 400);
}

QTEST_GUILESS_MAIN(TestBucksbusSandbox)
#include "tst_BucksbusSandbox.moc"
