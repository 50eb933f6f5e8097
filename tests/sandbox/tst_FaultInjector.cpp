#include "sandbox/FaultInjector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk::sandbox;

class TestFaultInjector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void globMatching_data();
    void globMatching();
    void parsesEveryKind();
    void listedRulesParseBack();
    void rejectsBadRules_data();
    void rejectsBadRules();
    void latencyStacksWithOneFault();
    void replaceAndRemove();
    void malformationsSpoilTheBody_data();
    void malformationsSpoilTheBody();
};

void TestFaultInjector::globMatching_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << u"/cryptocom/api/payments"_s << u"/cryptocom/api/payments"_s << true;
    QTest::newRow("exact no prefix match") << u"/cryptocom/api/payments"_s << u"/cryptocom/api/payments/x"_s << false;
    QTest::newRow("star one segment") << u"/cryptocom/api/payments/*"_s << u"/cryptocom/api/payments/abc"_s << true;
    QTest::newRow("star not across") << u"/cryptocom/api/payments/*"_s << u"/cryptocom/api/payments/a/cancel"_s
                                     << false;
    QTest::newRow("star middle") << u"/cryptocom/api/payments/*/cancel"_s << u"/cryptocom/api/payments/a/cancel"_s
                                 << true;
    QTest::newRow("double star") << u"/cryptocom/**"_s << u"/cryptocom/api/payments/a/cancel"_s << true;
    QTest::newRow("double star other gateway") << u"/cryptocom/**"_s << u"/cryptomus/v1/payment"_s << false;
    QTest::newRow("regex chars literal") << u"/a.b"_s << u"/axb"_s << false;
}

void TestFaultInjector::globMatching()
{
    QFETCH(QString, glob);
    QFETCH(QString, path);
    QFETCH(bool, matches);
    FaultRule rule;
    rule.path = glob;
    QCOMPARE(rule.matches("GET", path), matches);
}

void TestFaultInjector::parsesEveryKind()
{
    FaultInjector injector;
    QString error;
    QVERIFY2(injector.load(R"([
        {"kind":"latency","delayMs":10},
        {"kind":"error500BeforeCommit","status":502},
        {"kind":"error500AfterCommit","delayMs":5},
        {"kind":"rateLimit429","retryAfter":9},
        {"kind":"dropConnection","afterCommit":true},
        {"kind":"truncatedBody","bytes":3},
        {"kind":"malformedJson","probability":0.25}])",
                 &error),
        qPrintable(error));
    const auto& rules = injector.rules();
    QCOMPARE(rules.size(), 7);
    QCOMPARE(rules.at(1).status, 502);
    QCOMPARE(rules.at(3).retryAfter, 9);
    QVERIFY(rules.at(4).afterCommit);
    QCOMPARE(rules.at(5).bytes, 3);
    QCOMPARE(rules.at(6).count, -1); // probability alone: unlimited
    QCOMPARE(rules.at(0).count, 1); // default: the next request only
    QCOMPARE(rules.at(0).method, QByteArray("*"));
}

// GET /_sandbox/faults lists each rule so that it parses back to the same rule: a probability keeps all its digits
// (it was printed with 6 significant digits, 0.1234567891 as 0.123457; found by fuzz_sandboxcontrol).
void TestFaultInjector::listedRulesParseBack()
{
    FaultInjector injector;
    QString error;
    QVERIFY2(injector.load(R"([{"kind":"latency","delayMs":1,"probability":0.1234567891},
        {"kind":"truncatedBody","bytes":12345678901,"method":"post","path":"/a/b"}])",
                 &error),
        qPrintable(error));
    const QJsonArray listed = QJsonDocument::fromJson(injector.toJson()).object().value(u"rules"_s).toArray();
    QCOMPARE(listed.size(), 2);
    for (qsizetype i = 0; i < listed.size(); ++i) {
        QJsonObject object = listed.at(i).toObject();
        object.remove(u"id"_s);
        object.remove(u"fired"_s);
        const auto again = FaultInjector::ruleFromJson(object, &error);
        QVERIFY2(again, qPrintable(error));
        const FaultRule& rule = injector.rules().at(i);
        QCOMPARE(again->probability, rule.probability);
        QCOMPARE(again->bytes, rule.bytes);
        QCOMPARE(again->method, rule.method);
        QCOMPARE(again->path, rule.path);
        QCOMPARE(again->count, rule.count);
    }
}

void TestFaultInjector::rejectsBadRules_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("no kind") << QByteArray(R"({"rules":[{"path":"/x"}]})");
    QTest::newRow("unknown kind") << QByteArray(R"({"rules":[{"kind":"explode"}]})");
    QTest::newRow("unknown field") << QByteArray(R"({"rules":[{"kind":"malformedJson","colour":"red"}]})");
    QTest::newRow("probability > 1") << QByteArray(R"({"rules":[{"kind":"malformedJson","probability":2}]})");
    QTest::newRow("count 0") << QByteArray(R"({"rules":[{"kind":"malformedJson","count":0}]})");
    QTest::newRow("latency without delay") << QByteArray(R"({"rules":[{"kind":"latency"}]})");
    QTest::newRow("unknown malformation")
        << QByteArray(R"({"rules":[{"kind":"malformedJson","malformation":"sloppy"}]})");
}

void TestFaultInjector::rejectsBadRules()
{
    QFETCH(QByteArray, json);
    FaultInjector injector;
    QString error;
    QVERIFY(!injector.load(json, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(injector.rules().isEmpty());
}

void TestFaultInjector::latencyStacksWithOneFault()
{
    FaultInjector injector;
    QVERIFY(injector.load(
        R"([{"kind":"latency","delayMs":100},{"kind":"rateLimit429"},{"kind":"malformedJson"}])", nullptr));
    auto decision = injector.decide("GET", u"/x"_s);
    QCOMPARE(decision.delayMs, 100);
    QVERIFY(decision.fault);
    QCOMPARE(decision.fault->kind, FaultKind::RateLimit429);
    decision = injector.decide("GET", u"/x"_s); // latency and 429 used up; malformedJson still waiting
    QCOMPARE(decision.delayMs, 0);
    QCOMPARE(decision.fault->kind, FaultKind::MalformedJson);
    decision = injector.decide("GET", u"/x"_s);
    QVERIFY(!decision.fault);
    QVERIFY(injector.rules().isEmpty());
}

void TestFaultInjector::replaceAndRemove()
{
    FaultInjector injector;
    QVERIFY(injector.load(R"({"kind":"malformedJson","count":-1})", nullptr));
    QVERIFY(injector.load(R"({"rules":[{"kind":"rateLimit429","count":-1}],"replace":true})", nullptr));
    QCOMPARE(injector.rules().size(), 1);
    QVERIFY(injector.removeRule(injector.rules().at(0).id));
    QVERIFY(injector.rules().isEmpty());
}

void TestFaultInjector::malformationsSpoilTheBody_data()
{
    QTest::addColumn<QString>("name");
    for (const char* name : {"cut", "invalidUtf8", "deepNesting", "hugeNumber", "empty"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// Each malformation, as a rule names it, turns a reply into bytes a strict JSON reader refuses.
void TestFaultInjector::malformationsSpoilTheBody()
{
    QFETCH(QString, name);
    FaultInjector injector;
    QString error;
    const QByteArray rule = R"({"kind":"malformedJson","malformation":")" + name.toLatin1() + R"("})";
    QVERIFY2(injector.load(rule, &error), qPrintable(error));
    const FaultRule& loaded = injector.rules().constFirst();
    QCOMPARE(FaultRule::malformationName(loaded.malformation), name);

    const QByteArray body = R"({"id":"r1","amount":100,"currency":"USD"})";
    QVERIFY(!QJsonDocument::fromJson(body).isNull());
    const QByteArray spoilt = FaultRule::malformed(body, loaded.malformation);
    QJsonParseError parseError;
    QVERIFY2(QJsonDocument::fromJson(spoilt, &parseError).isNull(), spoilt.left(80).constData());
    if (loaded.malformation == Malformation::HugeNumber)
        QVERIFY(spoilt.contains(R"("amount":1e999999,)"));
}

QTEST_APPLESS_MAIN(TestFaultInjector)
#include "tst_FaultInjector.moc"
