#include "core/validation/BucksBusInvoiceRules.h"
#include "tests/support/TestData.h"

#include <QTest>

using namespace paydesk;
using namespace Qt::Literals::StringLiterals;

namespace {

using paydesk::test::fields;

InvoiceDraft validDraft()
{
    InvoiceDraft draft;
    draft.amount = {*Decimal::fromString(u"100.50"), u"USD"_s};
    draft.payCurrency = u"BTC"_s;
    draft.orderId = u"ord-1"_s;
    draft.lifetime = std::chrono::seconds(3600);
    draft.payerEmail = u"payer@example.com"_s;
    draft.returnUrl = u"https://shop.example/ok"_s;
    return draft;
}

} // namespace

class TstBucksBusInvoiceRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
};

void TstBucksBusInvoiceRules::rules_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("valid") << QString() << QStringList{};
    QTest::newRow("crypto-amount-no-pay-currency") << u"cryptoOnly"_s << QStringList{};
    QTest::newRow("asset-id-with-network") << u"assetId"_s << QStringList{};
    QTest::newRow("zero") << u"zero"_s << QStringList{u"amount"_s};
    QTest::newRow("negative") << u"negative"_s << QStringList{u"amount"_s};
    QTest::newRow("too-many-decimals") << u"decimals"_s << QStringList{u"amount"_s};
    QTest::newRow("trailing-zeros-fine") << u"trailingZeros"_s << QStringList{};
    QTest::newRow("unknown-currency") << u"unknownCurrency"_s << QStringList{u"currency"_s};
    QTest::newRow("no-currency") << u"noCurrency"_s << QStringList{u"currency"_s};
    QTest::newRow("fiat-without-crypto") << u"noPayCurrency"_s << QStringList{u"payCurrency"_s};
    QTest::newRow("fiat-pay-currency") << u"fiatPayCurrency"_s << QStringList{u"payCurrency"_s};
    QTest::newRow("network") << u"network"_s << QStringList{u"network"_s};
    QTest::newRow("lifetime-1-minute") << u"lifetime60"_s << QStringList{};
    QTest::newRow("lifetime-24-hours") << u"lifetime1440"_s << QStringList{};
    QTest::newRow("lifetime-too-long") << u"lifetime1441"_s << QStringList{u"lifetime"_s};
    QTest::newRow("lifetime-not-whole-minutes") << u"lifetime90s"_s << QStringList{u"lifetime"_s};
    QTest::newRow("lifetime-zero") << u"lifetime0"_s << QStringList{u"lifetime"_s};
    QTest::newRow("bad-email") << u"email"_s << QStringList{u"payerEmail"_s};
    QTest::newRow("bad-url") << u"url"_s << QStringList{u"returnUrl"_s};
    QTest::newRow("cryptomus-fields") << u"cryptomus"_s << QStringList{u"allowedCurrencies"_s, u"discountPercent"_s};
}

void TstBucksBusInvoiceRules::rules()
{
    QFETCH(QString, change);
    QFETCH(QStringList, expected);
    InvoiceDraft draft = validDraft();
    if (change == u"cryptoOnly"_s) {
        draft.amount = {*Decimal::fromString(u"0.037"), u"BTC"_s};
        draft.payCurrency.clear();
    } else if (change == u"assetId"_s) {
        draft.amount = {*Decimal::fromString(u"25.5"), u"USDT.TRC20"_s};
        draft.payCurrency = u"USDT.TRC20"_s;
    } else if (change == u"zero"_s) {
        draft.amount.amount = Decimal();
    } else if (change == u"negative"_s) {
        draft.amount.amount = *Decimal::fromString(u"-1");
    } else if (change == u"decimals"_s) {
        draft.amount.amount = *Decimal::fromString(u"1.005");
    } else if (change == u"trailingZeros"_s) {
        draft.amount.amount = *Decimal::fromString(u"1.5000");
    } else if (change == u"unknownCurrency"_s) {
        draft.amount.currency = u"XYZ"_s;
    } else if (change == u"noCurrency"_s) {
        draft.amount.currency.clear();
        draft.payCurrency = u"BTC"_s;
    } else if (change == u"noPayCurrency"_s) {
        draft.payCurrency.clear();
    } else if (change == u"fiatPayCurrency"_s) {
        draft.payCurrency = u"EUR"_s;
    } else if (change == u"network"_s) {
        draft.network = u"tron"_s;
    } else if (change == u"lifetime60"_s) {
        draft.lifetime = std::chrono::seconds(60);
    } else if (change == u"lifetime1440"_s) {
        draft.lifetime = std::chrono::seconds(1440 * 60);
    } else if (change == u"lifetime1441"_s) {
        draft.lifetime = std::chrono::seconds(1441 * 60);
    } else if (change == u"lifetime90s"_s) {
        draft.lifetime = std::chrono::seconds(90);
    } else if (change == u"lifetime0"_s) {
        draft.lifetime = std::chrono::seconds(0);
    } else if (change == u"email"_s) {
        draft.payerEmail = u"payer@localhost"_s;
    } else if (change == u"url"_s) {
        draft.returnUrl = u"shop.example/ok"_s;
    } else if (change == u"cryptomus"_s) {
        draft.allowedCurrencies = {u"BTC"_s};
        draft.discountPercent = 5;
    }
    QCOMPARE(fields(validateBucksBusInvoice(draft)), expected);
}

QTEST_APPLESS_MAIN(TstBucksBusInvoiceRules)

#include "tst_BucksBusInvoiceRules.moc"
