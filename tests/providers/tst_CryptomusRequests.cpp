#include "providers/cryptomus/CryptomusRequests.h"

#include <QCryptographicHash>
#include <QTest>
#include <QUrlQuery>

using namespace paydesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kPaymentKey = "demo_payment_key";
const QByteArray kPayoutKey = "demo_payout_key";

Account account(const char* base = "https://api.cryptomus.com")
{
    Account a;
    a.id = u"acc-2"_s;
    a.gateway = Gateway::Cryptomus;
    a.baseUrl = QUrl(QString::fromLatin1(base));
    a.merchantId = u"8b03432e-385b-4670-8d06-064591096795"_s;
    return a;
}

AccountCredentials credentials()
{
    AccountCredentials c;
    c.apiKey = kPaymentKey;
    c.payoutKey = kPayoutKey;
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

// md5_hex(base64(body) + key), recomputed here independently of providers/common/RequestSigning.
QByteArray expectedSign(const QByteArray& body, const QByteArray& key)
{
    return QCryptographicHash::hash(QByteArray(body.toBase64() + key), QCryptographicHash::Md5).toHex();
}

void checkSigned(const HttpRequest& request, const QByteArray& key)
{
    QCOMPARE(request.method, HttpRequest::Method::Post);
    QCOMPARE(header(request, "merchant"), QByteArray("8b03432e-385b-4670-8d06-064591096795"));
    QCOMPARE(header(request, "Content-Type"), QByteArray("application/json"));
    QCOMPARE(header(request, "sign"), expectedSign(request.body, key));
}

Money money(const char* amount, const char* currency)
{
    return {*Decimal::fromString(QString::fromLatin1(amount)), QString::fromLatin1(currency)};
}

} // namespace

class TstCryptomusRequests final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invoiceMatchesKnownVector();
    void fullInvoice();
    void refusedInvoices_data();
    void refusedInvoices();
    void lookups_data();
    void lookups();
    void listWithCursor();
    void refund();
    void staticWallet();
    void payout();
    void baseUrls_data();
    void baseUrls();
};

void TstCryptomusRequests::invoiceMatchesKnownVector()
{
    // API-NOTES.md: key demo_payment_key, body {"amount":"10","currency":"USDT","order_id":"A1"} → 9f269b4c….
    InvoiceDraft draft;
    draft.amount = money("10", "USDT");
    draft.orderId = u"A1"_s;
    const auto result = CryptomusRequests::createInvoice(account(), credentials(), draft);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().url.toString(), u"https://api.cryptomus.com/v1/payment"_s);
    QCOMPARE(result.value().body, QByteArray(R"({"amount":"10","currency":"USDT","order_id":"A1"})"));
    QCOMPARE(header(result.value(), "sign"), QByteArray("9f269b4c3663f937585c30e8a2c73f5a"));
    checkSigned(result.value(), kPaymentKey);
    QVERIFY(result.value().timeout >= std::chrono::milliseconds(40'000));
    QVERIFY(!result.value().idempotent); // creating: only through HttpClient::sendCreating()
}

void TstCryptomusRequests::fullInvoice()
{
    InvoiceDraft draft;
    draft.amount = money("25.50", "USD");
    draft.payCurrency = u"USDT"_s;
    draft.network = u"tron"_s;
    draft.orderId = u"order_42-b"_s;
    draft.lifetime = std::chrono::seconds(1800);
    draft.returnUrl = u"https://shop.example/back"_s;
    draft.description = u"Заказ / 42"_s;
    draft.allowedCurrencies = {u"USDT"_s, u"BTC"_s};
    draft.discountPercent = -5;
    const auto result = CryptomusRequests::createInvoice(account(), credentials(), draft);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().body,
        QByteArray(R"({"amount":"25.50","currency":"USD","order_id":"order_42-b","network":"tron",)"
                   R"("to_currency":"USDT","lifetime":1800,"url_return":"https://shop.example/back",)"
                   R"("additional_data":")"
                   "\xd0\x97\xd0\xb0\xd0\xba\xd0\xb0\xd0\xb7"
                   R"( / 42","currencies":[{"currency":"USDT"},{"currency":"BTC"}],"discount_percent":-5})"));
    checkSigned(result.value(), kPaymentKey);
}

void TstCryptomusRequests::refusedInvoices_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    using Kind = ProviderError::Kind;
    QTest::newRow("email") << u"email"_s << int(Kind::Validation) << u"payerEmail"_s;
    QTest::newRow("open-amount") << u"open"_s << int(Kind::Validation) << u"openAmount"_s;
    QTest::newRow("order-id-space") << u"orderSpace"_s << int(Kind::Validation) << u"orderId"_s;
    QTest::newRow("lifetime-short") << u"lifetime"_s << int(Kind::Validation) << u"lifetime"_s;
    QTest::newRow("no-merchant") << u"noMerchant"_s << int(Kind::Refused) << QString();
    QTest::newRow("no-key") << u"noKey"_s << int(Kind::Refused) << QString();
}

void TstCryptomusRequests::refusedInvoices()
{
    QFETCH(QString, change);
    QFETCH(int, kind);
    QFETCH(QString, field);
    InvoiceDraft draft;
    draft.amount = money("10", "USDT");
    draft.orderId = u"A1"_s;
    Account acc = account();
    AccountCredentials creds = credentials();
    if (change == u"email"_s)
        draft.payerEmail = u"a@b.example"_s;
    else if (change == u"open"_s)
        draft.openAmount = true;
    else if (change == u"orderSpace"_s)
        draft.orderId = u"A 1"_s;
    else if (change == u"lifetime"_s)
        draft.lifetime = std::chrono::seconds(60);
    else if (change == u"noMerchant"_s)
        acc.merchantId.clear();
    else if (change == u"noKey"_s)
        creds.apiKey.clear();
    const auto result = CryptomusRequests::createInvoice(acc, creds, draft);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().kind), kind);
    QCOMPARE(result.error().field, field);
}

void TstCryptomusRequests::lookups_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("payoutKey");
    QTest::newRow("info-uuid") << u"info"_s << u"/v1/payment/info"_s << QByteArray(R"({"uuid":"u1"})") << false;
    QTest::newRow("info-order") << u"infoOrder"_s << u"/v1/payment/info"_s << QByteArray(R"({"order_id":"A1"})")
                                << false;
    QTest::newRow("balance-empty-body") << u"balance"_s << u"/v1/balance"_s << QByteArray() << false;
    QTest::newRow("account-test") << u"test"_s << u"/v1/balance"_s << QByteArray() << false;
    QTest::newRow("block") << u"block"_s << u"/v1/wallet/block-address"_s << QByteArray(R"({"uuid":"u1"})") << false;
    QTest::newRow("payout-info") << u"payoutInfo"_s << u"/v1/payout/info"_s << QByteArray(R"({"uuid":"u1"})") << true;
    QTest::newRow("payout-info-order") << u"payoutInfoOrder"_s << u"/v1/payout/info"_s
                                       << QByteArray(R"({"order_id":"A1"})") << true;
    QTest::newRow("payout-list") << u"payoutList"_s << u"/v1/payout/list"_s << QByteArray("{}") << true;
}

void TstCryptomusRequests::lookups()
{
    QFETCH(QString, call);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, payoutKey);
    const Account a = account();
    const AccountCredentials c = credentials();
    Result<HttpRequest> result = ProviderError{};
    if (call == u"info"_s)
        result = CryptomusRequests::getInvoice(a, c, u"u1"_s);
    else if (call == u"infoOrder"_s)
        result = CryptomusRequests::getInvoiceByOrderId(a, c, u"A1"_s);
    else if (call == u"balance"_s)
        result = CryptomusRequests::balances(a, c);
    else if (call == u"test"_s)
        result = CryptomusRequests::accountTest(a, c);
    else if (call == u"block"_s)
        result = CryptomusRequests::releaseAddress(a, c, u"u1"_s);
    else if (call == u"payoutInfo"_s)
        result = CryptomusRequests::getWithdrawal(a, c, u"u1"_s);
    else if (call == u"payoutInfoOrder"_s)
        result = CryptomusRequests::getWithdrawalByOrderId(a, c, u"A1"_s);
    else if (call == u"payoutList"_s)
        result = CryptomusRequests::listWithdrawals(a, c);
    QVERIFY(result.ok());
    // Reads (and blocking a wallet) may be repeated: HttpClient::send() takes them and retries them like a GET.
    QVERIFY(result.value().idempotent);
    QCOMPARE(result.value().timeout, HttpRequest{}.timeout);
    QCOMPARE(result.value().url.toString(), u"https://api.cryptomus.com"_s + path);
    QCOMPARE(result.value().body, body);
    checkSigned(result.value(), payoutKey ? kPayoutKey : kPaymentKey);
    if (body.isEmpty()) // API-NOTES.md vector for the empty body
        QCOMPARE(header(result.value(), "sign"), QByteArray("80852ac789b7333efa09c579b80fa65b"));

    // Payout calls need the payout key, the others the payment key.
    AccountCredentials without = c;
    (payoutKey ? without.payoutKey : without.apiKey).clear();
    if (call == u"payoutInfo"_s)
        QCOMPARE(CryptomusRequests::getWithdrawal(a, without, u"u1"_s).error().kind, ProviderError::Kind::Refused);
    if (call == u"info"_s)
        QCOMPARE(CryptomusRequests::getInvoice(a, without, u"u1"_s).error().kind, ProviderError::Kind::Refused);
}

void TstCryptomusRequests::listWithCursor()
{
    const QDateTime from(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2024, 1, 31), QTime(21, 0), Qt::UTC);
    const QString cursor = u"eyJpZCI6MjcxMzQsIl9wb2ludHNUb05leHRJdGVtcyI6dHJ1ZX0="_s;
    const auto result = CryptomusRequests::listInvoices(account(), credentials(), from, to, cursor);
    QVERIFY(result.ok());
    const HttpRequest& request = result.value();
    QCOMPARE(request.url.path(), u"/v1/payment/list"_s);
    QCOMPARE(QUrlQuery(request.url).queryItemValue(u"cursor"_s, QUrl::FullyDecoded), cursor);
    QVERIFY(request.url.toEncoded().endsWith("?cursor=eyJpZCI6MjcxMzQsIl9wb2ludHNUb05leHRJdGVtcyI6dHJ1ZX0%3D"));
    // Dates in the gateway's UTC+3 clock; the cursor is not part of the signed body.
    QCOMPARE(request.body, QByteArray(R"({"date_from":"2024-01-01 03:00:00","date_to":"2024-02-01 00:00:00"})"));
    checkSigned(request, kPaymentKey);
    QVERIFY(request.idempotent);

    const auto firstPage = CryptomusRequests::listInvoices(account(), credentials(), {}, {});
    QVERIFY(firstPage.ok());
    QVERIFY(!firstPage.value().url.hasQuery());
    QCOMPARE(firstPage.value().body, QByteArray("{}"));
    QCOMPARE(header(firstPage.value(), "sign"), QByteArray("9a79d2b4aa82acf4be64acf0bf2b1670")); // API-NOTES vector
}

void TstCryptomusRequests::refund()
{
    RefundDraft draft;
    draft.paymentId = u"8b03432e-385b-4670-8d06-064591096795"_s;
    draft.address = u"TDD97yguPESTpcrJMqU6h2ozZbibv4Vaqm"_s;
    draft.feeFromRefund = true;
    const auto result = CryptomusRequests::refund(account(), credentials(), draft);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().url.toString(), u"https://api.cryptomus.com/v1/payment/refund"_s);
    // The fee taken from the refund means is_subtract false (true takes it from the merchant's balance).
    QCOMPARE(result.value().body,
        QByteArray(R"({"address":"TDD97yguPESTpcrJMqU6h2ozZbibv4Vaqm","is_subtract":false,)"
                   R"("uuid":"8b03432e-385b-4670-8d06-064591096795"})"));
    checkSigned(result.value(), kPaymentKey);
    QVERIFY(!result.value().idempotent);
    RefundDraft fromBalance = draft;
    fromBalance.feeFromRefund = false;
    QVERIFY(
        CryptomusRequests::refund(account(), credentials(), fromBalance).value().body.contains("\"is_subtract\":true"));

    RefundDraft partial = draft;
    partial.amount = money("5", "USDT");
    QCOMPARE(CryptomusRequests::refund(account(), credentials(), partial).error().field, u"amount"_s);
    RefundDraft reason = draft;
    reason.reason = u"Broken"_s;
    QCOMPARE(CryptomusRequests::refund(account(), credentials(), reason).error().field, u"reason"_s);
    RefundDraft noAddress = draft;
    noAddress.address.clear();
    QCOMPARE(CryptomusRequests::refund(account(), credentials(), noAddress).error().field, u"address"_s);
}

void TstCryptomusRequests::staticWallet()
{
    AddressDraft draft;
    draft.currency = u"USDT"_s;
    draft.network = u"tron"_s;
    draft.customerReference = u"cust-42"_s;
    const auto result = CryptomusRequests::createAddress(account(), credentials(), draft);
    QVERIFY(result.ok());
    QCOMPARE(result.value().url.toString(), u"https://api.cryptomus.com/v1/wallet"_s);
    QCOMPARE(result.value().body, QByteArray(R"({"currency":"USDT","network":"tron","order_id":"cust-42"})"));
    checkSigned(result.value(), kPaymentKey);
    QVERIFY(!result.value().idempotent);
    // order_id: 1–100 characters, alpha_dash.
    for (const QString& bad : {u"cust 42"_s, u"cust/42"_s, QString(101, u'a')}) {
        AddressDraft badReference = draft;
        badReference.customerReference = bad;
        QCOMPARE(CryptomusRequests::createAddress(account(), credentials(), badReference).error().field,
            u"customerReference"_s);
    }
    AddressDraft longest = draft;
    longest.customerReference = QString(100, u'a');
    QVERIFY(CryptomusRequests::createAddress(account(), credentials(), longest).ok());
    AddressDraft labelled = draft;
    labelled.label = u"VIP"_s;
    QCOMPARE(CryptomusRequests::createAddress(account(), credentials(), labelled).error().field, u"label"_s);
    AddressDraft noNetwork = draft;
    noNetwork.network.clear();
    QCOMPARE(CryptomusRequests::createAddress(account(), credentials(), noNetwork).error().field, u"network"_s);
}

void TstCryptomusRequests::payout()
{
    WithdrawalDraft draft;
    draft.amount = money("3.5", "USDT");
    draft.address = u"TJ4SCzCx3dMDi1gm8LWDPYQ8yYMKpY8w3G"_s;
    draft.network = u"tron"_s;
    draft.foreignId = u"W-1"_s;
    const auto result = CryptomusRequests::createWithdrawal(account(), credentials(), draft);
    QVERIFY(result.ok());
    QCOMPARE(result.value().url.toString(), u"https://api.cryptomus.com/v1/payout"_s);
    QCOMPARE(result.value().body,
        QByteArray(
            R"({"amount":"3.5","currency":"USDT","order_id":"W-1","address":"TJ4SCzCx3dMDi1gm8LWDPYQ8yYMKpY8w3G",)"
            R"("is_subtract":true,"network":"tron"})"));
    checkSigned(result.value(), kPayoutKey); // the payout key, not the payment key
    QVERIFY(!result.value().idempotent);
    QVERIFY(header(result.value(), "sign") != expectedSign(result.value().body, kPaymentKey));
    AccountCredentials noPayout = credentials();
    noPayout.payoutKey.clear();
    QCOMPARE(
        CryptomusRequests::createWithdrawal(account(), noPayout, draft).error().kind, ProviderError::Kind::Refused);
    WithdrawalDraft noForeign = draft;
    noForeign.foreignId.clear();
    QCOMPARE(CryptomusRequests::createWithdrawal(account(), credentials(), noForeign).error().field, u"foreignId"_s);
    for (const QString& bad : {u"W 1"_s, u"W.1"_s, QString(101, u'7')}) {
        WithdrawalDraft badForeign = draft;
        badForeign.foreignId = bad;
        QCOMPARE(
            CryptomusRequests::createWithdrawal(account(), credentials(), badForeign).error().field, u"foreignId"_s);
    }
}

void TstCryptomusRequests::baseUrls_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host") << u"https://api.cryptomus.com"_s << u"https://api.cryptomus.com/v1/balance"_s;
    QTest::newRow("host-slash") << u"https://api.cryptomus.com/"_s << u"https://api.cryptomus.com/v1/balance"_s;
    QTest::newRow("with-version") << u"https://api.cryptomus.com/v1"_s << u"https://api.cryptomus.com/v1/balance"_s;
    QTest::newRow("sandbox") << u"http://127.0.0.1:8765/cryptomus"_s << u"http://127.0.0.1:8765/cryptomus/v1/balance"_s;
}

void TstCryptomusRequests::baseUrls()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    const auto result = CryptomusRequests::balances(account(base.toLatin1().constData()), credentials());
    QVERIFY(result.ok());
    QCOMPARE(result.value().url.toString(), expected);
}

QTEST_APPLESS_MAIN(TstCryptomusRequests)
#include "tst_CryptomusRequests.moc"
