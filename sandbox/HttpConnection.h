#pragma once

#include "sandbox/HttpRequest.h"
#include "sandbox/HttpRequestParser.h"
#include "sandbox/HttpResponse.h"

#include <QObject>

#include <functional>

class QTcpSocket;

namespace paydesk::sandbox {

// One accepted HTTP/1.1 connection: parses requests one at a time (keep-alive, pipelined bytes wait their turn),
// hands each to the handler, and writes exactly one reply per request through send(), sendTruncated() or drop().
// The handler may answer later (after a timer); it must use the connection as the timer's context object, so a
// connection closed by the client in the meantime cancels the answer instead of dangling.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<void(HttpConnection*, const HttpRequest&)>;

    // Limits on what one request may make the sandbox hold (HttpRequestParser): a longer header block is answered
    // 431, a longer Content-Length 413, both at once and without reading the rest. Bytes beyond one request's worth
    // (pipelined while a reply is pending) stay in the socket, so a client cannot make the buffer grow without bound.
    static constexpr qsizetype kMaxHeaderBytes = HttpRequestParser::kMaxHeaderBytes;
    static constexpr qsizetype kMaxBodyBytes = HttpRequestParser::kMaxBodyBytes;
    static constexpr qsizetype kMaxBufferedBytes = kMaxHeaderBytes + 4 + kMaxBodyBytes;

    HttpConnection(QTcpSocket* socket, Handler handler, QObject* parent = nullptr);
    ~HttpConnection() override;

    // Normal reply; keeps the connection open unless the request asked to close it.
    void send(HttpResponse response);
    // Sends the headers with the full Content-Length but only the first `bytes` bytes of the body, then closes
    // the connection (the client sees the body cut short). Streamed replies are cut after the first piece.
    void sendTruncated(HttpResponse response, qint64 bytes);
    // Resets the connection without any reply.
    void drop();

    bool isAwaitingReply() const { return m_busy; }
    quint16 peerPort() const;

private:
    void onReadyRead();
    void processBuffer();
    void fillBuffer();
    void failAndClose(int status, const QByteArray& message);
    QByteArray headerBlock(const HttpResponse& response, qint64 contentLength, bool close) const;
    void pumpStream();
    void finishReply();

    QTcpSocket* m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_closeAfterReply = false;
    bool m_sentContinue = false;
    bool m_closed = false;
    bool m_closing = false; // truncated reply sent; closing soon
    bool m_failed = false; // a request was refused (4xx/5xx from the parser): nothing more is read
    HttpResponse::Producer m_stream;
};

} // namespace paydesk::sandbox
