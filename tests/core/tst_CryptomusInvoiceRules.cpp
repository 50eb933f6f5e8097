#include "core/validation/CryptomusInvoiceRules.h"
#include "tests/support/TestData.h"

#include <QTest>

using namespace paydesk;
using namespace Qt::Literals::StringLiterals;

namespace {

using paydesk::test::fields;

InvoiceDraft validDraft()
{
    InvoiceDraft draft;
    draft.amount = {*Decimal::fromString(u"15"), u"USD"_s};
    draft.orderId = u"order_1-A"_s;
    return draft;
}

} // namespace

class TstCryptomusInvoiceRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void messagesAreWords();
};

void TstCryptomusInvoiceRules::rules_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("valid") << QString() << QStringList{};
    QTest::newRow("crypto-with-network") << u"cryptoNetwork"_s << QStringList{};
    QTest::newRow("fiat-to-crypto-network") << u"toCurrencyNetwork"_s << QStringList{};
    QTest::newRow("no-order-id") << u"noOrder"_s << QStringList{u"orderId"_s};
    QTest::newRow("order-id-128") << u"order128"_s << QStringList{};
    QTest::newRow("order-id-129") << u"order129"_s << QStringList{u"orderId"_s};
    QTest::newRow("order-id-space") << u"orderSpace"_s << QStringList{u"orderId"_s};
    QTest::newRow("order-id-special") << u"orderSpecial"_s << QStringList{u"orderId"_s};
    QTest::newRow("zero") << u"zero"_s << QStringList{u"amount"_s};
    QTest::newRow("too-many-decimals") << u"decimals"_s << QStringList{u"amount"_s};
    QTest::newRow("lifetime-300") << u"lifetime300"_s << QStringList{};
    QTest::newRow("lifetime-43200") << u"lifetime43200"_s << QStringList{};
    QTest::newRow("lifetime-299") << u"lifetime299"_s << QStringList{u"lifetime"_s};
    QTest::newRow("lifetime-43201") << u"lifetime43201"_s << QStringList{u"lifetime"_s};
    QTest::newRow("fiat-to-currency") << u"fiatTo"_s << QStringList{u"payCurrency"_s};
    QTest::newRow("network-on-fiat") << u"fiatNetwork"_s << QStringList{u"network"_s};
    QTest::newRow("discount-100") << u"discount100"_s << QStringList{};
    QTest::newRow("discount-minus-99") << u"discountMinus99"_s << QStringList{};
    QTest::newRow("discount-101") << u"discount101"_s << QStringList{u"discountPercent"_s};
    QTest::newRow("discount-minus-100") << u"discountMinus100"_s << QStringList{u"discountPercent"_s};
    QTest::newRow("description-256") << u"longDescription"_s << QStringList{u"description"_s};
    QTest::newRow("return-url") << u"url"_s << QStringList{u"returnUrl"_s};
    QTest::newRow("unknown-allowed-currency") << u"allowed"_s << QStringList{u"allowedCurrencies"_s};
    QTest::newRow("email-unsupported") << u"email"_s << QStringList{u"payerEmail"_s};
    QTest::newRow("open-amount-unsupported") << u"open"_s << QStringList{u"openAmount"_s};
}

void TstCryptomusInvoiceRules::rules()
{
    QFETCH(QString, change);
    QFETCH(QStringList, expected);
    InvoiceDraft draft = validDraft();
    if (change == u"cryptoNetwork"_s) {
        draft.amount = {*Decimal::fromString(u"20"), u"USDT"_s};
        draft.network = u"tron"_s;
    } else if (change == u"toCurrencyNetwork"_s) {
        draft.payCurrency = u"USDT"_s;
        draft.network = u"tron"_s;
    } else if (change == u"noOrder"_s) {
        draft.orderId.clear();
    } else if (change == u"order128"_s) {
        draft.orderId = QString(128, u'a');
    } else if (change == u"order129"_s) {
        draft.orderId = QString(129, u'a');
    } else if (change == u"orderSpace"_s) {
        draft.orderId = u"order 1"_s;
    } else if (change == u"orderSpecial"_s) {
        draft.orderId = u"order#1"_s;
    } else if (change == u"zero"_s) {
        draft.amount.amount = Decimal();
    } else if (change == u"decimals"_s) {
        draft.amount.amount = *Decimal::fromString(u"10.285");
    } else if (change == u"lifetime300"_s) {
        draft.lifetime = std::chrono::seconds(300);
    } else if (change == u"lifetime43200"_s) {
        draft.lifetime = std::chrono::seconds(43200);
    } else if (change == u"lifetime299"_s) {
        draft.lifetime = std::chrono::seconds(299);
    } else if (change == u"lifetime43201"_s) {
        draft.lifetime = std::chrono::seconds(43201);
    } else if (change == u"fiatTo"_s) {
        draft.payCurrency = u"EUR"_s;
    } else if (change == u"fiatNetwork"_s) {
        draft.network = u"tron"_s;
    } else if (change == u"discount100"_s) {
        draft.discountPercent = 100;
    } else if (change == u"discountMinus99"_s) {
        draft.discountPercent = -99;
    } else if (change == u"discount101"_s) {
        draft.discountPercent = 101;
    } else if (change == u"discountMinus100"_s) {
        draft.discountPercent = -100;
    } else if (change == u"longDescription"_s) {
        draft.description = QString(256, u'x');
    } else if (change == u"url"_s) {
        draft.returnUrl = u"javascript:alert(1)"_s;
    } else if (change == u"allowed"_s) {
        draft.allowedCurrencies = {u"USDT"_s, u"NOPE"_s};
    } else if (change == u"email"_s) {
        draft.payerEmail = u"payer@example.com"_s;
    } else if (change == u"open"_s) {
        draft.openAmount = true;
    }
    QCOMPARE(fields(validateCryptomusInvoice(draft)), expected);
}

void TstCryptomusInvoiceRules::messagesAreWords()
{
    InvoiceDraft draft = validDraft();
    draft.amount.amount = *Decimal::fromString(u"1.001");
    const QList<FieldProblem> problems = validateCryptomusInvoice(draft);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(u"2 decimal place"_s), qPrintable(problems.first().message));
    QVERIFY(problems.first().message.contains(u"USD"_s));
}

QTEST_APPLESS_MAIN(TstCryptomusInvoiceRules)

#include "tst_CryptomusInvoiceRules.moc"
