#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace paydesk::sandbox {

enum class FaultKind {
    Latency, // answer normally after delayMs
    Error500BeforeCommit, // answer `status` (500) with the gateway's server-error body; the handler does not run
    Error500AfterCommit, // the handler runs and commits, then the client gets `status` (500) after delayMs
    RateLimit429, // 429 with Retry-After: retryAfter and the gateway's rate-limit body; the handler does not run
    DropConnection, // reset the connection without a reply (after the handler ran if afterCommit)
    TruncatedBody, // the handler's reply with the full Content-Length but only `bytes` of the body, then close
    MalformedJson, // the handler's reply with a body that is not valid JSON (correct Content-Length)
};

// How a malformedJson fault spoils the body (docs/sandbox.md): each is something a client must not read as an answer.
enum class Malformation {
    Cut, // "cut": the first half of the body and an HTML comment
    InvalidUtf8, // "invalidUtf8": the body with a byte sequence that is not UTF-8 inside its first string
    DeepNesting, // "deepNesting": the body inside 100,000 nested arrays
    HugeNumber, // "hugeNumber": the body's first number replaced by 1e999999
    Empty, // "empty": no body at all (Content-Length: 0)
};

// One fault rule (docs/sandbox.md, "Fault rules"). Matches method + path; fires for the next `count` matching
// requests (-1: without limit), each time with `probability`.
struct FaultRule
{
    int id = 0;
    QByteArray method = "*"; // "*" or an HTTP method, case-insensitive
    QString path = QStringLiteral("**"); // glob: '*' within one path segment, '**' across segments
    FaultKind kind = FaultKind::Latency;
    int count = 1;
    double probability = 1.0;
    int delayMs = 0;
    int retryAfter = 1; // seconds, for RateLimit429
    int status = 0; // 0: 500 for the Error500 kinds, 429 for RateLimit429
    bool afterCommit = false; // DropConnection: run the handler first
    qint64 bytes = -1; // TruncatedBody: bytes of the body sent; -1: half
    Malformation malformation = Malformation::Cut; // MalformedJson
    int fired = 0;

    bool matches(QByteArrayView requestMethod, const QString& requestPath) const;

    static QString kindName(FaultKind kind);
    static std::optional<FaultKind> kindFromName(QStringView name);
    static QString malformationName(Malformation malformation);
    static std::optional<Malformation> malformationFromName(QStringView name);
    // The body as this malformation spoils it.
    static QByteArray malformed(const QByteArray& body, Malformation malformation);
    static QRegularExpression globToRegularExpression(const QString& glob);

    QRegularExpression compiled; // from path, set by FaultInjector
};

} // namespace paydesk::sandbox
