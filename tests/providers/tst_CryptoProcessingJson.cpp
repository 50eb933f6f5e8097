#include "providers/cryptoprocessing/CryptoProcessingJson.h"
#include "tests/support/TestData.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

Q_DECLARE_METATYPE(paydesk::ProviderError::Kind)
Q_DECLARE_METATYPE(paydesk::HttpResult::Outcome)
Q_DECLARE_METATYPE(paydesk::PaymentStatus)

namespace {

using paydesk::test::dec;

QByteArray fixture(const QString& name)
{
    return paydesk::test::fixture(u"cryptoprocessing"_s, name);
}

} // namespace

// CryptoProcessing mappers against the spec's reply and the v2 shapes (tests/data/cryptoprocessing/README.md).
class TstCryptoProcessingJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specPaymentRequest();
    void liveModeIsTheAccounts();
    void paymentRequestStatuses_data();
    void paymentRequestStatuses();
    void balances();
    void dedicatedAddress();
    void withdrawal();
    void transactionInfo();
    void transactionInfoBareNumbers();
    void withdrawalFromTransaction();
    void paymentRequestFromDeposit_data();
    void paymentRequestFromDeposit();
    void ping();
    void malformed_data();
    void malformed();
    void errors_data();
    void errors();
};

void TstCryptoProcessingJson::specPaymentRequest()
{
    const QByteArray json = fixture(u"payment-request.json"_s);
    const Result<Payment> result = CryptoProcessingJson::paymentRequest(json, u"acc-2"_s, true);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const Payment& p = result.value();
    QCOMPARE(p.accountId, u"acc-2"_s);
    QCOMPARE(p.gateway, Gateway::CryptoProcessing);
    QCOMPARE(p.id, u"0196f6a1-cab2-76fb-84c7-7e9ee9ddf6b4"_s);
    QVERIFY(p.amount.amount.isIdenticalTo(dec("100")));
    QCOMPARE(p.amount.currency, u"EUR"_s);
    QCOMPARE(p.rawStatus, u"created"_s);
    QCOMPARE(p.status, PaymentStatus::Pending);
    QCOMPARE(p.expires, QDateTime::fromSecsSinceEpoch(1731427200, Qt::UTC));
    QCOMPARE(p.orderId, u"order123_customer"_s);
    QCOMPARE(p.description, u"Order #123 payment"_s);
    QCOMPARE(p.paymentUrl, u"https://pay.cryptoprocessing.com/request/0196f6a1-cab2-76fb-84c7-7e9ee9ddf6b4"_s);
    QCOMPARE(p.payerEmail, u"[email protected]"_s);
    QVERIFY(!p.paid.isValid());
    // rawJson is the object inside "data", verbatim.
    QVERIFY(p.rawJson.startsWith("{\n\"id\": \"0196f6a1"));
    QVERIFY(p.rawJson.endsWith("\"url_store\": \"https://example.com/store\"\n}"));
    QVERIFY(json.contains(p.rawJson));
}

void TstCryptoProcessingJson::paymentRequestStatuses_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("status");
    QTest::newRow("created") << u"created"_s << int(PaymentStatus::Pending);
    QTest::newRow("processing") << u"processing"_s << int(PaymentStatus::Processing);
    QTest::newRow("paid") << u"paid"_s << int(PaymentStatus::Paid);
    QTest::newRow("failed") << u"failed"_s << int(PaymentStatus::Failed);
    QTest::newRow("expired") << u"expired"_s << int(PaymentStatus::Expired);
    QTest::newRow("unknown-kept") << u"on_hold"_s << int(PaymentStatus::Unknown);
}

void TstCryptoProcessingJson::paymentRequestStatuses()
{
    QFETCH(QString, raw);
    QFETCH(int, status);
    // Bare object (no envelope), currency as a plain string, payment_currency with a network, a numeric amount.
    const QByteArray json = R"({"id":"r1","amount":12.5,"currency":"usd","status":")" + raw.toUtf8()
        + R"(","life_time":"2024-11-12T16:00:00+03:00","payment_currency":{"iso":"USDT","network_name":"tron"}})";
    const Result<Payment> result = CryptoProcessingJson::paymentRequest(json, {}, true);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(int(result.value().status), status);
    QCOMPARE(result.value().rawStatus, raw);
    QVERIFY(result.value().amount.amount.isIdenticalTo(dec("12.5")));
    QCOMPARE(result.value().amount.currency, u"USD"_s);
    QCOMPARE(result.value().network, u"tron"_s);
    QCOMPARE(result.value().expires, QDateTime(QDate(2024, 11, 12), QTime(13, 0), Qt::UTC));
    QCOMPARE(result.value().rawJson, json);
}

void TstCryptoProcessingJson::balances()
{
    const QDateTime asOf = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const Result<QList<Balance>> result
        = CryptoProcessingJson::balances(fixture(u"accounts-list.json"_s), asOf, u"a"_s);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const QList<Balance>& list = result.value();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).currency, u"BTC"_s);
    QVERIFY(list.at(0).total.isIdenticalTo(dec("0.12345678")));
    QVERIFY(list.at(0).available.isIdenticalTo(dec("0.12345678")));
    QVERIFY(list.at(0).onHold.isZero());
    QCOMPARE(list.at(0).asOf, asOf);
    QCOMPARE(list.at(0).accountId, u"a"_s);
    QCOMPARE(list.at(0).gateway, Gateway::CryptoProcessing);
    QVERIFY(list.at(1).total.isIdenticalTo(dec("5973.97568920")));
    QVERIFY(list.at(2).total.isZero());
    QCOMPARE(list.at(2).total.toString(), u"0.00000000"_s);
    // A number in exponent form, exactly.
    QVERIFY(list.at(3).total.isIdenticalTo(dec("0.00000015")));
    QVERIFY(list.at(1).rawJson.startsWith("{\n            \"currency\": \"EUR\""));
    QVERIFY(list.at(1).rawJson.endsWith("\"balance\": \"5973.97568920\"\n        }"));
}

void TstCryptoProcessingJson::dedicatedAddress()
{
    const Result<DedicatedAddress> result = CryptoProcessingJson::dedicatedAddress(fixture(u"addresses-take.json"_s));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const DedicatedAddress& a = result.value();
    QCOMPARE(a.id, u"381738"_s); // a JSON number, kept as its text
    QCOMPARE(a.address, u"rDsbeomae4FXwgQTJp9Rs64Qg9vDiTCdBv"_s);
    QCOMPARE(a.tag, u"12345"_s);
    QCOMPARE(a.currency, u"XRP"_s);
    QCOMPARE(a.customerReference, u"customer-2048"_s);
    QCOMPARE(a.status, AddressStatus::Active);
    QVERIFY(a.rawStatus.isEmpty());

    // The vendor's own example has an unquoted tag: not JSON, so a Parse error rather than a guess.
    const Result<DedicatedAddress> odd
        = CryptoProcessingJson::dedicatedAddress(fixture(u"addresses-take-unquoted-tag.json"_s));
    QVERIFY(!odd.ok());
    QCOMPARE(odd.error().kind, ProviderError::Kind::Parse);
}

void TstCryptoProcessingJson::withdrawal()
{
    const Result<Withdrawal> result = CryptoProcessingJson::withdrawal(fixture(u"withdrawal-crypto.json"_s), u"a"_s);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const Withdrawal& w = result.value();
    QCOMPARE(w.id, u"2769144"_s);
    QCOMPARE(w.foreignId, u"wd-2024-0001"_s);
    QVERIFY(w.amount.amount.isIdenticalTo(dec("0.01000000")));
    QCOMPARE(w.amount.currency, u"ETH"_s);
    QCOMPARE(w.rawStatus, u"processing"_s);
    // Not among the transaction statuses of transactions/info, but the vendor's withdrawal/crypto example answers it.
    QCOMPARE(w.status, TransferStatus::Processing);
    QVERIFY(!w.fee.isValid());
}

void TstCryptoProcessingJson::transactionInfo()
{
    const Result<CryptoProcessingTransaction> result
        = CryptoProcessingJson::transaction(fixture(u"transactions-info.json"_s), u"a"_s);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const CryptoProcessingTransaction& t = result.value();
    QCOMPARE(t.id, u"2686563"_s);
    QCOMPARE(t.foreignId, u"order123_customer"_s);
    QCOMPARE(t.endUserReference, u"guest_user_17"_s);
    QCOMPARE(t.type, u"deposit"_s);
    QCOMPARE(t.rawStatus, u"confirmed"_s);
    QCOMPARE(t.status, TransferStatus::Succeeded);
    QCOMPARE(t.sent, (Money{dec("0.00213000"), u"BTC"_s}));
    QVERIFY(t.receivedAfterFees.amount.isIdenticalTo(dec("0.00210891")));
    QCOMPARE(t.addressId, u"381738"_s);
    QCOMPARE(t.address, u"39mFf3X46YzUtfdwVQpYXPCMydc74ccbAZ"_s);
    QVERIFY(t.tag.isEmpty());
    QCOMPARE(t.fees.size(), 1);
    QVERIFY(t.error.isEmpty());
    QCOMPARE(t.transactions.size(), 1);
    const BlockchainTx& tx = t.transactions.first();
    QCOMPARE(tx.txHash, u"3950ad8149421a850d01dff88f024810e363ac18c9e8dd9bc0b9116e7937ad93"_s);
    QCOMPARE(tx.confirmations, 3); // sent as the string "3"
    QCOMPARE(tx.amount, (Money{dec("0.00213000"), u"BTC"_s}));
    QCOMPARE(tx.toAddress, t.address);
    QCOMPARE(tx.accountId, u"a"_s);
    QCOMPARE(tx.gateway, Gateway::CryptoProcessing);
    QVERIFY(tx.rawJson.startsWith("{\n        \"id\": 714657"));
}

void TstCryptoProcessingJson::transactionInfoBareNumbers()
{
    const Result<CryptoProcessingTransaction> result
        = CryptoProcessingJson::transaction(fixture(u"transactions-info-bare-numbers.json"_s));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const CryptoProcessingTransaction& t = result.value();
    QCOMPARE(t.id, u"5120077"_s);
    QVERIFY(t.sent.amount.isIdenticalTo(dec("0.00025")));
    QVERIFY(t.received.amount.isIdenticalTo(dec("25000")));
    QVERIFY(!t.receivedAfterFees.isValid());
    QCOMPARE(t.fees.size(), 2);
    QVERIFY(t.fees.at(0).amount.isIdenticalTo(dec("0.00000512")));
    QCOMPARE(t.transactions.size(), 1);
    // A float txid cannot be a real hash; its token text is kept as sent, not rounded through double.
    QCOMPARE(t.transactions.first().txHash, u"1.234567890123456e+76"_s);
    QCOMPARE(t.transactions.first().confirmations, 0);
}

void TstCryptoProcessingJson::withdrawalFromTransaction()
{
    const Result<CryptoProcessingTransaction> t
        = CryptoProcessingJson::transaction(fixture(u"transactions-info-bare-numbers.json"_s));
    QVERIFY(t.ok());
    const Withdrawal w = CryptoProcessingJson::withdrawalFrom(t.value(), u"a"_s);
    QCOMPARE(w.id, u"5120077"_s);
    QCOMPARE(w.foreignId, u"wd-2024-0002"_s);
    QCOMPARE(w.status, TransferStatus::Succeeded);
    QCOMPARE(w.fee, (Money{dec("0.00000512"), u"BTC"_s}));
    QCOMPARE(w.txHash, u"1.234567890123456e+76"_s);
    QCOMPARE(w.address, u"tb1qexamplexexamplexexamplexexamplexq0l5s"_s);
    QCOMPARE(w.accountId, u"a"_s);
}

void TstCryptoProcessingJson::paymentRequestFromDeposit_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("foreignId");
    QTest::addColumn<QString>("depositStatus");
    QTest::addColumn<QString>("rawStatus");
    QTest::addColumn<PaymentStatus>("status");
    QTest::addColumn<bool>("changed");
    QTest::newRow("confirmed-is-paid") << u"deposit"_s << u"order123_customer"_s << u"confirmed"_s << u"paid"_s
                                       << PaymentStatus::Paid << true;
    QTest::newRow("exchange-pending-is-processing") << u"deposit_exchange"_s << u"order123_customer"_s << u"pending"_s
                                                    << u"processing"_s << PaymentStatus::Processing << true;
    QTest::newRow("not-confirmed-is-processing") << u"deposit"_s << u"order123_customer"_s << u"not_confirmed"_s
                                                 << u"processing"_s << PaymentStatus::Processing << true;
    QTest::newRow("cancelled-is-failed") << u"deposit"_s << u"order123_customer"_s << u"cancelled"_s << u"failed"_s
                                         << PaymentStatus::Failed << true;
    QTest::newRow("withdrawal-leaves-it") << u"withdrawal"_s << u"order123_customer"_s << u"confirmed"_s << u"created"_s
                                          << PaymentStatus::Pending << false;
    QTest::newRow("other-foreign-id-leaves-it")
        << u"deposit"_s << u"someone-else"_s << u"confirmed"_s << u"created"_s << PaymentStatus::Pending << false;
    QTest::newRow("unknown-status-leaves-it")
        << u"deposit"_s << u"order123_customer"_s << u"on_hold"_s << u"created"_s << PaymentStatus::Pending << false;
}

void TstCryptoProcessingJson::paymentRequestFromDeposit()
{
    QFETCH(QString, type);
    QFETCH(QString, foreignId);
    QFETCH(QString, depositStatus);
    QFETCH(QString, rawStatus);
    QFETCH(PaymentStatus, status);
    QFETCH(bool, changed);

    const Result<Payment> known
        = CryptoProcessingJson::paymentRequest(fixture(u"payment-request.json"_s), u"a"_s, true);
    QVERIFY(known.ok());
    QByteArray json = fixture(u"transactions-info.json"_s);
    json.replace("\"type\": \"deposit\"", QByteArray("\"type\": \"" + type.toUtf8() + '"'));
    json.replace("\"foreign_id\": \"order123_customer\"", QByteArray("\"foreign_id\": \"" + foreignId.toUtf8() + '"'));
    json.replace("\"status\": \"confirmed\"", QByteArray("\"status\": \"" + depositStatus.toUtf8() + '"'));
    const Result<CryptoProcessingTransaction> deposit = CryptoProcessingJson::transaction(json, u"a"_s);
    QVERIFY2(deposit.ok(), qPrintable(deposit.ok() ? QString() : deposit.error().message));
    QCOMPARE(deposit.value().type, type);
    QCOMPARE(deposit.value().rawStatus, depositStatus);

    const Payment p = CryptoProcessingJson::paymentRequestFromDeposit(known.value(), deposit.value());
    QCOMPARE(p.rawStatus, rawStatus);
    QCOMPARE(p.status, status);
    QCOMPARE(p.id, known.value().id);
    QCOMPARE(p.rawJson, known.value().rawJson); // the request's own JSON stays: the deposit is another object
    if (changed) {
        QCOMPARE(p.paid, deposit.value().received);
        QCOMPARE(p.address, u"39mFf3X46YzUtfdwVQpYXPCMydc74ccbAZ"_s);
        QCOMPARE(p.fee, (Money{dec("0.00002109"), u"BTC"_s})); // fees[] in the received currency
        QVERIFY(p.fee.amount.isIdenticalTo(dec("0.00002109")));
        QCOMPARE(p.credited, (Money{dec("0.00210891"), u"BTC"_s})); // amount_minus_fee
        QVERIFY(!p.exchangeRate.has_value());
    } else {
        QCOMPARE(p, known.value());
    }
}

void TstCryptoProcessingJson::ping()
{
    QVERIFY(CryptoProcessingJson::ping(fixture(u"ping.txt"_s)).ok());
    QVERIFY(CryptoProcessingJson::ping("\"OK\"\n").ok());
    QVERIFY(!CryptoProcessingJson::ping("").ok());
    QVERIFY(!CryptoProcessingJson::ping("<html>maintenance</html>").ok());
    QCOMPARE(CryptoProcessingJson::ping("NOK").error().kind, ProviderError::Kind::Parse);
}

void TstCryptoProcessingJson::malformed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    const QByteArray request = fixture(u"payment-request.json"_s);
    QTest::newRow("truncated") << u"payment"_s << request.left(request.size() / 2) << QString();
    QTest::newRow("empty") << u"payment"_s << QByteArray() << QString();
    QTest::newRow("no-id") << u"payment"_s
                           << QByteArray(R"({"data":{"amount":"1","currency":{"iso":"EUR"},"status":"created"}})")
                           << u"id"_s;
    QTest::newRow("amount-exponent-too-long")
        << u"payment"_s
        << QByteArray(R"({"data":{"id":"x","amount":"1e-60","currency":{"iso":"EUR"},"status":"created"}})")
        << u"amount"_s;
    QTest::newRow("amount-not-numeric")
        << u"payment"_s
        << QByteArray(R"({"data":{"id":"x","amount":"ten","currency":{"iso":"EUR"},"status":"created"}})")
        << u"amount"_s;
    QTest::newRow("no-currency") << u"payment"_s << QByteArray(R"({"data":{"id":"x","amount":"1","status":"created"}})")
                                 << u"currency"_s;
    QTest::newRow("life-time-garbage")
        << u"payment"_s
        << QByteArray(R"({"data":{"id":"x","amount":"1","currency":"EUR","status":"created","life_time":"tomorrow"}})")
        << u"life_time"_s;
    QTest::newRow("balances-not-list") << u"balances"_s << QByteArray(R"({"data":{"BTC":"1"}})") << QString();
    QTest::newRow("balance-missing") << u"balances"_s << QByteArray(R"({"data":[{"currency":"BTC"}]})") << u"balance"_s;
    QTest::newRow("address-missing") << u"address"_s << QByteArray(R"({"data":{"id":1,"currency":"BTC"}})")
                                     << u"address"_s;
    QTest::newRow("withdrawal-no-status")
        << u"withdrawal"_s << QByteArray(R"({"data":{"id":1,"amount":"1","receiver_currency":"BTC"}})") << u"status"_s;
    QTest::newRow("transaction-bad-confirmations")
        << u"transaction"_s
        << QByteArray(R"({"id":1,"status":"pending","transactions":[{"txid":"t","confirmations":"many"}]})")
        << u"confirmations"_s;
    QTest::newRow("transaction-transactions-not-list")
        << u"transaction"_s << QByteArray(R"({"id":1,"status":"pending","transactions":{"txid":"t"}})")
        << u"transactions"_s;
}

void TstCryptoProcessingJson::malformed()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    ProviderError error;
    bool ok = true;
    if (kind == u"payment"_s) {
        const auto r = CryptoProcessingJson::paymentRequest(json, {}, true);
        ok = r.ok();
        if (!ok)
            error = r.error();
    } else if (kind == u"balances"_s) {
        const auto r = CryptoProcessingJson::balances(json, QDateTime::currentDateTimeUtc());
        ok = r.ok();
        if (!ok)
            error = r.error();
    } else if (kind == u"address"_s) {
        const auto r = CryptoProcessingJson::dedicatedAddress(json);
        ok = r.ok();
        if (!ok)
            error = r.error();
    } else if (kind == u"withdrawal"_s) {
        const auto r = CryptoProcessingJson::withdrawal(json);
        ok = r.ok();
        if (!ok)
            error = r.error();
    } else {
        const auto r = CryptoProcessingJson::transaction(json);
        ok = r.ok();
        if (!ok)
            error = r.error();
    }
    QVERIFY(!ok);
    QCOMPARE(error.kind, ProviderError::Kind::Parse);
    QVERIFY(!error.message.isEmpty());
    if (!field.isEmpty())
        QCOMPARE(error.field, field);
}

void TstCryptoProcessingJson::errors_data()
{
    QTest::addColumn<HttpResult::Outcome>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("creating");
    QTest::addColumn<ProviderError::Kind>("kind");
    QTest::addColumn<QString>("providerCode");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<bool>("outcomeUnknown");

    using O = HttpResult::Outcome;
    using K = ProviderError::Kind;
    QTest::newRow("400-fields") << O::Completed << 400 << fixture(u"error-400-fields.json"_s) << false << K::Validation
                                << QString() << u"currency_from"_s << u"The selected currency to is invalid."_s
                                << false;
    QTest::newRow("400-list-of-messages")
        << O::Completed << 400 << QByteArray(R"({"errors":{"amount":["The amount must be at least 0.001."]}})") << true
        << K::Validation << QString() << u"amount"_s << u"at least 0.001"_s << false;
    QTest::newRow("400-bad-content-format")
        << O::Completed << 400 << fixture(u"error-400-bad-content-format.json"_s) << true << K::Validation
        << u"bad_content_format"_s << QString() << u"Bad content format"_s << false;
    QTest::newRow("403-signature") << O::Completed << 403 << fixture(u"error-403-signature.json"_s) << true << K::Auth
                                   << u"bad_header_signature"_s << QString() << u"Bad signature"_s << false;
    QTest::newRow("400-key-code-is-auth")
        << O::Completed << 400 << QByteArray(R"({"error":"Key missing","code":"required_header_key"})") << false
        << K::Auth << u"required_header_key"_s << QString() << u"Key missing"_s << false;
    QTest::newRow("400-foreign-id-taken-is-conflict")
        << O::Completed << 400
        << QByteArray(
               R"({"errors":{"amount":"Insufficient funds.","foreign_id":"The foreign id has already been taken."}})")
        << true << K::Conflict << QString() << u"foreign_id"_s << u"already been taken"_s << false;
    QTest::newRow("400-foreign-id-other-rule-stays-validation")
        << O::Completed << 400 << QByteArray(R"({"errors":{"foreign_id":"The foreign id field is required."}})") << true
        << K::Validation << QString() << u"foreign_id"_s << u"is required"_s << false;
    QTest::newRow("401") << O::Completed << 401 << QByteArray() << false << K::Auth << QString() << QString()
                         << u"401"_s << false;
    QTest::newRow("404") << O::Completed << 404 << QByteArray(R"({"errors":{"id":"Not found"}})") << false
                         << K::NotFound << QString() << u"id"_s << u"Not found"_s << false;
    QTest::newRow("429") << O::Completed << 429 << QByteArray(R"({"errors":{"error":"Too many requests"}})") << false
                         << K::RateLimited << QString() << u"error"_s << u"Too many"_s << false;
    QTest::newRow("500-create") << O::Completed << 500 << QByteArray("Internal Server Error") << true << K::Server
                                << QString() << QString() << u"500"_s << true;
    QTest::newRow("502-get") << O::Completed << 502 << QByteArray() << false << K::Server << QString() << QString()
                             << u"502"_s << false;
    QTest::newRow("timeout-create") << O::Timeout << 0 << QByteArray() << true << K::Timeout << QString() << QString()
                                    << QString() << true;
    QTest::newRow("truncated-create") << O::Truncated << 201 << QByteArray(R"({"data":{"id":)") << true << K::Parse
                                      << QString() << QString() << QString() << true;
    QTest::newRow("tls") << O::Tls << 0 << QByteArray() << true << K::Tls << QString() << QString() << QString()
                         << false;
}

void TstCryptoProcessingJson::errors()
{
    QFETCH(HttpResult::Outcome, outcome);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, creating);
    QFETCH(ProviderError::Kind, kind);
    QFETCH(QString, providerCode);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    QFETCH(bool, outcomeUnknown);

    HttpResult result;
    result.outcome = outcome;
    result.status = status;
    result.body = body;
    const ProviderError error = CryptoProcessingJson::errorFrom(result, creating);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.providerCode, providerCode);
    QCOMPARE(error.field, field);
    QCOMPARE(error.outcomeUnknown, outcomeUnknown);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
}

void TstCryptoProcessingJson::liveModeIsTheAccounts()
{
    // CryptoProcessing objects carry no mode: the account's (production or sandbox host) decides.
    for (const bool live : {false, true}) {
        const auto payment = CryptoProcessingJson::paymentRequest(fixture(u"payment-request.json"_s), u"a"_s, live);
        QVERIFY(payment.ok());
        QCOMPARE(payment.value().liveMode, live);
    }
}

QTEST_APPLESS_MAIN(TstCryptoProcessingJson)

#include "tst_CryptoProcessingJson.moc"
