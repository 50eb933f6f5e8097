#include "providers/http/HttpOperation.h"

#include "providers/http/OneShotBodyDevice.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "paydesk.http", QtInfoMsg)

namespace paydesk {
namespace {

QByteArray verb(HttpRequest::Method method)
{
    switch (method) {
    case HttpRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case HttpRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case HttpRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case HttpRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return {};
}

// For logs: scheme, host, port and path only. Query strings and user info never reach a log line.
QString loggableUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

// A whole 2xx reply that says it is JSON but does not parse (a proxy's error page, a body garbled on the way):
// for a read, worth asking again like a reply cut short.
bool unreadableJson(const HttpResult& result)
{
    if (result.status < 200 || result.status > 299 || !result.header("Content-Type").toLower().contains("json"))
        return false;
    QJsonParseError error;
    QJsonDocument::fromJson(result.body, &error);
    return error.error != QJsonParseError::NoError;
}

} // namespace

HttpOperation::HttpOperation(
    HttpClient* client, HttpClient::RequestId id, HttpRequest request, QObject* context, HttpClient::Callback done)
    : QObject(client)
    , m_client(client)
    , m_id(id)
    , m_request(std::move(request))
    , m_context(context)
    , m_done(std::move(done))
{
}

HttpOperation::~HttpOperation()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

void HttpOperation::start(const QString& refusal)
{
    m_elapsed.start();
    QString reason = refusal;
    if (reason.isEmpty() && !HttpClient::isAllowedUrl(m_request.url))
        reason = u"refused: only https:// URLs, or http:// to a loopback host, are allowed"_s;
    if (!reason.isEmpty()) {
        HttpResult result;
        result.outcome = HttpResult::Outcome::Refused;
        result.errorString = reason;
        qCWarning(lcHttp).noquote() << verb(m_request.method) << loggableUrl(m_request.url) << reason;
        // Deliver from the event loop, never from inside send().
        QTimer::singleShot(0, this, [this, result] { deliver(result); });
        return;
    }
    startAttempt();
}

void HttpOperation::cancel()
{
    if (m_delivered)
        return;
    if (m_backoffTimer)
        m_backoffTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    HttpResult result;
    result.outcome = HttpResult::Outcome::Cancelled;
    result.attempts = m_attempts;
    QTimer::singleShot(0, this, [this, result] { deliver(result); });
}

void HttpOperation::startAttempt()
{
    ++m_attempts;
    m_abortedForSize = false;
    m_sslErrorsSeen = false;

    QNetworkRequest request(m_request.url);
    request.setTransferTimeout(static_cast<int>(m_request.timeout.count()));
    request.setMaximumRedirectsAllowed(3);
    for (const auto& [name, value] : std::as_const(m_request.headers))
        request.setRawHeader(name, value);

    QNetworkAccessManager* network = m_client->m_network;
    if (m_request.isIdempotent()) {
        m_reply = network->sendCustomRequest(request, verb(m_request.method), m_request.body);
    } else {
        // Exactly one send per attempt, even if the connection drops before the response (OneShotBodyDevice).
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBodyDevice(m_request.body);
        m_reply = network->sendCustomRequest(request, verb(m_request.method), body);
        body->setParent(m_reply);
    }
    m_reply->setParent(this);

    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Never ignored: the reply fails with SslHandshakeFailedError. Logged for the details.
        m_sslErrorsSeen = true;
        for (const QSslError& error : errors)
            qCWarning(lcHttp).noquote() << loggableUrl(m_request.url) << "TLS error:" << error.errorString();
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > m_request.maxReplyBytes || total > m_request.maxReplyBytes) {
            m_abortedForSize = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpOperation::onReplyFinished);
}

HttpResult HttpOperation::classify(QNetworkReply* reply) const
{
    HttpResult result;
    result.attempts = m_attempts;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    result.errorString = reply->errorString();
    result.headers = reply->rawHeaderPairs();

    const QNetworkReply::NetworkError error = reply->error();
    if (m_abortedForSize) {
        result.outcome = HttpResult::Outcome::TooLarge;
        return result;
    }
    // An aborted reply (the transfer timeout) is closed: reading it would only warn "device not open".
    if (reply->isOpen())
        result.body = reply->readAll();
    if (error == QNetworkReply::NoError) {
        // Qt 6.4 sometimes reports a body cut short as NoError with the partial bytes (depending on the order in
        // which it sees the socket events): compare with Content-Length unless Qt decompressed the body.
        bool lengthOk = false;
        const qint64 declared = reply->rawHeader("Content-Length").toLongLong(&lengthOk);
        const bool decoded = !reply->rawHeader("Content-Encoding").isEmpty();
        const bool cut = lengthOk && !decoded && result.body.size() < declared;
        result.outcome = cut ? HttpResult::Outcome::Truncated : HttpResult::Outcome::Completed;
    } else if (error == QNetworkReply::OperationCanceledError) {
        // We abort only for size (handled above) and cancel (which never gets here): this is the transfer timeout.
        result.outcome = HttpResult::Outcome::Timeout;
    } else if (m_sslErrorsSeen || error == QNetworkReply::SslHandshakeFailedError) {
        result.outcome = HttpResult::Outcome::Tls;
    } else if (result.status > 0 && error < QNetworkReply::ProxyConnectionRefusedError) {
        // A status line arrived but the connection failed during the body (Qt says 200 + RemoteHostClosedError).
        result.outcome = HttpResult::Outcome::Truncated;
    } else if (result.status > 0) {
        // 4xx / 5xx responses come with content / server error codes: the response itself is whole.
        result.outcome = HttpResult::Outcome::Completed;
    } else {
        result.outcome = HttpResult::Outcome::Network;
    }
    return result;
}

std::optional<std::chrono::milliseconds> HttpOperation::retryDelay(const HttpResult& result) const
{
    const RetryPolicy& policy = m_client->retryPolicy();
    if (!m_request.isIdempotent() || m_attempts >= policy.maxAttempts)
        return std::nullopt;

    bool retry = false;
    switch (result.outcome) {
    case HttpResult::Outcome::Network:
    case HttpResult::Outcome::Timeout:
    case HttpResult::Outcome::Truncated:
        retry = true;
        break;
    case HttpResult::Outcome::Completed:
        retry = result.status == 429 || result.status == 502 || result.status == 503 || result.status == 504
            || result.status == 500 || unreadableJson(result);
        break;
    case HttpResult::Outcome::Refused:
    case HttpResult::Outcome::Tls:
    case HttpResult::Outcome::TooLarge:
    case HttpResult::Outcome::Cancelled:
        break;
    }
    if (!retry)
        return std::nullopt;

    if (const auto retryAfter = result.retryAfter(); retryAfter && (result.status == 429 || result.status == 503))
        return std::min(*retryAfter, policy.maxRetryAfter);

    // Full jitter: uniform in [0, min(maxDelay, base × 2^(attempt-1))].
    const qint64 ceiling = std::min<qint64>(policy.maxDelay.count(), policy.baseDelay.count() << (m_attempts - 1));
    return std::chrono::milliseconds(QRandomGenerator::global()->bounded(ceiling + 1));
}

void HttpOperation::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    HttpResult result = classify(reply);
    reply->deleteLater();

    qCInfo(lcHttp).noquote() << verb(m_request.method) << loggableUrl(m_request.url) << "→" << result.status
                             << static_cast<int>(result.outcome) << "attempt" << m_attempts << "after"
                             << m_elapsed.elapsed() << "ms";

    if (const auto delay = retryDelay(result)) {
        if (!m_backoffTimer) {
            m_backoffTimer = new QTimer(this);
            m_backoffTimer->setSingleShot(true);
            connect(m_backoffTimer, &QTimer::timeout, this, &HttpOperation::startAttempt);
        }
        m_backoffTimer->start(*delay);
        return;
    }
    deliver(std::move(result));
}

void HttpOperation::deliver(HttpResult result)
{
    if (m_delivered)
        return;
    m_delivered = true;
    // Unregister first and call back from locals only: the callback may destroy the client, and this with it.
    const QPointer<QObject> context = m_context;
    const HttpClient::Callback done = std::move(m_done);
    m_client->operationFinished(m_id);
    if (context && done)
        done(result);
}

} // namespace paydesk
