#include "providers/common/Digest.h"
#include "providers/webhooks/BucksBusWebhookVerifier.h"
#include "providers/webhooks/CryptoComWebhookVerifier.h"
#include "providers/webhooks/CryptoProcessingWebhookVerifier.h"
#include "providers/webhooks/CryptomusWebhookVerifier.h"

#include <QTest>

#include <limits>

using namespace paydesk;
using Status = WebhookVerification::Status;

Q_DECLARE_METATYPE(paydesk::WebhookVerification::Status)

// The four webhook schemes with the API-NOTES.md vectors, tampered bodies, wrong keys and malformed headers.
class TstWebhookVerifiers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cryptoCom_data();
    void cryptoCom();
    void cryptoComTimestampFarFromNowIsExpired_data();
    void cryptoComTimestampFarFromNowIsExpired();
    void cryptoProcessing_data();
    void cryptoProcessing();
    void bucksBus_data();
    void bucksBus();
    void cryptomus_data();
    void cryptomus();
};

namespace {

const QByteArray kCryptoComBody
    = R"({"id":"evt_1","type":"payment.captured","data":{"object":{"id":"p1","status":"succeeded"}}})";
const QByteArray kCryptoComSignature = "f889aadb7fab9b69a63fb784f48a9b2b43bd3e665ae8aec33c178b208eb9c875";
const QDateTime kCryptoComTime = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

const QByteArray kCpBody = R"({"currency":"BTC","foreign_id":"123456"})";
const QByteArray kCpSignature
    = "03c25fcf7cd35e7d995e402cd5d51edd72d48e1471e865907967809a0c189ba55b90815f20e2bb10f82c7a9e9"
      "d865546fda58989c2ae9e8e2ff7bc29195fa1ec";

const QByteArray kBucksBody
    = R"({"type":"notification","event":"payment.complete","payment":{"payment_id":"48bf","status":"COMPLETE"}})";
const QByteArray kBucksSignature = "ec4e30f33c63ac96c24e440d544de61692838073f90ead066626cafa49e1a561";

} // namespace

void TstWebhookVerifiers::cryptoCom_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("receivedOffset");
    QTest::addColumn<Status>("expected");
    const QByteArray sig = kCryptoComSignature;
    QTest::newRow("vector") << ("t=1700000000,v1=" + sig) << kCryptoComBody << qint64(0) << Status::Valid;
    QTest::newRow("uppercase-hex") << ("t=1700000000,v1=" + sig.toUpper()) << kCryptoComBody << qint64(0)
                                   << Status::Valid;
    QTest::newRow("second-v1-matches") << ("t=1700000000,v1=" + QByteArray(64, 'a') + ",v1=" + sig) << kCryptoComBody
                                       << qint64(0) << Status::Valid;
    QTest::newRow("other-schemes-ignored")
        << ("t=1700000000,v0=zzz,v1=" + sig + ",v2=abc") << kCryptoComBody << qint64(0) << Status::Valid;
    QTest::newRow("spaces") << ("t=1700000000, v1=" + sig) << kCryptoComBody << qint64(0) << Status::Valid;
    QTest::newRow("within-tolerance") << ("t=1700000000,v1=" + sig) << kCryptoComBody << qint64(299) << Status::Valid;
    QTest::newRow("too-old") << ("t=1700000000,v1=" + sig) << kCryptoComBody << qint64(301) << Status::Expired;
    QTest::newRow("from-the-future") << ("t=1700000000,v1=" + sig) << kCryptoComBody << qint64(-301) << Status::Expired;
    QByteArray tampered = kCryptoComBody;
    tampered.replace("succeeded", "succeedeD");
    QTest::newRow("tampered-body") << ("t=1700000000,v1=" + sig) << tampered << qint64(0) << Status::Invalid;
    QTest::newRow("other-timestamp") << ("t=1700000001,v1=" + sig) << kCryptoComBody << qint64(0) << Status::Invalid;
    QTest::newRow("missing-header") << QByteArray() << kCryptoComBody << qint64(0) << Status::Invalid;
    QTest::newRow("no-timestamp") << ("v1=" + sig) << kCryptoComBody << qint64(0) << Status::Malformed;
    QTest::newRow("no-v1") << QByteArray("t=1700000000,v0=abc") << kCryptoComBody << qint64(0) << Status::Malformed;
    QTest::newRow("garbage-timestamp") << ("t=soon,v1=" + sig) << kCryptoComBody << qint64(0) << Status::Malformed;
}

void TstWebhookVerifiers::cryptoCom()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(qint64, receivedOffset);
    QFETCH(Status, expected);
    const CryptoComWebhookVerifier verifier("demo_signature_secret");
    WebhookMessage message{.body = body, .receivedAt = kCryptoComTime.addSecs(receivedOffset)};
    if (!header.isEmpty())
        message.headers.append({"Pay-Signature", header});
    const auto result = verifier.verify(message);
    QCOMPARE(result.status, expected);
    QCOMPARE(result.detail.isEmpty(), expected == Status::Valid);

    // The webhook's own signature secret, not anything else, validates it.
    if (expected == Status::Valid)
        QCOMPARE(CryptoComWebhookVerifier("sk_test_api_key").verify(message).status, Status::Invalid);
}

void TstWebhookVerifiers::cryptoComTimestampFarFromNowIsExpired_data()
{
    QTest::addColumn<qint64>("timestamp");
    const qint64 now = kCryptoComTime.toSecsSinceEpoch();
    // now - t is exactly 2^63: a signed subtraction wraps to INT64_MIN, whose std::abs is negative ("fresh").
    QTest::newRow("now-minus-2^63") << qint64(now + std::numeric_limits<qint64>::min());
    QTest::newRow("int64-min") << std::numeric_limits<qint64>::min();
    QTest::newRow("int64-min-plus-one") << std::numeric_limits<qint64>::min() + 1;
    QTest::newRow("int64-max") << std::numeric_limits<qint64>::max();
}

void TstWebhookVerifiers::cryptoComTimestampFarFromNowIsExpired()
{
    QFETCH(qint64, timestamp);
    // Correctly signed, so only the tolerance check stands between this message and Valid.
    const QByteArray secret = "demo_signature_secret";
    const QByteArray t = QByteArray::number(timestamp);
    const QByteArray header = "t=" + t + ",v1=" + digest::hmacSha256Hex(secret, QByteArray(t + '.' + kCryptoComBody));
    WebhookMessage message{.body = kCryptoComBody, .receivedAt = kCryptoComTime};
    message.headers.append({"Pay-Signature", header});
    const auto result = CryptoComWebhookVerifier(secret).verify(message);
    QCOMPARE(result.status, Status::Expired);
    QVERIFY(!result.detail.isEmpty());
}

void TstWebhookVerifiers::cryptoProcessing_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Status>("expected");
    QTest::newRow("vector") << QByteArray("pk_1") << kCpSignature << kCpBody << Status::Valid;
    QTest::newRow("wrong-key-header") << QByteArray("pk_2") << kCpSignature << kCpBody << Status::Invalid;
    QTest::newRow("tampered") << QByteArray("pk_1") << kCpSignature << QByteArray(kCpBody).replace("BTC", "ETH")
                              << Status::Invalid;
    QTest::newRow("reserialised") << QByteArray("pk_1") << kCpSignature
                                  << QByteArray(R"({"currency": "BTC", "foreign_id": "123456"})") << Status::Invalid;
    QTest::newRow("missing-signature") << QByteArray("pk_1") << QByteArray() << kCpBody << Status::Invalid;
}

void TstWebhookVerifiers::cryptoProcessing()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, signature);
    QFETCH(QByteArray, body);
    QFETCH(Status, expected);
    const CryptoProcessingWebhookVerifier verifier("pk_1", "AbCdEfG123456");
    WebhookMessage message{.headers = {{"X-Processing-Key", key}}, .body = body};
    if (!signature.isEmpty())
        message.headers.append({"X-Processing-Signature", signature});
    QCOMPARE(verifier.verify(message).status, expected);
}

void TstWebhookVerifiers::bucksBus_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<bool>("sendHeader");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Status>("expected");
    const QByteArray secret = "demo_webhook_secret";
    QTest::newRow("vector") << secret << kBucksSignature << true << kBucksBody << Status::Valid;
    QTest::newRow("tampered") << secret << kBucksSignature << true << QByteArray(kBucksBody).replace("48bf", "48bg")
                              << Status::Invalid;
    QTest::newRow("wrong-secret") << QByteArray("other") << kBucksSignature << true << kBucksBody << Status::Invalid;
    QTest::newRow("header-missing") << secret << QByteArray() << false << kBucksBody << Status::Invalid;
    QTest::newRow("no-secret-configured") << QByteArray() << QByteArray() << false << kBucksBody << Status::Unsigned;
}

void TstWebhookVerifiers::bucksBus()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, signature);
    QFETCH(bool, sendHeader);
    QFETCH(QByteArray, body);
    QFETCH(Status, expected);
    WebhookMessage message{.body = body};
    if (sendHeader)
        message.headers.append({"X-Webhook-HMAC-SHA256", signature});
    QCOMPARE(BucksBusWebhookVerifier(secret).verify(message).status, expected);
}

void TstWebhookVerifiers::cryptomus_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Status>("expected");
    // The API-NOTES vector: md5(base64(data) + "demo_payment_key") = bebbe059ce8c0a195441a76b2c7158b3.
    QTest::newRow("vector-as-php-sends-it") << QByteArray(
        R"({"type":"payment","uuid":"u1","order_id":"A1","status":"paid","url":"https:\/\/pay.cryptomus.com\/pay\/u1","additional_data":"Заказ","sign":"bebbe059ce8c0a195441a76b2c7158b3"})")
                                            << Status::Valid;
    QTest::newRow("vector-with-unescaped-slashes-and-unicode-escapes") << QByteArray(
        R"({"type":"payment","sign":"bebbe059ce8c0a195441a76b2c7158b3","uuid":"u1","order_id":"A1","status":"paid","url":"https://pay.cryptomus.com/pay/u1","additional_data":"\u0417\u0430\u043a\u0430\u0437"})")
                                                                       << Status::Valid;
    QTest::newRow("pretty-printed") << QByteArray(
        "{\n  \"type\": \"payment\",\n  \"uuid\": \"u1\",\n  \"order_id\": \"A1\",\n  \"status\": \"paid\",\n"
        "  \"url\": \"https://pay.cryptomus.com/pay/u1\",\n  \"additional_data\": \"Заказ\",\n"
        "  \"sign\": \"bebbe059ce8c0a195441a76b2c7158b3\"\n}")
                                    << Status::Valid;
    // Signing the unescaped-slash form (what QJsonDocument would produce) gives f217171f…: it must not validate.
    QTest::newRow("qjsondocument-signature-rejected") << QByteArray(
        R"({"type":"payment","uuid":"u1","order_id":"A1","status":"paid","url":"https:\/\/pay.cryptomus.com\/pay\/u1","additional_data":"Заказ","sign":"f217171feac2fdcb354c654d39869cc7"})")
                                                      << Status::Invalid;
    QTest::newRow("tampered-status") << QByteArray(
        R"({"type":"payment","uuid":"u1","order_id":"A1","status":"paid_over","url":"https:\/\/pay.cryptomus.com\/pay\/u1","additional_data":"Заказ","sign":"bebbe059ce8c0a195441a76b2c7158b3"})")
                                     << Status::Invalid;
    QTest::newRow("reordered-keys") << QByteArray(
        R"({"uuid":"u1","type":"payment","order_id":"A1","status":"paid","url":"https:\/\/pay.cryptomus.com\/pay\/u1","additional_data":"Заказ","sign":"bebbe059ce8c0a195441a76b2c7158b3"})")
                                    << Status::Invalid;
    QTest::newRow("no-sign") << QByteArray(R"({"type":"payment","uuid":"u1"})") << Status::Invalid;
    QTest::newRow("not-json") << QByteArray(R"({"type":"payment","sign":"abc",)") << Status::Invalid;
}

void TstWebhookVerifiers::cryptomus()
{
    QFETCH(QByteArray, body);
    QFETCH(Status, expected);
    const CryptomusWebhookVerifier verifier("demo_payment_key", "demo_payout_key");
    QCOMPARE(verifier.verify({.body = body}).status, expected);
    if (expected == Status::Valid) {
        // The payout key must not validate a payment webhook.
        QCOMPARE(CryptomusWebhookVerifier("demo_payout_key", "demo_payment_key").verify({.body = body}).status,
            Status::Invalid);
    }
}

QTEST_APPLESS_MAIN(TstWebhookVerifiers)
#include "tst_WebhookVerifiers.moc"
