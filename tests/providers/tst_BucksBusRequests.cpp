#include "providers/bucksbus/BucksBusRequests.h"

#include <QTest>
#include <QUrlQuery>

using namespace paydesk;
using namespace Qt::Literals::StringLiterals;

namespace {

Account account(const char* base = "https://api.bucksbus.com/int")
{
    Account a;
    a.id = u"acc-1"_s;
    a.gateway = Gateway::BucksBus;
    a.baseUrl = QUrl(QString::fromLatin1(base));
    return a;
}

AccountCredentials credentials()
{
    AccountCredentials c;
    c.apiKey = "demo_key";
    c.apiSecret = "demo_secret";
    return c;
}

QByteArray header(const HttpRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Recomputed here, independently of providers/common/RequestSigning.
QByteArray expectedAuthorization()
{
    return "Basic " + QByteArray("demo_key:demo_secret").toBase64();
}

Money money(const char* amount, const char* currency)
{
    return {*Decimal::fromString(QString::fromLatin1(amount)), QString::fromLatin1(currency)};
}

InvoiceDraft invoice()
{
    InvoiceDraft draft;
    draft.accountId = u"acc-1"_s;
    draft.amount = money("100.50", "USD");
    draft.payCurrency = u"BTC"_s;
    draft.orderId = u"ord-1"_s;
    draft.description = u"Desk \"lamp\" / Лампа"_s;
    draft.payerEmail = u"payer@example.com"_s;
    draft.returnUrl = u"https://shop.example/ok"_s;
    draft.lifetime = std::chrono::seconds(3600);
    return draft;
}

void checkCommon(const HttpRequest& request)
{
    QCOMPARE(header(request, "Authorization"), expectedAuthorization());
    QCOMPARE(header(request, "Content-Type"), QByteArray("application/json"));
}

} // namespace

class TstBucksBusRequests final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createInvoice();
    void createInvoiceVariants_data();
    void createInvoiceVariants();
    void refusedInvoices_data();
    void refusedInvoices();
    void lookups_data();
    void lookups();
    void listInvoices();
    void refund();
    void withdrawal();
    void addresses();
    void baseUrls_data();
    void baseUrls();
};

void TstBucksBusRequests::createInvoice()
{
    const auto result = BucksBusRequests::createInvoice(account(), credentials(), invoice());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const HttpRequest& request = result.value();
    QCOMPARE(request.method, HttpRequest::Method::Post);
    QCOMPARE(request.url.toString(), u"https://api.bucksbus.com/int/payment"_s);
    checkCommon(request);
    const QByteArray expected = "{\"payment_type\":\"FIXED_AMOUNT\",\"amount\":100.50,\"asset_id\":\"USD\","
                                "\"payment_asset_id\":\"BTC\",\"payer_email\":\"payer@example.com\","
                                "\"description\":\"Desk \\\"lamp\\\" / \xd0\x9b\xd0\xb0\xd0\xbc\xd0\xbf\xd0\xb0\","
                                "\"custom1\":\"ord-1\",\"success_url\":\"https://shop.example/ok\",\"timeout\":60}";
    QCOMPARE(request.body, expected);
    QVERIFY(request.timeout >= std::chrono::milliseconds(40'000)); // must outlast the gateway's 30 s 500
    QVERIFY(!request.isIdempotent());
}

void TstBucksBusRequests::createInvoiceVariants_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("crypto-amount-pays-itself")
        << u"crypto"_s
        << QByteArray(R"({"payment_type":"FIXED_AMOUNT","amount":0.037,"asset_id":"BTC","payment_asset_id":"BTC"})");
    QTest::newRow("open-amount")
        << u"open"_s
        << QByteArray(
               R"({"payment_type":"OPEN_AMOUNT","amount":25,"asset_id":"USDT.TRC20","payment_asset_id":"USDT.TRC20"})");
}

void TstBucksBusRequests::createInvoiceVariants()
{
    QFETCH(QString, variant);
    QFETCH(QByteArray, body);
    InvoiceDraft draft;
    if (variant == u"crypto"_s) {
        draft.amount = money("0.037", "BTC");
    } else {
        draft.amount = money("25", "USDT.TRC20");
        draft.openAmount = true;
    }
    const auto result = BucksBusRequests::createInvoice(account(), credentials(), draft);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().body, body);
}

void TstBucksBusRequests::refusedInvoices_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    using Kind = ProviderError::Kind;
    QTest::newRow("network") << u"network"_s << int(Kind::Validation) << u"network"_s;
    QTest::newRow("discount") << u"discount"_s << int(Kind::Validation) << u"discountPercent"_s;
    QTest::newRow("currencies") << u"currencies"_s << int(Kind::Validation) << u"allowedCurrencies"_s;
    QTest::newRow("lifetime-seconds") << u"lifetime"_s << int(Kind::Validation) << u"lifetime"_s;
    QTest::newRow("fiat-without-crypto") << u"noPayCurrency"_s << int(Kind::Validation) << u"payCurrency"_s;
    QTest::newRow("no-secret") << u"noSecret"_s << int(Kind::Refused) << QString();
    QTest::newRow("no-base-url") << u"noBase"_s << int(Kind::Refused) << QString();
}

void TstBucksBusRequests::refusedInvoices()
{
    QFETCH(QString, change);
    QFETCH(int, kind);
    QFETCH(QString, field);
    InvoiceDraft draft = invoice();
    AccountCredentials creds = credentials();
    Account acc = account();
    if (change == u"network"_s)
        draft.network = u"tron"_s;
    else if (change == u"discount"_s)
        draft.discountPercent = 5;
    else if (change == u"currencies"_s)
        draft.allowedCurrencies = {u"BTC"_s};
    else if (change == u"lifetime"_s)
        draft.lifetime = std::chrono::seconds(90);
    else if (change == u"noPayCurrency"_s)
        draft.payCurrency.clear();
    else if (change == u"noSecret"_s)
        creds.apiSecret.clear();
    else if (change == u"noBase"_s)
        acc.baseUrl = QUrl();
    const auto result = BucksBusRequests::createInvoice(acc, creds, draft);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().kind), kind);
    QCOMPARE(result.error().field, field);
    QVERIFY(!result.error().message.isEmpty());
}

void TstBucksBusRequests::lookups_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("method");
    using M = HttpRequest::Method;
    const QString id = u"f2a681c0-34e6-4668-8cb4-f76bac6b81c3"_s;
    QTest::newRow("get") << u"get"_s << u"https://api.bucksbus.com/int/payment/"_s + id << int(M::Get);
    QTest::newRow("trxs") << u"trxs"_s << u"https://api.bucksbus.com/int/payment/"_s + id + u"/trxs"_s << int(M::Get);
    QTest::newRow("txs") << u"txs"_s << u"https://api.bucksbus.com/int/payment/"_s + id + u"/txs"_s << int(M::Get);
    QTest::newRow("withdrawal") << u"withdrawal"_s << u"https://api.bucksbus.com/int/withdraw/"_s + id << int(M::Get);
    QTest::newRow("balances") << u"balances"_s << u"https://api.bucksbus.com/int/accounts"_s << int(M::Get);
    QTest::newRow("account-test") << u"test"_s << u"https://api.bucksbus.com/int/accounts"_s << int(M::Get);
    QTest::newRow("release") << u"release"_s << u"https://api.bucksbus.com/int/dedicate/"_s + id + u"/release"_s
                             << int(M::Post);
}

void TstBucksBusRequests::lookups()
{
    QFETCH(QString, call);
    QFETCH(QString, url);
    QFETCH(int, method);
    const QString id = u"f2a681c0-34e6-4668-8cb4-f76bac6b81c3"_s;
    const Account a = account();
    const AccountCredentials c = credentials();
    Result<HttpRequest> result = ProviderError{};
    if (call == u"get"_s)
        result = BucksBusRequests::getInvoice(a, c, id);
    else if (call == u"trxs"_s)
        result = BucksBusRequests::invoiceTransactions(a, c, id);
    else if (call == u"txs"_s)
        result = BucksBusRequests::invoiceTransactionsFallback(a, c, id);
    else if (call == u"withdrawal"_s)
        result = BucksBusRequests::getWithdrawal(a, c, id);
    else if (call == u"balances"_s)
        result = BucksBusRequests::balances(a, c);
    else if (call == u"test"_s)
        result = BucksBusRequests::accountTest(a, c);
    else if (call == u"release"_s)
        result = BucksBusRequests::releaseAddress(a, c, id);
    QVERIFY(result.ok());
    QCOMPARE(result.value().url.toString(), url);
    QCOMPARE(int(result.value().method), method);
    QVERIFY(result.value().body.isEmpty());
    checkCommon(result.value());
    // Reads, and the release (a repeat changes nothing), are safe to send again; nothing here creates anything.
    QVERIFY(result.value().isIdempotent());

    // An id that would change the path is refused, not sent.
    const auto bad = BucksBusRequests::getInvoice(a, c, u"../accounts"_s);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, ProviderError::Kind::Validation);
}

void TstBucksBusRequests::listInvoices()
{
    const auto result = BucksBusRequests::listInvoices(
        account(), credentials(), QDate(2024, 1, 1), QDate(2024, 1, 31), u"COMPLETE"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.value().url.toString(),
        u"https://api.bucksbus.com/int/payments?from=2024-01-01&to=2024-01-31&status=COMPLETE"_s);
    QCOMPARE(result.value().method, HttpRequest::Method::Get);
    const auto reversed
        = BucksBusRequests::listInvoices(account(), credentials(), QDate(2024, 2, 1), QDate(2024, 1, 1));
    QVERIFY(!reversed.ok());
    QCOMPARE(reversed.error().kind, ProviderError::Kind::Validation);
    QVERIFY(!BucksBusRequests::listInvoices(account(), credentials(), QDate(), QDate(2024, 1, 1)).ok());
}

void TstBucksBusRequests::refund()
{
    RefundDraft draft;
    draft.paymentId = u"pay-1"_s;
    draft.amount = money("0.0008", "BTC");
    draft.address = u" bc1qpayer "_s;
    draft.reason = u"Returned item"_s;
    draft.idempotencyKey = u"rf-1"_s;
    const auto result = BucksBusRequests::refund(account(), credentials(), draft);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().url.toString(), u"https://api.bucksbus.com/int/withdraw"_s);
    QCOMPARE(result.value().body,
        QByteArray(R"({"amount":0.0008,"asset_id":"BTC","address":"bc1qpayer","description":"Returned item",)"
                   R"("custom1":"rf-1","custom2":"pay-1"})"));
    checkCommon(result.value());

    RefundDraft fiat = draft;
    fiat.amount = money("10", "USD");
    QCOMPARE(BucksBusRequests::refund(account(), credentials(), fiat).error().field, u"amount"_s);
    RefundDraft noAddress = draft;
    noAddress.address.clear();
    QCOMPARE(BucksBusRequests::refund(account(), credentials(), noAddress).error().field, u"address"_s);
    RefundDraft network = draft;
    network.network = u"bitcoin"_s;
    QCOMPARE(BucksBusRequests::refund(account(), credentials(), network).error().field, u"network"_s);
}

void TstBucksBusRequests::withdrawal()
{
    WithdrawalDraft draft;
    draft.amount = money("0.00333202", "BTC");
    draft.address = u"bc1qec0djsvjhh0dg8mvsxc4u0tvk49t9jh7vd7gzp"_s;
    draft.foreignId = u"wd-7"_s;
    const auto result = BucksBusRequests::createWithdrawal(account(), credentials(), draft);
    QVERIFY(result.ok());
    QCOMPARE(result.value().body,
        QByteArray(R"({"amount":0.00333202,"asset_id":"BTC","address":"bc1qec0djsvjhh0dg8mvsxc4u0tvk49t9jh7vd7gzp",)"
                   R"("custom1":"wd-7"})"));
    WithdrawalDraft tagged = draft;
    tagged.tag = u"123"_s;
    const auto refused = BucksBusRequests::createWithdrawal(account(), credentials(), tagged);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"tag"_s);
    WithdrawalDraft zero = draft;
    zero.amount = money("0", "BTC");
    QCOMPARE(BucksBusRequests::createWithdrawal(account(), credentials(), zero).error().field, u"amount"_s);
}

void TstBucksBusRequests::addresses()
{
    AddressDraft draft;
    draft.currency = u"USDT.TRC20"_s;
    draft.label = u"Customer 42"_s;
    draft.customerReference = u"cust-42"_s;
    const auto result = BucksBusRequests::createAddress(account(), credentials(), draft);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().url.toString(), u"https://api.bucksbus.com/int/dedicate"_s);
    QCOMPARE(result.value().body,
        QByteArray(R"({"asset_id":"USDT.TRC20","description":"Customer 42","custom1":"cust-42"})"));
    AddressDraft withNetwork = draft;
    withNetwork.network = u"tron"_s;
    QCOMPARE(BucksBusRequests::createAddress(account(), credentials(), withNetwork).error().field, u"network"_s);
    AddressDraft fiat = draft;
    fiat.currency = u"EUR"_s;
    QCOMPARE(BucksBusRequests::createAddress(account(), credentials(), fiat).error().field, u"currency"_s);
}

void TstBucksBusRequests::baseUrls_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trailing-slash") << u"https://api.bucksbus.com/int/"_s << u"https://api.bucksbus.com/int/accounts"_s;
    QTest::newRow("sandbox") << u"http://127.0.0.1:8765/bucksbus/int"_s
                             << u"http://127.0.0.1:8765/bucksbus/int/accounts"_s;
    QTest::newRow("white-label") << u"https://api.example-pay.io/int"_s << u"https://api.example-pay.io/int/accounts"_s;
}

void TstBucksBusRequests::baseUrls()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    const auto result = BucksBusRequests::balances(account(base.toLatin1().constData()), credentials());
    QVERIFY(result.ok());
    QCOMPARE(result.value().url.toString(), expected);
    QVERIFY(!BucksBusRequests::balances(account("ftp://api.bucksbus.com/int"), credentials()).ok());
}

QTEST_APPLESS_MAIN(TstBucksBusRequests)
#include "tst_BucksBusRequests.moc"
