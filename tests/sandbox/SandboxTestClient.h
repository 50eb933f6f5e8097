#pragma once

// Test-only helpers: blocking HTTP calls over a real QNetworkAccessManager (waiting in a local event loop is fine
// in tests), and raw socket exchanges.

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace paydesk::sandbox::test {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class Client
{
public:
    explicit Client(QUrl base)
        : m_base(std::move(base))
    {
    }

    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
        const QList<std::pair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 20000)
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setTransferTimeout(timeoutMs);
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
            request.setRawHeader("Content-Type", "application/json");
        QElapsedTimer timer;
        timer.start();
        QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs + 5000);
        Reply out;
        out.elapsedMs = timer.elapsed();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->error();
        out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return out;
    }
    Reply get(const QString& path, const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        return send("GET", path, {}, headers);
    }
    Reply post(
        const QString& path, const QByteArray& body = {}, const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        return send("POST", path, body, headers);
    }
    Reply postJson(const QString& path, const QJsonObject& body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

// Writes raw bytes on a fresh connection and reads until the server closes it or timeoutMs passes. Keeps the
// event loop running, so a server in the same thread answers.
inline QByteArray rawExchange(quint16 port, const QByteArray& bytes, int timeoutMs = 5000)
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(bytes);
    disconnected.wait(timeoutMs);
    received += socket.readAll();
    return received;
}

} // namespace paydesk::sandbox::test
