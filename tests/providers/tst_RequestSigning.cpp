#include "providers/common/Digest.h"
#include "providers/common/RequestSigning.h"

#include <QTest>

using namespace paydesk;

// Known-answer vectors from ../shared/specs/API-NOTES.md.
class TstRequestSigning final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cryptoProcessingVendorVector();
    void cryptomusVectors_data();
    void cryptomusVectors();
    void basicAuthorization();
    void signaturesAreOverExactBytes();
    void constantTimeEquals();
};

void TstRequestSigning::cryptoProcessingVendorVector()
{
    QCOMPARE(signing::cryptoProcessingSignature("AbCdEfG123456", R"({"currency":"BTC","foreign_id":"123456"})"),
        QByteArray("03c25fcf7cd35e7d995e402cd5d51edd72d48e1471e865907967809a0c189ba55b90815f20e2bb10f82c7a9e9d865546f"
                   "da58989c2ae9e8e2ff7bc29195fa1ec"));
}

void TstRequestSigning::cryptomusVectors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("invoice") << QByteArray(R"({"amount":"10","currency":"USDT","order_id":"A1"})")
                             << QByteArray("9f269b4c3663f937585c30e8a2c73f5a");
    QTest::newRow("empty-object") << QByteArray("{}") << QByteArray("9a79d2b4aa82acf4be64acf0bf2b1670");
    QTest::newRow("empty-body") << QByteArray() << QByteArray("80852ac789b7333efa09c579b80fa65b");
}

void TstRequestSigning::cryptomusVectors()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(signing::cryptomusSignature("demo_payment_key", body), expected);
}

void TstRequestSigning::basicAuthorization()
{
    // Crypto.com: secret key as user name, empty password.
    QCOMPARE(signing::basicAuthorization("sk_test_abc", ""), QByteArray("Basic c2tfdGVzdF9hYmM6"));
    // v10.2: key:secret.
    QCOMPARE(signing::basicAuthorization("key", "secret"), QByteArray("Basic a2V5OnNlY3JldA=="));
}

void TstRequestSigning::signaturesAreOverExactBytes()
{
    // Re-serialising (whitespace, key order) must change the signature: the bytes sent are the bytes signed.
    const QByteArray compact = R"({"currency":"BTC","foreign_id":"123456"})";
    const QByteArray spaced = R"({"currency": "BTC", "foreign_id": "123456"})";
    QVERIFY(signing::cryptoProcessingSignature("s", compact) != signing::cryptoProcessingSignature("s", spaced));
    QVERIFY(signing::cryptomusSignature("k", compact) != signing::cryptomusSignature("k", spaced));
    QVERIFY(signing::cryptomusSignature("k", compact) != signing::cryptomusSignature("k2", compact));
}

void TstRequestSigning::constantTimeEquals()
{
    QVERIFY(digest::constantTimeEquals("abc", "abc"));
    QVERIFY(digest::constantTimeEquals("", ""));
    QVERIFY(!digest::constantTimeEquals("abc", "abd"));
    QVERIFY(!digest::constantTimeEquals("abc", "abcd"));
    QVERIFY(!digest::constantTimeEquals("", "a"));
}

QTEST_APPLESS_MAIN(TstRequestSigning)
#include "tst_RequestSigning.moc"
