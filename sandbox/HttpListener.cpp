#include "sandbox/HttpListener.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace paydesk::sandbox {

HttpListener::HttpListener(HttpConnection::Handler handler, QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_handler(std::move(handler))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection())
            new HttpConnection(socket, m_handler, this);
    });
}

HttpListener::~HttpListener() = default;

bool HttpListener::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void HttpListener::close()
{
    m_server->close();
}

quint16 HttpListener::port() const
{
    return m_server->serverPort();
}

QString HttpListener::errorString() const
{
    return m_server->errorString();
}

} // namespace paydesk::sandbox
