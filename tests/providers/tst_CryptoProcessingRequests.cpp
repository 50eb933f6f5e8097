#include "providers/cryptoprocessing/CryptoProcessingRequests.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

Account account(const QString& base = u"https://app.cryptoprocessing.com"_s)
{
    Account a;
    a.id = u"acc-2"_s;
    a.gateway = Gateway::CryptoProcessing;
    a.baseUrl = QUrl(base);
    return a;
}

AccountCredentials credentials(const QByteArray& secret = "AbCdEfG123456")
{
    AccountCredentials c;
    c.apiKey = "pk_demo_key";
    c.apiSecret = secret;
    return c;
}

Money money(const char* amount, const char* currency)
{
    return Money{*Decimal::fromString(QString::fromLatin1(amount)), QString::fromLatin1(currency)};
}

QByteArray header(const HttpRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Recomputed independently of providers/common: lowercase hex HMAC-SHA512(secret, exact body bytes).
QByteArray hmacSha512Hex(const QByteArray& secret, const QByteArray& body)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha512).toHex();
}

// Signed POSTs: the reads (transactions/info, accounts/list) are idempotent, the creating calls are not.
void verifySigned(const HttpRequest& r, const QString& url, const QByteArray& body, bool idempotent = false)
{
    QCOMPARE(r.method, HttpRequest::Method::Post);
    QCOMPARE(r.url.toString(QUrl::FullyEncoded), url);
    QCOMPARE(r.body, body);
    QCOMPARE(header(r, "Content-Type"), QByteArray("application/json"));
    QCOMPARE(header(r, "Accept"), QByteArray("application/json"));
    QCOMPARE(header(r, "X-Processing-Key"), QByteArray("pk_demo_key"));
    QCOMPARE(header(r, "X-Processing-Signature"), hmacSha512Hex("AbCdEfG123456", body));
    QCOMPARE(r.isIdempotent(), idempotent);
}

InvoiceDraft order123()
{
    InvoiceDraft draft;
    draft.amount = money("100", "EUR");
    draft.lifetime = std::chrono::seconds(360000);
    draft.payerEmail = u"payer@example.com"_s;
    draft.description = u"Order #123"_s;
    draft.orderId = u"order123_customer"_s;
    return draft;
}

} // namespace

// Exact URL, headers, body bytes and HMAC-SHA512 signature of every CryptoProcessing request.
class TstCryptoProcessingRequests final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vendorVectorThroughTakeAddress();
    void paymentRequest();
    void paymentRequestAllFields();
    void paymentRequestRefusals_data();
    void paymentRequestRefusals();
    void balancesSignEmptyObject();
    void transactionInfo_data();
    void transactionInfo();
    void transactionInfoRefusals();
    void takeAddressRefusals();
    void withdrawal();
    void withdrawalRefusals();
    void pingIsUnsigned();
    void accountTestIsSigned();
    void missingCredentialsAreRefused();
    void sandboxBase();
};

void TstCryptoProcessingRequests::vendorVectorThroughTakeAddress()
{
    AddressDraft draft;
    draft.currency = u"btc"_s;
    draft.customerReference = u"123456"_s;
    const Result<HttpRequest> result = CryptoProcessingRequests::takeAddress(account(), credentials(), draft);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    // The vendor's published vector (API-NOTES.md): same body, same secret, same signature.
    QCOMPARE(result.value().body, QByteArray(R"({"currency":"BTC","foreign_id":"123456"})"));
    QCOMPARE(header(result.value(), "X-Processing-Signature"),
        QByteArray("03c25fcf7cd35e7d995e402cd5d51edd72d48e1471e865907967809a0c189ba55b90815f20e2bb10f82c7a9e9d865546f"
                   "da58989c2ae9e8e2ff7bc29195fa1ec"));
    verifySigned(result.value(), u"https://app.cryptoprocessing.com/api/v2/addresses/take"_s,
        R"({"currency":"BTC","foreign_id":"123456"})");
}

void TstCryptoProcessingRequests::paymentRequest()
{
    const Result<HttpRequest> result
        = CryptoProcessingRequests::createPaymentRequest(account(), credentials(), order123());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    verifySigned(result.value(), u"https://app.cryptoprocessing.com/api/payments/v1/requests"_s,
        R"({"amount":"100","currency":{"iso":"EUR"},"life_time_duration":360000,"end_user_email":"payer@example.com",)"
        R"("description":"Order #123","foreign_id":"order123_customer"})");
}

void TstCryptoProcessingRequests::paymentRequestAllFields()
{
    InvoiceDraft draft = order123();
    draft.amount = money("10.50", "eur");
    draft.payCurrency = u"usdt"_s;
    draft.network = u"tron"_s;
    draft.description = u"Заказ \"7\" / line\nbreak"_s;
    draft.returnUrl = u"https://example.com/success"_s;
    draft.payerEmail.clear();
    const Result<HttpRequest> result = CryptoProcessingRequests::createPaymentRequest(account(), credentials(), draft);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const QByteArray expected = QByteArray(R"({"amount":"10.5","currency":{"iso":"EUR"},"life_time_duration":360000,)")
        + R"("payment_currency":{"iso":"USDT","network_name":"tron"},"description":")" + QStringView(u"Заказ").toUtf8()
        + R"( \"7\" / line\nbreak","foreign_id":"order123_customer","url_success":"https://example.com/success"})";
    verifySigned(result.value(), u"https://app.cryptoprocessing.com/api/payments/v1/requests"_s, expected);
}

void TstCryptoProcessingRequests::paymentRequestRefusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("no-lifetime") << u"noLifetime"_s << u"lifetime"_s;
    QTest::newRow("lifetime-4-minutes") << u"short"_s << u"lifetime"_s;
    QTest::newRow("lifetime-61-days") << u"long"_s << u"lifetime"_s;
    QTest::newRow("no-order-id") << u"noOrder"_s << u"orderId"_s;
    QTest::newRow("bad-email") << u"email"_s << u"payerEmail"_s;
    QTest::newRow("fiat-pay-currency") << u"fiatPay"_s << u"payCurrency"_s;
    QTest::newRow("network-without-currency") << u"network"_s << u"network"_s;
    QTest::newRow("too-precise") << u"precision"_s << u"amount"_s;
    QTest::newRow("open-amount") << u"open"_s << u"openAmount"_s;
    QTest::newRow("allowed-currencies") << u"allowed"_s << u"allowedCurrencies"_s;
}

void TstCryptoProcessingRequests::paymentRequestRefusals()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    InvoiceDraft draft = order123();
    if (change == u"noLifetime"_s)
        draft.lifetime.reset();
    else if (change == u"short"_s)
        draft.lifetime = std::chrono::seconds(240);
    else if (change == u"long"_s)
        draft.lifetime = std::chrono::seconds(61LL * 24 * 3600);
    else if (change == u"noOrder"_s)
        draft.orderId.clear();
    else if (change == u"email"_s)
        draft.payerEmail = u"payer at example"_s;
    else if (change == u"fiatPay"_s)
        draft.payCurrency = u"USD"_s;
    else if (change == u"network"_s)
        draft.network = u"tron"_s;
    else if (change == u"precision"_s)
        draft.amount = money("1.001", "EUR");
    else if (change == u"open"_s)
        draft.openAmount = true;
    else if (change == u"allowed"_s)
        draft.allowedCurrencies = {u"BTC"_s};
    const Result<HttpRequest> result = CryptoProcessingRequests::createPaymentRequest(account(), credentials(), draft);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(result.error().field, field);
}

void TstCryptoProcessingRequests::balancesSignEmptyObject()
{
    const Result<HttpRequest> result = CryptoProcessingRequests::balances(account(), credentials());
    QVERIFY(result.ok());
    verifySigned(result.value(), u"https://app.cryptoprocessing.com/api/v2/accounts/list"_s, "{}", true);
}

void TstCryptoProcessingRequests::transactionInfo_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("id-as-number") << int(CryptoProcessingRequests::LookupKey::Id) << u"2769144"_s
                                  << QByteArray(R"({"id":2769144})");
    QTest::newRow("foreign-id") << int(CryptoProcessingRequests::LookupKey::ForeignId) << u"order123_customer"_s
                                << QByteArray(R"({"foreign_id":"order123_customer"})");
    QTest::newRow("txid") << int(CryptoProcessingRequests::LookupKey::TxId) << u"3950ad81"_s
                          << QByteArray(R"({"txid":"3950ad81"})");
}

void TstCryptoProcessingRequests::transactionInfo()
{
    QFETCH(int, key);
    QFETCH(QString, value);
    QFETCH(QByteArray, body);
    const Result<HttpRequest> result = CryptoProcessingRequests::transactionInfo(
        account(), credentials(), CryptoProcessingRequests::LookupKey(key), value);
    QVERIFY(result.ok());
    verifySigned(result.value(), u"https://app.cryptoprocessing.com/api/v2/transactions/info"_s, body, true);
}

void TstCryptoProcessingRequests::transactionInfoRefusals()
{
    using Key = CryptoProcessingRequests::LookupKey;
    QCOMPARE(CryptoProcessingRequests::transactionInfo(account(), credentials(), Key::Id, u"12a"_s).error().kind,
        ProviderError::Kind::Validation);
    QCOMPARE(CryptoProcessingRequests::transactionInfo(account(), credentials(), Key::ForeignId, u" "_s).error().kind,
        ProviderError::Kind::Validation);
}

void TstCryptoProcessingRequests::takeAddressRefusals()
{
    AddressDraft draft;
    draft.currency = u"BTC"_s;
    QCOMPARE(
        CryptoProcessingRequests::takeAddress(account(), credentials(), draft).error().field, u"customerReference"_s);
    draft.customerReference = u"c1"_s;
    draft.network = u"bitcoin"_s;
    QCOMPARE(CryptoProcessingRequests::takeAddress(account(), credentials(), draft).error().field, u"network"_s);
    draft.network.clear();
    draft.label = u"VIP"_s;
    QCOMPARE(CryptoProcessingRequests::takeAddress(account(), credentials(), draft).error().field, u"label"_s);
    draft.label.clear();
    draft.currency.clear();
    QCOMPARE(CryptoProcessingRequests::takeAddress(account(), credentials(), draft).error().field, u"currency"_s);
}

void TstCryptoProcessingRequests::withdrawal()
{
    WithdrawalDraft draft;
    draft.foreignId = u"wd-2024-0001"_s;
    draft.amount = money("0.0100", "xrp");
    draft.address = u"rDsbeomae4FXwgQTJp9Rs64Qg9vDiTCdBv"_s;
    draft.tag = u"12345"_s;
    const Result<HttpRequest> result = CryptoProcessingRequests::withdrawCrypto(account(), credentials(), draft);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    verifySigned(result.value(), u"https://app.cryptoprocessing.com/api/v2/withdrawal/crypto"_s,
        R"({"foreign_id":"wd-2024-0001","amount":"0.01","currency":"XRP","address":"rDsbeomae4FXwgQTJp9Rs64Qg9vDiTCdBv","tag":"12345"})");
}

void TstCryptoProcessingRequests::withdrawalRefusals()
{
    WithdrawalDraft draft;
    draft.amount = money("1", "BTC");
    draft.address = u"bc1q"_s;
    QCOMPARE(CryptoProcessingRequests::withdrawCrypto(account(), credentials(), draft).error().field, u"foreignId"_s);
    draft.foreignId = u"w1"_s;
    draft.network = u"bitcoin"_s;
    QCOMPARE(CryptoProcessingRequests::withdrawCrypto(account(), credentials(), draft).error().field, u"network"_s);
    draft.network.clear();
    draft.amount = money("0.000000001", "BTC");
    QCOMPARE(CryptoProcessingRequests::withdrawCrypto(account(), credentials(), draft).error().field, u"amount"_s);
    draft.amount = money("0", "BTC");
    QCOMPARE(CryptoProcessingRequests::withdrawCrypto(account(), credentials(), draft).error().field, u"amount"_s);
    draft.amount = money("1", "BTC");
    draft.address.clear();
    QCOMPARE(CryptoProcessingRequests::withdrawCrypto(account(), credentials(), draft).error().field, u"address"_s);
}

void TstCryptoProcessingRequests::pingIsUnsigned()
{
    const Result<HttpRequest> result = CryptoProcessingRequests::ping(account());
    QVERIFY(result.ok());
    QCOMPARE(result.value().method, HttpRequest::Method::Get);
    QCOMPARE(result.value().url.toString(QUrl::FullyEncoded), u"https://app.cryptoprocessing.com/api/v2/ping"_s);
    QVERIFY(result.value().body.isEmpty());
    QVERIFY(header(result.value(), "X-Processing-Key").isEmpty());
    QVERIFY(header(result.value(), "X-Processing-Signature").isEmpty());
    QVERIFY(result.value().isIdempotent());
}

void TstCryptoProcessingRequests::accountTestIsSigned()
{
    const Result<HttpRequest> result = CryptoProcessingRequests::accountTest(account(), credentials());
    QVERIFY(result.ok());
    verifySigned(result.value(), u"https://app.cryptoprocessing.com/api/v2/accounts/list"_s, "{}", true);
}

void TstCryptoProcessingRequests::missingCredentialsAreRefused()
{
    AccountCredentials noSecret = credentials();
    noSecret.apiSecret.clear();
    QCOMPARE(CryptoProcessingRequests::balances(account(), noSecret).error().kind, ProviderError::Kind::Refused);
    QCOMPARE(
        CryptoProcessingRequests::balances(account(), AccountCredentials{}).error().kind, ProviderError::Kind::Refused);
    // Ping needs no credentials, only a usable base URL.
    QVERIFY(CryptoProcessingRequests::ping(account()).ok());
    QCOMPARE(CryptoProcessingRequests::ping(account(u"nonsense"_s)).error().kind, ProviderError::Kind::Refused);
}

void TstCryptoProcessingRequests::sandboxBase()
{
    const Result<HttpRequest> result
        = CryptoProcessingRequests::balances(account(u"http://127.0.0.1:8123/cryptoprocessing/"_s), credentials());
    QVERIFY(result.ok());
    QCOMPARE(result.value().url.toString(QUrl::FullyEncoded),
        u"http://127.0.0.1:8123/cryptoprocessing/api/v2/accounts/list"_s);
}

QTEST_APPLESS_MAIN(TstCryptoProcessingRequests)
#include "tst_CryptoProcessingRequests.moc"
