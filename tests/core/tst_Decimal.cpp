#include "core/Assets.h"
#include "core/Decimal.h"
#include "tests/support/TestData.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

using Rounding = Decimal::Rounding;
using ParseError = Decimal::ParseError;

namespace {

using paydesk::test::dec;

constexpr std::array kModes
    = {Rounding::HalfEven, Rounding::HalfUp, Rounding::Down, Rounding::Up, Rounding::Floor, Rounding::Ceiling};
constexpr std::array kModeNames = {"HalfEven", "HalfUp", "Down", "Up", "Floor", "Ceiling"};

QString textOf(const std::optional<Decimal>& value)
{
    return value ? value->toString() : QString();
}

// Expected results per rounding mode, in kModes order; a null QString means std::nullopt. The expected values were
// computed independently with exact rational arithmetic (Python fractions, cross-checked with decimal.quantize).
using Expected = std::array<QString, 6>;

void addRoundingRows(const char* a, const char* b, int scale, const Expected& expected)
{
    for (std::size_t i = 0; i < kModes.size(); ++i) {
        QTest::addRow("%s,%s@%d/%s", a, b, scale, kModeNames[i])
            << QString::fromLatin1(a) << QString::fromLatin1(b) << scale << kModes[i] << expected[i];
    }
}

void addRescaleRows(const char* value, int scale, const Expected& expected)
{
    for (std::size_t i = 0; i < kModes.size(); ++i) {
        QTest::addRow("%s@%d/%s", value, scale, kModeNames[i])
            << QString::fromLatin1(value) << scale << kModes[i] << expected[i];
    }
}

void addRoundingColumns()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("scale");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<QString>("expected");
}

// Non-comment, non-empty lines of a file under PAYDESK_TEST_DATA, with the line numbers for messages.
QList<std::pair<int, QString>> dataLines(const QString& name)
{
    const QString dir = qEnvironmentVariable("PAYDESK_TEST_DATA");
    if (dir.isEmpty())
        qFatal("PAYDESK_TEST_DATA is not set");
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    QList<std::pair<int, QString>> lines;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            lines.append({number, line});
    }
    return lines;
}

} // namespace

class TstDecimal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAndPrint_data();
    void parseAndPrint();
    void parseInvalid_data();
    void parseInvalid();
    void userInputHasNoPlus();
    void parseErrorText();
    void fromInt();
    void minorUnits_data();
    void minorUnits();
    void toMinorUnits_data();
    void toMinorUnits();
    void fromMinorUnitsInvalid();
    void plusMinus_data();
    void plusMinus();
    void multiply_data();
    void multiply();
    void divide_data();
    void divide();
    void divideByZero();
    void rescale_data();
    void rescale();
    void rescaleInvalid();
    void compare_data();
    void compare();
    void ordering();
    void normalized_data();
    void normalized();
    void signs();
    void specAmountsRoundTrip();
    void specMinorUnitsRoundTrip();
};

void TstDecimal::parseAndPrint_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("printed");
    QTest::addColumn<int>("scale");
    QTest::addColumn<int>("signum");

    QTest::newRow("zero") << u"0"_s << u"0"_s << 0 << 0;
    QTest::newRow("integer") << u"100"_s << u"100"_s << 0 << 1;
    QTest::newRow("scale kept") << u"15.00"_s << u"15.00"_s << 2 << 1;
    QTest::newRow("plus sign") << u"+15.5"_s << u"15.5"_s << 1 << 1;
    QTest::newRow("negative") << u"-1894.8"_s << u"-1894.8"_s << 1 << -1;
    QTest::newRow("leading zeros") << u"007.50"_s << u"7.50"_s << 2 << 1;
    QTest::newRow("leading zeros zero") << u"000"_s << u"0"_s << 0 << 0;
    QTest::newRow("minus zero") << u"-0"_s << u"0"_s << 0 << 0;
    QTest::newRow("minus zero scaled") << u"-0.00"_s << u"0.00"_s << 2 << 0;
    QTest::newRow("zero scale 8") << u"0.00000000"_s << u"0.00000000"_s << 8 << 0;
    QTest::newRow("small") << u"0.0001"_s << u"0.0001"_s << 4 << 1;
    QTest::newRow("18 decimals") << u"0.002137791379927765"_s << u"0.002137791379927765"_s << 18 << 1;
    QTest::newRow("38 digits integer") << u"99999999999999999999999999999999999999"_s
                                       << u"99999999999999999999999999999999999999"_s << 0 << 1;
    QTest::newRow("38 digits negative") << u"-12345678901234567890123456789012345678"_s
                                        << u"-12345678901234567890123456789012345678"_s << 0 << -1;
    QTest::newRow("scale 38") << u"0.00000000000000000000000000000000000001"_s
                              << u"0.00000000000000000000000000000000000001"_s << 38 << 1;
    QTest::newRow("38 digits scale 38") << u"-0.99999999999999999999999999999999999999"_s
                                        << u"-0.99999999999999999999999999999999999999"_s << 38 << -1;
    QTest::newRow("38 digits mid point") << u"1234567890123456789.0123456789012345678"_s
                                         << u"1234567890123456789.0123456789012345678"_s << 19 << 1;
    QTest::newRow("beyond 64 bits") << u"18446744073709551616.5"_s << u"18446744073709551616.5"_s << 1 << 1;
    QTest::newRow("leading zeros beyond 38 chars")
        << u"0000000000000000000000000000000000000000001.5"_s << u"1.5"_s << 1 << 1;
}

void TstDecimal::parseAndPrint()
{
    QFETCH(QString, input);
    QFETCH(QString, printed);
    QFETCH(int, scale);
    QFETCH(int, signum);

    ParseError error = ParseError::InvalidCharacter;
    const auto value = Decimal::fromString(input, &error);
    QVERIFY(value.has_value());
    QCOMPARE(error, ParseError::None);
    QCOMPARE(value->toString(), printed);
    QCOMPARE(value->scale(), scale);
    QCOMPARE(value->signum(), signum);
    QCOMPARE(value->isZero(), signum == 0);
    QCOMPARE(value->isNegative(), signum < 0);
    // The printed form is canonical: it parses to an identical value and prints the same again.
    const auto again = Decimal::fromString(printed);
    QVERIFY(again.has_value());
    QVERIFY(again->isIdenticalTo(*value));
    QCOMPARE(again->toString(), printed);
}

void TstDecimal::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ParseError>("error");

    QTest::newRow("empty") << QString() << ParseError::Empty;
    QTest::newRow("empty string") << u""_s << ParseError::Empty;
    QTest::newRow("minus only") << u"-"_s << ParseError::Empty;
    QTest::newRow("plus only") << u"+"_s << ParseError::Empty;
    QTest::newRow("exponent") << u"1e5"_s << ParseError::InvalidCharacter;
    QTest::newRow("exponent upper") << u"1E5"_s << ParseError::InvalidCharacter;
    QTest::newRow("comma") << u"1,5"_s << ParseError::InvalidCharacter;
    QTest::newRow("NaN") << u"NaN"_s << ParseError::InvalidCharacter;
    QTest::newRow("inf") << u"inf"_s << ParseError::InvalidCharacter;
    QTest::newRow("minus inf") << u"-inf"_s << ParseError::InvalidCharacter;
    QTest::newRow("leading space") << u" 1"_s << ParseError::InvalidCharacter;
    QTest::newRow("trailing space") << u"1 "_s << ParseError::InvalidCharacter;
    QTest::newRow("trailing point") << u"1."_s << ParseError::InvalidCharacter;
    QTest::newRow("leading point") << u".5"_s << ParseError::InvalidCharacter;
    QTest::newRow("minus leading point") << u"-.5"_s << ParseError::InvalidCharacter;
    QTest::newRow("point only") << u"."_s << ParseError::InvalidCharacter;
    QTest::newRow("two points") << u"1.2.3"_s << ParseError::InvalidCharacter;
    QTest::newRow("hex") << u"0x10"_s << ParseError::InvalidCharacter;
    QTest::newRow("arabic-indic digits") << u"\u0661\u0662"_s << ParseError::InvalidCharacter;
    QTest::newRow("fullwidth digit") << u"\uff11"_s << ParseError::InvalidCharacter;
    QTest::newRow("double sign") << u"--1"_s << ParseError::InvalidCharacter;
    QTest::newRow("sign after digits") << u"1-"_s << ParseError::InvalidCharacter;
    QTest::newRow("sign and plus") << u"+-1"_s << ParseError::InvalidCharacter;
    QTest::newRow("underscore") << u"1_000"_s << ParseError::InvalidCharacter;
    QTest::newRow("nul") << QString(QChar(u'1')) + QChar(u'\0') << ParseError::InvalidCharacter;
    QTest::newRow("39 digits") << u"123456789012345678901234567890123456789"_s << ParseError::TooManyDigits;
    QTest::newRow("39 digits with point") << u"1234567890123456789.01234567890123456789"_s << ParseError::TooManyDigits;
    QTest::newRow("39 digits negative") << u"-999999999999999999999999999999999999999"_s << ParseError::TooManyDigits;
    QTest::newRow("scale 39") << u"0.000000000000000000000000000000000000001"_s << ParseError::TooManyDigits;
    QTest::newRow("scale 39 zero") << u"0.000000000000000000000000000000000000000"_s << ParseError::TooManyDigits;
    QTest::newRow("long and invalid") << u"1234567890123456789012345678901234567890x"_s << ParseError::InvalidCharacter;
}

void TstDecimal::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(ParseError, error);

    ParseError actual = ParseError::None;
    const auto value = Decimal::fromString(input, &actual);
    QVERIFY2(!value.has_value(), qPrintable(value ? value->toString() : QString()));
    QCOMPARE(actual, error);
    QVERIFY(!Decimal::parseErrorText(actual).isEmpty());
    // Without an error pointer the result is still a failure, never a silent zero.
    QVERIFY(!Decimal::fromString(input).has_value());
}

void TstDecimal::userInputHasNoPlus()
{
    // A gateway's "+5" is read (fromString); a person's is refused.
    QCOMPARE(Decimal::fromString(u"+5"_s)->toString(), u"5"_s);
    ParseError error = ParseError::None;
    QVERIFY(!Decimal::fromUserInput(u"+5"_s, &error).has_value());
    QCOMPARE(error, ParseError::InvalidCharacter);
    QVERIFY(!Decimal::fromUserInput(u"+0.50"_s).has_value());
    QCOMPARE(Decimal::fromUserInput(u"25.50"_s)->toString(), u"25.50"_s);
    QCOMPARE(Decimal::fromUserInput(u"-1"_s)->toString(), u"-1"_s);
    QVERIFY(!Decimal::fromUserInput(u"1,5"_s, &error).has_value());
    QCOMPARE(error, ParseError::InvalidCharacter);
    QCOMPARE(Decimal::fromUserInput(u""_s, &error), std::nullopt);
    QCOMPARE(error, ParseError::Empty);
}

void TstDecimal::parseErrorText()
{
    QVERIFY(Decimal::parseErrorText(ParseError::None).isEmpty());
    const QString empty = Decimal::parseErrorText(ParseError::Empty);
    const QString invalid = Decimal::parseErrorText(ParseError::InvalidCharacter);
    const QString tooMany = Decimal::parseErrorText(ParseError::TooManyDigits);
    QVERIFY(!empty.isEmpty());
    QVERIFY(empty != invalid && invalid != tooMany && empty != tooMany);
    QVERIFY(tooMany.contains(u"38"_s));
}

void TstDecimal::fromInt()
{
    QCOMPARE(Decimal::fromInt(0).toString(), u"0"_s);
    QCOMPARE(Decimal::fromInt(-42).toString(), u"-42"_s);
    QCOMPARE(Decimal::fromInt(std::numeric_limits<std::int64_t>::max()).toString(), u"9223372036854775807"_s);
    QCOMPARE(Decimal::fromInt(std::numeric_limits<std::int64_t>::min()).toString(), u"-9223372036854775808"_s);
    QCOMPARE(Decimal::fromInt(7).scale(), 0);
    QVERIFY(Decimal().isIdenticalTo(Decimal::fromInt(0)));
}

void TstDecimal::minorUnits_data()
{
    QTest::addColumn<QString>("units");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<QString>("printed");
    QTest::addColumn<QString>("normalizedText");

    QTest::newRow("USD cents") << u"1900"_s << 2 << u"19.00"_s << u"19"_s;
    QTest::newRow("USD cents odd") << u"2599"_s << 2 << u"25.99"_s << u"25.99"_s;
    QTest::newRow("one cent") << u"1"_s << 2 << u"0.01"_s << u"0.01"_s;
    QTest::newRow("JPY") << u"1500"_s << 0 << u"1500"_s << u"1500"_s;
    QTest::newRow("zero") << u"0"_s << 2 << u"0.00"_s << u"0"_s;
    QTest::newRow("negative") << u"-250"_s << 2 << u"-2.50"_s << u"-2.5"_s;
    QTest::newRow("CRO 100") << u"100000000000000000000"_s << 18 << u"100.000000000000000000"_s << u"100"_s;
    QTest::newRow("CRO beyond 64 bits") << u"1894800000000000000000"_s << 18 << u"1894.800000000000000000"_s
                                        << u"1894.8"_s;
    QTest::newRow("CRO one wei") << u"1"_s << 18 << u"0.000000000000000001"_s << u"0.000000000000000001"_s;
    QTest::newRow("ETH 38 digits") << u"12345678901234567890123456789012345678"_s << 18
                                   << u"12345678901234567890.123456789012345678"_s
                                   << u"12345678901234567890.123456789012345678"_s;
    QTest::newRow("leading zeros") << u"000100"_s << 2 << u"1.00"_s << u"1"_s;
    QTest::newRow("exponent 38") << u"5"_s << 38 << u"0.00000000000000000000000000000000000005"_s
                                 << u"0.00000000000000000000000000000000000005"_s;
}

void TstDecimal::minorUnits()
{
    QFETCH(QString, units);
    QFETCH(int, exponent);
    QFETCH(QString, printed);
    QFETCH(QString, normalizedText);

    ParseError error = ParseError::Empty;
    const auto value = Decimal::fromMinorUnits(units, exponent, &error);
    QVERIFY(value.has_value());
    QCOMPARE(error, ParseError::None);
    QCOMPARE(value->scale(), exponent);
    QCOMPARE(value->toString(), printed);
    QCOMPARE(value->normalized().toString(), normalizedText);
    // Back to minor units at the same exponent: the same integer, without the insignificant leading zeros.
    QString canonicalUnits = units;
    const bool negative = canonicalUnits.startsWith(u'-');
    if (negative)
        canonicalUnits.remove(0, 1);
    while (canonicalUnits.size() > 1 && canonicalUnits.startsWith(u'0'))
        canonicalUnits.remove(0, 1);
    if (negative)
        canonicalUnits.prepend(u'-');
    QCOMPARE(value->toMinorUnits(exponent), std::optional<QString>(canonicalUnits));
    QCOMPARE(value->normalized().toMinorUnits(exponent), std::optional<QString>(canonicalUnits));
}

void TstDecimal::toMinorUnits_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<QString>("units"); // null: std::nullopt

    QTest::newRow("100 CRO") << u"100"_s << 18 << u"100000000000000000000"_s;
    QTest::newRow("19 EUR") << u"19"_s << 2 << u"1900"_s;
    QTest::newRow("19.5 EUR") << u"19.5"_s << 2 << u"1950"_s;
    QTest::newRow("19.50 EUR") << u"19.50"_s << 2 << u"1950"_s;
    QTest::newRow("trailing zeros dropped") << u"19.5000"_s << 2 << u"1950"_s;
    QTest::newRow("would lose digits") << u"1.005"_s << 2 << QString();
    QTest::newRow("would lose 1 wei") << u"0.000000000000000001"_s << 17 << QString();
    QTest::newRow("JPY") << u"1500"_s << 0 << u"1500"_s;
    QTest::newRow("JPY fraction") << u"1500.5"_s << 0 << QString();
    QTest::newRow("negative") << u"-2.5"_s << 2 << u"-250"_s;
    QTest::newRow("zero") << u"0.000"_s << 2 << u"0"_s;
    QTest::newRow("minus zero") << u"-0.00"_s << 18 << u"0"_s;
    QTest::newRow("more than 38 digits") << u"99999999999999999999999999999999999999"_s << 18
                                         << u"99999999999999999999999999999999999999000000000000000000"_s;
    QTest::newRow("negative exponent") << u"100"_s << -2 << QString();
    QTest::newRow("exponent 39") << u"1"_s << 39 << QString();
}

void TstDecimal::toMinorUnits()
{
    QFETCH(QString, value);
    QFETCH(int, exponent);
    QFETCH(QString, units);

    const auto result = dec(value).toMinorUnits(exponent);
    if (units.isNull()) {
        QVERIFY2(!result.has_value(), qPrintable(result.value_or(QString())));
    } else {
        QVERIFY(result.has_value());
        QCOMPARE(*result, units);
    }
}

void TstDecimal::fromMinorUnitsInvalid()
{
    ParseError error = ParseError::None;
    QVERIFY(!Decimal::fromMinorUnits(u"100", -1, &error).has_value());
    QCOMPARE(error, ParseError::InvalidCharacter);
    QVERIFY(!Decimal::fromMinorUnits(u"100", 39, &error).has_value());
    QCOMPARE(error, ParseError::TooManyDigits);
    QVERIFY(!Decimal::fromMinorUnits(u"19.00", 2, &error).has_value());
    QCOMPARE(error, ParseError::InvalidCharacter);
    QVERIFY(!Decimal::fromMinorUnits(u"", 2, &error).has_value());
    QCOMPARE(error, ParseError::Empty);
    QVERIFY(!Decimal::fromMinorUnits(u"1e20", 18, &error).has_value());
    QCOMPARE(error, ParseError::InvalidCharacter);
    QVERIFY(!Decimal::fromMinorUnits(u" 100", 2, &error).has_value());
    QCOMPARE(error, ParseError::InvalidCharacter);
    QVERIFY(!Decimal::fromMinorUnits(u"123456789012345678901234567890123456789", 18, &error).has_value());
    QCOMPARE(error, ParseError::TooManyDigits);
}

void TstDecimal::plusMinus_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("sum"); // null: overflow
    QTest::addColumn<QString>("difference");

    QTest::newRow("integers") << u"2"_s << u"3"_s << u"5"_s << u"-1"_s;
    QTest::newRow("align scales") << u"15.00"_s << u"0.005"_s << u"15.005"_s << u"14.995"_s;
    QTest::newRow("scale of the larger") << u"1.10"_s << u"2.9"_s << u"4.00"_s << u"-1.80"_s;
    QTest::newRow("negative plus positive") << u"-10.5"_s << u"3.25"_s << u"-7.25"_s << u"-13.75"_s;
    QTest::newRow("to zero") << u"-1.5"_s << u"1.50"_s << u"0.00"_s << u"-3.00"_s;
    QTest::newRow("zero minus zero") << u"0.00"_s << u"-0"_s << u"0.00"_s << u"0.00"_s;
    QTest::newRow("18 decimals") << u"0.009821214514536778"_s << u"0.00772465"_s << u"0.017545864514536778"_s
                                 << u"0.002096564514536778"_s;
    QTest::newRow("beyond 64 bits") << u"18446744073709551615"_s << u"1"_s << u"18446744073709551616"_s
                                    << u"18446744073709551614"_s;
    QTest::newRow("overflow") << u"99999999999999999999999999999999999999"_s << u"1"_s << QString()
                              << u"99999999999999999999999999999999999998"_s;
    QTest::newRow("negative overflow") << u"-99999999999999999999999999999999999999"_s << u"1"_s
                                       << u"-99999999999999999999999999999999999998"_s << QString();
    QTest::newRow("max plus min") << u"99999999999999999999999999999999999999"_s
                                  << u"-99999999999999999999999999999999999999"_s << u"0"_s << QString();
    QTest::newRow("sum needs 39 digits, difference 38") << u"10000000000000000000000000000000000000"_s << u"0.1"_s
                                                        << QString() << u"9999999999999999999999999999999999999.9"_s;
    QTest::newRow("aligned operand beyond 38 digits") << u"0.33607520740828993987472006492667964317"_s << u"-1.2"_s
                                                      << u"-0.86392479259171006012527993507332035683"_s << QString();
    QTest::newRow("aligned operand beyond 38 digits, both fit")
        << u"-0.005"_s << u"-99999999999999999999999999999999999.99"_s << u"-99999999999999999999999999999999999.995"_s
        << u"99999999999999999999999999999999999.985"_s;
    QTest::newRow("scale 38") << u"0.99999999999999999999999999999999999999"_s
                              << u"0.00000000000000000000000000000000000001"_s << QString()
                              << u"0.99999999999999999999999999999999999998"_s;
}

void TstDecimal::plusMinus()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, sum);
    QFETCH(QString, difference);

    QCOMPARE(textOf(dec(a).plus(dec(b))), sum);
    QCOMPARE(textOf(dec(b).plus(dec(a))), sum); // commutative, same scale
    QCOMPARE(textOf(dec(a).minus(dec(b))), difference);
    if (!sum.isNull()) {
        // (a + b) − b gives back a's value.
        const auto back = dec(sum).minus(dec(b));
        QVERIFY(back.has_value());
        QCOMPARE(*back, dec(a));
    }
}

void TstDecimal::multiply_data()
{
    addRoundingColumns();
    addRoundingRows("0.25", "0.1", 2, {u"0.02"_s, u"0.03"_s, u"0.02"_s, u"0.03"_s, u"0.02"_s, u"0.03"_s});
    addRoundingRows("-0.25", "0.1", 2, {u"-0.02"_s, u"-0.03"_s, u"-0.02"_s, u"-0.03"_s, u"-0.03"_s, u"-0.02"_s});
    addRoundingRows("0.35", "0.1", 2, {u"0.04"_s, u"0.04"_s, u"0.03"_s, u"0.04"_s, u"0.03"_s, u"0.04"_s});
    addRoundingRows("-0.35", "-0.1", 2, {u"0.04"_s, u"0.04"_s, u"0.03"_s, u"0.04"_s, u"0.03"_s, u"0.04"_s});
    addRoundingRows("0.25", "-0.1", 2, {u"-0.02"_s, u"-0.03"_s, u"-0.02"_s, u"-0.03"_s, u"-0.03"_s, u"-0.02"_s});
    addRoundingRows("19.99", "0.92345", 2, {u"18.46"_s, u"18.46"_s, u"18.45"_s, u"18.46"_s, u"18.45"_s, u"18.46"_s});
    addRoundingRows(
        "-19.99", "0.92345", 2, {u"-18.46"_s, u"-18.46"_s, u"-18.45"_s, u"-18.46"_s, u"-18.46"_s, u"-18.45"_s});
    addRoundingRows("1894.8", "0.0132", 8,
        {u"25.01136000"_s, u"25.01136000"_s, u"25.01136000"_s, u"25.01136000"_s, u"25.01136000"_s, u"25.01136000"_s});
    addRoundingRows(
        "0.5", "1.0000000000000000000000000000000000001", 0, {u"1"_s, u"1"_s, u"0"_s, u"1"_s, u"0"_s, u"1"_s});
    addRoundingRows(
        "-0.5", "1.0000000000000000000000000000000000001", 0, {u"-1"_s, u"-1"_s, u"0"_s, u"-1"_s, u"-1"_s, u"0"_s});
    addRoundingRows("1234567890123456789.0123456789012345678", "0.98765432109876543210987654321098765432", 18,
        {u"1219326311370217952.261850327338667886"_s, u"1219326311370217952.261850327338667886"_s,
            u"1219326311370217952.261850327338667885"_s, u"1219326311370217952.261850327338667886"_s,
            u"1219326311370217952.261850327338667885"_s, u"1219326311370217952.261850327338667886"_s});
    addRoundingRows("-1234567890123456789.0123456789012345678", "0.98765432109876543210987654321098765432", 38,
        {QString(), QString(), QString(), QString(), QString(), QString()});
    addRoundingRows("99999999999999999999999999999999999999", "0.1", 0,
        {u"10000000000000000000000000000000000000"_s, u"10000000000000000000000000000000000000"_s,
            u"9999999999999999999999999999999999999"_s, u"10000000000000000000000000000000000000"_s,
            u"9999999999999999999999999999999999999"_s, u"10000000000000000000000000000000000000"_s});
    addRoundingRows("-99999999999999999999999999999999999999", "0.1", 0,
        {u"-10000000000000000000000000000000000000"_s, u"-10000000000000000000000000000000000000"_s,
            u"-9999999999999999999999999999999999999"_s, u"-10000000000000000000000000000000000000"_s,
            u"-10000000000000000000000000000000000000"_s, u"-9999999999999999999999999999999999999"_s});
    addRoundingRows("99999999999999999999999999999999999999", "1.5", 0,
        {QString(), QString(), QString(), QString(), QString(), QString()});
    addRoundingRows("9999999999999999999", "9999999999999999999", 0,
        {u"99999999999999999980000000000000000001"_s, u"99999999999999999980000000000000000001"_s,
            u"99999999999999999980000000000000000001"_s, u"99999999999999999980000000000000000001"_s,
            u"99999999999999999980000000000000000001"_s, u"99999999999999999980000000000000000001"_s});
    addRoundingRows("12.5", "4", 3, {u"50.000"_s, u"50.000"_s, u"50.000"_s, u"50.000"_s, u"50.000"_s, u"50.000"_s});
    addRoundingRows(
        "0", "-3.7", 5, {u"0.00000"_s, u"0.00000"_s, u"0.00000"_s, u"0.00000"_s, u"0.00000"_s, u"0.00000"_s});
    addRoundingRows("0.00000000000000000001", "0.00000000000000000001", 38,
        {u"0.00000000000000000000000000000000000000"_s, u"0.00000000000000000000000000000000000000"_s,
            u"0.00000000000000000000000000000000000000"_s, u"0.00000000000000000000000000000000000001"_s,
            u"0.00000000000000000000000000000000000000"_s, u"0.00000000000000000000000000000000000001"_s});
    addRoundingRows("0.00000000000000000005", "0.0000000000000000001", 38,
        {u"0.00000000000000000000000000000000000000"_s, u"0.00000000000000000000000000000000000001"_s,
            u"0.00000000000000000000000000000000000000"_s, u"0.00000000000000000000000000000000000001"_s,
            u"0.00000000000000000000000000000000000000"_s, u"0.00000000000000000000000000000000000001"_s});
}

void TstDecimal::multiply()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, scale);
    QFETCH(Rounding, rounding);
    QFETCH(QString, expected);

    const auto product = dec(a).multipliedBy(dec(b), scale, rounding);
    QCOMPARE(textOf(product), expected);
    if (product)
        QCOMPARE(product->scale(), scale);
    QCOMPARE(textOf(dec(b).multipliedBy(dec(a), scale, rounding)), expected);
}

void TstDecimal::divide_data()
{
    addRoundingColumns();
    addRoundingRows("1", "3", 10,
        {u"0.3333333333"_s, u"0.3333333333"_s, u"0.3333333333"_s, u"0.3333333334"_s, u"0.3333333333"_s,
            u"0.3333333334"_s});
    addRoundingRows("2", "3", 2, {u"0.67"_s, u"0.67"_s, u"0.66"_s, u"0.67"_s, u"0.66"_s, u"0.67"_s});
    addRoundingRows("-2", "3", 2, {u"-0.67"_s, u"-0.67"_s, u"-0.66"_s, u"-0.67"_s, u"-0.67"_s, u"-0.66"_s});
    addRoundingRows("1", "8", 2, {u"0.12"_s, u"0.13"_s, u"0.12"_s, u"0.13"_s, u"0.12"_s, u"0.13"_s});
    addRoundingRows("-1", "8", 2, {u"-0.12"_s, u"-0.13"_s, u"-0.12"_s, u"-0.13"_s, u"-0.13"_s, u"-0.12"_s});
    addRoundingRows("10", "4", 0, {u"2"_s, u"3"_s, u"2"_s, u"3"_s, u"2"_s, u"3"_s});
    addRoundingRows("-10", "4", 0, {u"-2"_s, u"-3"_s, u"-2"_s, u"-3"_s, u"-3"_s, u"-2"_s});
    addRoundingRows("7", "2", 0, {u"4"_s, u"4"_s, u"3"_s, u"4"_s, u"3"_s, u"4"_s});
    addRoundingRows("-7", "-2", 0, {u"4"_s, u"4"_s, u"3"_s, u"4"_s, u"3"_s, u"4"_s});
    addRoundingRows(
        "1", "0.0003", 2, {u"3333.33"_s, u"3333.33"_s, u"3333.33"_s, u"3333.34"_s, u"3333.33"_s, u"3333.34"_s});
    addRoundingRows("1", "0.00000000000000000000000000000000000003", 0,
        {u"33333333333333333333333333333333333333"_s, u"33333333333333333333333333333333333333"_s,
            u"33333333333333333333333333333333333333"_s, u"33333333333333333333333333333333333334"_s,
            u"33333333333333333333333333333333333333"_s, u"33333333333333333333333333333333333334"_s});
    addRoundingRows("10", "0.00000000000000000000000000000000000003", 0,
        {QString(), QString(), QString(), QString(), QString(), QString()});
    addRoundingRows(
        "0.12345678901234567890123456789012345678", "7", 0, {u"0"_s, u"0"_s, u"0"_s, u"1"_s, u"0"_s, u"1"_s});
    addRoundingRows("0.12345678901234567890123456789012345678", "7", 20,
        {u"0.01763668414462081127"_s, u"0.01763668414462081127"_s, u"0.01763668414462081127"_s,
            u"0.01763668414462081128"_s, u"0.01763668414462081127"_s, u"0.01763668414462081128"_s});
    addRoundingRows("-0.5", "1", 0, {u"0"_s, u"-1"_s, u"0"_s, u"-1"_s, u"-1"_s, u"0"_s});
    addRoundingRows(
        "-0.50000000000000000000000000000000000001", "1", 0, {u"-1"_s, u"-1"_s, u"0"_s, u"-1"_s, u"-1"_s, u"0"_s});
    addRoundingRows("12345678901234567890123456789", "98765432109876543210", 20,
        {u"124999998.86093750001548828124"_s, u"124999998.86093750001548828124"_s, u"124999998.86093750001548828123"_s,
            u"124999998.86093750001548828124"_s, u"124999998.86093750001548828123"_s,
            u"124999998.86093750001548828124"_s});
    addRoundingRows("-12345678901234567890123456789", "98765432109876543210.5", 30,
        {QString(), QString(), QString(), QString(), QString(), QString()});
    addRoundingRows("99999999999999999999999999999999999999", "99999999999999999999999999999999999998", 37,
        {u"1.0000000000000000000000000000000000000"_s, u"1.0000000000000000000000000000000000000"_s,
            u"1.0000000000000000000000000000000000000"_s, u"1.0000000000000000000000000000000000001"_s,
            u"1.0000000000000000000000000000000000000"_s, u"1.0000000000000000000000000000000000001"_s});
    addRoundingRows("100", "1894.8", 18,
        {u"0.052776018577158539"_s, u"0.052776018577158539"_s, u"0.052776018577158539"_s, u"0.052776018577158540"_s,
            u"0.052776018577158539"_s, u"0.052776018577158540"_s});
    addRoundingRows("0", "7", 3, {u"0.000"_s, u"0.000"_s, u"0.000"_s, u"0.000"_s, u"0.000"_s, u"0.000"_s});
}

void TstDecimal::divide()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, scale);
    QFETCH(Rounding, rounding);
    QFETCH(QString, expected);

    const auto quotient = dec(a).dividedBy(dec(b), scale, rounding);
    QCOMPARE(textOf(quotient), expected);
    if (quotient)
        QCOMPARE(quotient->scale(), scale);
}

void TstDecimal::divideByZero()
{
    for (Rounding mode : kModes) {
        QVERIFY(!dec(u"1"_s).dividedBy(dec(u"0"_s), 2, mode).has_value());
        QVERIFY(!dec(u"0"_s).dividedBy(dec(u"0.000"_s), 2, mode).has_value());
        QVERIFY(!dec(u"-5.5"_s).dividedBy(dec(u"-0"_s), 0, mode).has_value());
    }
    QVERIFY(!dec(u"1"_s).dividedBy(dec(u"3"_s), 39, Rounding::HalfEven).has_value());
    QVERIFY(!dec(u"1"_s).dividedBy(dec(u"3"_s), -1, Rounding::HalfEven).has_value());
    QVERIFY(!dec(u"1"_s).multipliedBy(dec(u"3"_s), 39, Rounding::HalfEven).has_value());
    QVERIFY(!dec(u"1"_s).multipliedBy(dec(u"3"_s), -1, Rounding::HalfEven).has_value());
}

void TstDecimal::rescale_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("scale");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<QString>("expected");

    addRescaleRows("2.5", 0, {u"2"_s, u"3"_s, u"2"_s, u"3"_s, u"2"_s, u"3"_s});
    addRescaleRows("-2.5", 0, {u"-2"_s, u"-3"_s, u"-2"_s, u"-3"_s, u"-3"_s, u"-2"_s});
    addRescaleRows("1.5", 0, {u"2"_s, u"2"_s, u"1"_s, u"2"_s, u"1"_s, u"2"_s});
    addRescaleRows("-1.5", 0, {u"-2"_s, u"-2"_s, u"-1"_s, u"-2"_s, u"-2"_s, u"-1"_s});
    addRescaleRows("2.4", 0, {u"2"_s, u"2"_s, u"2"_s, u"3"_s, u"2"_s, u"3"_s});
    addRescaleRows("-2.4", 0, {u"-2"_s, u"-2"_s, u"-2"_s, u"-3"_s, u"-3"_s, u"-2"_s});
    addRescaleRows("2.6", 0, {u"3"_s, u"3"_s, u"2"_s, u"3"_s, u"2"_s, u"3"_s});
    addRescaleRows("-2.6", 0, {u"-3"_s, u"-3"_s, u"-2"_s, u"-3"_s, u"-3"_s, u"-2"_s});
    addRescaleRows("2.50000000000000000000000000000000001", 0, {u"3"_s, u"3"_s, u"2"_s, u"3"_s, u"2"_s, u"3"_s});
    addRescaleRows("-2.50000000000000000000000000000000001", 0, {u"-3"_s, u"-3"_s, u"-2"_s, u"-3"_s, u"-3"_s, u"-2"_s});
    addRescaleRows("0.5", 0, {u"0"_s, u"1"_s, u"0"_s, u"1"_s, u"0"_s, u"1"_s});
    addRescaleRows("-0.5", 0, {u"0"_s, u"-1"_s, u"0"_s, u"-1"_s, u"-1"_s, u"0"_s});
    addRescaleRows("-0.001", 0, {u"0"_s, u"0"_s, u"0"_s, u"-1"_s, u"-1"_s, u"0"_s});
    addRescaleRows("0.001", 0, {u"0"_s, u"0"_s, u"0"_s, u"1"_s, u"0"_s, u"1"_s});
    addRescaleRows("3.0", 0, {u"3"_s, u"3"_s, u"3"_s, u"3"_s, u"3"_s, u"3"_s});
    addRescaleRows("-7", 0, {u"-7"_s, u"-7"_s, u"-7"_s, u"-7"_s, u"-7"_s, u"-7"_s});
    addRescaleRows("1.005", 2, {u"1.00"_s, u"1.01"_s, u"1.00"_s, u"1.01"_s, u"1.00"_s, u"1.01"_s});
    addRescaleRows("-1.005", 2, {u"-1.00"_s, u"-1.01"_s, u"-1.00"_s, u"-1.01"_s, u"-1.01"_s, u"-1.00"_s});
    addRescaleRows("1.015", 2, {u"1.02"_s, u"1.02"_s, u"1.01"_s, u"1.02"_s, u"1.01"_s, u"1.02"_s});
    addRescaleRows("-1.0150", 2, {u"-1.02"_s, u"-1.02"_s, u"-1.01"_s, u"-1.02"_s, u"-1.02"_s, u"-1.01"_s});
    addRescaleRows("9999999999999999999999999999999999999.9", 0,
        {u"10000000000000000000000000000000000000"_s, u"10000000000000000000000000000000000000"_s,
            u"9999999999999999999999999999999999999"_s, u"10000000000000000000000000000000000000"_s,
            u"9999999999999999999999999999999999999"_s, u"10000000000000000000000000000000000000"_s});
    addRescaleRows("-9999999999999999999999999999999999999.5", 0,
        {u"-10000000000000000000000000000000000000"_s, u"-10000000000000000000000000000000000000"_s,
            u"-9999999999999999999999999999999999999"_s, u"-10000000000000000000000000000000000000"_s,
            u"-10000000000000000000000000000000000000"_s, u"-9999999999999999999999999999999999999"_s});
    addRescaleRows("0.00000000000000000000000000000000000005", 37,
        {u"0.0000000000000000000000000000000000000"_s, u"0.0000000000000000000000000000000000001"_s,
            u"0.0000000000000000000000000000000000000"_s, u"0.0000000000000000000000000000000000001"_s,
            u"0.0000000000000000000000000000000000000"_s, u"0.0000000000000000000000000000000000001"_s});
    addRescaleRows("-123.456789012345678901234567890", 5,
        {u"-123.45679"_s, u"-123.45679"_s, u"-123.45678"_s, u"-123.45679"_s, u"-123.45679"_s, u"-123.45678"_s});
    addRescaleRows("12.5", 4, {u"12.5000"_s, u"12.5000"_s, u"12.5000"_s, u"12.5000"_s, u"12.5000"_s, u"12.5000"_s});
    addRescaleRows("-0.00", 1, {u"0.0"_s, u"0.0"_s, u"0.0"_s, u"0.0"_s, u"0.0"_s, u"0.0"_s});
    addRescaleRows("1234567890123456789012345678901234567.8", 1,
        {u"1234567890123456789012345678901234567.8"_s, u"1234567890123456789012345678901234567.8"_s,
            u"1234567890123456789012345678901234567.8"_s, u"1234567890123456789012345678901234567.8"_s,
            u"1234567890123456789012345678901234567.8"_s, u"1234567890123456789012345678901234567.8"_s});
    // Growing is exact, or fails when it needs a 39th digit.
    addRescaleRows("1234567890123456789012345678901234567.8", 2,
        {QString(), QString(), QString(), QString(), QString(), QString()});
    addRescaleRows("0", 38,
        {u"0.00000000000000000000000000000000000000"_s, u"0.00000000000000000000000000000000000000"_s,
            u"0.00000000000000000000000000000000000000"_s, u"0.00000000000000000000000000000000000000"_s,
            u"0.00000000000000000000000000000000000000"_s, u"0.00000000000000000000000000000000000000"_s});
    addRescaleRows("-1", 37,
        {u"-1.0000000000000000000000000000000000000"_s, u"-1.0000000000000000000000000000000000000"_s,
            u"-1.0000000000000000000000000000000000000"_s, u"-1.0000000000000000000000000000000000000"_s,
            u"-1.0000000000000000000000000000000000000"_s, u"-1.0000000000000000000000000000000000000"_s});
    addRescaleRows("-1", 38, {QString(), QString(), QString(), QString(), QString(), QString()});
}

void TstDecimal::rescale()
{
    QFETCH(QString, value);
    QFETCH(int, scale);
    QFETCH(Rounding, rounding);
    QFETCH(QString, expected);

    const auto result = dec(value).rescaled(scale, rounding);
    QCOMPARE(textOf(result), expected);
    if (result) {
        QCOMPARE(result->scale(), scale);
        // rescaled() and multiplying by one round the same way.
        QCOMPARE(textOf(dec(value).multipliedBy(dec(u"1"_s), scale, rounding)), expected);
    }
}

void TstDecimal::rescaleInvalid()
{
    QVERIFY(!dec(u"1.5"_s).rescaled(-1, Rounding::HalfEven).has_value());
    QVERIFY(!dec(u"1.5"_s).rescaled(39, Rounding::HalfEven).has_value());
    QCOMPARE(textOf(dec(u"1.5"_s).rescaled(1, Rounding::Up)), u"1.5"_s);
}

void TstDecimal::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("identical");

    QTest::newRow("same") << u"15.00"_s << u"15.00"_s << 0 << true;
    QTest::newRow("scale differs") << u"15.00"_s << u"15"_s << 0 << false;
    QTest::newRow("minus zero") << u"-0"_s << u"0"_s << 0 << true;
    QTest::newRow("minus zero scaled") << u"-0.00"_s << u"0"_s << 0 << false;
    QTest::newRow("leading zeros") << u"007.50"_s << u"7.50"_s << 0 << true;
    QTest::newRow("less") << u"1.5"_s << u"1.50001"_s << -1 << false;
    QTest::newRow("greater") << u"2"_s << u"1.99999999999999999999999999999999999"_s << 1 << false;
    QTest::newRow("negative less") << u"-2"_s << u"-1.5"_s << -1 << false;
    QTest::newRow("negative vs zero") << u"-0.00000001"_s << u"0"_s << -1 << false;
    QTest::newRow("positive vs negative") << u"0.00000001"_s << u"-1000"_s << 1 << false;
    QTest::newRow("wide scales") << u"99999999999999999999999999999999999999"_s
                                 << u"0.99999999999999999999999999999999999999"_s << 1 << false;
    QTest::newRow("scale 0 vs 37") << u"1"_s << u"1.0000000000000000000000000000000000000"_s << 0 << false;
    QTest::newRow("scale 0 vs 37 less") << u"1"_s << u"1.0000000000000000000000000000000000001"_s << -1 << false;
    QTest::newRow("beyond 64 bits") << u"18446744073709551616"_s << u"18446744073709551615.99"_s << 1 << false;
    QTest::newRow("negative beyond 64 bits")
        << u"-18446744073709551616"_s << u"-18446744073709551615.99"_s << -1 << false;
    QTest::newRow("same digits different scale") << u"1.5"_s << u"0.15"_s << 1 << false;
}

void TstDecimal::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    QFETCH(bool, identical);

    const Decimal x = dec(a);
    const Decimal y = dec(b);
    QCOMPARE(x == y, order == 0);
    QCOMPARE(x != y, order != 0);
    QCOMPARE(x < y, order < 0);
    QCOMPARE(x > y, order > 0);
    QCOMPARE(y<x, order> 0);
    QCOMPARE(x <= y, order <= 0);
    QCOMPARE(x >= y, order >= 0);
    QCOMPARE(x.isIdenticalTo(y), identical);
    QCOMPARE(y.isIdenticalTo(x), identical);
    const auto ordering = x <=> y;
    QCOMPARE(ordering == std::strong_ordering::equal, order == 0);
    QCOMPARE(ordering == std::strong_ordering::less, order < 0);
}

void TstDecimal::ordering()
{
    // Sorting a shuffled list gives numeric order, and == agrees with <=>.
    const QStringList sorted = {u"-99999999999999999999999999999999999999"_s, u"-18446744073709551616"_s, u"-2.5"_s,
        u"-2.49999999999999999999999999999999999"_s, u"-0.00000000000000000000000000000000000001"_s, u"0"_s,
        u"0.00000000000000000000000000000000000001"_s, u"0.5"_s, u"1.005"_s, u"1.01"_s, u"15"_s,
        u"18446744073709551616"_s, u"99999999999999999999999999999999999999"_s};
    QList<Decimal> values;
    for (qsizetype i = sorted.size() - 1; i >= 0; i -= 2)
        values.append(dec(sorted.at(i)));
    for (qsizetype i = sorted.size() % 2 == 0 ? 0 : 1; i < sorted.size(); i += 2)
        values.prepend(dec(sorted.at(i)));
    QCOMPARE(values.size(), sorted.size());
    std::sort(values.begin(), values.end());
    for (qsizetype i = 0; i < values.size(); ++i) {
        QCOMPARE(values.at(i).toString(), sorted.at(i));
        if (i > 0) {
            QVERIFY(values.at(i - 1) < values.at(i));
            QVERIFY(!(values.at(i - 1) == values.at(i)));
        }
    }
}

void TstDecimal::normalized_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("trailing zeros") << u"15.00"_s << u"15"_s;
    QTest::newRow("some zeros") << u"1.50"_s << u"1.5"_s;
    QTest::newRow("nothing to drop") << u"1.05"_s << u"1.05"_s;
    QTest::newRow("integer zeros kept") << u"1500"_s << u"1500"_s;
    QTest::newRow("zero") << u"0.000"_s << u"0"_s;
    QTest::newRow("minus zero") << u"-0.000"_s << u"0"_s;
    QTest::newRow("negative") << u"-2.500"_s << u"-2.5"_s;
    QTest::newRow("CRO") << u"100.000000000000000000"_s << u"100"_s;
    QTest::newRow("scale 38") << u"0.10000000000000000000000000000000000000"_s << u"0.1"_s;
}

void TstDecimal::normalized()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);

    const Decimal original = dec(value);
    const Decimal result = original.normalized();
    QCOMPARE(result.toString(), expected);
    QCOMPARE(result, original);
    QVERIFY(result.normalized().isIdenticalTo(result));
}

void TstDecimal::signs()
{
    const Decimal negative = dec(u"-12.50"_s);
    QCOMPARE(negative.signum(), -1);
    QCOMPARE(negative.abs().toString(), u"12.50"_s);
    QCOMPARE(negative.negated().toString(), u"12.50"_s);
    QCOMPARE(negative.negated().negated().toString(), u"-12.50"_s);
    QCOMPARE(dec(u"0.00"_s).negated().toString(), u"0.00"_s);
    QVERIFY(!dec(u"0.00"_s).negated().isNegative());
    QVERIFY(dec(u"0.00"_s).negated().isIdenticalTo(dec(u"0.00"_s)));
    QCOMPARE(dec(u"3"_s).signum(), 1);
}

void TstDecimal::specAmountsRoundTrip()
{
    const auto lines = dataLines(u"spec-amounts.txt"_s);
    QVERIFY(lines.size() >= 20);
    for (const auto& [number, text] : lines) {
        ParseError error = ParseError::None;
        const auto value = Decimal::fromString(text, &error);
        QVERIFY2(
            value.has_value(), qPrintable(u"line %1: %2: %3"_s.arg(number).arg(text, Decimal::parseErrorText(error))));
        QCOMPARE(value->toString(), text);
    }
}

void TstDecimal::specMinorUnitsRoundTrip()
{
    const auto lines = dataLines(u"spec-minor-units.txt"_s);
    QVERIFY(lines.size() >= 5);
    bool sawBeyond64Bits = false;
    for (const auto& [number, line] : lines) {
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(fields.size() == 2, qPrintable(u"line %1"_s.arg(number)));
        const QString& units = fields.at(0);
        const auto exponent = cryptoComMinorUnitExponent(fields.at(1));
        QVERIFY2(exponent.has_value(), qPrintable(u"line %1: unknown currency %2"_s.arg(number).arg(fields.at(1))));
        const auto value = Decimal::fromMinorUnits(units, *exponent);
        QVERIFY2(value.has_value(), qPrintable(u"line %1: %2"_s.arg(number).arg(units)));
        QCOMPARE(value->scale(), *exponent);
        QCOMPARE(value->toMinorUnits(*exponent), std::optional<QString>(units));
        // The decimal text has the units' digits with the point moved `exponent` places.
        QString digits = value->toString();
        digits.remove(u'.');
        while (digits.size() > 1 && digits.startsWith(u'0'))
            digits.remove(0, 1);
        QCOMPARE(digits, units);
        if (units.size() > 19)
            sawBeyond64Bits = true;
    }
    QVERIFY(sawBeyond64Bits);
    // The API notes' example: 100 CRO.
    QCOMPARE(
        Decimal::fromMinorUnits(u"100000000000000000000", *cryptoComMinorUnitExponent(u"CRO"))->normalized().toString(),
        u"100"_s);
}

QTEST_GUILESS_MAIN(TstDecimal)

#include "tst_Decimal.moc"
