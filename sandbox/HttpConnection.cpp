#include "sandbox/HttpConnection.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace paydesk::sandbox {

namespace {

constexpr qint64 kStreamHighWater = 256 * 1024;
constexpr int kTruncateCloseDelayMs = 100;
constexpr qint64 kSocketReadBufferBytes = 256 * 1024;

// SO_LINGER with a zero timeout: close() then sends a TCP reset instead of a FIN, so the client sees a reset
// connection, not an orderly end of the stream.
void resetOnClose(QTcpSocket* socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor < 0)
        return;
    linger option{};
    option.l_onoff = 1;
    option.l_linger = 0;
#ifdef Q_OS_WIN
    ::setsockopt(
        static_cast<SOCKET>(descriptor), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char*>(&option), sizeof option);
#else
    ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, Handler handler, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    // Qt's own buffer in front of m_buffer is bounded too: when both are full, TCP flow control holds the client.
    m_socket->setReadBufferSize(kSocketReadBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_closed = true;
        m_stream = {};
        deleteLater();
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_stream)
            pumpStream();
    });
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

HttpConnection::~HttpConnection() = default;

quint16 HttpConnection::peerPort() const
{
    return m_socket->peerPort();
}

void HttpConnection::onReadyRead()
{
    if (m_failed) {
        m_socket->readAll(); // discarded: the connection is closing after an error reply
        return;
    }
    fillBuffer();
    if (!m_busy)
        processBuffer();
}

void HttpConnection::fillBuffer()
{
    const qint64 room = kMaxBufferedBytes - m_buffer.size();
    if (room > 0 && m_socket->bytesAvailable() > 0)
        m_buffer += m_socket->read(room);
}

void HttpConnection::processBuffer()
{
    if (m_busy || m_closed || m_closing || m_failed)
        return;
    fillBuffer(); // what waited in the socket while the previous request was answered
    HttpRequestParser::Outcome outcome = HttpRequestParser::parse(m_buffer);
    switch (outcome.state) {
    case HttpRequestParser::Outcome::State::Failed:
        failAndClose(outcome.status, outcome.message);
        return;
    case HttpRequestParser::Outcome::State::Incomplete:
        if (outcome.expectsContinue && !m_sentContinue) {
            m_sentContinue = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    case HttpRequestParser::Outcome::State::Complete:
        break;
    }
    m_buffer.remove(0, outcome.consumed);
    m_sentContinue = false;
    m_busy = true;
    m_closeAfterReply = outcome.request.wantsClose();
    m_handler(this, outcome.request);
}

void HttpConnection::failAndClose(int status, const QByteArray& message)
{
    m_failed = true;
    m_buffer.clear();
    m_busy = true;
    m_closeAfterReply = true;
    send(HttpResponse::text(status, message + '\n'));
}

QByteArray HttpConnection::headerBlock(const HttpResponse& response, qint64 contentLength, bool close) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + HttpResponse::reasonPhrase(response.status) + "\r\n";
    out += "Server: paydesk-sandbox\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (contentLength >= 0)
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    else
        out += "Transfer-Encoding: chunked\r\n";
    out += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    return out;
}

void HttpConnection::send(HttpResponse response)
{
    if (m_closed || m_closing || !m_busy)
        return;
    if (response.isStreamed()) {
        m_socket->write(headerBlock(response, -1, m_closeAfterReply));
        m_stream = std::move(response.stream);
        pumpStream();
        return;
    }
    m_socket->write(headerBlock(response, response.body.size(), m_closeAfterReply) + response.body);
    finishReply();
}

void HttpConnection::pumpStream()
{
    while (m_stream && !m_closed && m_socket->bytesToWrite() < kStreamHighWater) {
        const QByteArray piece = m_stream();
        if (piece.isEmpty()) {
            m_stream = {};
            m_socket->write("0\r\n\r\n");
            finishReply();
            return;
        }
        m_socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
    }
}

void HttpConnection::sendTruncated(HttpResponse response, qint64 bytes)
{
    if (m_closed || m_closing || !m_busy)
        return;
    if (response.isStreamed()) {
        const QByteArray first = response.stream();
        m_socket->write(headerBlock(response, -1, true));
        if (!first.isEmpty()) {
            const QByteArray part = first.left(std::max<qint64>(1, first.size() / 2));
            m_socket->write(QByteArray::number(first.size(), 16) + "\r\n" + part);
        }
    } else {
        const qint64 keep = std::clamp<qint64>(bytes, 0, std::max<qint64>(0, response.body.size() - 1));
        m_socket->write(headerBlock(response, response.body.size(), true) + response.body.left(keep));
    }
    m_closeAfterReply = true;
    m_closing = true;
    m_socket->flush();
    // Reset the connection a moment later. Not at once: a client that sees the end of the connection before it
    // read the status line takes it for a stale keep-alive connection and silently re-sends the request
    // (QNetworkAccessManager does). A reset rather than a FIN: on a FIN, Qt 6.4's QNetworkAccessManager
    // sometimes finishes the cut reply with NoError; on a reset it reports RemoteHostClosedError.
    QTimer::singleShot(kTruncateCloseDelayMs, this, [this] {
        if (!m_closed)
            drop();
    });
}

void HttpConnection::drop()
{
    if (m_closed)
        return;
    m_busy = false;
    m_closed = true;
    resetOnClose(m_socket);
    m_socket->abort();
    deleteLater();
}

void HttpConnection::finishReply()
{
    m_busy = false;
    if (m_closeAfterReply) {
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

} // namespace paydesk::sandbox
