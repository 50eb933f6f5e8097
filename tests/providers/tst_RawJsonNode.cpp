#include "providers/common/RawJsonNode.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// The raw-token JSON reader under the gateway mappers: strictness, verbatim bytes, exact numbers, times.
class TstRawJsonNode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data();
    void numbers();
    void decimalValues_data();
    void decimalValues();
    void invalid_data();
    void invalid();
    void verbatimBytesAndOrder();
    void strings();
    void keysWithStraySpaces();
    void deepNestingIsRefused();
    void times_data();
    void times();
};

void TstRawJsonNode::numbers_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("expected"); // empty: not representable
    QTest::newRow("integer") << QByteArray("2500") << u"2500"_s;
    QTest::newRow("beyond-64-bits") << QByteArray("100000000000000000000") << u"100000000000000000000"_s;
    QTest::newRow("fraction-kept") << QByteArray("1894.80") << u"1894.80"_s;
    QTest::newRow("negative") << QByteArray("-0.5") << u"-0.5"_s;
    QTest::newRow("v10.2-rate") << QByteArray("3.708847905797581e-05") << u"0.00003708847905797581"_s;
    QTest::newRow("upper-E-plus") << QByteArray("1.5E+21") << u"1500000000000000000000"_s;
    QTest::newRow("small") << QByteArray("1e-7") << u"0.0000001"_s;
    QTest::newRow("zero-exponent") << QByteArray("0e10") << u"0"_s;
    QTest::newRow("trailing-zeros-beyond-scale") << QByteArray("1.50000000000000000000000000000000000000000e-3")
                                                 << u"0.00150000000000000000000000000000000000"_s;
    QTest::newRow("too-many-digits") << QByteArray("7.854431205445763e+76") << QString();
    QTest::newRow("too-small") << QByteArray("1e-60") << QString();
    QTest::newRow("huge-exponent") << QByteArray("1e999999999") << QString();
}

void TstRawJsonNode::numbers()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, expected);
    const std::optional<RawJsonNode> root = RawJsonNode::parse("[" + token + "]");
    QVERIFY(root);
    const RawJsonNode& number = root->children().first();
    QVERIFY(number.isNumber());
    QCOMPARE(number.numberText(), token);
    QCOMPARE(number.toText(), std::optional<QString>(QString::fromLatin1(token)));
    const std::optional<Decimal> value = number.toDecimal();
    if (expected.isEmpty()) {
        QVERIFY(!value);
    } else {
        QVERIFY(value);
        QCOMPARE(value->toString(), expected);
    }
}

// Any JSON value as a mapper meets it: exact amounts from number tokens and numeric strings, nothing from the rest.
void TstRawJsonNode::decimalValues_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected"); // empty: not an amount
    QTest::newRow("webhook-rate") << QByteArray("0.0005344478449819411") << u"0.0005344478449819411"_s;
    QTest::newRow("min-size") << QByteArray("1e-08") << u"0.00000001"_s;
    QTest::newRow("upper-e-positive") << QByteArray("2.4E3") << u"2400"_s;
    QTest::newRow("negative-exponent-sign") << QByteArray("-1.5e+1") << u"-15"_s;
    QTest::newRow("float-rate") << QByteArray("26046.990234375") << u"26046.990234375"_s;
    QTest::newRow("string") << QByteArray("\"0.009821214514536778\"") << u"0.009821214514536778"_s;
    QTest::newRow("string-exponent") << QByteArray("\"1e-5\"") << u"0.00001"_s;
    QTest::newRow("string-spaces") << QByteArray("\" 12.50 \"") << u"12.50"_s;
    QTest::newRow("dangling-e") << QByteArray("1e") << QString();
    QTest::newRow("leading-point") << QByteArray(".5e1") << QString();
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("words") << QByteArray("\"abc\"") << QString();
    QTest::newRow("empty-string") << QByteArray("\"\"") << QString();
    QTest::newRow("decimal-comma") << QByteArray("\"15,00\"") << QString();
    QTest::newRow("huge-exponent") << QByteArray("1e999999") << QString();
}

void TstRawJsonNode::decimalValues()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    const std::optional<RawJsonNode> root = RawJsonNode::parse("[" + value + "]");
    const std::optional<Decimal> amount = root ? root->children().first().toDecimal() : std::nullopt;
    if (expected.isEmpty()) {
        QVERIFY(!amount);
        return;
    }
    QVERIFY(amount);
    QCOMPARE(amount->toString(), expected);
}

void TstRawJsonNode::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << QByteArray("  ");
    QTest::newRow("missing-colon") << QByteArray(R"({"status" "pending"})");
    QTest::newRow("comment") << QByteArray("{\n  // note\n  \"a\": 1\n}");
    QTest::newRow("unquoted-value") << QByteArray(R"({"tag": tag-123})");
    QTest::newRow("truncated") << QByteArray(R"({"a": [1, 2)");
    QTest::newRow("truncated-string") << QByteArray(R"({"a": "abc)");
    QTest::newRow("trailing-comma") << QByteArray(R"({"a": 1,})");
    QTest::newRow("trailing-garbage") << QByteArray(R"({"a": 1} x)");
    QTest::newRow("two-values") << QByteArray("1 2");
    QTest::newRow("leading-zero") << QByteArray("[012]");
    QTest::newRow("bare-dot") << QByteArray("[1.]");
    QTest::newRow("plus-sign") << QByteArray("[+1]");
    QTest::newRow("nan") << QByteArray("[NaN]");
    QTest::newRow("control-char") << QByteArray("[\"a\tb\"]");
    QTest::newRow("bad-escape") << QByteArray(R"(["\x41"])");
    QTest::newRow("lone-surrogate") << QByteArray(R"(["\ud800"])");
    QTest::newRow("invalid-utf8") << QByteArray("[\"\xC3\x28\"]");
    QTest::newRow("overlong-utf8") << QByteArray("[\"\xC0\xAF\"]");
    QTest::newRow("single-quotes") << QByteArray("{'a': 1}");
}

void TstRawJsonNode::invalid()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!RawJsonNode::parse(json, &error));
    QVERIFY(!error.isEmpty());
}

void TstRawJsonNode::verbatimBytesAndOrder()
{
    const QByteArray json = "{ \"b\" : [ 1 , {\"x\":  \"y\"} ],\n \"a\": null, \"b\": 2 }";
    const std::optional<RawJsonNode> root = RawJsonNode::parse(json);
    QVERIFY(root);
    QCOMPARE(root->rawBytes(), json);
    QCOMPARE(root->keys(), (QStringList{u"b"_s, u"a"_s, u"b"_s}));
    const RawJsonNode* b = root->member(u"b"); // the first of a repeated key
    QVERIFY(b && b->isArray());
    QCOMPARE(b->rawBytes(), QByteArray("[ 1 , {\"x\":  \"y\"} ]"));
    QCOMPARE(b->children().at(1).rawBytes(), QByteArray("{\"x\":  \"y\"}"));
    QVERIFY(root->member(u"a")->isNull());
    QVERIFY(!root->member(u"c"));
    QVERIFY(!b->member(u"x")); // not an object
}

void TstRawJsonNode::strings()
{
    const std::optional<RawJsonNode> root
        = RawJsonNode::parse(R"(["a\"b\\c\/d\n", "\u00e9\ud83d\ude00", "Заказ", "12.50", true])");
    QVERIFY(root);
    const QList<RawJsonNode>& items = root->children();
    QCOMPARE(items.at(0).string(), u"a\"b\\c/d\n"_s);
    QCOMPARE(items.at(1).string(), u"é😀"_s);
    QCOMPARE(items.at(2).string(), u"Заказ"_s);
    QCOMPARE(items.at(3).toDecimal()->toString(), u"12.50"_s); // amounts sent as strings
    QVERIFY(items.at(4).isBool() && items.at(4).boolean());
    QVERIFY(!items.at(4).toText());
    QVERIFY(!items.at(4).toDecimal());
}

void TstRawJsonNode::keysWithStraySpaces()
{
    // v10.2 prints "custom1 " with a trailing space; an exact name still wins over a trimmed one.
    const std::optional<RawJsonNode> root
        = RawJsonNode::parse(R"({"custom1 ": " some value 1", " status": "OPEN", "status ": "late", "status": "x"})");
    QVERIFY(root);
    using Match = RawJsonNode::KeyMatch;
    QVERIFY(!root->member(u"custom1"));
    const RawJsonNode* custom = root->member(u"custom1", Match::IgnoreSurroundingSpaces);
    QVERIFY(custom);
    QCOMPARE(custom->string(), u" some value 1"_s);
    QCOMPARE(root->member(u"status", Match::IgnoreSurroundingSpaces)->string(), u"x"_s);
    QVERIFY(!root->member(u"custom", Match::IgnoreSurroundingSpaces));
    QVERIFY(!root->children().first().member(u"custom1", Match::IgnoreSurroundingSpaces)); // not an object
}

void TstRawJsonNode::deepNestingIsRefused()
{
    const QByteArray deep = QByteArray(RawJsonNode::kMaxDepth + 10, '[') + QByteArray(RawJsonNode::kMaxDepth + 10, ']');
    QVERIFY(!RawJsonNode::parse(deep));
    const QByteArray ok = QByteArray(RawJsonNode::kMaxDepth, '[') + QByteArray(RawJsonNode::kMaxDepth, ']');
    QVERIFY(RawJsonNode::parse(ok));
}

void TstRawJsonNode::times_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected"); // invalid: not a time
    const QDateTime t0 = QDateTime(QDate(2024, 11, 12), QTime(16, 0), Qt::UTC);
    QTest::newRow("unix-number") << QByteArray("1731427200") << t0;
    QTest::newRow("unix-string") << QByteArray("\"1731427200\"") << t0;
    QTest::newRow("unix-fraction") << QByteArray("1731427200.25") << t0.addMSecs(250);
    QTest::newRow("iso-z") << QByteArray("\"2024-11-12T16:00:00Z\"") << t0;
    QTest::newRow("iso-plus-03") << QByteArray("\"2024-11-12T19:00:00+03:00\"") << t0;
    QTest::newRow("iso-space-offset") << QByteArray("\"2024-11-12 19:00:00+03:00\"") << t0;
    QTest::newRow("iso-millis") << QByteArray("\"2024-11-12T16:00:00.500Z\"") << t0.addMSecs(500);
    QTest::newRow("zone-less-is-utc") << QByteArray("\"2024-11-12T16:00:00\"") << t0;
    QTest::newRow("space-zone-less") << QByteArray("\"2024-11-12 16:00:00\"") << t0;
    QTest::newRow("plus-03-millis") << QByteArray("\"2024-11-12T19:00:00.250+03:00\"") << t0.addMSecs(250);
    QTest::newRow("garbage") << QByteArray("\"soon\"") << QDateTime();
    QTest::newRow("negative") << QByteArray("-5") << QDateTime();
    QTest::newRow("bool") << QByteArray("true") << QDateTime();
}

void TstRawJsonNode::times()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    const std::optional<RawJsonNode> root = RawJsonNode::parse("[" + value + "]");
    QVERIFY(root);
    const std::optional<QDateTime> time = root->children().first().toUtcDateTime();
    if (!expected.isValid()) {
        QVERIFY(!time);
        return;
    }
    QVERIFY(time);
    QCOMPARE(*time, expected);
    QCOMPARE(time->timeSpec(), Qt::UTC);
}

QTEST_APPLESS_MAIN(TstRawJsonNode)
#include "tst_RawJsonNode.moc"
