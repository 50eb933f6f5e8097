#include "providers/cryptomus/PhpJsonEncoder.h"

#include <QTest>

using namespace paydesk;

// PHP json_encode(json_decode($body, true), JSON_UNESCAPED_UNICODE) without "sign".
class TstPhpJsonEncoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reencode_data();
    void reencode();
    void rejects_data();
    void rejects();
    void topLevelString();
    void topLevelStringRejectsWhatReencodingRejects();
};

void TstPhpJsonEncoder::reencode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray vector = QByteArray(
        R"({"type":"payment","uuid":"u1","order_id":"A1","status":"paid","url":"https:\/\/pay.cryptomus.com\/pay\/u1","additional_data":"Заказ"})");
    QTest::newRow("api-notes-vector") << vector << vector;
    QTest::newRow("sign-removed-anywhere")
        << QByteArray(R"({"sign":"x","a":"1","b":2})") << QByteArray(R"({"a":"1","b":2})");
    QTest::newRow("slash-unescaped-in-input")
        << QByteArray(R"({"url":"https://a/b"})") << QByteArray(R"({"url":"https:\/\/a\/b"})");
    QTest::newRow("unicode-escapes-become-raw")
        << QByteArray(R"({"d":"\u0417\u0430\u043a\u0430\u0437"})") << QByteArray(R"({"d":"Заказ"})");
    QTest::newRow("surrogate-pair") << QByteArray(R"({"e":"\ud83d\ude00"})") << QByteArray(R"({"e":"😀"})");
    QTest::newRow("line-separators-stay-escaped") << QByteArray("{\"t\":\"a\xe2\x80\xa8"
                                                                "b\"}")
                                                  << QByteArray(R"({"t":"a\u2028b"})");
    QTest::newRow("control-characters") << QByteArray(R"({"c":"\n\t\u0001\b\f\r\"\\"})")
                                        << QByteArray(R"({"c":"\n\t\u0001\b\f\r\"\\"})");
    QTest::newRow("whitespace-dropped") << QByteArray("{ \"a\" : [ 1 , 2 ] ,\n \"b\" : { \"c\" : null } }")
                                        << QByteArray(R"({"a":[1,2],"b":{"c":null}})");
    QTest::newRow("key-order-kept") << QByteArray(R"({"z":1,"a":2,"m":3})") << QByteArray(R"({"z":1,"a":2,"m":3})");
    QTest::newRow("duplicate-key-first-position-last-value")
        << QByteArray(R"({"a":1,"b":2,"a":3})") << QByteArray(R"({"a":3,"b":2})");
    QTest::newRow("empty-object-becomes-array") << QByteArray(R"({"a":{},"b":[]})") << QByteArray(R"({"a":[],"b":[]})");
    QTest::newRow("sequential-keys-become-list")
        << QByteArray(R"({"a":{"0":"x","1":"y"}})") << QByteArray(R"({"a":["x","y"]})");
    QTest::newRow("non-sequential-numeric-keys-stay-object")
        << QByteArray(R"({"a":{"1":"x","0":"y"}})") << QByteArray(R"({"a":{"1":"x","0":"y"}})");
    QTest::newRow("booleans-null") << QByteArray(R"({"t":true,"f":false,"n":null})")
                                   << QByteArray(R"({"t":true,"f":false,"n":null})");
    QTest::newRow("integers") << QByteArray(R"({"i":-42,"z":0,"big":9223372036854775807})")
                              << QByteArray(R"({"i":-42,"z":0,"big":9223372036854775807})");
    QTest::newRow("integer-beyond-64-bits-becomes-float")
        << QByteArray(R"({"n":100000000000000000000})") << QByteArray(R"({"n":1.0e+20})");
    QTest::newRow("floats") << QByteArray(R"({"a":1.50,"b":1.0,"c":0.1,"d":1e25,"e":0.00001,"f":-2.5e-3})")
                            << QByteArray(R"({"a":1.5,"b":1,"c":0.1,"d":1.0e+25,"e":1.0e-5,"f":-0.0025})");
}

void TstPhpJsonEncoder::reencode()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    const auto result = PhpJsonEncoder::reencodeWithout(body, "sign");
    QVERIFY(result.has_value());
    QCOMPARE(*result, expected);
}

void TstPhpJsonEncoder::rejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array-top-level") << QByteArray("[1,2]");
    QTest::newRow("string-top-level") << QByteArray(R"("x")");
    QTest::newRow("trailing-garbage") << QByteArray(R"({"a":1} x)");
    QTest::newRow("unterminated") << QByteArray(R"({"a":"1)");
    QTest::newRow("trailing-comma") << QByteArray(R"({"a":1,})");
    QTest::newRow("single-quotes") << QByteArray("{'a':1}");
    QTest::newRow("leading-zero") << QByteArray(R"({"a":01})");
    QTest::newRow("raw-control-character") << QByteArray("{\"a\":\"x\ny\"}");
    QTest::newRow("lone-surrogate") << QByteArray(R"({"a":"\ud83d"})");
    QTest::newRow("invalid-utf8") << QByteArray("{\"a\":\"\xff\"}");
    QTest::newRow("overlong-utf8") << QByteArray("{\"a\":\"\xc0\xaf\"}");
    QTest::newRow("truncated-utf8") << QByteArray("{\"a\":\"\xd0\"}");
    // Invalid UTF-8 in a value the re-encoding drops: PHP's json_decode already fails on it.
    QTest::newRow("invalid-utf8-in-overwritten-duplicate") << QByteArray("{\"\":{\"crt\":\"\xD3\",\"crt\":\"\"}}");
    QTest::newRow("invalid-utf8-in-overwritten-top-level-duplicate") << QByteArray("{\"a\":\"\xff\",\"a\":\"ok\"}");
    QTest::newRow("invalid-utf8-in-removed-sign") << QByteArray("{\"sign\":\"\xd0\",\"a\":1}");
    QTest::newRow("invalid-utf8-in-overwritten-key-of-removed-sign")
        << QByteArray("{\"sign\":{\"\xc0\xaf\":1},\"a\":1}");
    // Beyond double range json_decode gives INF, which json_encode cannot encode.
    QTest::newRow("float-beyond-double-range") << QByteArray(R"({"a":1e999})");
    QTest::newRow("negative-float-beyond-double-range") << QByteArray(R"({"a":-1.5e400})");
    QTest::newRow("integer-digits-beyond-double-range") << QByteArray(R"({"a":)" + QByteArray(400, '9') + "}");
    QTest::newRow("beyond-double-range-in-removed-sign") << QByteArray(R"({"sign":1e999,"a":1})");
    QTest::newRow("bare-number-beyond-double-range") << QByteArray("9e589");
}

void TstPhpJsonEncoder::rejects()
{
    QFETCH(QByteArray, body);
    QVERIFY(!PhpJsonEncoder::reencodeWithout(body, "sign").has_value());
}

void TstPhpJsonEncoder::topLevelString()
{
    const QByteArray body = R"({"type":"payout","sign":"abc\/d","n":1,"o":{"sign":"inner"}})";
    QCOMPARE(PhpJsonEncoder::topLevelString(body, "sign"), std::optional(QByteArray("abc/d")));
    QCOMPARE(PhpJsonEncoder::topLevelString(body, "type"), std::optional(QByteArray("payout")));
    QVERIFY(!PhpJsonEncoder::topLevelString(body, "n").has_value());
    QVERIFY(!PhpJsonEncoder::topLevelString(body, "missing").has_value());
    QVERIFY(!PhpJsonEncoder::topLevelString("not json", "sign").has_value());
}

void TstPhpJsonEncoder::topLevelStringRejectsWhatReencodingRejects()
{
    // A body json_decode refuses has no "sign" either, even when the member itself is fine.
    QVERIFY(!PhpJsonEncoder::topLevelString(R"({"sign":"abc","n":1e999})", "sign").has_value());
    QVERIFY(!PhpJsonEncoder::topLevelString("{\"sign\":\"abc\",\"x\":\"\xff\",\"x\":1}", "sign").has_value());
    QVERIFY(!PhpJsonEncoder::topLevelString("{\"sign\":\"\xd3\"}", "sign").has_value());
}

QTEST_APPLESS_MAIN(TstPhpJsonEncoder)
#include "tst_PhpJsonEncoder.moc"
