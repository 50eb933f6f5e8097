#include "core/validation/CryptoComInvoiceRules.h"
#include "tests/support/TestData.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

using paydesk::test::fields;

InvoiceDraft valid()
{
    InvoiceDraft draft;
    draft.amount = Money{*Decimal::fromString(u"25.00"), u"USD"_s};
    draft.orderId = u"A1"_s;
    draft.description = u"Tee"_s;
    return draft;
}

} // namespace

// Crypto.com Pay invoice rules, one row per rule.
class TstCryptoComInvoiceRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void severalProblemsAtOnce();
};

void TstCryptoComInvoiceRules::rules_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("lifetimeSeconds"); // -1: none
    QTest::addColumn<QString>("returnUrl");
    QTest::addColumn<QString>("extra"); // an unsupported field to set
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("valid") << u"25.00"_s << u"USD"_s << -1 << QString() << QString() << QStringList();
    QTest::newRow("valid-cro-18-decimals")
        << u"0.000000000000000001"_s << u"CRO"_s << -1 << QString() << QString() << QStringList();
    QTest::newRow("valid-jpy") << u"500"_s << u"JPY"_s << 3600 << u"https://shop.example/done"_s << QString()
                               << QStringList();
    QTest::newRow("zero") << u"0"_s << u"USD"_s << -1 << QString() << QString() << QStringList{u"amount"_s};
    QTest::newRow("negative") << u"-5"_s << u"USD"_s << -1 << QString() << QString() << QStringList{u"amount"_s};
    QTest::newRow("sub-cent") << u"1.005"_s << u"USD"_s << -1 << QString() << QString() << QStringList{u"amount"_s};
    QTest::newRow("trailing-zeros-ok") << u"1.500"_s << u"USD"_s << -1 << QString() << QString() << QStringList();
    QTest::newRow("jpy-fraction") << u"1.5"_s << u"JPY"_s << -1 << QString() << QString() << QStringList{u"amount"_s};
    QTest::newRow("unknown-currency") << u"1"_s << u"XTS"_s << -1 << QString() << QString()
                                      << QStringList{u"currency"_s};
    QTest::newRow("no-currency") << u"1"_s << QString() << -1 << QString() << QString() << QStringList{u"currency"_s};
    QTest::newRow("lifetime-too-short") << u"1"_s << u"USD"_s << 30 << QString() << QString()
                                        << QStringList{u"lifetime"_s};
    QTest::newRow("lifetime-too-long") << u"1"_s << u"USD"_s << 31 * 24 * 3600 << QString() << QString()
                                       << QStringList{u"lifetime"_s};
    QTest::newRow("return-url-relative") << u"1"_s << u"USD"_s << -1 << u"/orders/1"_s << QString()
                                         << QStringList{u"returnUrl"_s};
    QTest::newRow("return-url-ftp") << u"1"_s << u"USD"_s << -1 << u"ftp://shop.example/"_s << QString()
                                    << QStringList{u"returnUrl"_s};
    QTest::newRow("pay-currency") << u"1"_s << u"USD"_s << -1 << QString() << u"payCurrency"_s
                                  << QStringList{u"payCurrency"_s};
    QTest::newRow("network") << u"1"_s << u"USD"_s << -1 << QString() << u"network"_s << QStringList{u"network"_s};
    QTest::newRow("email") << u"1"_s << u"USD"_s << -1 << QString() << u"payerEmail"_s << QStringList{u"payerEmail"_s};
    QTest::newRow("open-amount") << u"1"_s << u"USD"_s << -1 << QString() << u"openAmount"_s
                                 << QStringList{u"openAmount"_s};
    QTest::newRow("allowed") << u"1"_s << u"USD"_s << -1 << QString() << u"allowedCurrencies"_s
                             << QStringList{u"allowedCurrencies"_s};
    QTest::newRow("discount") << u"1"_s << u"USD"_s << -1 << QString() << u"discountPercent"_s
                              << QStringList{u"discountPercent"_s};
    QTest::newRow("long-order-id") << u"1"_s << u"USD"_s << -1 << QString() << u"orderId"_s
                                   << QStringList{u"orderId"_s};
}

void TstCryptoComInvoiceRules::rules()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(int, lifetimeSeconds);
    QFETCH(QString, returnUrl);
    QFETCH(QString, extra);
    QFETCH(QStringList, expected);

    InvoiceDraft draft = valid();
    draft.amount = Money{*Decimal::fromString(amount), currency};
    if (lifetimeSeconds >= 0)
        draft.lifetime = std::chrono::seconds(lifetimeSeconds);
    draft.returnUrl = returnUrl;
    if (extra == u"payCurrency"_s)
        draft.payCurrency = u"BTC"_s;
    else if (extra == u"network"_s)
        draft.network = u"tron"_s;
    else if (extra == u"payerEmail"_s)
        draft.payerEmail = u"a@b.example"_s;
    else if (extra == u"openAmount"_s)
        draft.openAmount = true;
    else if (extra == u"allowedCurrencies"_s)
        draft.allowedCurrencies = {u"BTC"_s};
    else if (extra == u"discountPercent"_s)
        draft.discountPercent = 0;
    else if (extra == u"orderId"_s)
        draft.orderId = QString(256, u'x');
    QCOMPARE(fields(validateCryptoComInvoice(draft)), expected);
}

void TstCryptoComInvoiceRules::severalProblemsAtOnce()
{
    InvoiceDraft draft;
    draft.payCurrency = u"BTC"_s;
    const QList<FieldProblem> problems = validateCryptoComInvoice(draft);
    QCOMPARE(fields(problems), (QStringList{u"currency"_s, u"amount"_s, u"payCurrency"_s}));
    for (const FieldProblem& problem : problems)
        QVERIFY(!problem.message.isEmpty());
}

QTEST_APPLESS_MAIN(TstCryptoComInvoiceRules)

#include "tst_CryptoComInvoiceRules.moc"
