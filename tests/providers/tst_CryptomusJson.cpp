#include "core/Decimal.h"
#include "providers/cryptomus/CryptomusJson.h"
#include "tests/support/TestData.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(paydesk::PaymentStatus)
Q_DECLARE_METATYPE(paydesk::TransferStatus)

using namespace paydesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray fixture(const QString& name)
{
    return paydesk::test::fixture(u"cryptomus"_s, name);
}

// The same reply with its currency codes in lower case, as a gateway may send them.
QByteArray lowerCaseCodes(QByteArray json)
{
    for (const char* code : {"USDT", "USD", "BTC", "ETH"}) {
        const QByteArray upper = QByteArray("\"").append(code).append('"');
        json.replace(upper, upper.toLower());
    }
    return json;
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TstCryptomusJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdInvoice();
    void liveModeIsTheAccounts();
    void currencyCodesBecomeUpperCase();
    void paidInvoice();
    void creditedAndCommission();
    void statuses_data();
    void statuses();
    void paymentPages();
    void balances();
    void wallets();
    void payouts();
    void acceptedAndRefused();
    void refundShownOnThePayment_data();
    void refundShownOnThePayment();
    void malformed_data();
    void malformed();
    void errors_data();
    void errors();
};

void TstCryptomusJson::createdInvoice()
{
    const auto result = CryptomusJson::payment(fixture(u"payment-create.json"_s), true);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const Payment& p = result.value();
    QCOMPARE(p.gateway, Gateway::Cryptomus);
    QCOMPARE(p.id, u"26109ba0-b05b-4ee0-93d1-fd62c822ce95"_s);
    QCOMPARE(p.orderId, u"1"_s);
    QCOMPARE(p.amount.amount.toString(), u"15.00"_s);
    QCOMPARE(p.amount.currency, u"USD"_s);
    QVERIFY(!p.payAmount.isValid()); // payer_amount null: not a silent zero
    QVERIFY(!p.paid.isValid());
    QVERIFY(!p.credited.isValid()); // merchant_amount null until the payer currency is known
    QVERIFY(!p.fee.isValid());
    QVERIFY(!p.exchangeRate.has_value());
    QCOMPARE(p.rawStatus, u"check"_s);
    QCOMPARE(p.status, PaymentStatus::Pending);
    QCOMPARE(p.paymentUrl, u"https://pay.cryptomus.com/pay/26109ba0-b05b-4ee0-93d1-fd62c822ce95"_s);
    // "+03:00" offsets and Unix seconds become UTC.
    QCOMPARE(p.created, utc("2023-07-11T17:23:52Z"));
    QCOMPARE(p.created.timeSpec(), Qt::UTC);
    QCOMPARE(p.updated, utc("2023-07-11T18:24:17Z"));
    QCOMPARE(p.expires, QDateTime::fromSecsSinceEpoch(1689098133, Qt::UTC));
    QVERIFY(p.liveMode);
    // rawJson is the "result" object's own bytes.
    QVERIFY(p.rawJson.startsWith('{'));
    QVERIFY(fixture(u"payment-create.json"_s).contains(p.rawJson));
    QCOMPARE(QJsonDocument::fromJson(p.rawJson).object().value(u"uuid"_s).toString(), p.id);
}

void TstCryptomusJson::paidInvoice()
{
    const auto result = CryptomusJson::payment(fixture(u"payment-info-paid.json"_s), true);
    QVERIFY(result.ok());
    const Payment& p = result.value();
    QCOMPARE(p.status, PaymentStatus::Paid);
    QCOMPARE(p.payAmount.amount.toString(), u"20.00000000"_s);
    QCOMPARE(p.payAmount.currency, u"USDT"_s);
    QCOMPARE(p.paid.amount.toString(), u"20.00000000"_s);
    QCOMPARE(p.network, u"tron"_s);
    QCOMPARE(p.address, u"TXhfYSWYmGGJgYMRdnmJdcMwSfZMYgdgXH"_s);
    QCOMPARE(p.description, u"Заказ 1"_s);
    QCOMPARE(p.paymentUrl, u"https://pay.cryptomus.com/pay/70b8db5c-b952-406d-9c2c-8e5b4d6d2c3e"_s); // "\/" decoded
    QVERIFY(p.rawJson.contains(R"(https:\/\/pay.cryptomus.com)")); // …but kept verbatim in rawJson
}

void TstCryptomusJson::creditedAndCommission()
{
    const QByteArray json = fixture(u"payment-info-paid.json"_s);
    const auto paid = CryptomusJson::payment(json, true);
    QVERIFY(paid.ok());
    QVERIFY(paid.value().credited.amount.isIdenticalTo(*Decimal::fromString(u"19.60000000"))); // merchant_amount
    QCOMPARE(paid.value().credited.currency, u"USDT"_s);
    QVERIFY(!paid.value().fee.isValid()); // no commission in the reply: not computed as 20 - 19.6
    QVERIFY(!paid.value().exchangeRate.has_value());
    QVERIFY(!paid.value().paidValue.isValid());

    // A reply (or webhook) that carries the commission gives the fee, in the payer currency.
    QByteArray withCommission = json;
    withCommission.replace("\"merchant_amount\"", "\"commission\":\"0.40000000\",\"merchant_amount\"");
    const auto charged = CryptomusJson::payment(withCommission, true);
    QVERIFY2(charged.ok(), qPrintable(charged.ok() ? QString() : charged.error().message));
    QVERIFY(charged.value().fee.amount.isIdenticalTo(*Decimal::fromString(u"0.40000000")));
    QCOMPARE(charged.value().fee.currency, u"USDT"_s);

    // Informational fields never make the invoice unreadable.
    QByteArray odd = json;
    odd.replace("\"merchant_amount\":\"19.60000000\"", "\"merchant_amount\":\"\"");
    const auto oddResult = CryptomusJson::payment(odd, true);
    QVERIFY(oddResult.ok());
    QVERIFY(!oddResult.value().credited.isValid());
}

void TstCryptomusJson::statuses_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<PaymentStatus>("expected");
    QTest::newRow("check") << QByteArray("check") << PaymentStatus::Pending;
    QTest::newRow("wrong_amount_waiting") << QByteArray("wrong_amount_waiting") << PaymentStatus::Underpaid;
    QTest::newRow("paid_over") << QByteArray("paid_over") << PaymentStatus::Overpaid;
    QTest::newRow("refund_paid") << QByteArray("refund_paid") << PaymentStatus::Refunded;
    QTest::newRow("unknown-kept") << QByteArray("partially_held") << PaymentStatus::Unknown;
}

void TstCryptomusJson::statuses()
{
    QFETCH(QByteArray, status);
    QFETCH(PaymentStatus, expected);
    const QByteArray json = fixture(u"payment-unknown-status.json"_s).replace("partially_held", status);
    const auto result = CryptomusJson::payment(json, true);
    QVERIFY(result.ok());
    QCOMPARE(result.value().status, expected);
    QCOMPARE(result.value().rawStatus, QString::fromLatin1(status));
}

void TstCryptomusJson::paymentPages()
{
    const QByteArray json = fixture(u"payment-list.json"_s);
    const auto result = CryptomusJson::paymentPage(json, true);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const CryptomusPage<Payment>& page = result.value();
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items.at(0).status, PaymentStatus::Underpaid);
    QCOMPARE(page.items.at(1).status, PaymentStatus::Cancelled);
    QCOMPARE(page.items.at(1).orderId, u"A2"_s);
    QVERIFY(json.contains(page.items.at(0).rawJson)); // each item's own bytes
    QVERIFY(json.contains(page.items.at(1).rawJson));
    QCOMPARE(page.nextCursor, u"eyJpZCI6MjcxMzQsIl9wb2ludHNUb05leHRJdGVtcyI6dHJ1ZX0"_s);
    QVERIFY(page.previousCursor.isEmpty());
    QVERIFY(page.hasPages);
    QCOMPARE(page.count, 2);
    QCOMPARE(page.perPage, 2);

    const auto last = CryptomusJson::paymentPage(fixture(u"payment-list-last.json"_s), true);
    QVERIFY(last.ok());
    QVERIFY(last.value().items.isEmpty());
    QVERIFY(last.value().nextCursor.isEmpty()); // null: the last page
    QVERIFY(!last.value().hasPages);
}

void TstCryptomusJson::balances()
{
    const auto result = CryptomusJson::balances(fixture(u"balance.json"_s));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().size(), 2); // merchant wallets only, not the personal "user" ones
    QCOMPARE(result.value().at(0).currency, u"ETH"_s);
    QCOMPARE(result.value().at(0).total.toString(), u"0.40000000"_s);
    QCOMPARE(result.value().at(1).currency, u"USDT"_s);
    QCOMPARE(result.value().at(1).available.toString(), u"1250.750000"_s);
    QVERIFY(result.value().at(1).onHold.isZero());
    QCOMPARE(result.value().at(1).gateway, Gateway::Cryptomus);
    QVERIFY(CryptomusJson::accountTest(fixture(u"balance.json"_s)).ok());
    QVERIFY(!CryptomusJson::accountTest(R"({"state":0,"result":[{"balance":{}}]})").ok());
}

void TstCryptomusJson::wallets()
{
    const auto wallet = CryptomusJson::staticWallet(fixture(u"wallet.json"_s));
    QVERIFY(wallet.ok());
    QCOMPARE(wallet.value().id, u"9d7d7f2e-67f6-4cfe-8b25-1b0f5c1e0a11"_s); // the static wallet's uuid
    QCOMPARE(wallet.value().address, u"TK8kfrTMXkcHHTHqCtkemZ9xqPCNHFybqk"_s);
    QCOMPARE(wallet.value().network, u"tron"_s);
    QCOMPARE(wallet.value().currency, u"USDT"_s);
    QCOMPARE(wallet.value().status, AddressStatus::Active);

    const auto blocked = CryptomusJson::blockedWallet(fixture(u"block-address.json"_s));
    QVERIFY(blocked.ok());
    QCOMPARE(blocked.value().id, u"9d7d7f2e-67f6-4cfe-8b25-1b0f5c1e0a11"_s);
    QCOMPARE(blocked.value().rawStatus, u"blocked"_s);
    QCOMPARE(blocked.value().status, AddressStatus::Released);
}

void TstCryptomusJson::payouts()
{
    const auto created = CryptomusJson::payout(fixture(u"payout-create-numbers.json"_s));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(created.value().id, u"a7c0caec-a594-4aaa-b1c4-77d511857594"_s);
    QCOMPARE(created.value().amount.amount.toString(), u"3"_s);
    QCOMPARE(created.value().status, TransferStatus::Pending); // "status": null on a fresh payout
    QVERIFY(created.value().rawStatus.isEmpty());

    const auto page = CryptomusJson::payoutPage(fixture(u"payout-list.json"_s));
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
    QCOMPARE(page.value().items.size(), 2);
    const Withdrawal& paid = page.value().items.at(0);
    QCOMPARE(paid.status, TransferStatus::Succeeded);
    QCOMPARE(paid.fee.amount.toString(), u"1.00000000"_s);
    QCOMPARE(paid.txHash, u"9bcd"_s);
    QCOMPARE(paid.foreignId, u"W-1"_s);
    QCOMPARE(paid.created, utc("2023-07-12T07:00:00Z"));
    QCOMPARE(page.value().items.at(1).status, TransferStatus::Failed);
    QCOMPARE(page.value().items.at(1).foreignId, u"12345"_s); // a numeric order_id keeps its digits
    QVERIFY(page.value().nextCursor.isEmpty());
}

void TstCryptomusJson::acceptedAndRefused()
{
    QVERIFY(CryptomusJson::accepted(fixture(u"refund.json"_s)).ok());
    // state 1 with HTTP 200 is still a refusal.
    const auto refused = CryptomusJson::accepted(fixture(u"error-422-message.json"_s));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(refused.error().message, u"The network was not found"_s);
    const auto payment = CryptomusJson::payment(fixture(u"error-422-errors.json"_s), true);
    QVERIFY(!payment.ok());
    QCOMPARE(payment.error().field, u"amount"_s);
    // A refusal with an empty or blank message still says something (found by fuzz_cryptomusjson).
    for (const QByteArray& body :
        {QByteArray(R"({"state":1,"message":""})"), QByteArray(R"({"state":1,"message":" "})")}) {
        const auto blank = CryptomusJson::accepted(body);
        QVERIFY(!blank.ok());
        QCOMPARE(blank.error().kind, ProviderError::Kind::Validation);
        QCOMPARE(blank.error().message, u"Cryptomus refused the request."_s);
    }
}

void TstCryptomusJson::refundShownOnThePayment_data()
{
    QTest::addColumn<QString>("rawStatus");
    QTest::addColumn<bool>("hasRefund");
    QTest::addColumn<TransferStatus>("status");
    QTest::newRow("refund_process") << u"refund_process"_s << true << TransferStatus::Processing;
    QTest::newRow("refund_paid") << u"refund_paid"_s << true << TransferStatus::Succeeded;
    QTest::newRow("refund_fail") << u"refund_fail"_s << true << TransferStatus::Failed;
    QTest::newRow("paid") << u"paid"_s << false << TransferStatus::Unknown;
    QTest::newRow("check") << u"check"_s << false << TransferStatus::Unknown;
    QTest::newRow("locked") << u"locked"_s << false << TransferStatus::Unknown;
}

void TstCryptomusJson::refundShownOnThePayment()
{
    QFETCH(QString, rawStatus);
    QFETCH(bool, hasRefund);
    QFETCH(TransferStatus, status);
    auto payment = CryptomusJson::payment(fixture(u"payment-info-paid.json"_s), true);
    QVERIFY(payment.ok());
    Payment p = payment.value();
    p.accountId = u"acc-7"_s;
    p.rawStatus = rawStatus;
    const std::optional<Refund> refund = CryptomusJson::refundOf(p);
    QCOMPARE(refund.has_value(), hasRefund);
    if (!hasRefund)
        return;
    QCOMPARE(refund->status, status);
    QCOMPARE(refund->rawStatus, rawStatus);
    QCOMPARE(refund->id, p.id); // one refund per payment: keyed by the payment
    QCOMPARE(refund->paymentId, p.id);
    QCOMPARE(refund->accountId, u"acc-7"_s);
    QCOMPARE(refund->gateway, Gateway::Cryptomus);
    QCOMPARE(refund->amount, p.paid); // the whole payment, in the payer's currency
    QCOMPARE(refund->updated, p.updated);
    QVERIFY(refund->address.isEmpty()); // payment/info does not show where the refund goes
}

void TstCryptomusJson::malformed_data()
{
    const QByteArray good = fixture(u"payment-create.json"_s);
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << good.left(good.size() - 10);
    QTest::newRow("html") << QByteArray("<html>502</html>");
    QTest::newRow("no-state") << QByteArray(R"({"result":{}})");
    QTest::newRow("no-result") << QByteArray(R"({"state":0})");
    QTest::newRow("null-result") << QByteArray(R"({"state":0,"result":null})");
    QTest::newRow("no-uuid") << QByteArray(good).replace("\"uuid\"", "\"id\"");
    QTest::newRow("no-currency") << QByteArray(good).replace("\"currency\": \"USD\"", "\"currency\": null");
    QTest::newRow("bad-amount") << QByteArray(good).replace("\"15.00\"", "\"15,00\"");
    QTest::newRow("bad-time") << QByteArray(good).replace("2023-07-11T20:23:52+03:00", "11.07.2023");
    QTest::newRow("bad-expiry") << QByteArray(good).replace("1689098133", "\"soon\"");
}

void TstCryptomusJson::malformed()
{
    QFETCH(QByteArray, json);
    const auto result = CryptomusJson::payment(json, true);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ProviderError::Kind::Parse);
    QVERIFY(!result.error().message.isEmpty());
}

void TstCryptomusJson::errors_data()
{
    using Kind = ProviderError::Kind;
    using Outcome = HttpResult::Outcome;
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("creating");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("outcomeUnknown");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    auto row = [](const char* name, Outcome outcome, int status, QByteArray body, bool creating, Kind kind,
                   bool unknown, QString field = {}, QString message = {}) {
        QTest::newRow(name) << int(outcome) << status << body << creating << int(kind) << unknown << field << message;
    };
    row("timeout-creating", Outcome::Timeout, 0, {}, true, Kind::Timeout, true);
    row("truncated", Outcome::Truncated, 200, "{\"state\":0,", true, Kind::Parse, true);
    row("422-errors", Outcome::Completed, 422, fixture(u"error-422-errors.json"_s), true, Kind::Validation, false,
        u"amount"_s, u"amount: validation.required"_s);
    row("422-message", Outcome::Completed, 422, fixture(u"error-422-message.json"_s), true, Kind::Validation, false, {},
        u"The network was not found"_s);
    row("422-payment-not-found", Outcome::Completed, 422, R"({"state":1,"message":"Payment was not found"})", false,
        Kind::NotFound, false, {}, u"Payment was not found"_s);
    row("422-invalid-sign", Outcome::Completed, 422, R"({"state":1,"message":"Invalid Sign"})", false, Kind::Auth,
        false, {}, u"Invalid Sign"_s);
    row("401", Outcome::Completed, 401, R"({"message":"Unauthenticated"})", false, Kind::Auth, false, {},
        u"Unauthenticated"_s);
    row("429", Outcome::Completed, 429, {}, false, Kind::RateLimited, false);
    row("500-creating", Outcome::Completed, 500, fixture(u"error-500.json"_s), true, Kind::Server, true, {},
        u"Server error, #1"_s);
    row("500-lookup", Outcome::Completed, 500, fixture(u"error-500.json"_s), false, Kind::Server, false, {},
        u"Server error, #1"_s);
    row("200-state-1", Outcome::Completed, 200, R"({"state":1,"message":"You are forbidden"})", true, Kind::Validation,
        false, {}, u"You are forbidden"_s);
}

void TstCryptomusJson::errors()
{
    QFETCH(int, outcome);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, creating);
    QFETCH(int, kind);
    QFETCH(bool, outcomeUnknown);
    QFETCH(QString, field);
    QFETCH(QString, message);
    HttpResult result;
    result.outcome = static_cast<HttpResult::Outcome>(outcome);
    result.status = status;
    result.body = body;
    const ProviderError error = CryptomusJson::errorFrom(result, creating);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.outcomeUnknown, outcomeUnknown);
    QCOMPARE(error.field, field);
    QCOMPARE(error.httpStatus, status);
    if (!message.isEmpty())
        QCOMPARE(error.message, message);
    QVERIFY(!error.message.isEmpty());
    if (status == 500)
        QCOMPARE(error.providerCode, u"500"_s);
}

void TstCryptomusJson::liveModeIsTheAccounts()
{
    // A Cryptomus invoice carries no mode: a test account's invoices are test invoices, never income.
    for (const bool live : {false, true}) {
        QCOMPARE(CryptomusJson::payment(fixture(u"payment-create.json"_s), live).value().liveMode, live);
        const auto page = CryptomusJson::paymentPage(fixture(u"payment-list.json"_s), live);
        QVERIFY(page.ok());
        QVERIFY(!page.value().items.isEmpty());
        for (const Payment& p : page.value().items)
            QCOMPARE(p.liveMode, live);
    }
}

void TstCryptomusJson::currencyCodesBecomeUpperCase()
{
    const QByteArray paidJson = lowerCaseCodes(fixture(u"payment-info-paid.json"_s));
    QVERIFY(paidJson.contains("\"usdt\""));
    const auto paid = CryptomusJson::payment(paidJson, true);
    QVERIFY(paid.ok());
    QCOMPARE(paid.value().amount.currency, u"USDT"_s);
    QCOMPARE(paid.value().payAmount.currency, u"USDT"_s);
    QCOMPARE(paid.value().paid.currency, u"USDT"_s);
    if (paid.value().credited.isValid())
        QCOMPARE(paid.value().credited.currency, u"USDT"_s);

    const auto page = CryptomusJson::paymentPage(lowerCaseCodes(fixture(u"payment-list.json"_s)), true);
    QVERIFY(page.ok());
    for (const Payment& p : page.value().items) {
        QCOMPARE(p.amount.currency, p.amount.currency.toUpper());
        QCOMPARE(p.payAmount.currency, p.payAmount.currency.toUpper());
        QCOMPARE(p.paid.currency, p.paid.currency.toUpper());
    }

    const auto balances = CryptomusJson::balances(lowerCaseCodes(fixture(u"balance.json"_s)));
    QVERIFY(balances.ok());
    QCOMPARE(balances.value().at(0).currency, u"ETH"_s);
    QCOMPARE(balances.value().at(1).currency, u"USDT"_s);

    const auto wallet = CryptomusJson::staticWallet(lowerCaseCodes(fixture(u"wallet.json"_s)));
    QVERIFY(wallet.ok());
    QCOMPARE(wallet.value().currency, u"USDT"_s);

    const auto payout = CryptomusJson::payout(lowerCaseCodes(fixture(u"payout-create-numbers.json"_s)));
    QVERIFY(payout.ok());
    QCOMPARE(payout.value().amount.currency, u"USDT"_s);
    const auto payouts = CryptomusJson::payoutPage(lowerCaseCodes(fixture(u"payout-list.json"_s)));
    QVERIFY(payouts.ok());
    for (const Withdrawal& w : payouts.value().items) {
        QCOMPARE(w.amount.currency, u"USDT"_s);
        if (w.fee.isValid())
            QCOMPARE(w.fee.currency, u"USDT"_s);
    }
}

QTEST_APPLESS_MAIN(TstCryptomusJson)

#include "tst_CryptomusJson.moc"
