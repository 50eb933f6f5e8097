// Gateway v10.2 (BucksBus) simulator over real loopback HTTP: withdrawals, dedicated addresses, transfers, signed
// webhooks and retries, the "500 after 30 s" fault, deterministic generation.
// Signatures are recomputed with QMessageAuthenticationCode, independently of the sandbox's OpenSSL helpers.

#include <QJsonArray>
#include <QTest>

#include "BucksbusTestSupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::sandbox;
using namespace paydesk::sandbox::test;

class TestBucksbusSandboxFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withdrawals();
    void dedicatedAddresses();
    void transfers();
    void webhooksSignedRetriedAndUnsigned();
    void timeout500AfterCommit();
    void deterministicGeneration();
    void generationScale();
};

void TestBucksbusSandboxFlows::withdrawals()
{
    auto server = startServer();
    Client client(server->baseUrl());
    const QString address = u"bc1qec0djsvjhh0dg8mvsxc4u0tvk49t9jh7vd7gzp"_s;
    auto withdraw = [&](const QJsonObject& body) { return api(client, "POST", u"/withdraw"_s, json(body)); };
    Reply reply = withdraw({{u"amount"_s, 0.001}, {u"asset_id"_s, u"BTC"_s}, {u"address"_s, address}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.object().value(u"code"_s).toString(), u"ERR_INSUFFICIENT_FUNDS"_s);
    // Fund the store: a paid payment.
    const QString id = api(client, "POST", u"/payment"_s, json({{u"amount"_s, 0.01}, {u"asset_id"_s, u"BTC"_s}}))
                           .object()
                           .value(u"payment_id"_s)
                           .toString();
    QCOMPARE(pay(client, id).object().value(u"status"_s).toString(), u"COMPLETE"_s);
    reply = withdraw({{u"amount"_s, 0.001}, {u"asset_id"_s, u"BTC"_s}, {u"address"_s, u"0xnot-bitcoin"_s}});
    QCOMPARE(reply.object().value(u"code"_s).toString(), u"ERR_INVALID_ADDRESS"_s);
    reply = withdraw({{u"amount"_s, 0.00001}, {u"asset_id"_s, u"BTC"_s}, {u"address"_s, address}});
    QCOMPARE(reply.object().value(u"code"_s).toString(), u"ERR_MIN_WITHDRAWAL"_s);
    reply = withdraw({{u"amount"_s, 0.001}, {u"asset_id"_s, u"BTC"_s}});
    QCOMPARE(reply.object().value(u"code"_s).toString(), u"ERR_VALIDATION"_s);

    reply = withdraw({{u"amount"_s, 0.004}, {u"asset_id"_s, u"BTC"_s}, {u"address"_s, address},
        {u"description"_s, u"payout"_s}, {u"custom"_s, QJsonObject{{u"k"_s, 1}}}});
    QCOMPARE(reply.status, 200);
    QJsonObject w = reply.object();
    const QString wid = w.value(u"withdraw_id"_s).toString();
    QCOMPARE(w.value(u"status"_s).toString(), u"OPEN"_s); // the example's name, not the table's status_type
    QCOMPARE(w.value(u"amount"_s).toString(), u"0.004"_s);
    QCOMPARE(w.value(u"fee"_s).toString(), u"0.0001"_s);
    QCOMPARE(w.value(u"fee_asset_id"_s).toString(), u"BTC"_s);
    QCOMPARE(w.value(u"address"_s).toString(), address);
    QCOMPARE(w.value(u"custom"_s).toString(), u"{\"k\":1}"_s);
    auto btcRow = [&] {
        for (const QJsonValue& row : api(client, "GET", u"/accounts"_s).object().value(u"accounts"_s).toArray()) {
            if (row.toObject().value(u"asset_id"_s).toString() == u"BTC")
                return row.toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(btcRow().value(u"on_hold"_s).toString(), u"0.0041"_s);
    QCOMPARE(btcRow().value(u"available"_s).toString(), u"0.0059"_s);
    QCOMPARE(btcRow().value(u"balance"_s).toString(), u"0.01"_s);
    // More than what is available now fails.
    reply = withdraw({{u"amount"_s, 0.0059}, {u"asset_id"_s, u"BTC"_s}, {u"address"_s, address}});
    QCOMPARE(reply.object().value(u"code"_s).toString(), u"ERR_INSUFFICIENT_FUNDS"_s);

    advance(client, 600); // withdraw_seconds default
    w = api(client, "GET", u"/withdraw/"_s + wid).object();
    QCOMPARE(w.value(u"status"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(w.value(u"status_name"_s).toString(), u"Completed"_s);
    QVERIFY(w.contains(u"complete_date"_s));
    QCOMPARE(btcRow().value(u"balance"_s).toString(), u"0.0059"_s);
    QCOMPARE(btcRow().value(u"on_hold"_s).toString(), u"0"_s);

    // A failed withdrawal returns the held funds. Fiat-denominated: 26.05 USD of BTC = 0.0010001155… → 0.00100012.
    reply = withdraw(
        {{u"amount"_s, 26.05}, {u"asset_id"_s, u"USD"_s}, {u"withdraw_asset_id"_s, u"BTC"_s}, {u"address"_s, address}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"amount"_s).toString(), u"0.00100012"_s);
    const QString failing = reply.object().value(u"withdraw_id"_s).toString();
    const Reply failed = client.postJson(u"/_sandbox/bucksbus/withdraw-fail"_s, QJsonObject{{u"id"_s, failing}});
    QCOMPARE(failed.object().value(u"status"_s).toString(), u"CANCEL"_s);
    QCOMPARE(btcRow().value(u"balance"_s).toString(), u"0.0059"_s);
    QCOMPARE(btcRow().value(u"on_hold"_s).toString(), u"0"_s);
}

void TestBucksbusSandboxFlows::dedicatedAddresses()
{
    auto server = startServer();
    Client client(server->baseUrl());
    Reply reply = api(client, "POST", u"/dedicate"_s,
        json({{u"asset_id"_s, u"USDT.TRC20"_s}, {u"payer_email"_s, u"name@email.com"_s},
            {u"description"_s, u"client 9"_s}}));
    QCOMPARE(reply.status, 200);
    QJsonObject d = reply.object();
    const QString dedicateId = d.value(u"dedicate_id"_s).toString();
    const QString address = d.value(u"address"_s).toString();
    QCOMPARE(d.value(u"dedicate_type"_s).toString(), u"USES"_s);
    QCOMPARE(d.value(u"address_alloc"_s).toString(), u"NEW"_s);
    QCOMPARE(d.value(u"status"_s).toString(), u"OPEN"_s);
    QVERIFY(address.startsWith(u'T'));
    // Two receipts on the address: two complete open-amount payments carrying the dedicate id.
    Reply paid = client.postJson(
        u"/_sandbox/pay"_s, QJsonObject{{u"gateway"_s, u"bucksbus"_s}, {u"id"_s, address}, {u"amount"_s, u"25"_s}});
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.object().value(u"status"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(paid.object().value(u"dedicate_id"_s).toString(), dedicateId);
    QCOMPARE(paid.object().value(u"address"_s).toString(), address);
    QCOMPARE(paid.object().value(u"payer_email"_s).toString(), u"name@email.com"_s);
    QCOMPARE(pay(client, dedicateId, u"5"_s).status, 200);
    QCOMPARE(pay(client, dedicateId).status, 409); // amount required
    QCOMPARE(
        api(client, "GET", u"/payments?from=2023-11-14&to=2023-11-14&dedicate_id="_s + dedicateId).array().size(), 2);
    // Release: status COMPLETE; the address takes no more payments; a second release is refused.
    reply = api(client, "POST", u"/dedicate/%1/release"_s.arg(dedicateId));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(reply.object().value(u"status_name"_s).toString(), u"Complete"_s);
    QCOMPARE(pay(client, dedicateId, u"5"_s).status, 409);
    QCOMPARE(api(client, "POST", u"/dedicate/%1/release"_s.arg(dedicateId)).object().value(u"code"_s),
        u"ERR_DEDICATE_RELEASED"_s);
    // POOL reuses the released address.
    reply = api(
        client, "POST", u"/dedicate"_s, json({{u"asset_id"_s, u"USDT.TRC20"_s}, {u"address_alloc"_s, u"POOL"_s}}));
    QCOMPARE(reply.object().value(u"address"_s).toString(), address);

    // ASSIGN: reserved for one payment at a time.
    reply = api(client, "POST", u"/dedicate"_s, json({{u"asset_id"_s, u"BTC"_s}, {u"dedicate_type"_s, u"ASSIGN"_s}}));
    const QString assignId = reply.object().value(u"dedicate_id"_s).toString();
    const QString assignAddress = reply.object().value(u"address"_s).toString();
    QCOMPARE(pay(client, assignId, u"1"_s).status, 409); // no payment holds it yet
    const Reply p1 = createPayment(client, {{u"dedicate_id"_s, assignId}});
    QCOMPARE(p1.status, 200);
    QCOMPARE(p1.object().value(u"address"_s).toString(), assignAddress);
    QCOMPARE(p1.object().value(u"dedicate_id"_s).toString(), assignId);
    QCOMPARE(createPayment(client, {{u"dedicate_id"_s, assignId}}).object().value(u"code"_s).toString(),
        u"ERR_DEDICATE_IN_USE"_s);
    QCOMPARE(createPayment(client, {{u"dedicate_id"_s, dedicateId}}).object().value(u"code"_s).toString(),
        u"ERR_DEDICATE_RELEASED"_s);
    paid = client.postJson(u"/_sandbox/pay"_s, QJsonObject{{u"gateway"_s, u"bucksbus"_s}, {u"id"_s, assignAddress}});
    QCOMPARE(paid.object().value(u"payment_id"_s), p1.object().value(u"payment_id"_s));
    QCOMPARE(paid.object().value(u"status"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(createPayment(client, {{u"dedicate_id"_s, assignId}}).status, 200); // free again
    QCOMPARE(api(client, "POST", u"/dedicate"_s, json({{u"asset_id"_s, u"USD"_s}})).status, 422);
    QCOMPARE(
        api(client, "POST", u"/dedicate"_s, json({{u"asset_id"_s, u"BTC"_s}, {u"dedicate_type"_s, u"X"_s}})).status,
        422);
}

void TestBucksbusSandboxFlows::transfers()
{
    auto server = startServer();
    Client client(server->baseUrl());
    const QString other = u"7c2e4d10-3a9b-4f6e-8b21-9e5f0a4c7d83"_s;
    auto transfer = [&](const QJsonObject& body) { return api(client, "POST", u"/transfer"_s, json(body)); };
    QCOMPARE(transfer({{u"to_store_id"_s, other}, {u"amount"_s, 30}, {u"asset_id"_s, u"USDT.ERC20"_s}})
                 .object()
                 .value(u"code"_s)
                 .toString(),
        u"ERR_INSUFFICIENT_FUNDS"_s);
    const QString id = api(client, "POST", u"/payment"_s, json({{u"amount"_s, 50}, {u"asset_id"_s, u"USDT.ERC20"_s}}))
                           .object()
                           .value(u"payment_id"_s)
                           .toString();
    pay(client, id);
    Reply reply = transfer({{u"to_store_id"_s, other}, {u"amount"_s, 30}, {u"asset_id"_s, u"USDT.ERC20"_s},
        {u"description"_s, u"api transfer"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(reply.object().value(u"amount"_s).toString(), u"30"_s);
    QCOMPARE(reply.object().value(u"to_store_id"_s).toString(), other);
    QCOMPARE(reply.object().value(u"description"_s).toString(), u"api transfer"_s);
    for (const QJsonValue& row : api(client, "GET", u"/accounts"_s).object().value(u"accounts"_s).toArray()) {
        if (row.toObject().value(u"asset_id"_s).toString() == u"USDT.ERC20")
            QCOMPARE(row.toObject().value(u"balance"_s).toString(), u"20"_s);
    }
    QCOMPARE(transfer({{u"to_store_id"_s, u"e5792528-d265-4813-8b59-055cdfef31b1"_s}, {u"amount"_s, 1},
                          {u"asset_id"_s, u"USDT.ERC20"_s}})
                 .object()
                 .value(u"code"_s)
                 .toString(),
        u"ERR_NO_STORE"_s);
    QCOMPARE(transfer({{u"to_store_id"_s, other}, {u"amount"_s, -1}, {u"asset_id"_s, u"USDT.ERC20"_s}}).status, 422);
}

void TestBucksbusSandboxFlows::webhooksSignedRetriedAndUnsigned()
{
    Receiver receiver;
    receiver.answers = {200, 500, 503}; // open: ok; complete: fails twice, then ok
    QVERIFY(receiver.listener.listen());
    auto server = startServer();
    Client client(server->baseUrl());
    QCOMPARE(client.postJson(u"/_sandbox/webhooks"_s, QJsonObject{{u"url"_s, receiver.url()}}).status, 200);
    const QString id = createPayment(client).object().value(u"payment_id"_s).toString();
    QTRY_COMPARE(receiver.hits.size(), 1);
    pay(client, id);
    QTRY_COMPARE(receiver.hits.size(), 2); // complete, answered 500
    QTest::qWait(200);
    QCOMPARE(receiver.hits.size(), 2); // retries wait for the sandbox clock
    // A retry is scheduled only once the previous answer is in: advance the clock until it comes (each check moves
    // it a minute on), so a slow machine cannot race the dispatcher.
    QTRY_VERIFY_WITH_TIMEOUT((advance(client, 60), receiver.hits.size() >= 3), 15'000); // answered 503
    QTRY_VERIFY_WITH_TIMEOUT((advance(client, 60), receiver.hits.size() >= 4), 15'000); // answered 200: done
    QCOMPARE(receiver.hits.size(), 4);
    advance(client, 7200);
    QTest::qWait(200);
    QCOMPARE(receiver.hits.size(), 4);

    for (const Receiver::Hit& hit : receiver.hits) {
        QVERIFY(hit.signed_);
        QCOMPARE(QString::fromLatin1(hit.signature), hmacHex("demo_webhook_secret", hit.body));
        const QJsonObject event = QJsonDocument::fromJson(hit.body).object();
        QCOMPARE(event.value(u"type"_s).toString(), u"notification"_s);
        QCOMPARE(event.value(u"payment"_s).toObject().value(u"payment_id"_s).toString(), id);
    }
    QCOMPARE(
        QJsonDocument::fromJson(receiver.hits.at(0).body).object().value(u"event"_s).toString(), u"payment.open"_s);
    const QJsonObject complete = QJsonDocument::fromJson(receiver.hits.at(1).body).object();
    QCOMPARE(complete.value(u"event"_s).toString(), u"payment.complete"_s);
    QCOMPARE(complete.value(u"payment"_s).toObject().value(u"status"_s).toString(), u"COMPLETE"_s);
    QVERIFY(receiver.hits.at(1).body.startsWith(R"({"type":"notification","event":"payment.complete","payment":{)"));
    QCOMPARE(receiver.hits.at(3).body, receiver.hits.at(1).body); // a retry resends the same bytes

    // A different secret signs differently; no secret: no header at all; the variant event name.
    client.postJson(u"/_sandbox/bucksbus/store"_s,
        QJsonObject{{u"webhook_secret"_s, u"other_secret"_s}, {u"complete_event"_s, u"payment.completed"_s}});
    const QString second = createPayment(client).object().value(u"payment_id"_s).toString();
    QTRY_COMPARE(receiver.hits.size(), 5);
    QCOMPARE(QString::fromLatin1(receiver.hits.at(4).signature), hmacHex("other_secret", receiver.hits.at(4).body));
    QVERIFY(
        QString::fromLatin1(receiver.hits.at(4).signature) != hmacHex("demo_webhook_secret", receiver.hits.at(4).body));
    client.postJson(u"/_sandbox/bucksbus/store"_s, QJsonObject{{u"webhook_secret"_s, u""_s}});
    pay(client, second);
    QTRY_COMPARE(receiver.hits.size(), 6);
    QVERIFY(!receiver.hits.at(5).signed_);
    QCOMPARE(QJsonDocument::fromJson(receiver.hits.at(5).body).object().value(u"event"_s).toString(),
        u"payment.completed"_s);

    // Expiry sends payment.cancel; a per-payment webhook_url overrides the store target.
    Receiver own;
    QVERIFY(own.listener.listen());
    createPayment(client, {{u"timeout"_s, 1}, {u"webhook_url"_s, own.url()}});
    QTRY_COMPARE(own.hits.size(), 1);
    advance(client, 61);
    QTRY_COMPARE(own.hits.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(own.hits.at(1).body).object().value(u"event"_s).toString(), u"payment.cancel"_s);
    QCOMPARE(receiver.hits.size(), 6);
}

void TestBucksbusSandboxFlows::timeout500AfterCommit()
{
    auto server = startServer();
    Client client(server->baseUrl());
    QCOMPARE(client.postJson(u"/_sandbox/bucksbus/timeout500"_s, QJsonObject{{u"delay_ms"_s, 400}}).status, 200);
    Reply reply = createPayment(client, {{u"custom"_s, u"first"_s}});
    QCOMPARE(reply.status, 500);
    QVERIFY(reply.elapsedMs >= 350);
    QCOMPARE(reply.object().value(u"code"_s).toString(), u"ERR_INTERNAL"_s);
    // Committed: the payment exists, found through the list by its custom field.
    QJsonArray list = api(client, "GET", u"/payments?from=2023-11-14&to=2023-11-14"_s).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(u"custom"_s).toString(), u"first"_s);
    QCOMPARE(list.at(0).toObject().value(u"status"_s).toString(), u"OPEN"_s);
    // Only once (count 1).
    QCOMPARE(createPayment(client).status, 200);
    // Outcome "cancel": the gateway gives up and cancels what it created.
    client.postJson(u"/_sandbox/bucksbus/timeout500"_s,
        QJsonObject{{u"delay_ms"_s, 50}, {u"outcome"_s, u"cancel"_s}, {u"count"_s, 1}});
    reply = createPayment(client, {{u"custom"_s, u"third"_s}});
    QCOMPARE(reply.status, 500);
    list = api(client, "GET", u"/payments?from=2023-11-14&to=2023-11-14&status=CANCEL"_s).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(u"custom"_s).toString(), u"third"_s);
    // The framework's error500AfterCommit answers with this gateway's body too.
    client.post(u"/_sandbox/faults"_s,
        R"({"method":"POST","path":"/bucksbus/int/payment","kind":"error500AfterCommit","delayMs":100})");
    reply = createPayment(client);
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.object().value(u"code"_s).toString(), u"ERR_INTERNAL"_s);
    QCOMPARE(server->gateway(u"bucksbus"_s)->paymentCount(), 4);
}

void TestBucksbusSandboxFlows::deterministicGeneration()
{
    QByteArray digest;
    QByteArray listBytes;
    QByteArray txBytes;
    for (int run = 0; run < 2; ++run) {
        auto server = startServer(3000, 42, 20);
        Client client(server->baseUrl());
        const QByteArray d = server->gateway(u"bucksbus"_s)->stateDigest();
        Reply list = api(client, "GET", u"/payments?from=2023-10-20&to=2023-11-14"_s);
        list.body.replace(server->baseUrl().toString().toUtf8(), "BASE"); // the port differs between runs
        QCOMPARE(list.array().size(), 3000);
        const QString first = list.array().at(100).toObject().value(u"payment_id"_s).toString();
        const QByteArray txs = api(client, "GET", u"/payment/%1/trxs"_s.arg(first)).body;
        if (run == 0) {
            digest = d;
            listBytes = list.body;
            txBytes = txs;
        } else {
            QCOMPARE(d, digest);
            QCOMPARE(list.body, listBytes);
            QCOMPARE(txs, txBytes);
        }
    }
    auto other = startServer(3000, 43, 20);
    QVERIFY(other->gateway(u"bucksbus"_s)->stateDigest() != digest);
    // History moved the balances and left withdrawals; reset brings the same data back.
    Client client(other->baseUrl());
    const QByteArray before = other->gateway(u"bucksbus"_s)->stateDigest();
    createPayment(client);
    QVERIFY(other->gateway(u"bucksbus"_s)->stateDigest() != before);
    client.post(u"/_sandbox/reset"_s);
    QCOMPARE(other->gateway(u"bucksbus"_s)->stateDigest(), before);
    const QJsonObject accounts = api(client, "GET", u"/accounts"_s).object();
    QVERIFY(accounts.value(u"balance"_s).toString() != u"0.00"_s);
    // Payments still open at the clock's start expire on the sandbox clock.
    const int open = api(client, "GET", u"/payments?from=2023-11-14&to=2023-11-14&status=OPEN"_s).array().size();
    QVERIFY(open > 0);
    advance(client, 2 * 86400);
    QCOMPARE(api(client, "GET", u"/payments?from=2023-10-20&to=2023-11-14&status=OPEN"_s).array().size(), 0);
}

void TestBucksbusSandboxFlows::generationScale()
{
    auto server = startServer(250000, 5, 90); // its speed is measured by paydesk-bench, not here
    QCOMPARE(server->gateway(u"bucksbus"_s)->paymentCount(), 250000);
    Client client(server->baseUrl());
    // One day of history (~2,800 payments) as a window: every item is from that day.
    const Reply list = api(client, "GET", u"/payments?from=2023-10-01&to=2023-10-01"_s);
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.array();
    QVERIFY(items.size() > 2000);
    for (const QJsonValue& item : items)
        QVERIFY(item.toObject().value(u"start_date"_s).toString().startsWith(u"2023-10-01"_s));
}

QTEST_GUILESS_MAIN(TestBucksbusSandboxFlows)
#include "tst_BucksbusSandboxFlows.moc"
