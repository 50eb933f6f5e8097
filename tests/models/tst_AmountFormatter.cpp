#include "models/AmountFormatter.h"
#include "tests/support/TestData.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

using paydesk::test::dec;

} // namespace

class TstAmountFormatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixedExamples_data();
    void fixedExamples();
    void matchesQLocale_data();
    void matchesQLocale();
    void minimumGrouping_data();
    void minimumGrouping();
    void groupSeparatorSpaces_data();
    void groupSeparatorSpaces();
    void beyond64Bits_data();
    void beyond64Bits();
    void omitGroupSeparator();
    void nativeDigits();
    void withCurrency();
    void displayPrecision_data();
    void displayPrecision();
};

void TstAmountFormatter::fixedExamples_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en_US") << u"en_US"_s << u"1234.5"_s << 2 << u"1,234.50"_s;
    QTest::newRow("de_DE") << u"de_DE"_s << u"1234.5"_s << 2 << u"1.234,50"_s;
    QTest::newRow("en_US million") << u"en_US"_s << u"1234567.891"_s << 2 << u"1,234,567.89"_s;
    QTest::newRow("de_DE negative") << u"de_DE"_s << u"-1234.5"_s << 2 << u"-1.234,50"_s;
    QTest::newRow("en_US negative") << u"en_US"_s << u"-0.5"_s << 2 << u"-0.50"_s;
    QTest::newRow("en_US zero") << u"en_US"_s << u"0"_s << 2 << u"0.00"_s;
    QTest::newRow("en_US zero precision 0") << u"en_US"_s << u"0.00"_s << 0 << u"0"_s;
    QTest::newRow("de_DE zero") << u"de_DE"_s << u"-0.00"_s << 2 << u"0,00"_s;
    QTest::newRow("negative rounds to zero") << u"en_US"_s << u"-0.004"_s << 2 << u"0.00"_s;
    QTest::newRow("half even down") << u"en_US"_s << u"2.125"_s << 2 << u"2.12"_s;
    QTest::newRow("half even up") << u"en_US"_s << u"2.135"_s << 2 << u"2.14"_s;
    QTest::newRow("negative half even") << u"en_US"_s << u"-2.125"_s << 2 << u"-2.12"_s;
    QTest::newRow("carry into a new group") << u"en_US"_s << u"999999.995"_s << 2 << u"1,000,000.00"_s;
    QTest::newRow("precision 0") << u"de_DE"_s << u"1234.5"_s << 0 << u"1.234"_s;
    QTest::newRow("BTC 8") << u"en_US"_s << u"0.00370885"_s << 8 << u"0.00370885"_s;
    QTest::newRow("ETH 18") << u"en_US"_s << u"1234.002137791379927765"_s << 18 << u"1,234.002137791379927765"_s;
    QTest::newRow("pads fraction") << u"en_US"_s << u"15"_s << 2 << u"15.00"_s;
    QTest::newRow("three digits") << u"en_US"_s << u"999"_s << 0 << u"999"_s;
    QTest::newRow("en_IN lakh") << u"en_IN"_s << u"1234567.5"_s << 2 << u"12,34,567.50"_s;
}

void TstAmountFormatter::fixedExamples()
{
    QFETCH(QString, locale);
    QFETCH(QString, amount);
    QFETCH(int, precision);
    QFETCH(QString, expected);

    QCOMPARE(AmountFormatter(QLocale(locale)).format(dec(amount), precision), expected);
}

// Amounts that are exact in binary floating point, so QLocale's own double formatting is a trustworthy reference.
void TstAmountFormatter::matchesQLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<double>("reference");
    QTest::addColumn<int>("precision");

    const QStringList locales = {u"en_US"_s, u"de_DE"_s, u"fr_FR"_s, u"ru_RU"_s, u"de_CH"_s, u"en_IN"_s, u"es_ES"_s,
        u"pl_PL"_s, u"ar_EG"_s, u"fa_IR"_s, u"ja_JP"_s, u"C"_s};
    const struct
    {
        const char* text;
        double value;
        int precision;
    } amounts[] = {
        {"0", 0.0, 2},
        {"7.25", 7.25, 2},
        {"1234.5", 1234.5, 2},
        {"-1234.5", -1234.5, 2},
        {"12345.75", 12345.75, 2},
        {"1234567.125", 1234567.125, 3},
        {"-98765432.5", -98765432.5, 1},
        {"123456789012", 123456789012.0, 0},
        {"1000000", 1000000.0, 8},
    };
    for (const QString& locale : locales) {
        for (const auto& amount : amounts) {
            // Qt 6.4 groups 1234567 as "1234.567" in locales with a minimum grouping of 2 (see minimumGrouping()).
            if ((locale == u"es_ES"_s || locale == u"pl_PL"_s) && (amount.value >= 1e6 || amount.value <= -1e6))
                continue;
            QTest::addRow("%s %s", qPrintable(locale), amount.text)
                << locale << QString::fromLatin1(amount.text) << amount.value << amount.precision;
        }
    }
}

void TstAmountFormatter::matchesQLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, amount);
    QFETCH(double, reference);
    QFETCH(int, precision);

    const QLocale qlocale(locale);
    QCOMPARE(AmountFormatter(qlocale).format(dec(amount), precision), qlocale.toString(reference, 'f', precision));
}

// CLDR minimumGroupingDigits = 2 (es, pl): no separator in four-digit integers, full grouping from five digits on.
void TstAmountFormatter::minimumGrouping_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QStringList>("groups"); // integer digit groups, joined with the locale's separator
    QTest::addColumn<QString>("fraction");

    QTest::newRow("es 4 digits") << u"es_ES"_s << u"1234.5"_s << 2 << QStringList{u"1234"_s} << u"50"_s;
    QTest::newRow("es 5 digits") << u"es_ES"_s << u"12345.75"_s << 2 << QStringList{u"12"_s, u"345"_s} << u"75"_s;
    QTest::newRow("es 7 digits") << u"es_ES"_s << u"1234567.125"_s << 3 << QStringList{u"1"_s, u"234"_s, u"567"_s}
                                 << u"125"_s;
    QTest::newRow("es negative 8 digits")
        << u"es_ES"_s << u"-98765432.5"_s << 1 << QStringList{u"-98"_s, u"765"_s, u"432"_s} << u"5"_s;
    QTest::newRow("pl 4 digits") << u"pl_PL"_s << u"1234"_s << 0 << QStringList{u"1234"_s} << QString();
    QTest::newRow("pl 7 digits") << u"pl_PL"_s << u"1234567"_s << 0 << QStringList{u"1"_s, u"234"_s, u"567"_s}
                                 << QString();
    QTest::newRow("pl 25 digits") << u"pl_PL"_s << u"1234567890123456789012345.5"_s << 1
                                  << QStringList{u"1"_s, u"234"_s, u"567"_s, u"890"_s, u"123"_s, u"456"_s, u"789"_s,
                                         u"012"_s, u"345"_s}
                                  << u"5"_s;
}

void TstAmountFormatter::minimumGrouping()
{
    QFETCH(QString, locale);
    QFETCH(QString, amount);
    QFETCH(int, precision);
    QFETCH(QStringList, groups);
    QFETCH(QString, fraction);

    const QLocale qlocale(locale);
    QString expected = groups.join(qlocale.groupSeparator());
    if (expected.startsWith(u'-'))
        expected.replace(0, 1, qlocale.negativeSign());
    if (!fraction.isNull())
        expected += qlocale.decimalPoint() + fraction;
    QCOMPARE(AmountFormatter(qlocale).format(dec(amount), precision), expected);
    // Up to four integer digits, QLocale agrees.
    if (groups.size() == 1)
        QCOMPARE(AmountFormatter(qlocale).format(dec(amount), 0), qlocale.toString(groups.at(0).toLongLong()));
}

void TstAmountFormatter::groupSeparatorSpaces_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("fr_FR") << u"fr_FR"_s;
    QTest::newRow("ru_RU") << u"ru_RU"_s;
}

void TstAmountFormatter::groupSeparatorSpaces()
{
    QFETCH(QString, locale);

    const QLocale qlocale(locale);
    const QString group = qlocale.groupSeparator();
    const QString point = qlocale.decimalPoint();
    // A no-break or narrow no-break space, never a plain space that could wrap.
    QVERIFY(group == u"\u00a0"_s || group == u"\u202f"_s);
    QCOMPARE(point, u","_s);
    const AmountFormatter formatter(qlocale);
    QCOMPARE(formatter.format(dec(u"1234.5"_s), 2), u"1"_s + group + u"234"_s + point + u"50"_s);
    QCOMPARE(formatter.format(dec(u"-1234567.5"_s), 2),
        qlocale.negativeSign() + u"1"_s + group + u"234"_s + group + u"567"_s + point + u"50"_s);
    QCOMPARE(formatter.format(dec(u"100"_s), 0), u"100"_s);
}

void TstAmountFormatter::beyond64Bits_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en_US 20 digits") << u"en_US"_s << u"18446744073709551616"_s << 0 << u"18,446,744,073,709,551,616"_s;
    QTest::newRow("en_US 24 digits") << u"en_US"_s << u"123456789012345678901234.565"_s << 2
                                     << u"123,456,789,012,345,678,901,234.56"_s;
    QTest::newRow("de_DE negative") << u"de_DE"_s << u"-123456789012345678901234.5"_s << 2
                                    << u"-123.456.789.012.345.678.901.234,50"_s;
    QTest::newRow("en_US 38 digits") << u"en_US"_s << u"99999999999999999999999999999999999999"_s << 0
                                     << u"99,999,999,999,999,999,999,999,999,999,999,999,999"_s;
    QTest::newRow("en_US rounds to 38 digits") << u"en_US"_s << u"9999999999999999999999999999999999999.5"_s << 0
                                               << u"10,000,000,000,000,000,000,000,000,000,000,000,000"_s;
    QTest::newRow("en_IN 23 digits") << u"en_IN"_s << u"12345678901234567890123"_s << 0
                                     << u"12,34,56,78,90,12,34,56,78,90,123"_s;
    QTest::newRow("CRO in wei at 18") << u"en_US"_s << u"10000000000000000000.000000000000000001"_s << 18
                                      << u"10,000,000,000,000,000,000.000000000000000001"_s;
}

void TstAmountFormatter::beyond64Bits()
{
    QFETCH(QString, locale);
    QFETCH(QString, amount);
    QFETCH(int, precision);
    QFETCH(QString, expected);

    QCOMPARE(AmountFormatter(QLocale(locale)).format(dec(amount), precision), expected);
}

void TstAmountFormatter::omitGroupSeparator()
{
    QLocale locale(u"de_DE"_s);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const AmountFormatter formatter(locale);
    QCOMPARE(formatter.format(dec(u"1234567.5"_s), 2), u"1234567,50"_s);
    QCOMPARE(formatter.format(dec(u"-123456789012345678901234.5"_s), 1), u"-123456789012345678901234,5"_s);
}

void TstAmountFormatter::nativeDigits()
{
    // Arabic (Egypt) uses Arabic-Indic digits in QLocale; an amount beyond 64 bits must use them too.
    const QLocale locale(u"ar_EG"_s);
    if (locale.zeroDigit() == u"0"_s)
        QSKIP("this Qt build has no native digits for ar_EG");
    const AmountFormatter formatter(locale);
    const QString small = formatter.format(dec(u"1234.5"_s), 2);
    QCOMPARE(small, locale.toString(1234.5, 'f', 2));
    const QString large = formatter.format(dec(u"123456789012345678901234.5"_s), 2);
    for (QChar c : large)
        QVERIFY2(c.unicode() < u'0' || c.unicode() > u'9', qPrintable(large));
    // Same grouping as the small amount, with more groups.
    QVERIFY(large.endsWith(small.right(small.size() - 1)));
    QCOMPARE(large.count(locale.groupSeparator()), 7);
}

void TstAmountFormatter::withCurrency()
{
    const AmountFormatter formatter(QLocale(u"en_US"_s));
    QCOMPARE(formatter.formatWithCurrency(dec(u"1234.5"_s), 2, u"USD"_s), u"1,234.50\u00a0USD"_s);
    QCOMPARE(formatter.formatWithCurrency(dec(u"-0.00370885"_s), 8, u"BTC"_s), u"-0.00370885\u00a0BTC"_s);
}

void TstAmountFormatter::displayPrecision_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("places");

    QTest::newRow("USD zero") << u"0"_s << u"USD"_s << 2;
    QTest::newRow("USD with mills") << u"1.125"_s << u"USD"_s << 3;
    QTest::newRow("JPY") << u"1500"_s << u"JPY"_s << 0;
    QTest::newRow("BTC") << u"0.5"_s << u"BTC"_s << 8;
    QTest::newRow("CRO zero: 8, not 18") << u"0.000000000000000000"_s << u"CRO"_s << 8;
    QTest::newRow("ETH with 18 real digits") << u"1.000000000000000001"_s << u"ETH"_s << 18;
    QTest::newRow("ETH trailing zeros") << u"2.500000000000000000"_s << u"ETH"_s << 8;
    QTest::newRow("USDT") << u"10"_s << u"USDT"_s << 6;
}

void TstAmountFormatter::displayPrecision()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(int, places);
    QCOMPARE(AmountFormatter::displayPrecision(dec(amount), currency), places);
}

QTEST_GUILESS_MAIN(TstAmountFormatter)

#include "tst_AmountFormatter.moc"
