#include "sandbox/HttpRequestParser.h"

#include <QUrl>

#include <algorithm>

namespace paydesk::sandbox {

namespace {

using Outcome = HttpRequestParser::Outcome;

Outcome failed(int status, const QByteArray& message)
{
    Outcome outcome;
    outcome.state = Outcome::State::Failed;
    outcome.status = status;
    outcome.message = message;
    return outcome;
}

} // namespace

HttpRequestParser::Outcome HttpRequestParser::parse(QByteArrayView received)
{
    const qsizetype headerEnd = received.indexOf(QByteArrayView("\r\n\r\n"));
    // Without the blank line yet, the block is too large only once the blank line could no longer start within the
    // limit: up to 3 bytes of it ("\r\n\r") may already be here. (Counting them as header bytes refused a 64 KiB
    // block with 431 when it arrived cut inside its blank line, and accepted it when it arrived whole.)
    if (headerEnd < 0 ? received.size() > kMaxHeaderBytes + 3 : headerEnd > kMaxHeaderBytes)
        return failed(431, "request header too large");
    if (headerEnd < 0)
        return {};
    const QList<QByteArray> lines = received.first(headerEnd).toByteArray().split('\n');
    HttpRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return failed(400, "malformed request line");
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    request.version = requestLine.at(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return failed(400, "malformed header");
        request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    // With Transfer-Encoding the framing is the transfer coding's and Content-Length is no fallback (RFC 9112 §6.3).
    // The sandbox decodes none: chunked is not implemented (501), and any other final coding cannot be framed (400).
    bool transferCoded = false;
    bool chunked = false;
    for (const auto& [name, value] : std::as_const(request.headers)) {
        if (name == "transfer-encoding") {
            transferCoded = true;
            chunked = chunked || value.toLower().contains("chunked");
        }
    }
    if (chunked)
        return failed(501, "chunked request bodies are not supported; send Content-Length");
    if (transferCoded)
        return failed(400, "a request with a Transfer-Encoding other than chunked has no length");
    // RFC 9112 §6.3: a Content-Length that is not one plain decimal number (repeated fields, a list, a sign) leaves
    // the framing ambiguous, so the request is refused with 400 rather than guessed at.
    const auto lengths = std::count_if(request.headers.cbegin(), request.headers.cend(),
        [](const auto& header) { return header.first == "content-length"; });
    if (lengths > 1)
        return failed(400, "more than one Content-Length");
    qint64 contentLength = 0;
    if (lengths == 1) {
        const QByteArray value = request.header("content-length");
        const bool digits = !value.isEmpty()
            && std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits)
            return failed(400, "bad Content-Length");
        bool ok = false;
        contentLength = value.toLongLong(&ok);
        if (!ok || contentLength > kMaxBodyBytes) // !ok: more digits than 64 bits hold
            return failed(413, "request body too large");
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (received.size() - bodyStart < contentLength) {
        Outcome incomplete;
        incomplete.expectsContinue = request.header("expect").toLower() == "100-continue";
        return incomplete;
    }
    request.body = received.sliced(bodyStart, contentLength).toByteArray();

    const qsizetype question = request.target.indexOf('?');
    const QByteArray pathPart = question < 0 ? request.target : request.target.left(question);
    request.path = QUrl::fromPercentEncoding(pathPart);
    if (question >= 0) {
        QByteArray queryPart = request.target.mid(question + 1);
        queryPart.replace('+', "%20");
        request.query = QUrlQuery(QString::fromUtf8(queryPart));
    }
    Outcome complete;
    complete.state = Outcome::State::Complete;
    complete.request = std::move(request);
    complete.consumed = bodyStart + contentLength;
    return complete;
}

} // namespace paydesk::sandbox
