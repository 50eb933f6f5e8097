// The sandbox's HTTP request parser (sandbox/HttpRequestParser.h) on arbitrary bytes, as a connection would receive
// them. Input: a flags byte, two split bytes, a padding byte, then the request bytes.
// - flags bit 0: a filler header is put after the request line so that the header block ends within ±8 bytes of the
//   64 KiB limit (the padding byte says where), so the 431 boundary is reached;
// - flags bit 1: the split point is the header block's end moved by the first split byte (-128..127), else the two
//   split bytes anywhere in the input.
// Checks: a complete request is consistent with its bytes (method, version, lower-case headers, body = exactly
// Content-Length bytes right after the blank line); a refusal has a documented status (400, 413, 431, 501) for its
// documented reason; and the bytes cut at the split point give a prefix verdict consistent with the whole (Incomplete,
// or the same verdict), as a connection receiving them in two pieces would see.
#include "sandbox/HttpRequestParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace paydesk::sandbox;
using State = HttpRequestParser::Outcome::State;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

bool sameRequest(const HttpRequest& a, const HttpRequest& b)
{
    return a.method == b.method && a.target == b.target && a.path == b.path && a.query == b.query
        && a.version == b.version && a.headers == b.headers && a.body == b.body;
}

bool sameOutcome(const HttpRequestParser::Outcome& a, const HttpRequestParser::Outcome& b)
{
    if (a.state != b.state)
        return false;
    switch (a.state) {
    case State::Incomplete:
        return a.expectsContinue == b.expectsContinue;
    case State::Complete:
        return a.consumed == b.consumed && sameRequest(a.request, b.request);
    case State::Failed:
        return a.status == b.status && a.message == b.message;
    }
    return false;
}

void checkOutcome(const QByteArray& bytes, const HttpRequestParser::Outcome& outcome)
{
    const qsizetype headerEnd = bytes.indexOf("\r\n\r\n");
    switch (outcome.state) {
    case State::Incomplete:
        // Not refused for size: the header block may still end within the limit.
        require(headerEnd < 0 ? bytes.size() <= HttpRequestParser::kMaxHeaderBytes + 3
                              : headerEnd <= HttpRequestParser::kMaxHeaderBytes);
        return;
    case State::Failed:
        require(!outcome.message.isEmpty());
        switch (outcome.status) {
        case 431:
            require(headerEnd < 0 ? bytes.size() > HttpRequestParser::kMaxHeaderBytes + 3
                                  : headerEnd > HttpRequestParser::kMaxHeaderBytes);
            return;
        case 400:
        case 501:
            require(headerEnd >= 0);
            return;
        case 413: {
            require(headerEnd >= 0);
            const QByteArray lower = bytes.left(headerEnd).toLower();
            require(lower.contains("content-length"));
            return;
        }
        default:
            std::abort(); // not a documented status
        }
    case State::Complete:
        break;
    }
    const HttpRequest& request = outcome.request;
    require(headerEnd >= 0 && headerEnd <= HttpRequestParser::kMaxHeaderBytes);
    require(!request.method.isEmpty() && !request.method.contains(' ') && !request.target.contains(' '));
    require(request.version.startsWith("HTTP/1."));
    qsizetype lengths = 0;
    for (const auto& [name, value] : request.headers) {
        require(!name.isEmpty() && name == name.toLower() && name == name.trimmed() && !name.contains(':'));
        require(value == value.trimmed());
        require(name != "transfer-encoding");
        if (name == "content-length") {
            ++lengths;
            bool ok = false;
            require(value.toLongLong(&ok) == request.body.size() && ok);
        }
    }
    require(lengths <= 1);
    if (lengths == 0)
        require(request.body.isEmpty());
    require(request.body.size() <= HttpRequestParser::kMaxBodyBytes);
    require(outcome.consumed == headerEnd + 4 + request.body.size() && outcome.consumed <= bytes.size());
    require(bytes.mid(headerEnd + 4, request.body.size()) == request.body);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 4)
        return 0;
    QByteArray bytes(reinterpret_cast<const char*>(data) + 4, static_cast<qsizetype>(size - 4));
    if (data[0] & 0x01) {
        const qsizetype lineEnd = bytes.indexOf("\r\n");
        const qsizetype blockEnd = bytes.indexOf("\r\n\r\n");
        const qsizetype block = blockEnd < 0 ? bytes.size() : blockEnd;
        // "X-Pad: " + filler + "\r\n" adds 9 + filler bytes to the block.
        const qsizetype filler = HttpRequestParser::kMaxHeaderBytes - block - 9 + (data[3] % 17) - 8;
        if (lineEnd >= 0 && filler >= 0)
            bytes.insert(lineEnd + 2, "X-Pad: " + QByteArray(filler, 'a') + "\r\n");
    }
    qsizetype split = 0;
    if (data[0] & 0x02) {
        const qsizetype blockEnd = bytes.indexOf("\r\n\r\n");
        split = (blockEnd < 0 ? bytes.size() : blockEnd) + static_cast<std::int8_t>(data[1]);
    } else {
        split = static_cast<qsizetype>(data[1] | (data[2] << 8));
    }
    split = std::clamp<qsizetype>(split, 0, bytes.size());

    const HttpRequestParser::Outcome whole = HttpRequestParser::parse(bytes);
    checkOutcome(bytes, whole);
    // The first piece alone: still waiting, or already the verdict the whole gets.
    const QByteArray first = bytes.left(split);
    const HttpRequestParser::Outcome prefix = HttpRequestParser::parse(first);
    checkOutcome(first, prefix);
    if (prefix.state != State::Incomplete)
        require(sameOutcome(prefix, whole));
    // Bytes after a complete request (pipelined) do not change it.
    if (whole.state == State::Complete)
        require(sameOutcome(HttpRequestParser::parse(bytes.left(whole.consumed)), whole));
    return 0;
}
