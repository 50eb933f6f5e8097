#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <utility>

class QTcpSocket;

namespace paydesk::test {

// A loopback HTTP/1.1 server that answers each request with the next scripted reply, for testing the HTTP client's
// handling of what real servers do on the wire (delays, cut bodies, dropped connections). Not a gateway simulator:
// provider tests use the sandbox.
class ScriptedHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedHttpServer)

public:
    struct Reply
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers{};
        QByteArray body{};
        int delayMs = 0; // wait before answering
        bool dropConnection = false; // close without answering
        qsizetype truncateBodyAt = -1; // send Content-Length of the whole body but only this many bytes, then close
    };
    struct Received
    {
        QByteArray method;
        QByteArray path;
        QList<std::pair<QByteArray, QByteArray>> headers{};
        QByteArray body{};
        QByteArray header(const QByteArray& name) const;
    };

    explicit ScriptedHttpServer(QObject* parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen();
    QUrl url(const QString& path) const;
    void enqueue(const Reply& reply) { m_script.append(reply); }
    // Used when the script is empty.
    void setDefaultReply(const Reply& reply) { m_default = reply; }
    const QList<Received>& received() const { return m_received; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Reply& reply);

    QTcpServer m_server;
    QList<Reply> m_script;
    Reply m_default;
    QList<Received> m_received;
};

} // namespace paydesk::test
