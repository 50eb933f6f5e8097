#include "core/validation/CryptoProcessingInvoiceRules.h"
#include "tests/support/TestData.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

using paydesk::test::fields;

InvoiceDraft valid()
{
    InvoiceDraft draft;
    draft.amount = Money{*Decimal::fromString(u"100"), u"EUR"_s};
    draft.lifetime = std::chrono::seconds(3600);
    draft.orderId = u"order123_customer"_s;
    return draft;
}

} // namespace

// CryptoProcessing invoice rules: lifetime 5 minutes to 60 days, foreign id, e-mail, crypto-only payer currency.
class TstCryptoProcessingInvoiceRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lifetime_data();
    void lifetime();
    void email_data();
    void email();
    void other_data();
    void other();
};

void TstCryptoProcessingInvoiceRules::lifetime_data()
{
    QTest::addColumn<qint64>("seconds"); // -1: none
    QTest::addColumn<bool>("ok");
    QTest::newRow("none") << qint64(-1) << false;
    QTest::newRow("299s") << qint64(299) << false;
    QTest::newRow("300s") << qint64(300) << true;
    QTest::newRow("60-days") << qint64(60LL * 24 * 3600) << true;
    QTest::newRow("60-days-plus-1s") << qint64(60LL * 24 * 3600 + 1) << false;
    QTest::newRow("spec-example-360000") << qint64(360000) << true;
    QTest::newRow("zero") << qint64(0) << false;
}

void TstCryptoProcessingInvoiceRules::lifetime()
{
    QFETCH(qint64, seconds);
    QFETCH(bool, ok);
    InvoiceDraft draft = valid();
    draft.lifetime.reset();
    if (seconds >= 0)
        draft.lifetime = std::chrono::seconds(seconds);
    QCOMPARE(fields(validateCryptoProcessingInvoice(draft)), ok ? QStringList() : QStringList{u"lifetime"_s});
}

void TstCryptoProcessingInvoiceRules::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty-is-optional") << QString() << true;
    QTest::newRow("plain") << u"payer@example.com"_s << true;
    QTest::newRow("plus-and-subdomain") << u"a.b+tag@mail.example.co.uk"_s << true;
    QTest::newRow("no-at") << u"payer.example.com"_s << false;
    QTest::newRow("two-ats") << u"a@b@example.com"_s << false;
    QTest::newRow("no-dot-in-domain") << u"payer@localhost"_s << false;
    QTest::newRow("space") << u"pay er@example.com"_s << false;
    QTest::newRow("empty-local") << u"@example.com"_s << false;
    QTest::newRow("trailing-dot") << u"payer@example."_s << false;
}

void TstCryptoProcessingInvoiceRules::email()
{
    QFETCH(QString, email);
    QFETCH(bool, ok);
    InvoiceDraft draft = valid();
    draft.payerEmail = email;
    QCOMPARE(fields(validateCryptoProcessingInvoice(draft)), ok ? QStringList() : QStringList{u"payerEmail"_s});
}

void TstCryptoProcessingInvoiceRules::other_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("valid") << QString() << QStringList();
    QTest::newRow("zero-amount") << u"zero"_s << QStringList{u"amount"_s};
    QTest::newRow("eur-3-decimals") << u"precision"_s << QStringList{u"amount"_s};
    QTest::newRow("btc-8-decimals-ok") << u"btc"_s << QStringList();
    QTest::newRow("unknown-currency") << u"unknown"_s << QStringList{u"currency"_s};
    QTest::newRow("no-order-id") << u"noOrder"_s << QStringList{u"orderId"_s};
    QTest::newRow("long-order-id") << u"longOrder"_s << QStringList{u"orderId"_s};
    QTest::newRow("crypto-pay-currency-with-network") << u"payUsdt"_s << QStringList();
    QTest::newRow("fiat-pay-currency") << u"payUsd"_s << QStringList{u"payCurrency"_s};
    QTest::newRow("unknown-pay-currency") << u"payUnknown"_s << QStringList{u"payCurrency"_s};
    QTest::newRow("network-alone") << u"networkAlone"_s << QStringList{u"network"_s};
    QTest::newRow("return-url") << u"returnUrl"_s << QStringList{u"returnUrl"_s};
    QTest::newRow("open-amount") << u"open"_s << QStringList{u"openAmount"_s};
    QTest::newRow("discount") << u"discount"_s << QStringList{u"discountPercent"_s};
}

void TstCryptoProcessingInvoiceRules::other()
{
    QFETCH(QString, change);
    QFETCH(QStringList, expected);
    InvoiceDraft draft = valid();
    if (change == u"zero"_s)
        draft.amount.amount = Decimal();
    else if (change == u"precision"_s)
        draft.amount.amount = *Decimal::fromString(u"1.001");
    else if (change == u"btc"_s)
        draft.amount = Money{*Decimal::fromString(u"0.00000001"), u"BTC"_s};
    else if (change == u"unknown"_s)
        draft.amount.currency = u"XTS"_s;
    else if (change == u"noOrder"_s)
        draft.orderId = u"  "_s;
    else if (change == u"longOrder"_s)
        draft.orderId = QString(256, u'a');
    else if (change == u"payUsdt"_s) {
        draft.payCurrency = u"USDT"_s;
        draft.network = u"tron"_s;
    } else if (change == u"payUsd"_s)
        draft.payCurrency = u"USD"_s;
    else if (change == u"payUnknown"_s)
        draft.payCurrency = u"XTS"_s;
    else if (change == u"networkAlone"_s)
        draft.network = u"tron"_s;
    else if (change == u"returnUrl"_s)
        draft.returnUrl = u"example.com/success"_s;
    else if (change == u"open"_s)
        draft.openAmount = true;
    else if (change == u"discount"_s)
        draft.discountPercent = 10;
    QCOMPARE(fields(validateCryptoProcessingInvoice(draft)), expected);
}

QTEST_APPLESS_MAIN(TstCryptoProcessingInvoiceRules)

#include "tst_CryptoProcessingInvoiceRules.moc"
