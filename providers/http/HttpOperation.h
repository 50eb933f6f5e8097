#pragma once

#include "providers/http/HttpClient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class QNetworkReply;
class QNetworkAccessManager;
class QTimer;

namespace paydesk {

// One logical request through HttpClient: its attempts, the reply of the current attempt (owned, aborted on
// destruction), and the backoff timer between attempts. Internal to HttpClient.
class HttpOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpOperation)

public:
    HttpOperation(
        HttpClient* client, HttpClient::RequestId id, HttpRequest request, QObject* context, HttpClient::Callback done);
    ~HttpOperation() override;

    // With a non-empty refusal nothing is sent and the callback gets Outcome::Refused.
    void start(const QString& refusal = {});
    void cancel();

private:
    void startAttempt();
    void onReplyFinished();
    HttpResult classify(QNetworkReply* reply) const;
    std::optional<std::chrono::milliseconds> retryDelay(const HttpResult& result) const;
    void deliver(HttpResult result);

    HttpClient* m_client;
    HttpClient::RequestId m_id;
    HttpRequest m_request;
    QPointer<QObject> m_context;
    HttpClient::Callback m_done;
    QNetworkReply* m_reply = nullptr;
    QTimer* m_backoffTimer = nullptr;
    QElapsedTimer m_elapsed;
    int m_attempts = 0;
    bool m_abortedForSize = false;
    bool m_sslErrorsSeen = false;
    bool m_delivered = false;
};

} // namespace paydesk
