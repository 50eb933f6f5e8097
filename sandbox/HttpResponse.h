#pragma once

#include <QByteArray>
#include <QList>

#include <functional>
#include <utility>

namespace paydesk::sandbox {

// A reply of the sandbox. Either a whole body (sent with Content-Length) or a streamed one: `stream` is called
// again and again, each call returning the next piece, until it returns an empty array; the server sends it with
// Transfer-Encoding: chunked and asks for the next piece only when the socket has drained, so a large list never
// sits in memory as one buffer.
struct HttpResponse
{
    using Producer = std::function<QByteArray()>;

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Producer stream;
    // Wall-clock milliseconds the server waits before sending this reply (a gateway that answers late, e.g. the
    // v10.2 "HTTP 500 after 30 s" after a commit). 0: at once.
    int delayMs = 0;

    bool isStreamed() const { return static_cast<bool>(stream); }
    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, QByteArray body);
    static HttpResponse text(int status, QByteArray body);
    static HttpResponse streamedJson(int status, Producer producer);
    static QByteArray reasonPhrase(int status);
};

} // namespace paydesk::sandbox
