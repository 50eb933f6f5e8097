// The Cryptomus simulator over real loopback HTTP. Signatures and webhook checks are recomputed here
// independently (QCryptographicHash, QByteArray::toBase64 and a PHP-style re-encoder written in this file).
#include "sandbox/DefaultGateways.h"
#include "sandbox/HttpConnection.h"
#include "sandbox/HttpListener.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/cryptomus/CryptomusJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <memory>

#include "../SandboxTestClient.h"

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::sandbox;
using paydesk::sandbox::test::Client;
using paydesk::sandbox::test::Reply;

namespace {

constexpr auto kMerchant = "3f8a9c2e-7d41-4b6a-9e1f-5c2d8b0a7e13";
constexpr auto kPaymentKey = "demo_payment_key";
constexpr auto kPayoutKey = "demo_payout_key";
constexpr qint64 kEpoch = 1700000000;

// md5_hex(base64(body) + key), computed without the sandbox's code.
QByteArray md5Sign(const QByteArray& body, const QByteArray& key)
{
    return QCryptographicHash::hash(QByteArray(body.toBase64() + key), QCryptographicHash::Md5).toHex();
}

// --- an independent order-preserving reader and PHP json_encode(…, JSON_UNESCAPED_UNICODE) writer -----------------

struct Token
{
    QString key;
    bool isString = false;
    QString text; // decoded string, or the raw literal (null, true, 12.5)
};

// Reads a flat JSON object (string / number / literal values) keeping the key order; false if malformed.
bool readFlatObject(const QByteArray& json, QList<Token>* out)
{
    const QString s = QString::fromUtf8(json);
    qsizetype i = 0;
    const auto charAt = [&s](qsizetype at) { return at < s.size() ? s[at] : QChar(); };
    const auto skip = [&] {
        while (i < s.size() && s[i].isSpace())
            ++i;
    };
    const auto readString = [&](QString* value) {
        if (s[i] != u'"')
            return false;
        ++i;
        while (i < s.size() && s[i] != u'"') {
            if (s[i] == u'\\') {
                const QChar e = s[++i];
                if (e == u'n')
                    value->append(u'\n');
                else if (e == u't')
                    value->append(u'\t');
                else if (e == u'r')
                    value->append(u'\r');
                else if (e == u'b')
                    value->append(u'\b');
                else if (e == u'f')
                    value->append(u'\f');
                else if (e == u'u') {
                    value->append(QChar(s.mid(i + 1, 4).toUShort(nullptr, 16)));
                    i += 4;
                } else
                    value->append(e);
                ++i;
            } else {
                value->append(s[i++]);
            }
        }
        ++i;
        return true;
    };
    skip();
    if (charAt(i) != u'{')
        return false;
    ++i;
    for (;;) {
        skip();
        if (charAt(i) == u'}')
            return true;
        Token token;
        if (!readString(&token.key))
            return false;
        skip();
        if (charAt(i++) != u':')
            return false;
        skip();
        if (charAt(i) == u'"') {
            token.isString = true;
            if (!readString(&token.text))
                return false;
        } else {
            while (i < s.size() && s[i] != u',' && s[i] != u'}')
                token.text.append(s[i++]);
            token.text = token.text.trimmed();
        }
        out->append(token);
        skip();
        if (charAt(i) == u',')
            ++i;
    }
}

QByteArray phpString(const QString& text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"')
            out += "\\\"";
        else if (u == u'\\')
            out += "\\\\";
        else if (u == u'/')
            out += "\\/";
        else if (u == u'\n')
            out += "\\n";
        else if (u == u'\r')
            out += "\\r";
        else if (u == u'\t')
            out += "\\t";
        else if (u < 0x20 || u == 0x2028 || u == 0x2029)
            out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
        else
            out += QString(c).toUtf8();
    }
    return out + '"';
}

QByteArray phpEncode(const QList<Token>& tokens)
{
    QByteArray out = "{";
    for (const Token& token : tokens) {
        if (out.size() > 1)
            out += ',';
        out += phpString(token.key) + ':' + (token.isString ? phpString(token.text) : token.text.toUtf8());
    }
    return out + '}';
}

// The check a merchant does: remove "sign", re-encode the rest PHP-style, compare md5(base64(…) + key).
bool webhookSignatureValid(const QByteArray& body, const QByteArray& key)
{
    QList<Token> tokens;
    if (!readFlatObject(body, &tokens))
        return false;
    QByteArray sign;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].key == u"sign") {
            sign = tokens[i].text.toLatin1();
            tokens.removeAt(i);
            break;
        }
    }
    return !sign.isEmpty() && md5Sign(phpEncode(tokens), key) == sign;
}

// --- server and client helpers -------------------------------------------------------------------------------------

std::unique_ptr<SandboxServer> startServer(qint64 payments = 0, quint64 seed = 1)
{
    SandboxOptions options;
    options.epoch = kEpoch;
    options.payments = payments;
    options.seed = seed;
    auto server = std::make_unique<SandboxServer>(options);
    server->addGateway(&createCryptomusSimulator);
    QString error;
    if (!server->start(&error))
        qWarning("start failed: %s", qPrintable(error));
    return server;
}

class Api
{
public:
    explicit Api(const SandboxServer& server)
        : m_client(server.baseUrl())
    {
    }

    Reply call(const QString& route, const QByteArray& body, const QByteArray& key = kPaymentKey,
        const QByteArray& merchant = kMerchant)
    {
        return m_client.post(u"/cryptomus/v1/"_s + route, body, {{"merchant", merchant}, {"sign", md5Sign(body, key)}});
    }
    Reply call(const QString& route, const QJsonObject& body, const QByteArray& key = kPaymentKey)
    {
        return call(route, QJsonDocument(body).toJson(QJsonDocument::Compact), key);
    }
    QJsonObject result(const QString& route, const QJsonObject& body, const QByteArray& key = kPaymentKey)
    {
        const Reply reply = call(route, body, key);
        if (reply.status != 200 || reply.object().value(u"state"_s).toInt(-1) != 0)
            qWarning("%s -> %d %s", qPrintable(route), reply.status, reply.body.constData());
        return reply.object().value(u"result"_s).toObject();
    }
    Reply control(const QString& path, const QJsonObject& body) { return m_client.postJson(path, body); }
    Reply pay(const QJsonObject& body)
    {
        QJsonObject full = body;
        full.insert(u"gateway"_s, u"cryptomus"_s);
        return m_client.postJson(u"/_sandbox/pay"_s, full);
    }
    void advance(qint64 secs) { control(u"/_sandbox/clock"_s, {{u"advance"_s, secs}}); }
    Client& client() { return m_client; }

private:
    Client m_client;
};

// A loopback webhook receiver; answers with `statuses` in turn (then 200).
struct Hook
{
    QList<QByteArray> bodies;
    QList<int> statuses;
    HttpListener listener{[this](HttpConnection* connection, const HttpRequest& request) {
        bodies.append(request.body);
        connection->send(HttpResponse::text(statuses.isEmpty() ? 200 : statuses.takeFirst(), "ok"));
    }};
    QString url() const { return u"http://127.0.0.1:%1/hook"_s.arg(listener.port()); }
    QJsonObject last() const { return QJsonDocument::fromJson(bodies.last()).object(); }
};

QString balanceOf(Api& api, const QString& currency)
{
    const Reply reply = api.call(u"balance"_s, QByteArray());
    const QJsonArray merchant = reply.object()
                                    .value(u"result"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"balance"_s)
                                    .toObject()
                                    .value(u"merchant"_s)
                                    .toArray();
    for (const QJsonValue& entry : merchant) {
        if (entry.toObject().value(u"currency_code"_s).toString() == currency)
            return entry.toObject().value(u"balance"_s).toString();
    }
    return {};
}

QJsonObject invoiceBody(const QString& orderId, const QString& amount = u"10"_s, const QString& currency = u"USDT"_s)
{
    return {{u"amount"_s, amount}, {u"currency"_s, currency}, {u"order_id"_s, orderId}, {u"network"_s, u"tron"_s}};
}

} // namespace

class TestCryptomusSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signatureVectors();
    void phpJsonVector();
    void vectorsAcceptedByServer();
    void signatureRejected_data();
    void signatureRejected();
    void routingErrors();
    void createInfoAndIdempotency();
    void createValidation_data();
    void createValidation();
    void serverErrorEnvelope();
    void partialThenCompleteWithWebhooks();
    void overpayAccuracyAndSinglePayment();
    void confirmationDelay();
    void expiryAndRefresh();
    void fiatInvoicePayerChoosesCoin();
    void refundCompletes();
    void resendWebhook();
    void webhookRetriedOnSandboxClock();
    void listPagingAndThrottle();
    void staticWalletBlockAndRefund();
    void payouts();
    void servicesRatesAndTestWebhook();
    void deterministicGeneration();
    void largeGenerationIsComplete();
};

void TestCryptomusSandbox::signatureVectors()
{
    // API-NOTES.md vectors, recomputed independently and through the sandbox's helper.
    const QList<std::pair<QByteArray, QByteArray>> vectors = {
        {R"({"amount":"10","currency":"USDT","order_id":"A1"})", "9f269b4c3663f937585c30e8a2c73f5a"},
        {"{}", "9a79d2b4aa82acf4be64acf0bf2b1670"},
        {"", "80852ac789b7333efa09c579b80fa65b"},
    };
    for (const auto& [body, expected] : vectors) {
        QCOMPARE(md5Sign(body, kPaymentKey), expected);
        QCOMPARE(CryptomusJson::sign(body, kPaymentKey), expected);
    }
}

void TestCryptomusSandbox::phpJsonVector()
{
    const QByteArray expected
        = QStringLiteral(u"{\"type\":\"payment\",\"uuid\":\"u1\",\"order_id\":\"A1\",\"status\":\"paid\","
                         u"\"url\":\"https:\\/\\/pay.cryptomus.com\\/pay\\/u1\",\"additional_data\":\"Заказ\"}")
              .toUtf8();
    CryptomusJson w(CryptomusJson::Unicode::Raw);
    w.beginObject()
        .field("type"_L1, "payment"_L1)
        .field("uuid"_L1, "u1"_L1)
        .field("order_id"_L1, "A1"_L1)
        .field("status"_L1, "paid"_L1)
        .field("url"_L1, "https://pay.cryptomus.com/pay/u1"_L1)
        .field("additional_data"_L1, u"Заказ"_s)
        .endObject();
    const QByteArray written = w.take();
    QCOMPARE(written, expected);
    QCOMPARE(md5Sign(written, kPaymentKey), QByteArray("bebbe059ce8c0a195441a76b2c7158b3"));
    QCOMPARE(CryptomusJson::sign(written, kPaymentKey), QByteArray("bebbe059ce8c0a195441a76b2c7158b3"));
    // The independent re-encoder agrees, and the unescaped form gives the documented wrong digest.
    QList<Token> tokens;
    QVERIFY(readFlatObject(expected, &tokens));
    QCOMPARE(phpEncode(tokens), expected);
    QByteArray unescaped = expected;
    unescaped.replace("\\/", "/");
    QCOMPARE(md5Sign(unescaped, kPaymentKey), QByteArray("f217171feac2fdcb354c654d39869cc7"));
    QVERIFY(CryptomusJson::sign(written, kPaymentKey) != md5Sign(unescaped, kPaymentKey));

    // PHP's default flags (API replies) escape non-ASCII; both escape U+2028 and control characters.
    CryptomusJson escaped;
    escaped.beginObject().field("a"_L1, u"Заказ\u2028\x01/"_s).endObject();
    QCOMPARE(escaped.take(), QByteArray(R"({"a":"\u0417\u0430\u043a\u0430\u0437\u2028\u0001\/"})"));
}

void TestCryptomusSandbox::vectorsAcceptedByServer()
{
    auto server = startServer();
    Api api(*server);
    // Exactly the vector bodies and signatures on the wire.
    Reply reply = api.client().post(u"/cryptomus/v1/payment"_s, R"({"amount":"10","currency":"USDT","order_id":"A1"})",
        {{"merchant", kMerchant}, {"sign", "9f269b4c3663f937585c30e8a2c73f5a"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"state"_s).toInt(), 0);
    QCOMPARE(reply.object().value(u"result"_s).toObject().value(u"order_id"_s).toString(), u"A1"_s);
    reply = api.client().post(u"/cryptomus/v1/payment/services"_s, "{}",
        {{"merchant", kMerchant}, {"sign", "9a79d2b4aa82acf4be64acf0bf2b1670"}});
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.object().value(u"result"_s).toArray().isEmpty());
    reply = api.client().post(
        u"/cryptomus/v1/balance"_s, {}, {{"merchant", kMerchant}, {"sign", "80852ac789b7333efa09c579b80fa65b"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"state"_s).toInt(), 0);
}

void TestCryptomusSandbox::signatureRejected_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("sign");
    QTest::addColumn<QByteArray>("merchant");
    QTest::addColumn<QByteArray>("message");

    const QByteArray body = R"({"amount":"10","currency":"USDT","order_id":"R1"})";
    const QByteArray invalid = "Invalid Sign.";
    QTest::newRow("wrong sign") << u"payment"_s << body << QByteArray("00000000000000000000000000000000")
                                << QByteArray(kMerchant) << invalid;
    QTest::newRow("missing sign") << u"payment"_s << body << QByteArray() << QByteArray(kMerchant) << invalid;
    QTest::newRow("payout key on payment")
        << u"payment"_s << body << md5Sign(body, kPayoutKey) << QByteArray(kMerchant) << invalid;
    QTest::newRow("payment key on payout")
        << u"payout"_s << body << md5Sign(body, kPaymentKey) << QByteArray(kMerchant) << invalid;
    QTest::newRow("signed other bytes") << u"payment"_s << body
                                        << md5Sign(
                                               R"({"amount": "10", "currency": "USDT", "order_id": "R1"})", kPaymentKey)
                                        << QByteArray(kMerchant) << invalid;
    QTest::newRow("escaped slash signed, raw sent")
        << u"payment/info"_s << QByteArray(R"({"order_id":"a/b"})") << md5Sign(R"({"order_id":"a\/b"})", kPaymentKey)
        << QByteArray(kMerchant) << invalid;
    QTest::newRow("unknown merchant") << u"payment"_s << body << md5Sign(body, kPaymentKey)
                                      << QByteArray("8b03432e-385b-4670-8d06-064591096795")
                                      << QByteArray("Merchant not found.");
    QTest::newRow("no merchant") << u"payment"_s << body << md5Sign(body, kPaymentKey) << QByteArray()
                                 << QByteArray("Merchant not found.");
}

void TestCryptomusSandbox::signatureRejected()
{
    QFETCH(QString, route);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, sign);
    QFETCH(QByteArray, merchant);
    QFETCH(QByteArray, message);
    auto server = startServer();
    Api api(*server);
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!merchant.isEmpty())
        headers.append({"merchant", merchant});
    if (!sign.isEmpty())
        headers.append({"sign", sign});
    const Reply reply = api.client().post(u"/cryptomus/v1/"_s + route, body, headers);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.object().value(u"message"_s).toString().toLatin1(), message);
    // Nothing was created.
    QCOMPARE(api.call(u"payment/info"_s, QJsonObject{{u"order_id"_s, u"R1"_s}}).status, 422);
}

void TestCryptomusSandbox::routingErrors()
{
    auto server = startServer();
    Api api(*server);
    QCOMPARE(api.call(u"nothing"_s, QByteArray("{}")).status, 404);
    const Reply get = api.client().get(u"/cryptomus/v1/payment"_s);
    QCOMPARE(get.status, 405);
    // A body that is not JSON is no input: validation answers (after the signature matched).
    const Reply garbage = api.call(u"payment"_s, QByteArray("not json"));
    QCOMPARE(garbage.status, 422);
    QCOMPARE(garbage.object().value(u"errors"_s).toObject().value(u"amount"_s).toArray().at(0).toString(),
        u"validation.required"_s);
}

void TestCryptomusSandbox::createInfoAndIdempotency()
{
    auto server = startServer();
    Api api(*server);
    const QJsonObject created = api.result(u"payment"_s, invoiceBody(u"order-1"_s));
    const QString uuid = created.value(u"uuid"_s).toString();
    QCOMPARE(uuid.size(), 36);
    QCOMPARE(created.value(u"amount"_s).toString(), u"10.00"_s);
    QCOMPARE(created.value(u"payer_amount"_s).toString(), u"10.00"_s);
    QCOMPARE(created.value(u"payer_currency"_s).toString(), u"USDT"_s);
    QCOMPARE(created.value(u"network"_s).toString(), u"tron"_s);
    QVERIFY(created.value(u"address"_s).toString().startsWith(u'T'));
    QCOMPARE(created.value(u"status"_s).toString(), u"check"_s);
    QCOMPARE(created.value(u"payment_status"_s).toString(), u"check"_s);
    QCOMPARE(created.value(u"is_final"_s).toBool(), false);
    QVERIFY(created.value(u"payment_amount"_s).isNull());
    QCOMPARE(created.value(u"expired_at"_s).toInteger(), created.value(u"expired_at"_s).toInteger());
    QVERIFY(created.value(u"expired_at"_s).toInteger() >= kEpoch + 3600);
    QVERIFY(created.value(u"created_at"_s).toString().endsWith(u"+03:00"_s));
    QCOMPARE(created.value(u"url"_s).toString(), u"https://pay.cryptomus.com/pay/"_s + uuid);

    // The raw reply escapes '/' as PHP does.
    const Reply raw = api.call(u"payment/info"_s, QJsonObject{{u"uuid"_s, uuid}});
    QVERIFY(raw.body.contains(R"("url":"https:\/\/pay.cryptomus.com\/pay\/)"));

    // Same order_id: the existing invoice, unchanged, even with other parameters.
    const QJsonObject again = api.result(u"payment"_s, invoiceBody(u"order-1"_s, u"99"_s));
    QCOMPARE(again.value(u"uuid"_s).toString(), uuid);
    QCOMPARE(again.value(u"amount"_s).toString(), u"10.00"_s);

    QCOMPARE(api.result(u"payment/info"_s, {{u"order_id"_s, u"order-1"_s}}).value(u"uuid"_s).toString(), uuid);
    QCOMPARE(api.result(u"payment/info"_s, {{u"uuid"_s, uuid}}).value(u"order_id"_s).toString(), u"order-1"_s);

    Reply missing = api.call(u"payment/info"_s, QJsonObject{});
    QCOMPARE(missing.status, 422);
    QCOMPARE(missing.object().value(u"errors"_s).toObject().value(u"uuid"_s).toArray().at(0).toString(),
        u"validation.required_without"_s);
    QCOMPARE(missing.object().value(u"errors"_s).toObject().value(u"order_id"_s).toArray().at(0).toString(),
        u"validation.required_without"_s);
    missing = api.call(u"payment/info"_s, QJsonObject{{u"order_id"_s, u"nope"_s}});
    QCOMPARE(missing.status, 422);
    QCOMPARE(missing.object(), (QJsonObject{{u"state"_s, 1}, {u"message"_s, u"Payment not found"_s}}));
}

void TestCryptomusSandbox::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field"); // errors.<field>[0], or "" for a message
    QTest::addColumn<QString>("expected");

    QTest::newRow("amount required") << QByteArray(R"({"currency":"USDT","order_id":"v1"})") << u"amount"_s
                                     << u"validation.required"_s;
    QTest::newRow("amount numeric") << QByteArray(R"({"amount":"ten","currency":"USDT","order_id":"v1"})")
                                    << u"amount"_s << u"validation.numeric"_s;
    QTest::newRow("order_id required") << QByteArray(R"({"amount":"10","currency":"USDT"})") << u"order_id"_s
                                       << u"validation.required"_s;
    QTest::newRow("order_id alpha_dash") << QByteArray(R"({"amount":"10","currency":"USDT","order_id":"a b"})")
                                         << u"order_id"_s << u"validation.alpha_dash"_s;
    QTest::newRow("lifetime min") << QByteArray(R"({"amount":"10","currency":"USDT","order_id":"v1","lifetime":60})")
                                  << u"lifetime"_s << u"validation.min.numeric"_s;
    QTest::newRow("url_callback") << QByteArray(
        R"({"amount":"10","currency":"USDT","order_id":"v1","url_callback":"not a url"})")
                                  << u"url_callback"_s << u"validation.url"_s;
    QTest::newRow("currency") << QByteArray(R"({"amount":"10","currency":"XYZ","order_id":"v1"})") << QString()
                              << u"The currency was not found"_s;
    QTest::newRow("network") << QByteArray(R"({"amount":"10","currency":"USDT","order_id":"v1","network":"moon"})")
                             << QString() << u"The network was not found"_s;
    QTest::newRow("to_currency") << QByteArray(
        R"({"amount":"10","currency":"USD","order_id":"v1","to_currency":"EUR"})")
                                 << QString() << u"Not found service to_currency"_s;
    QTest::newRow("minimum") << QByteArray(R"({"amount":"0.1","currency":"USDT","order_id":"v1"})") << QString()
                             << u"Minimum amount 0.5 USDT"_s;
    QTest::newRow("maximum") << QByteArray(R"({"amount":"20000000","currency":"USDT","order_id":"v1"})") << QString()
                             << u"Maximum amount 10000000 USDT"_s;
}

void TestCryptomusSandbox::createValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    auto server = startServer();
    Api api(*server);
    const Reply reply = api.call(u"payment"_s, body);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.object().value(u"state"_s).toInt(), 1);
    if (field.isEmpty())
        QCOMPARE(reply.object().value(u"message"_s).toString(), expected);
    else
        QCOMPARE(reply.object().value(u"errors"_s).toObject().value(field).toArray().at(0).toString(), expected);
    QCOMPARE(api.call(u"payment/info"_s, QJsonObject{{u"order_id"_s, u"v1"_s}}).status, 422);
}

void TestCryptomusSandbox::serverErrorEnvelope()
{
    auto server = startServer();
    Api api(*server);
    api.control(u"/_sandbox/faults"_s,
        {{u"method"_s, u"POST"_s}, {u"path"_s, u"/cryptomus/v1/payment"_s}, {u"kind"_s, u"error500BeforeCommit"_s}});
    const Reply reply = api.call(u"payment"_s, invoiceBody(u"e1"_s));
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.object(),
        (QJsonObject{{u"message"_s, u"Server error, #1"_s}, {u"code"_s, 500}, {u"error"_s, QJsonValue::Null}}));
    QCOMPARE(api.call(u"payment/info"_s, QJsonObject{{u"order_id"_s, u"e1"_s}}).status, 422);
}

void TestCryptomusSandbox::partialThenCompleteWithWebhooks()
{
    Hook hook;
    QVERIFY(hook.listener.listen());
    auto server = startServer();
    Api api(*server);
    QJsonObject body = invoiceBody(u"p1"_s, u"25"_s);
    body.insert(u"url_callback"_s, hook.url());
    body.insert(u"additional_data"_s, u"Заказ/1"_s);
    const QString uuid = api.result(u"payment"_s, body).value(u"uuid"_s).toString();
    const QString before = balanceOf(api, u"USDT"_s);

    Reply paid = api.pay({{u"id"_s, uuid}, {u"amount"_s, u"10"_s}});
    QCOMPARE(paid.status, 200);
    QJsonObject result = paid.object().value(u"result"_s).toObject();
    QCOMPARE(result.value(u"status"_s).toString(), u"wrong_amount_waiting"_s);
    QCOMPARE(result.value(u"is_final"_s).toBool(), false);
    QCOMPARE(result.value(u"payment_amount"_s).toString(), u"10.00"_s);
    QVERIFY(!result.value(u"txid"_s).toString().isEmpty());
    QTRY_COMPARE(hook.bodies.size(), 1);
    QVERIFY(webhookSignatureValid(hook.bodies.last(), kPaymentKey));
    QVERIFY(!webhookSignatureValid(hook.bodies.last(), kPayoutKey));
    QCOMPARE(hook.last().value(u"status"_s).toString(), u"wrong_amount_waiting"_s);
    // The webhook body is PHP-encoded: '/' escaped, Cyrillic raw.
    QVERIFY(hook.bodies.last().contains(QStringLiteral(u"\"additional_data\":\"Заказ\\/1\"").toUtf8()));

    paid = api.pay({{u"id"_s, u"p1"_s}}); // the rest (by order_id)
    result = paid.object().value(u"result"_s).toObject();
    QCOMPARE(result.value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(result.value(u"is_final"_s).toBool(), true);
    QCOMPARE(result.value(u"payment_amount"_s).toString(), u"25.00"_s);
    QCOMPARE(result.value(u"merchant_amount"_s).toString(), u"24.50"_s); // 2 % commission
    QTRY_COMPARE(hook.bodies.size(), 2);
    QVERIFY(webhookSignatureValid(hook.bodies.last(), kPaymentKey));
    const QJsonObject event = hook.last();
    QCOMPARE(event.value(u"type"_s).toString(), u"payment"_s);
    QCOMPARE(event.value(u"uuid"_s).toString(), uuid);
    QCOMPARE(event.value(u"order_id"_s).toString(), u"p1"_s);
    QCOMPARE(event.value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(event.value(u"is_final"_s).toBool(), true);
    QCOMPARE(event.value(u"commission"_s).toString(), u"0.50"_s);
    QCOMPARE(event.value(u"additional_data"_s).toString(), u"Заказ/1"_s);

    const Decimal delta = *Decimal::fromString(balanceOf(api, u"USDT"_s))->minus(*Decimal::fromString(before));
    QCOMPARE(delta, *Decimal::fromString(u"24.50"));
    QCOMPARE(api.pay({{u"id"_s, uuid}}).status, 409); // final
    QCOMPARE(api.pay({{u"id"_s, u"no-such"_s}}).status, 404);
}

void TestCryptomusSandbox::overpayAccuracyAndSinglePayment()
{
    auto server = startServer();
    Api api(*server);
    api.result(u"payment"_s, invoiceBody(u"o1"_s));
    QJsonObject r = api.pay({{u"id"_s, u"o1"_s}, {u"amount"_s, u"12.5"_s}}).object().value(u"result"_s).toObject();
    QCOMPARE(r.value(u"status"_s).toString(), u"paid_over"_s);
    QCOMPARE(r.value(u"payment_amount"_s).toString(), u"12.50"_s);

    QJsonObject body = invoiceBody(u"o2"_s, u"100"_s);
    body.insert(u"accuracy_payment_percent"_s, 5);
    api.result(u"payment"_s, body);
    r = api.pay({{u"id"_s, u"o2"_s}, {u"amount"_s, u"95.5"_s}}).object().value(u"result"_s).toObject();
    QCOMPARE(r.value(u"status"_s).toString(), u"paid"_s);

    body = invoiceBody(u"o3"_s);
    body.insert(u"is_payment_multiple"_s, false);
    api.result(u"payment"_s, body);
    r = api.pay({{u"id"_s, u"o3"_s}, {u"amount"_s, u"4"_s}}).object().value(u"result"_s).toObject();
    QCOMPARE(r.value(u"status"_s).toString(), u"wrong_amount"_s);
    QCOMPARE(r.value(u"is_final"_s).toBool(), true);
}

void TestCryptomusSandbox::confirmationDelay()
{
    auto server = startServer();
    Api api(*server);
    api.result(u"payment"_s, invoiceBody(u"c1"_s));
    QJsonObject r
        = api.pay({{u"id"_s, u"c1"_s}, {u"confirmations_secs"_s, 120}}).object().value(u"result"_s).toObject();
    QCOMPARE(r.value(u"status"_s).toString(), u"confirm_check"_s);
    QCOMPARE(api.pay({{u"id"_s, u"c1"_s}}).status, 409);
    api.advance(121);
    r = api.result(u"payment/info"_s, {{u"order_id"_s, u"c1"_s}});
    QCOMPARE(r.value(u"status"_s).toString(), u"paid"_s);
}

void TestCryptomusSandbox::expiryAndRefresh()
{
    auto server = startServer();
    Api api(*server);
    QJsonObject body = invoiceBody(u"x1"_s);
    body.insert(u"lifetime"_s, 300);
    const QJsonObject created = api.result(u"payment"_s, body);
    QJsonObject partial = invoiceBody(u"x2"_s);
    partial.insert(u"lifetime"_s, 300);
    api.result(u"payment"_s, partial);
    api.pay({{u"id"_s, u"x2"_s}, {u"amount"_s, u"3"_s}});

    api.advance(299);
    QCOMPARE(api.result(u"payment/info"_s, {{u"order_id"_s, u"x1"_s}}).value(u"status"_s).toString(), u"check"_s);
    api.advance(2);
    QJsonObject info = api.result(u"payment/info"_s, {{u"order_id"_s, u"x1"_s}});
    QCOMPARE(info.value(u"status"_s).toString(), u"cancel"_s);
    QCOMPARE(info.value(u"is_final"_s).toBool(), true);
    QCOMPARE(api.pay({{u"id"_s, u"x1"_s}}).status, 409);
    info = api.result(u"payment/info"_s, {{u"order_id"_s, u"x2"_s}});
    QCOMPARE(info.value(u"status"_s).toString(), u"wrong_amount"_s);
    QCOMPARE(info.value(u"payment_amount"_s).toString(), u"3.00"_s);

    // is_refresh: a new address and lifetime for the expired invoice.
    body.insert(u"is_refresh"_s, true);
    const QJsonObject refreshed = api.result(u"payment"_s, body);
    QCOMPARE(refreshed.value(u"uuid"_s), created.value(u"uuid"_s));
    QCOMPARE(refreshed.value(u"status"_s).toString(), u"check"_s);
    QVERIFY(refreshed.value(u"address"_s) != created.value(u"address"_s));
    QVERIFY(refreshed.value(u"expired_at"_s).toInteger() > created.value(u"expired_at"_s).toInteger());
    QCOMPARE(
        api.pay({{u"id"_s, u"x1"_s}}).object().value(u"result"_s).toObject().value(u"status"_s).toString(), u"paid"_s);
}

void TestCryptomusSandbox::fiatInvoicePayerChoosesCoin()
{
    auto server = startServer();
    Api api(*server);
    const QJsonObject created
        = api.result(u"payment"_s, {{u"amount"_s, u"130"_s}, {u"currency"_s, u"USD"_s}, {u"order_id"_s, u"f1"_s}});
    QVERIFY(created.value(u"payer_currency"_s).isNull());
    QVERIFY(created.value(u"address"_s).isNull());
    QVERIFY(created.value(u"merchant_amount"_s).isNull());
    QCOMPARE(created.value(u"amount"_s).toString(), u"130.00"_s);
    QCOMPARE(api.pay({{u"id"_s, u"f1"_s}, {u"currency"_s, u"EUR"_s}}).status, 409);
    const QJsonObject paid
        = api.pay({{u"id"_s, u"f1"_s}, {u"currency"_s, u"BTC"_s}}).object().value(u"result"_s).toObject();
    QCOMPARE(paid.value(u"payer_currency"_s).toString(), u"BTC"_s);
    QCOMPARE(paid.value(u"network"_s).toString(), u"btc"_s);
    QCOMPARE(paid.value(u"payer_amount"_s).toString(), u"0.00200000"_s); // 130 USD at 65000 USD/BTC
    QCOMPARE(paid.value(u"status"_s).toString(), u"paid"_s);
    QVERIFY(paid.value(u"address"_s).toString().startsWith(u"bc1q"_s));
}

void TestCryptomusSandbox::refundCompletes()
{
    Hook hook;
    QVERIFY(hook.listener.listen());
    auto server = startServer(200); // history gives the merchant a balance
    Api api(*server);
    QJsonObject body = invoiceBody(u"r1"_s, u"40"_s);
    body.insert(u"url_callback"_s, hook.url());
    api.result(u"payment"_s, body);
    QCOMPARE(api.call(u"payment/refund"_s,
                    QJsonObject{{u"order_id"_s, u"r1"_s}, {u"address"_s, u"TAddr"_s}, {u"is_subtract"_s, true}})
                 .object()
                 .value(u"message"_s)
                 .toString(),
        u"The invoice is not paid"_s);
    api.pay({{u"id"_s, u"r1"_s}});
    const Decimal before = *Decimal::fromString(balanceOf(api, u"USDT"_s));

    Reply reply = api.call(u"payment/refund"_s, QJsonObject{{u"order_id"_s, u"r1"_s}, {u"is_subtract"_s, true}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.object().value(u"errors"_s).toObject().value(u"address"_s).toArray().at(0).toString(),
        u"validation.required"_s);
    reply = api.call(u"payment/refund"_s, QJsonObject{{u"address"_s, u"TAddr"_s}, {u"is_subtract"_s, true}});
    QCOMPARE(reply.object().value(u"errors"_s).toObject().value(u"uuid"_s).toArray().at(0).toString(),
        u"validation.required_without"_s);
    reply = api.call(u"payment/refund"_s,
        QJsonObject{{u"order_id"_s, u"r1"_s}, {u"address"_s, u"TDD97yguPESTpcrJMqU6h2ozZbibv4Vaqm"_s},
            {u"is_subtract"_s, u"true"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray(R"({"state":0,"result":[]})"));
    QCOMPARE(
        api.result(u"payment/info"_s, {{u"order_id"_s, u"r1"_s}}).value(u"status"_s).toString(), u"refund_process"_s);
    // is_subtract: the refund (40) and its commission (0.80) leave the balance.
    QCOMPARE(*Decimal::fromString(balanceOf(api, u"USDT"_s)), *before.minus(*Decimal::fromString(u"40.80")));
    QCOMPARE(api.call(u"payment/refund"_s,
                    QJsonObject{{u"order_id"_s, u"r1"_s}, {u"address"_s, u"TAddr"_s}, {u"is_subtract"_s, false}})
                 .status,
        422);

    api.advance(600);
    const QJsonObject info = api.result(u"payment/info"_s, {{u"order_id"_s, u"r1"_s}});
    QCOMPARE(info.value(u"status"_s).toString(), u"refund_paid"_s);
    QCOMPARE(info.value(u"is_final"_s).toBool(), true);
    QTRY_VERIFY(!hook.bodies.isEmpty() && hook.last().value(u"status"_s).toString() == u"refund_paid"_s);
    QVERIFY(webhookSignatureValid(hook.bodies.last(), kPaymentKey));
}

void TestCryptomusSandbox::resendWebhook()
{
    Hook hook;
    QVERIFY(hook.listener.listen());
    auto server = startServer();
    Api api(*server);
    QJsonObject body = invoiceBody(u"s1"_s);
    body.insert(u"url_callback"_s, hook.url());
    api.result(u"payment"_s, body);
    QCOMPARE(api.call(u"payment/resend"_s, QJsonObject{{u"order_id"_s, u"s1"_s}}).object().value(u"message"_s),
        QJsonValue(u"Payment is not finalized"_s));
    api.pay({{u"id"_s, u"s1"_s}});
    QTRY_COMPARE(hook.bodies.size(), 1);
    QCOMPARE(api.call(u"payment/resend"_s, QJsonObject{{u"order_id"_s, u"s1"_s}}).body,
        QByteArray(R"({"state":0,"result":[]})"));
    QTRY_COMPARE(hook.bodies.size(), 2);
    QCOMPARE(hook.bodies.at(0), hook.bodies.at(1));
    QVERIFY(webhookSignatureValid(hook.bodies.at(1), kPaymentKey));

    api.result(u"payment"_s, invoiceBody(u"s2"_s)); // no url_callback
    api.pay({{u"id"_s, u"s2"_s}});
    QCOMPARE(api.call(u"payment/resend"_s, QJsonObject{{u"order_id"_s, u"s2"_s}}).object().value(u"message"_s),
        QJsonValue(u"Notification not found"_s));
    QCOMPARE(api.call(u"payment/resend"_s, QJsonObject{{u"order_id"_s, u"nope"_s}}).object().value(u"message"_s),
        QJsonValue(u"Payment not found"_s));
}

void TestCryptomusSandbox::webhookRetriedOnSandboxClock()
{
    Hook hook;
    hook.statuses = {500};
    QVERIFY(hook.listener.listen());
    auto server = startServer();
    Api api(*server);
    // The configured target is used when the invoice has no url_callback.
    api.control(u"/_sandbox/webhooks"_s, {{u"url"_s, hook.url()}, {u"gateway"_s, u"cryptomus"_s}});
    api.result(u"payment"_s, invoiceBody(u"w1"_s));
    api.pay({{u"id"_s, u"w1"_s}});
    QTRY_COMPARE(hook.bodies.size(), 1);
    QTest::qWait(200);
    QCOMPARE(hook.bodies.size(), 1); // the retry waits for the sandbox clock
    // It is scheduled once the failed answer is in: move the clock on until it comes, so a slow machine cannot race
    // the dispatcher.
    QTRY_VERIFY_WITH_TIMEOUT((api.advance(60), hook.bodies.size() >= 2), 15'000);
    QCOMPARE(hook.bodies.at(0), hook.bodies.at(1));
}

void TestCryptomusSandbox::listPagingAndThrottle()
{
    auto server = startServer(40);
    Api api(*server);
    QCOMPARE(api.control(u"/_sandbox/cryptomus/config"_s, {{u"list_interval_ms"_s, 0}}).status, 200);
    api.advance(10); // after the generated history, which ends at the clock's start
    api.result(u"payment"_s, invoiceBody(u"newest"_s));

    QStringList uuids;
    QString cursor;
    QList<QJsonObject> pages;
    QString lastCreated = u"9999"_s;
    for (int guard = 0; guard < 10; ++guard) {
        const Reply reply = api.client().post(
            u"/cryptomus/v1/payment/list"_s + (cursor.isEmpty() ? QString() : u"?cursor="_s + cursor), "{}",
            {{"merchant", kMerchant}, {"sign", md5Sign("{}", kPaymentKey)}});
        QCOMPARE(reply.status, 200);
        const QJsonObject result = reply.object().value(u"result"_s).toObject();
        pages.append(result);
        const QJsonObject paginate = result.value(u"paginate"_s).toObject();
        QCOMPARE(paginate.value(u"perPage"_s).toInt(), 15);
        QCOMPARE(paginate.value(u"hasPages"_s).toBool(), true);
        const QJsonArray items = result.value(u"items"_s).toArray();
        QCOMPARE(paginate.value(u"count"_s).toInt(), items.size());
        for (const QJsonValue& item : items) {
            uuids.append(item.toObject().value(u"uuid"_s).toString());
            const QString created = item.toObject().value(u"created_at"_s).toString();
            QVERIFY(created <= lastCreated); // newest first
            lastCreated = created;
        }
        if (paginate.value(u"nextCursor"_s).isNull())
            break;
        cursor = paginate.value(u"nextCursor"_s).toString();
    }
    QCOMPARE(uuids.size(), 41);
    QCOMPARE(QSet<QString>(uuids.begin(), uuids.end()).size(), 41);
    QCOMPARE(pages.first().value(u"items"_s).toArray().at(0).toObject().value(u"order_id"_s).toString(), u"newest"_s);
    QVERIFY(pages.first().value(u"paginate"_s).toObject().value(u"previousCursor"_s).isNull());
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages.last().value(u"items"_s).toArray().size(), 11);

    // previousCursor of page 2 gives page 1 again.
    const QString previous = pages.at(1).value(u"paginate"_s).toObject().value(u"previousCursor"_s).toString();
    const Reply back = api.client().post(u"/cryptomus/v1/payment/list?cursor="_s + previous, "{}",
        {{"merchant", kMerchant}, {"sign", md5Sign("{}", kPaymentKey)}});
    QCOMPARE(back.object().value(u"result"_s).toObject().value(u"items"_s), pages.first().value(u"items"_s));

    // Date filter (UTC+3 wall time): only what was created from the sandbox start on.
    const QString from
        = QDateTime::fromSecsSinceEpoch(kEpoch + 5 + 3 * 3600, QTimeZone::utc()).toString(u"yyyy-MM-dd H:mm:ss"_s);
    const QJsonObject filtered = api.result(u"payment/list"_s, {{u"date_from"_s, from}});
    QCOMPARE(filtered.value(u"items"_s).toArray().size(), 1);
    QCOMPARE(filtered.value(u"paginate"_s).toObject().value(u"hasPages"_s).toBool(), false);
    const Reply badDate = api.call(u"payment/list"_s, QJsonObject{{u"date_from"_s, u"yesterday"_s}});
    QCOMPARE(badDate.status, 422);

    // Throttle: a second page within the interval is refused until the sandbox clock moves on.
    api.control(u"/_sandbox/cryptomus/config"_s, {{u"list_interval_ms"_s, 2000}});
    api.advance(2); // the filtered list above counts as the last page
    QCOMPARE(api.call(u"payment/list"_s, QByteArray("{}")).status, 200);
    const Reply refused = api.call(u"payment/list"_s, QByteArray("{}"));
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("Retry-After").toInt() >= 1);
    api.advance(2);
    QCOMPARE(api.call(u"payment/list"_s, QByteArray("{}")).status, 200);
    QCOMPARE(api.control(u"/_sandbox/cryptomus/config"_s, {{u"per_page"_s, 0}}).status, 400);
    QCOMPARE(api.control(u"/_sandbox/cryptomus/nothing"_s, {}).status, 404);
}

void TestCryptomusSandbox::staticWalletBlockAndRefund()
{
    Hook hook;
    QVERIFY(hook.listener.listen());
    auto server = startServer();
    Api api(*server);
    const QJsonObject wallet = api.result(u"wallet"_s,
        {{u"currency"_s, u"USDT"_s}, {u"network"_s, u"tron"_s}, {u"order_id"_s, u"wallet-a"_s},
            {u"url_callback"_s, hook.url()}});
    const QString address = wallet.value(u"address"_s).toString();
    QVERIFY(address.startsWith(u'T'));
    QCOMPARE(wallet.value(u"currency"_s).toString(), u"USDT"_s);
    QCOMPARE(wallet.value(u"network"_s).toString(), u"tron"_s);
    QVERIFY(!wallet.value(u"wallet_uuid"_s).toString().isEmpty());
    // The same order_id gives the same wallet.
    QCOMPARE(
        api.result(u"wallet"_s, {{u"currency"_s, u"USDT"_s}, {u"network"_s, u"tron"_s}, {u"order_id"_s, u"wallet-a"_s}})
            .value(u"uuid"_s),
        wallet.value(u"uuid"_s));
    QCOMPARE(api.call(u"wallet"_s,
                    QJsonObject{{u"currency"_s, u"USDT"_s}, {u"network"_s, u"btc"_s}, {u"order_id"_s, u"w-b"_s}})
                 .object()
                 .value(u"message"_s),
        QJsonValue(u"The network was not found"_s));

    QCOMPARE(api.pay({{u"id"_s, address}}).status, 409); // no amount due on a static wallet
    QJsonObject payment = api.pay({{u"id"_s, address}, {u"amount"_s, u"50"_s}}).object().value(u"result"_s).toObject();
    QCOMPARE(payment.value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(payment.value(u"order_id"_s).toString(), u"wallet-a"_s);
    QCOMPARE(payment.value(u"address"_s).toString(), address);
    QTRY_COMPARE(hook.bodies.size(), 1);
    QVERIFY(webhookSignatureValid(hook.bodies.last(), kPaymentKey));
    QCOMPARE(hook.last().value(u"type"_s).toString(), u"wallet"_s);
    QCOMPARE(hook.last().value(u"wallet_address_uuid"_s).toString(), wallet.value(u"uuid"_s).toString());
    QCOMPARE(balanceOf(api, u"USDT"_s), u"49.00000000"_s);

    QCOMPARE(api.call(u"wallet/blocked-address-refund"_s,
                    QJsonObject{{u"order_id"_s, u"wallet-a"_s}, {u"address"_s, u"TRefundAddress1"_s}})
                 .object()
                 .value(u"message"_s),
        QJsonValue(u"The wallet is not blocked"_s));
    const QJsonObject blocked = api.result(u"wallet/block-address"_s, {{u"order_id"_s, u"wallet-a"_s}});
    QCOMPARE(blocked.value(u"status"_s).toString(), u"blocked"_s);
    QCOMPARE(blocked.value(u"uuid"_s), wallet.value(u"uuid"_s));
    payment = api.pay({{u"id"_s, u"wallet-a"_s}, {u"amount"_s, u"20"_s}}).object().value(u"result"_s).toObject();
    QCOMPARE(payment.value(u"status"_s).toString(), u"locked"_s);
    QCOMPARE(balanceOf(api, u"USDT"_s), u"49.00000000"_s); // locked funds are not credited

    const QJsonObject refunded = api.result(u"wallet/blocked-address-refund"_s,
        {{u"uuid"_s, wallet.value(u"uuid"_s).toString()}, {u"address"_s, u"TRefundAddress1"_s}});
    QCOMPARE(refunded.value(u"amount"_s).toString(), u"19.60"_s);
    QCOMPARE(refunded.value(u"commission"_s).toString(), u"0.40"_s);
    QCOMPARE(api.call(u"wallet/blocked-address-refund"_s,
                    QJsonObject{{u"order_id"_s, u"wallet-a"_s}, {u"address"_s, u"TRefundAddress1"_s}})
                 .object()
                 .value(u"message"_s),
        QJsonValue(u"You can withdraw only once"_s));
    QCOMPARE(api.call(u"wallet/block-address"_s, QJsonObject{{u"order_id"_s, u"nope"_s}}).object().value(u"message"_s),
        QJsonValue(u"Not found"_s));
    api.advance(600);
    QCOMPARE(
        api.result(u"payment/info"_s, {{u"uuid"_s, payment.value(u"uuid"_s).toString()}}).value(u"status"_s).toString(),
        u"refund_paid"_s);
}

void TestCryptomusSandbox::payouts()
{
    Hook hook;
    QVERIFY(hook.listener.listen());
    auto server = startServer(400);
    Api api(*server);
    api.control(u"/_sandbox/cryptomus/config"_s, {{u"list_interval_ms"_s, 0}});
    const Decimal before = *Decimal::fromString(balanceOf(api, u"USDT"_s));
    const QJsonObject body{{u"amount"_s, u"15"_s}, {u"currency"_s, u"USDT"_s}, {u"order_id"_s, u"po-1"_s},
        {u"address"_s, u"TDD97yguPESTpcrJMqU6h2ozZbibv4Vaqm"_s}, {u"is_subtract"_s, true}, {u"network"_s, u"tron"_s},
        {u"url_callback"_s, hook.url()}};
    QCOMPARE(api.call(u"payout"_s, body, kPaymentKey).status, 401);
    const QJsonObject created = api.result(u"payout"_s, body, kPayoutKey);
    QCOMPARE(created.value(u"status"_s).toString(), u"process"_s);
    QCOMPARE(created.value(u"is_final"_s).toBool(), false);
    QVERIFY(created.value(u"txid"_s).isNull());
    QCOMPARE(created.value(u"payer_amount"_s).toString(), u"15.00"_s);
    QVERIFY(created.value(u"balance"_s).isDouble());
    const Decimal after = *Decimal::fromString(balanceOf(api, u"USDT"_s));
    QCOMPARE(after, *before.minus(*Decimal::fromString(u"15.30"))); // amount + 2 % fee (is_subtract)
    // order_id is the idempotency key.
    QJsonObject again = body;
    again.insert(u"amount"_s, u"99"_s);
    QCOMPARE(api.result(u"payout"_s, again, kPayoutKey).value(u"uuid"_s), created.value(u"uuid"_s));
    QCOMPARE(*Decimal::fromString(balanceOf(api, u"USDT"_s)), after);
    QTRY_COMPARE(hook.bodies.size(), 1);
    QVERIFY(webhookSignatureValid(hook.bodies.last(), kPayoutKey));
    QVERIFY(!webhookSignatureValid(hook.bodies.last(), kPaymentKey));
    QCOMPARE(hook.last().value(u"type"_s).toString(), u"payout"_s);

    api.advance(300);
    const QJsonObject info = api.result(u"payout/info"_s, {{u"order_id"_s, u"po-1"_s}}, kPayoutKey);
    QCOMPARE(info.value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(info.value(u"is_final"_s).toBool(), true);
    QVERIFY(!info.value(u"txid"_s).toString().isEmpty());
    QTRY_COMPARE(hook.bodies.size(), 2);
    QCOMPARE(hook.last().value(u"status"_s).toString(), u"paid"_s);
    QVERIFY(webhookSignatureValid(hook.bodies.last(), kPayoutKey));

    QJsonObject tooMuch = body;
    tooMuch.insert(u"order_id"_s, u"po-2"_s);
    tooMuch.insert(u"amount"_s, u"9000000"_s);
    QCOMPARE(
        api.call(u"payout"_s, tooMuch, kPayoutKey).object().value(u"message"_s), QJsonValue(u"Not enough funds"_s));
    const Reply invalid = api.call(u"payout"_s, QJsonObject{{u"amount"_s, u"1"_s}}, kPayoutKey);
    QCOMPARE(invalid.status, 422);
    QCOMPARE(invalid.object().value(u"errors"_s).toObject().value(u"is_subtract"_s).toArray().at(0).toString(),
        u"validation.required"_s);
    QCOMPARE(
        api.call(u"payout/info"_s, QJsonObject{{u"order_id"_s, u"none"_s}}, kPayoutKey).object().value(u"message"_s),
        QJsonValue(u"Payout not found"_s));

    const QJsonObject list = api.result(u"payout/list"_s, {}, kPayoutKey);
    QCOMPARE(list.value(u"merchant_uuid"_s).toString(), QString::fromLatin1(kMerchant));
    QCOMPARE(list.value(u"items"_s).toArray().at(0).toObject().value(u"uuid"_s), created.value(u"uuid"_s));
    QCOMPARE(list.value(u"paginate"_s).toObject().value(u"perPage"_s).toInt(), 15);
}

void TestCryptomusSandbox::servicesRatesAndTestWebhook()
{
    Hook hook;
    QVERIFY(hook.listener.listen());
    auto server = startServer();
    Api api(*server);
    const Reply rates = api.client().get(u"/cryptomus/v1/exchange-rate/BTC/list"_s);
    QCOMPARE(rates.status, 200);
    bool found = false;
    for (const QJsonValue& rate : rates.object().value(u"result"_s).toArray()) {
        const QJsonObject r = rate.toObject();
        QCOMPARE(r.value(u"from"_s).toString(), u"BTC"_s);
        if (r.value(u"to"_s).toString() == u"USDT") {
            QCOMPARE(r.value(u"course"_s).toString(), u"65000.00000000"_s);
            found = true;
        }
    }
    QVERIFY(found);
    QCOMPARE(api.client().get(u"/cryptomus/v1/exchange-rate/XYZ/list"_s).status, 422);

    const Reply services = api.call(u"payment/services"_s, QByteArray());
    bool tron = false;
    for (const QJsonValue& s : services.object().value(u"result"_s).toArray()) {
        const QJsonObject o = s.toObject();
        if (o.value(u"currency"_s).toString() == u"USDT" && o.value(u"network"_s).toString() == u"tron") {
            tron = true;
            QCOMPARE(o.value(u"limit"_s).toObject().value(u"min_amount"_s).toString(), u"0.5"_s);
            QCOMPARE(o.value(u"is_available"_s).toBool(), true);
        }
    }
    QVERIFY(tron);

    const Reply test = api.call(u"test-webhook/payment"_s,
        QJsonObject{{u"url_callback"_s, hook.url()}, {u"currency"_s, u"USDT"_s}, {u"network"_s, u"tron"_s},
            {u"order_id"_s, u"t-1"_s}});
    QCOMPARE(test.body, QByteArray(R"({"state":0,"result":[]})"));
    QTRY_COMPARE(hook.bodies.size(), 1);
    QVERIFY(webhookSignatureValid(hook.bodies.last(), kPaymentKey));
    QCOMPARE(hook.last().value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(hook.last().value(u"order_id"_s).toString(), u"t-1"_s);
    QCOMPARE(api.call(u"test-webhook/payment"_s, QJsonObject{{u"currency"_s, u"USDT"_s}}).status, 422);
}

void TestCryptomusSandbox::deterministicGeneration()
{
    const auto snapshot = [](quint64 seed) {
        auto server = startServer(3000, seed);
        Api api(*server);
        api.control(u"/_sandbox/cryptomus/config"_s, {{u"list_interval_ms"_s, 0}});
        const QByteArray digest = api.client()
                                      .get(u"/_sandbox/state"_s)
                                      .object()
                                      .value(u"gateways"_s)
                                      .toObject()
                                      .value(u"cryptomus"_s)
                                      .toObject()
                                      .value(u"digest"_s)
                                      .toString()
                                      .toLatin1();
        const QByteArray body = R"({"date_from":"2023-11-01 00:00:00","date_to":"2023-11-10 23:59:59"})";
        const QByteArray list = api.call(u"payment/list"_s, body).body;
        const QByteArray balance = api.call(u"balance"_s, QByteArray()).body;
        return std::make_tuple(digest, list, balance);
    };
    const auto a = snapshot(7);
    const auto b = snapshot(7);
    const auto c = snapshot(8);
    QCOMPARE(std::get<0>(a).size(), 64);
    QCOMPARE(std::get<0>(a), std::get<0>(b));
    QCOMPARE(std::get<1>(a), std::get<1>(b));
    QCOMPARE(std::get<2>(a), std::get<2>(b));
    QVERIFY(std::get<0>(a) != std::get<0>(c));
    QVERIFY(std::get<1>(a) != std::get<1>(c));
    // The history mixes currencies and statuses.
    const QJsonArray items
        = QJsonDocument::fromJson(std::get<1>(a)).object().value(u"result"_s).toObject().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 15);
}

void TestCryptomusSandbox::largeGenerationIsComplete()
{
    auto server = startServer(0);
    Api api(*server);
    // Its speed is measured by paydesk-bench, not here.
    const Reply reset = api.control(u"/_sandbox/reset"_s, {{u"payments"_s, 250000}, {u"days"_s, 90}});
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.object()
                 .value(u"gateways"_s)
                 .toObject()
                 .value(u"cryptomus"_s)
                 .toObject()
                 .value(u"payments"_s)
                 .toInteger(),
        250000);

    // Statuses and currencies of the history (first page of a quiet window) are mixed.
    api.control(u"/_sandbox/cryptomus/config"_s, {{u"list_interval_ms"_s, 0}, {u"per_page"_s, 500}});
    const QJsonArray items = api.result(u"payment/list"_s, {}).value(u"items"_s).toArray();
    QSet<QString> statuses;
    QSet<QString> currencies;
    for (const QJsonValue& item : items) {
        statuses.insert(item.toObject().value(u"status"_s).toString());
        currencies.insert(item.toObject().value(u"currency"_s).toString());
    }
    QVERIFY(statuses.size() >= 3);
    QVERIFY(currencies.size() >= 3);
}

QTEST_GUILESS_MAIN(TestCryptomusSandbox)
#include "tst_CryptomusSandbox.moc"
