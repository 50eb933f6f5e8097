#include "providers/cryptocom/CryptoComJson.h"
#include "tests/support/TestData.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

Q_DECLARE_METATYPE(paydesk::PaymentStatus)
Q_DECLARE_METATYPE(paydesk::TransferStatus)
Q_DECLARE_METATYPE(paydesk::ProviderError::Kind)
Q_DECLARE_METATYPE(paydesk::HttpResult::Outcome)

namespace {

using paydesk::test::dec;

QByteArray fixture(const QString& name)
{
    return paydesk::test::fixture(u"cryptocom"_s, name);
}

} // namespace

// Crypto.com Pay mappers against the spec's own response examples (tests/data/cryptocom/README.md).
class TstCryptoComJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void payments_data();
    void payments();
    void specPaymentFields();
    void liveModeWithoutTheFieldIsTheAccounts();
    void minorUnitsBeyond64Bits();
    void expiredAtAndUnknownMembers();
    void list();
    void listEnvelope();
    void refundRetrieve();
    void refundCorrected();
    void malformed_data();
    void malformed();
    void webhookPaymentEvent();
    void webhookRefundEvent();
    void accountTest();
    void errors_data();
    void errors();
};

void TstCryptoComJson::payments_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("rawStatus");
    QTest::addColumn<PaymentStatus>("status");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("refunded");

    QTest::newRow("create") << u"payment-create.json"_s << u"pending"_s << PaymentStatus::Pending << u"25.00"_s
                            << u"USD"_s << u"0.00"_s;
    QTest::newRow("retrieve") << u"payment-retrieve.json"_s << u"succeeded"_s << PaymentStatus::Paid << u"25.00"_s
                              << u"USD"_s << u"0.00"_s;
    QTest::newRow("cancel") << u"payment-cancel.json"_s << u"cancelled"_s << PaymentStatus::Cancelled << u"25.00"_s
                            << u"USD"_s << u"0.00"_s;
    QTest::newRow("partially-refunded") << u"payment-partially-refunded.json"_s << u"succeeded"_s
                                        << PaymentStatus::PartiallyRefunded << u"25.00"_s << u"USD"_s << u"10.00"_s;
    QTest::newRow("refunded") << u"payment-refunded.json"_s << u"succeeded"_s << PaymentStatus::Refunded << u"25.00"_s
                              << u"USD"_s << u"25.00"_s;
    QTest::newRow("unknown-status-kept") << u"payment-unknown-status.json"_s << u"authorized"_s
                                         << PaymentStatus::Unknown << u"25.00"_s << u"USD"_s << u"0.00"_s;
    QTest::newRow("exponent-form-minor-units")
        << u"payment-exponent-amount.json"_s << u"succeeded"_s << PaymentStatus::Paid << u"1500.000000000000000000"_s
        << u"CRO"_s << u"0.000000000000000000"_s;
}

void TstCryptoComJson::payments()
{
    QFETCH(QString, file);
    QFETCH(QString, rawStatus);
    QFETCH(PaymentStatus, status);
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, refunded);

    const QByteArray json = fixture(file);
    const Result<Payment> result = CryptoComJson::payment(json, u"acc-1"_s);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const Payment& p = result.value();
    QCOMPARE(p.accountId, u"acc-1"_s);
    QCOMPARE(p.gateway, Gateway::CryptoCom);
    QCOMPARE(p.rawStatus, rawStatus);
    QCOMPARE(p.status, status);
    QCOMPARE(p.amount.amount.toString(), amount);
    QCOMPARE(p.amount.currency, currency);
    QCOMPARE(p.refunded.amount.toString(), refunded);
    QCOMPARE(p.refunded.currency, currency);
    QCOMPARE(p.rawJson, json.trimmed()); // one object: its bytes verbatim
}

void TstCryptoComJson::specPaymentFields()
{
    const Result<Payment> result = CryptoComJson::payment(fixture(u"payment-retrieve.json"_s));
    QVERIFY(result.ok());
    const Payment& p = result.value();
    QCOMPARE(p.id, u"fa176d2e-8f58-419d-a531-e2c8e4dc3fa9"_s);
    QCOMPARE(p.orderId, u"640cf83d-a316-4030-9878-71be1d98b737"_s);
    QCOMPARE(p.description, u"Crypto.com Tee (Unisex)"_s);
    QCOMPARE(p.payAmount.currency, u"CRO"_s);
    QVERIFY(p.payAmount.amount.isIdenticalTo(dec("1894.8")));
    QCOMPARE(p.paid, p.payAmount); // succeeded: the crypto amount arrived
    QCOMPARE(p.paymentUrl, u"https://js.crypto.com/sdk/payments/checkout/set_wallet?publishableKey=XXX&sdkMeta=YYY"_s);
    QCOMPARE(p.created, QDateTime::fromSecsSinceEpoch(1555098161, Qt::UTC));
    QCOMPARE(p.created.timeSpec(), Qt::UTC);
    QVERIFY(!p.expires.isValid());
    QVERIFY(!p.liveMode);

    // A pending payment has received nothing yet: paid stays empty rather than a made-up zero.
    const Result<Payment> pending = CryptoComJson::payment(fixture(u"payment-create.json"_s));
    QVERIFY(pending.ok());
    QVERIFY(!pending.value().paid.isValid());
}

void TstCryptoComJson::minorUnitsBeyond64Bits()
{
    const Result<Payment> result = CryptoComJson::payment(fixture(u"payment-cro-big.json"_s));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    // 100 CRO = 100000000000000000000 minor units (18 decimals), more than 2^64.
    QCOMPARE(result.value().amount.amount, Decimal::fromInt(100));
    QCOMPARE(result.value().amount.amount.toMinorUnits(18), std::optional<QString>(u"100000000000000000000"_s));
    QVERIFY(result.value().refunded.amount.isIdenticalTo(dec("123.456789012345678901")));
    QCOMPARE(result.value().status, PaymentStatus::PartiallyRefunded);
}

void TstCryptoComJson::expiredAtAndUnknownMembers()
{
    const Result<Payment> result = CryptoComJson::payment(fixture(u"payment-expired-at.json"_s));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().expires, QDateTime::fromSecsSinceEpoch(1555101761, Qt::UTC));
}

void TstCryptoComJson::list()
{
    const QByteArray json = fixture(u"payments-list.json"_s);
    const Result<CryptoComPaymentPage> result = CryptoComJson::paymentList(json, u"acc-1"_s);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().payments.size(), 1);
    QVERIFY(!result.value().hasMore);
    const Payment& p = result.value().payments.first();
    QCOMPARE(p.status, PaymentStatus::Cancelled);
    QCOMPARE(p.accountId, u"acc-1"_s);
    // The item's own bytes, verbatim (not re-serialised): the array minus its brackets.
    QCOMPARE(p.rawJson, json.trimmed().mid(1, json.trimmed().size() - 2));

    const Result<CryptoComPaymentPage> empty = CryptoComJson::paymentList("[]");
    QVERIFY(empty.ok());
    QVERIFY(empty.value().payments.isEmpty());
}

void TstCryptoComJson::listEnvelope()
{
    const QByteArray item = fixture(u"payment-create.json"_s).trimmed();
    const QByteArray json
        = "{\"data\":[" + item + "," + fixture(u"payment-refunded.json"_s).trimmed() + "],\"has_more\":true}";
    const Result<CryptoComPaymentPage> result = CryptoComJson::paymentList(json);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().payments.size(), 2);
    QCOMPARE(result.value().hasMore, std::optional<bool>(true));
    QCOMPARE(result.value().payments.at(0).rawJson, item);
    QCOMPARE(result.value().payments.at(1).status, PaymentStatus::Refunded);

    // One bad item fails the page, naming the item.
    const QByteArray bad = "[" + item + "," + fixture(u"payment-unknown-currency.json"_s).trimmed() + "]";
    const Result<CryptoComPaymentPage> failed = CryptoComJson::paymentList(bad);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ProviderError::Kind::Parse);
    QVERIFY(failed.error().message.contains(u"2"_s));
    QVERIFY(failed.error().message.contains(u"XTS"_s));
}

void TstCryptoComJson::refundRetrieve()
{
    const QByteArray json = fixture(u"refund-retrieve.json"_s);
    const Result<Refund> result = CryptoComJson::refund(json, u"acc-1"_s);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const Refund& r = result.value();
    QCOMPARE(r.id, u"bbaa1ac7-a5ae-4a36-8f21-14d34ecb0b15"_s);
    QCOMPARE(r.paymentId, u"5e28e539-a7dd-4257-8b77-d2299d514959"_s);
    QCOMPARE(r.amount.amount.toString(), u"50.00"_s);
    QCOMPARE(r.amount.currency, u"USD"_s);
    QCOMPARE(r.rawStatus, u"prepared"_s);
    QCOMPARE(r.status, TransferStatus::Pending);
    QCOMPARE(r.reason, u"Requested by customer"_s);
    QCOMPARE(r.created, QDateTime::fromSecsSinceEpoch(1618283181, Qt::UTC));
    QCOMPARE(r.rawJson, json.trimmed());
}

void TstCryptoComJson::refundCorrected()
{
    const Result<Refund> result = CryptoComJson::refund(fixture(u"refund-create-corrected.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value().status, TransferStatus::Pending);
    QCOMPARE(result.value().amount.amount.toString(), u"1.00"_s);
    QCOMPARE(result.value().reason, u"requested_by_customer"_s);
}

void TstCryptoComJson::malformed_data()
{
    QTest::addColumn<QString>("kind"); // payment | refund | list
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    QTest::newRow("spec-refund-object-missing-colon") << u"refund"_s << fixture(u"refund-object.json"_s) << QString();
    QTest::newRow("spec-refund-create-missing-colon") << u"refund"_s << fixture(u"refund-create.json"_s) << QString();
    QTest::newRow("spec-selected-fields-comment")
        << u"payment"_s << fixture(u"payment-selected-fields-create.json"_s) << QString();
    QTest::newRow("spec-redirect-comment")
        << u"payment"_s << fixture(u"payment-selected-fields-redirect.json"_s) << QString();
    QTest::newRow("truncated") << u"payment"_s << fixture(u"payment-truncated.json"_s) << QString();
    QTest::newRow("empty-body") << u"payment"_s << QByteArray() << QString();
    QTest::newRow("html") << u"payment"_s << QByteArray("<html>502</html>") << QString();
    QTest::newRow("array-not-object") << u"payment"_s << QByteArray("[]") << QString();
    QTest::newRow("missing-id") << u"payment"_s << fixture(u"payment-missing-id.json"_s) << u"id"_s;
    QTest::newRow("unknown-currency") << u"payment"_s << fixture(u"payment-unknown-currency.json"_s) << u"currency"_s;
    QTest::newRow("fractional-minor-units")
        << u"payment"_s << fixture(u"payment-fractional-amount.json"_s) << u"amount"_s;
    QTest::newRow("amount-as-bool") << u"payment"_s
                                    << QByteArray(R"({"id":"p","amount":true,"currency":"USD","status":"pending"})")
                                    << u"amount"_s;
    QTest::newRow("amount-missing") << u"payment"_s << QByteArray(R"({"id":"p","currency":"USD","status":"pending"})")
                                    << u"amount"_s;
    QTest::newRow("status-missing") << u"payment"_s << QByteArray(R"({"id":"p","amount":1,"currency":"USD"})")
                                    << u"status"_s;
    QTest::newRow("created-garbage")
        << u"payment"_s << QByteArray(R"({"id":"p","amount":1,"currency":"USD","status":"pending","created":"soon"})")
        << u"created"_s;
    QTest::newRow("trailing-garbage") << u"payment"_s << QByteArray(fixture(u"payment-create.json"_s) + "}")
                                      << QString();
    QTest::newRow("list-not-array") << u"list"_s << QByteArray(R"({"payments":[]})") << QString();
    QTest::newRow("refund-missing-payment-id")
        << u"refund"_s << QByteArray(R"({"id":"r","currency":"USD","amount":1,"status":"pending"})") << u"payment_id"_s;
}

void TstCryptoComJson::malformed()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);

    ProviderError error;
    if (kind == u"payment"_s) {
        const Result<Payment> result = CryptoComJson::payment(json);
        QVERIFY(!result.ok());
        error = result.error();
    } else if (kind == u"refund"_s) {
        const Result<Refund> result = CryptoComJson::refund(json);
        QVERIFY(!result.ok());
        error = result.error();
    } else {
        const Result<CryptoComPaymentPage> result = CryptoComJson::paymentList(json);
        QVERIFY(!result.ok());
        error = result.error();
    }
    QCOMPARE(error.kind, ProviderError::Kind::Parse);
    QVERIFY(!error.message.isEmpty());
    if (!field.isEmpty())
        QCOMPARE(error.field, field);
}

void TstCryptoComJson::webhookPaymentEvent()
{
    const QByteArray json = fixture(u"webhook-payment-created.json"_s);
    const Result<CryptoComEvent> result = CryptoComJson::event(json, u"acc-1"_s);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const CryptoComEvent& e = result.value();
    QCOMPARE(e.id, u"920a4e24-169e-4205-85bd-348c1b834231"_s);
    QCOMPARE(e.type, u"payment.created"_s);
    QCOMPARE(e.created, QDateTime::fromSecsSinceEpoch(1492774570, Qt::UTC));
    QVERIFY(e.payment);
    QVERIFY(!e.refund);
    QCOMPARE(e.payment->id, u"246dce08-019c-4bcb-871d-e8733295e027"_s);
    QCOMPARE(e.payment->amount.amount.toString(), u"19.00"_s);
    QCOMPARE(e.payment->amount.currency, u"EUR"_s);
    QCOMPARE(e.payment->status, PaymentStatus::Pending);
    QVERIFY(e.payment->liveMode);
    QCOMPARE(e.payment->orderId, u"Order ID"_s);
    // The object's own bytes, cut from the body.
    QVERIFY(json.contains(e.payment->rawJson));
    QVERIFY(e.payment->rawJson.startsWith("{\"id\":\"246dce08"));
    QVERIFY(e.payment->rawJson.endsWith("\"status\":\"pending\"}"));
    QCOMPARE(e.rawJson, json);
}

void TstCryptoComJson::webhookRefundEvent()
{
    const Result<CryptoComEvent> result = CryptoComJson::event(fixture(u"webhook-refund-transferred.json"_s));
    QVERIFY(result.ok());
    QVERIFY(result.value().refund);
    QVERIFY(!result.value().payment);
    QCOMPARE(result.value().refund->status, TransferStatus::Succeeded);
    QCOMPARE(result.value().refund->amount.amount.toString(), u"50.00"_s);

    const Result<CryptoComEvent> noObject = CryptoComJson::event(R"({"id":"e","type":"payment.created","data":{}})");
    QVERIFY(!noObject.ok());
    QCOMPARE(noObject.error().kind, ProviderError::Kind::Parse);
}

void TstCryptoComJson::accountTest()
{
    QVERIFY(CryptoComJson::accountTest(fixture(u"payments-list.json"_s)).ok());
    QVERIFY(CryptoComJson::accountTest("[]").ok());
    QVERIFY(!CryptoComJson::accountTest("OK").ok());
}

void TstCryptoComJson::errors_data()
{
    QTest::addColumn<HttpResult::Outcome>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("creating");
    QTest::addColumn<ProviderError::Kind>("kind");
    QTest::addColumn<QString>("providerCode");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("outcomeUnknown");

    using O = HttpResult::Outcome;
    using K = ProviderError::Kind;
    const QByteArray missing = fixture(u"error-resource-missing.json"_s);
    const QByteArray auth = R"({"error":{"type":"authentication_error","error_message":"Invalid API key"}})";
    const QByteArray param
        = R"({"error":{"type":"invalid_request_error","code":"parameter_missing","param":"amount","error_message":"amount is required"}})";
    const QByteArray rate = R"({"error":{"type":"rate_limit_error"}})";

    QTest::newRow("spec-404-resource-missing")
        << O::Completed << 404 << missing << false << K::NotFound << u"resource_missing"_s << u"id"_s << false;
    QTest::newRow("400-resource-missing-is-not-found")
        << O::Completed << 400 << missing << false << K::NotFound << u"resource_missing"_s << u"id"_s << false;
    QTest::newRow("400-parameter") << O::Completed << 400 << param << true << K::Validation << u"parameter_missing"_s
                                   << u"amount"_s << false;
    QTest::newRow("401") << O::Completed << 401 << auth << false << K::Auth << u"authentication_error"_s << QString()
                         << false;
    QTest::newRow("402-request-failed") << O::Completed << 402 << QByteArray("{}") << true << K::Conflict << QString()
                                        << QString() << false;
    QTest::newRow("409") << O::Completed << 409 << QByteArray() << true << K::Conflict << QString() << QString()
                         << false;
    QTest::newRow("429") << O::Completed << 429 << rate << false << K::RateLimited << u"rate_limit_error"_s << QString()
                         << false;
    QTest::newRow("500-create") << O::Completed << 500 << QByteArray("<html>oops</html>") << true << K::Server
                                << QString() << QString() << true;
    QTest::newRow("503-get") << O::Completed << 503 << QByteArray() << false << K::Server << QString() << QString()
                             << false;
    QTest::newRow("timeout-create") << O::Timeout << 0 << QByteArray() << true << K::Timeout << QString() << QString()
                                    << true;
    QTest::newRow("timeout-get") << O::Timeout << 0 << QByteArray() << false << K::Timeout << QString() << QString()
                                 << false;
    QTest::newRow("network-create") << O::Network << 0 << QByteArray() << true << K::Network << QString() << QString()
                                    << true;
    QTest::newRow("tls") << O::Tls << 0 << QByteArray() << true << K::Tls << QString() << QString() << false;
    QTest::newRow("truncated-create") << O::Truncated << 200 << QByteArray(R"({"id":)") << true << K::Parse << QString()
                                      << QString() << true;
    QTest::newRow("too-large") << O::TooLarge << 200 << QByteArray() << false << K::Parse << QString() << QString()
                               << false;
    // A blank error_message says nothing: the error gets our words (found by fuzz_cryptocomjson).
    QTest::newRow("400-blank-message") << O::Completed << 400
                                       << QByteArray(
                                              R"({"error":{"type":"invalid_request_error","error_message":" "}})")
                                       << false << K::Validation << u"invalid_request_error"_s << QString() << false;
    QTest::newRow("refused") << O::Refused << 0 << QByteArray() << true << K::Refused << QString() << QString()
                             << false;
}

void TstCryptoComJson::errors()
{
    QFETCH(HttpResult::Outcome, outcome);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, creating);
    QFETCH(ProviderError::Kind, kind);
    QFETCH(QString, providerCode);
    QFETCH(QString, field);
    QFETCH(bool, outcomeUnknown);

    HttpResult result;
    result.outcome = outcome;
    result.status = status;
    result.body = body;
    const ProviderError error = CryptoComJson::errorFrom(result, creating);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.providerCode, providerCode);
    QCOMPARE(error.field, field);
    QCOMPARE(error.outcomeUnknown, outcomeUnknown);
    QVERIFY(!error.message.trimmed().isEmpty());
    if (outcome == HttpResult::Outcome::Completed)
        QCOMPARE(error.httpStatus, status);
}

void TstCryptoComJson::liveModeWithoutTheFieldIsTheAccounts()
{
    const QByteArray json = fixture(u"payment-retrieve.json"_s);
    QVERIFY(json.contains("\"live_mode\": false"));
    // The object's live_mode wins over the account's mode…
    QVERIFY(!CryptoComJson::payment(json, u"a"_s, true).value().liveMode);
    QVERIFY(
        CryptoComJson::payment(QByteArray(json).replace("\"live_mode\": false", "\"live_mode\": true"), u"a"_s, false)
            .value()
            .liveMode);
    // …and without it, the account's mode decides.
    QByteArray without = json;
    without.replace("\"live_mode\": false,", "");
    QVERIFY(!without.contains("live_mode"));
    QVERIFY(CryptoComJson::payment(without, u"a"_s, true).value().liveMode);
    QVERIFY(!CryptoComJson::payment(without, u"a"_s, false).value().liveMode);
    QVERIFY(CryptoComJson::paymentList('[' + without + ']', u"a"_s, true).value().payments.first().liveMode);
}

QTEST_APPLESS_MAIN(TstCryptoComJson)

#include "tst_CryptoComJson.moc"
