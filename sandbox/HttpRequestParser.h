#pragma once

#include "sandbox/HttpRequest.h"

#include <QByteArray>
#include <QByteArrayView>

namespace paydesk::sandbox {

// Reads one HTTP/1.1 request from the start of the bytes a connection has received so far, without a socket
// (HttpConnection feeds it its buffer; fuzz_sandboxhttp feeds it anything). Framing is Content-Length only
// (docs/sandbox.md): chunked bodies are 501, any other Transfer-Encoding 400, a repeated or non-decimal
// Content-Length 400, a header block beyond kMaxHeaderBytes 431, a body beyond kMaxBodyBytes 413.
//
// The verdict depends only on the bytes, never on how they were split: a prefix of a request is Incomplete (or
// already Failed with the status the whole request gets), and bytes after a Complete request are not looked at.
class HttpRequestParser final
{
public:
    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024; // the header block, without its closing blank line
    static constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024;

    struct Outcome
    {
        enum class State {
            Incomplete, // more bytes are needed
            Complete, // `request` is whole; it took the first `consumed` bytes
            Failed, // refused: answer `status` with `message` and close
        };
        State state = State::Incomplete;
        HttpRequest request{};
        qsizetype consumed = 0;
        int status = 0;
        QByteArray message{};
        // Incomplete with the header block read and the body still due, and the client sent
        // "Expect: 100-continue": the connection answers "100 Continue" once.
        bool expectsContinue = false;
    };

    static Outcome parse(QByteArrayView received);
};

} // namespace paydesk::sandbox
