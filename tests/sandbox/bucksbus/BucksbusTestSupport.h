#pragma once

// Shared helpers of the Gateway v10.2 (BucksBus) sandbox tests: a server with only this gateway, authenticated
// calls, and a webhook receiver on loopback.

#include "sandbox/DefaultGateways.h"
#include "sandbox/HttpListener.h"
#include "sandbox/SandboxServer.h"

#include <QMessageAuthenticationCode>

#include <memory>

#include "../SandboxTestClient.h"

namespace paydesk::sandbox::test {

using namespace Qt::Literals::StringLiterals;

constexpr qint64 kEpoch = 1700000000; // 2023-11-14T22:13:20Z
inline const QByteArray kAuth = "Basic " + QByteArray("bb_sandbox_api_key:bb_sandbox_api_secret").toBase64();

inline std::unique_ptr<SandboxServer> startServer(qint64 payments = 0, std::uint64_t seed = 1, int days = 30)
{
    SandboxOptions options;
    options.epoch = kEpoch;
    options.payments = payments;
    options.seed = seed;
    options.days = days;
    auto server = std::make_unique<SandboxServer>(options);
    server->addGateway(&createBucksbusSimulator);
    QString error;
    if (!server->start(&error))
        qWarning("start failed: %s", qPrintable(error));
    return server;
}

inline QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline Reply api(Client& client, const QByteArray& method, const QString& path, const QByteArray& body = {})
{
    return client.send(method, u"/bucksbus/int"_s + path, body, {{"Authorization", kAuth}});
}

inline Reply createPayment(Client& client, const QJsonObject& extra = {})
{
    QJsonObject body{{u"amount"_s, 100}, {u"asset_id"_s, u"USD"_s}, {u"payment_asset_id"_s, u"BTC"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return api(client, "POST", u"/payment"_s, json(body));
}

inline Reply pay(Client& client, const QString& id, const QString& amount = {})
{
    QJsonObject body{{u"gateway"_s, u"bucksbus"_s}, {u"id"_s, id}};
    if (!amount.isEmpty())
        body.insert(u"amount"_s, amount);
    return client.postJson(u"/_sandbox/pay"_s, body);
}

inline void advance(Client& client, qint64 seconds)
{
    QCOMPARE(client.postJson(u"/_sandbox/clock"_s, QJsonObject{{u"advance"_s, seconds}}).status, 200);
}

inline QString hmacHex(const QByteArray& key, const QByteArray& body)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex());
}

// A webhook endpoint on loopback that records (signature header, has header, body) and answers `status`.
struct Receiver
{
    struct Hit
    {
        QByteArray signature;
        bool signed_ = false;
        QByteArray body;
    };
    QList<Hit> hits;
    QList<int> answers; // consumed in order; 200 once empty
    HttpListener listener{[this](HttpConnection* connection, const HttpRequest& request) {
        hits.append(
            {request.header("x-webhook-hmac-sha256"), request.hasHeader("x-webhook-hmac-sha256"), request.body});
        const int status = answers.isEmpty() ? 200 : answers.takeFirst();
        connection->send(HttpResponse::text(status, "ok"));
    }};
    QString url() const { return u"http://127.0.0.1:%1/hook"_s.arg(listener.port()); }
};

} // namespace paydesk::sandbox::test
