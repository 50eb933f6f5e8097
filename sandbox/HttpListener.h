#pragma once

#include "sandbox/HttpConnection.h"

#include <QHostAddress>
#include <QObject>

class QTcpServer;

namespace paydesk::sandbox {

// A small HTTP/1.1 server on QTcpServer, bound to loopback. Every request goes to the handler with its
// connection, which gives the handler control over the socket (delays, truncated bodies, resets, streaming).
// Also usable on its own in tests, for example as a webhook receiver.
class HttpListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpListener)

public:
    explicit HttpListener(HttpConnection::Handler handler, QObject* parent = nullptr);
    ~HttpListener() override;

    // Binds 127.0.0.1:port (0: any free port). Returns false with errorString() set on failure.
    bool listen(quint16 port = 0);
    void close();
    quint16 port() const;
    QString errorString() const;

private:
    QTcpServer* m_server;
    HttpConnection::Handler m_handler;
};

} // namespace paydesk::sandbox
