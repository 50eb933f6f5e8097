#include "providers/cryptocom/CryptoComRequests.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

Account account(const QString& base = u"https://pay.crypto.com/api"_s)
{
    Account a;
    a.id = u"acc-1"_s;
    a.gateway = Gateway::CryptoCom;
    a.baseUrl = QUrl(base);
    return a;
}

AccountCredentials credentials()
{
    AccountCredentials c;
    c.apiKey = "sk_test_7ETNLmgFVsmmdiEhfqwjHPeJ";
    return c;
}

Money money(const char* amount, const char* currency)
{
    return Money{*Decimal::fromString(QString::fromLatin1(amount)), QString::fromLatin1(currency)};
}

// Recomputed here, not through signing::basicAuthorization: the secret key is the user name, the password empty.
QByteArray expectedAuthorization()
{
    return "Basic " + QByteArray("sk_test_7ETNLmgFVsmmdiEhfqwjHPeJ:").toBase64();
}

QByteArray header(const HttpRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

InvoiceDraft tee()
{
    InvoiceDraft draft;
    draft.amount = money("25.00", "USD");
    draft.description = u"Crypto.com Tee (Unisex)"_s;
    draft.orderId = u"order-123"_s;
    return draft;
}

} // namespace

// Exact URL, method, headers and body bytes of every Crypto.com Pay request.
class TstCryptoComRequests final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createPayment();
    void createPaymentEncodesAndOrdersFields();
    void createPaymentCroBeyond64Bits();
    void createPaymentRefusals_data();
    void createPaymentRefusals();
    void missingSecretIsRefused();
    void getCancelList();
    void idsAreOnePathSegment();
    void baseUrlVariants_data();
    void baseUrlVariants();
    void refund();
    void refundRefusals();
    void accountTest();
};

void TstCryptoComRequests::createPayment()
{
    const Result<HttpRequest> result = CryptoComRequests::createPayment(account(), credentials(), tee());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const HttpRequest& r = result.value();
    QCOMPARE(r.method, HttpRequest::Method::Post);
    QCOMPARE(r.url.toString(QUrl::FullyEncoded), u"https://pay.crypto.com/api/payments"_s);
    QCOMPARE(header(r, "Authorization"), expectedAuthorization());
    QCOMPARE(header(r, "Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(header(r, "Accept"), QByteArray("application/json"));
    QCOMPARE(
        r.body, QByteArray("amount=2500&currency=USD&description=Crypto.com%20Tee%20%28Unisex%29&order_id=order-123"));
    QVERIFY(!r.isIdempotent());
}

void TstCryptoComRequests::createPaymentEncodesAndOrdersFields()
{
    InvoiceDraft draft = tee();
    draft.amount = money("10.5", "eur");
    draft.description = u"Café & co=1+1"_s;
    draft.returnUrl = u"https://shop.example/orders/123/complete?x=1"_s;
    draft.lifetime = std::chrono::seconds(3600);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const Result<HttpRequest> result = CryptoComRequests::createPayment(account(), credentials(), draft, now);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().body,
        QByteArray("amount=1050&currency=EUR&description=Caf%C3%A9%20%26%20co%3D1%2B1&order_id=order-123"
                   "&return_url=https%3A%2F%2Fshop.example%2Forders%2F123%2Fcomplete%3Fx%3D1&expired_at=1700003600"));
}

void TstCryptoComRequests::createPaymentCroBeyond64Bits()
{
    InvoiceDraft draft = tee();
    draft.amount = money("100", "CRO");
    draft.description.clear();
    draft.orderId.clear();
    const Result<HttpRequest> result = CryptoComRequests::createPayment(account(), credentials(), draft);
    QVERIFY(result.ok());
    QCOMPARE(result.value().body, QByteArray("amount=100000000000000000000&currency=CRO"));

    draft.amount = money("0.000000000000000001", "CRO");
    QCOMPARE(CryptoComRequests::createPayment(account(), credentials(), draft).value().body,
        QByteArray("amount=1&currency=CRO"));
}

void TstCryptoComRequests::createPaymentRefusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown-currency") << u"currency"_s << u"currency"_s;
    QTest::newRow("sub-cent") << u"subcent"_s << u"amount"_s;
    QTest::newRow("zero") << u"zero"_s << u"amount"_s;
    QTest::newRow("negative") << u"negative"_s << u"amount"_s;
    QTest::newRow("pay-currency") << u"payCurrency"_s << u"payCurrency"_s;
    QTest::newRow("network") << u"network"_s << u"network"_s;
    QTest::newRow("payer-email") << u"payerEmail"_s << u"payerEmail"_s;
    QTest::newRow("open-amount") << u"openAmount"_s << u"openAmount"_s;
    QTest::newRow("discount") << u"discount"_s << u"discountPercent"_s;
    QTest::newRow("bad-return-url") << u"returnUrl"_s << u"returnUrl"_s;
}

void TstCryptoComRequests::createPaymentRefusals()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    InvoiceDraft draft = tee();
    if (change == u"currency"_s)
        draft.amount = money("25.00", "XTS");
    else if (change == u"subcent"_s)
        draft.amount = money("25.005", "USD");
    else if (change == u"zero"_s)
        draft.amount = money("0", "USD");
    else if (change == u"negative"_s)
        draft.amount = money("-1", "USD");
    else if (change == u"payCurrency"_s)
        draft.payCurrency = u"BTC"_s;
    else if (change == u"network"_s)
        draft.network = u"tron"_s;
    else if (change == u"payerEmail"_s)
        draft.payerEmail = u"payer@example.com"_s;
    else if (change == u"openAmount"_s)
        draft.openAmount = true;
    else if (change == u"discount"_s)
        draft.discountPercent = 5;
    else if (change == u"returnUrl"_s)
        draft.returnUrl = u"not a url"_s;
    const Result<HttpRequest> result = CryptoComRequests::createPayment(account(), credentials(), draft);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(result.error().field, field);
    QVERIFY(!result.error().message.isEmpty());
}

void TstCryptoComRequests::missingSecretIsRefused()
{
    const Result<HttpRequest> result = CryptoComRequests::createPayment(account(), AccountCredentials{}, tee());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ProviderError::Kind::Refused);
    QCOMPARE(CryptoComRequests::getPayment(account(), AccountCredentials{}, u"p"_s).error().kind,
        ProviderError::Kind::Refused);
    QCOMPARE(CryptoComRequests::listPayments(account(u"not a url"_s), credentials()).error().kind,
        ProviderError::Kind::Refused);
}

void TstCryptoComRequests::getCancelList()
{
    const QString id = u"fa176d2e-8f58-419d-a531-e2c8e4dc3fa9"_s;
    const Result<HttpRequest> get = CryptoComRequests::getPayment(account(), credentials(), id);
    QVERIFY(get.ok());
    QCOMPARE(get.value().method, HttpRequest::Method::Get);
    QCOMPARE(get.value().url.toString(QUrl::FullyEncoded), u"https://pay.crypto.com/api/payments/"_s + id);
    QCOMPARE(header(get.value(), "Authorization"), expectedAuthorization());
    QVERIFY(get.value().body.isEmpty());
    QVERIFY(get.value().isIdempotent());

    const Result<HttpRequest> cancel = CryptoComRequests::cancelPayment(account(), credentials(), id);
    QVERIFY(cancel.ok());
    QCOMPARE(cancel.value().method, HttpRequest::Method::Post);
    QCOMPARE(
        cancel.value().url.toString(QUrl::FullyEncoded), u"https://pay.crypto.com/api/payments/"_s + id + u"/cancel"_s);
    QVERIFY(cancel.value().body.isEmpty());
    QCOMPARE(header(cancel.value(), "Authorization"), expectedAuthorization());

    const Result<HttpRequest> list = CryptoComRequests::listPayments(account(), credentials());
    QCOMPARE(list.value().url.toString(QUrl::FullyEncoded), u"https://pay.crypto.com/api/payments"_s);
    const Result<HttpRequest> page = CryptoComRequests::listPayments(
        account(), credentials(), {{u"page"_s, u"2"_s}, {u"per_page"_s, u"100"_s}, {u"q"_s, u"a+b c"_s}});
    QCOMPARE(page.value().url.toString(QUrl::FullyEncoded),
        u"https://pay.crypto.com/api/payments?page=2&per_page=100&q=a%2Bb%20c"_s);
    QCOMPARE(page.value().method, HttpRequest::Method::Get);
}

void TstCryptoComRequests::idsAreOnePathSegment()
{
    const Result<HttpRequest> odd = CryptoComRequests::getPayment(account(), credentials(), u"a/b c?d"_s);
    QVERIFY(odd.ok());
    QCOMPARE(odd.value().url.toString(QUrl::FullyEncoded), u"https://pay.crypto.com/api/payments/a%2Fb%20c%3Fd"_s);
    for (const QString& bad : {QString(), u".."_s, u"."_s, u"a\nb"_s}) {
        const Result<HttpRequest> result = CryptoComRequests::getRefund(account(), credentials(), bad);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ProviderError::Kind::Validation);
    }
}

void TstCryptoComRequests::baseUrlVariants_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("production") << u"https://pay.crypto.com/api"_s << u"https://pay.crypto.com/api/refunds/r1"_s;
    QTest::newRow("trailing-slash") << u"https://pay.crypto.com/api/"_s << u"https://pay.crypto.com/api/refunds/r1"_s;
    QTest::newRow("sandbox") << u"http://127.0.0.1:8123/cryptocom/api"_s
                             << u"http://127.0.0.1:8123/cryptocom/api/refunds/r1"_s;
}

void TstCryptoComRequests::baseUrlVariants()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    const Result<HttpRequest> result = CryptoComRequests::getRefund(account(base), credentials(), u"r1"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.value().url.toString(QUrl::FullyEncoded), expected);
}

void TstCryptoComRequests::refund()
{
    RefundDraft draft;
    draft.paymentId = u"8ddee625-d175-4c55-a5e0-5ed8c68e3cd1"_s;
    draft.amount = money("1.00", "USD");
    draft.reason = u"requested_by_customer"_s;
    Result<HttpRequest> result = CryptoComRequests::createRefund(account(), credentials(), draft);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().url.toString(QUrl::FullyEncoded), u"https://pay.crypto.com/api/refunds"_s);
    QCOMPARE(result.value().method, HttpRequest::Method::Post);
    QCOMPARE(header(result.value(), "Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(result.value().body,
        QByteArray(
            "payment_id=8ddee625-d175-4c55-a5e0-5ed8c68e3cd1&amount=100&currency=USD&reason=requested_by_customer"));

    // Free text is not one of the documented reason codes: it goes to description.
    draft.reason = u"Refund for Order#33"_s;
    result = CryptoComRequests::createRefund(account(), credentials(), draft);
    QCOMPARE(result.value().body,
        QByteArray("payment_id=8ddee625-d175-4c55-a5e0-5ed8c68e3cd1&amount=100&currency=USD"
                   "&description=Refund%20for%20Order%2333"));

    const Result<HttpRequest> get = CryptoComRequests::getRefund(account(), credentials(), u"4639e9bb"_s);
    QCOMPARE(get.value().url.toString(QUrl::FullyEncoded), u"https://pay.crypto.com/api/refunds/4639e9bb"_s);
    QCOMPARE(get.value().method, HttpRequest::Method::Get);
}

void TstCryptoComRequests::refundRefusals()
{
    RefundDraft draft;
    draft.paymentId = u"p1"_s;
    draft.amount = money("1.00", "USD");
    draft.address = u"0xabc"_s;
    QCOMPARE(CryptoComRequests::createRefund(account(), credentials(), draft).error().field, u"address"_s);
    draft.address.clear();
    draft.amount = money("1.001", "USD");
    QCOMPARE(CryptoComRequests::createRefund(account(), credentials(), draft).error().field, u"amount"_s);
    draft.amount = money("1", "XTS");
    QCOMPARE(CryptoComRequests::createRefund(account(), credentials(), draft).error().field, u"currency"_s);
    draft.amount = money("1", "USD");
    draft.paymentId.clear();
    QCOMPARE(CryptoComRequests::createRefund(account(), credentials(), draft).error().field, u"paymentId"_s);
}

void TstCryptoComRequests::accountTest()
{
    const Result<HttpRequest> result = CryptoComRequests::accountTest(account(), credentials());
    QVERIFY(result.ok());
    QCOMPARE(result.value().method, HttpRequest::Method::Get);
    QCOMPARE(result.value().url.toString(QUrl::FullyEncoded), u"https://pay.crypto.com/api/payments"_s);
    QCOMPARE(header(result.value(), "Authorization"), expectedAuthorization());
}

QTEST_APPLESS_MAIN(TstCryptoComRequests)
#include "tst_CryptoComRequests.moc"
