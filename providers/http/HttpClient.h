#pragma once

#include "providers/http/HttpRequest.h"
#include "providers/http/HttpResult.h"
#include "providers/http/RetryPolicy.h"

#include <QHash>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace paydesk {

class CreatingCallPermit;
class HttpOperation;
class Journal;

// The one owner of Paydesk's QNetworkAccessManager. Requests and results are value types; results are delivered to a
// context object (never if it was destroyed meanwhile) and never re-entrantly from inside send().
//
// - every request has a transfer timeout and a reply size cap;
// - GETs (and requests marked idempotent) are retried with exponential backoff and jitter on network failures,
//   timeouts, truncated replies, 2xx replies labelled JSON that do not parse, 5xx and 429 (whose Retry-After is
//   honoured); other methods are never retried here: creating calls go through the journal;
// - plain http:// is refused unless the host is loopback (the sandbox); TLS errors are never ignored;
// - log lines carry method, URL without query, status and timing; never headers or bodies.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Callback = std::function<void(const HttpResult&)>;
    using RequestId = quint64;

    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }
    void setUserAgent(const QByteArray& userAgent) { m_userAgent = userAgent; }
    // Caps every request's transfer timeout (0: no cap, the default). For benchmarks that make the sandbox answer
    // later than the timeout (bench/faults), so that a timeout costs little; never set by the app.
    void setTimeoutCap(std::chrono::milliseconds cap) { m_timeoutCap = cap; }

    // Reads and idempotent changes: GETs, and requests marked idempotent. Any other request is refused
    // (Outcome::Refused, nothing sent): calls that create or change something go through sendCreating(). context must
    // live in this client's thread; done is not called once context is destroyed.
    RequestId send(HttpRequest request, QObject* context, Callback done);
    // A creating call (invoice, refund, address, withdrawal, cancel): sent exactly once, never retried here. The
    // journal entry behind `permit` moves to `sent` before the request leaves; if it cannot (invalid permit, entry
    // already sent or settled), the request is refused and nothing is sent. The caller settles the entry from the
    // result: confirm, fail (refused by the gateway), markNotSent (the request never reached it), or markUnknown when
    // result.outcomeUnknown().
    RequestId sendCreating(
        Journal& journal, const CreatingCallPermit& permit, HttpRequest request, QObject* context, Callback done);
    // The callback runs once with Outcome::Cancelled (if its context still exists).
    void cancel(RequestId id);
    int inFlightCount() const { return static_cast<int>(m_operations.size()); }

    // https:// anywhere; http:// only for loopback hosts (127.0.0.0/8, ::1, localhost).
    static bool isAllowedUrl(const QUrl& url);
    // Why isAllowedUrl() refuses `url`, in plain words for an account's base URL (checked when the account is added
    // or changed, not only at its first call); empty when it is allowed.
    static QString urlRefusal(const QUrl& url);

private:
    friend class HttpOperation;
    RequestId start(HttpRequest request, QObject* context, Callback done, const QString& refusal);
    void operationFinished(RequestId id);

    QNetworkAccessManager* m_network;
    RetryPolicy m_retryPolicy;
    QByteArray m_userAgent;
    std::chrono::milliseconds m_timeoutCap{0};
    QHash<RequestId, HttpOperation*> m_operations;
    RequestId m_nextId = 1;
};

} // namespace paydesk
