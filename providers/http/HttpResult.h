#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QString>

#include <chrono>
#include <optional>
#include <utility>

namespace paydesk {

// What came back, classified by the network error first and the HTTP status second (API-NOTES.md: Qt reports a
// truncated body as HTTP 200 with RemoteHostClosedError, and a transfer timeout as OperationCanceledError).
struct HttpResult
{
    enum class Outcome {
        Completed, // a whole HTTP response arrived (any status, 2xx to 5xx)
        Refused, // not sent: policy (plain http:// to a non-loopback host, bad URL)
        Network, // connection refused / reset / host not found before a whole response
        Timeout, // transfer timeout
        Tls, // certificate or handshake failure; never ignored
        Truncated, // the response started but was cut short
        TooLarge, // aborted: larger than the request's maxReplyBytes
        Cancelled, // cancelled by the caller
    };

    Outcome outcome = Outcome::Network;
    int status = 0; // HTTP status when one was received
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString; // Qt's text, for details; already free of secrets
    int attempts = 0;

    bool isSuccess() const { return outcome == Outcome::Completed && status >= 200 && status < 300; }
    bool isCompleted() const { return outcome == Outcome::Completed; }
    // For a creating call: did the gateway possibly act on it without us seeing the answer?
    bool outcomeUnknown() const
    {
        return outcome == Outcome::Network || outcome == Outcome::Timeout || outcome == Outcome::Truncated
            || outcome == Outcome::TooLarge || (outcome == Outcome::Completed && status >= 500);
    }
    // The Retry-After header (delta seconds or an HTTP date, relative to now), when present and valid.
    std::optional<std::chrono::milliseconds> retryAfter() const;
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace paydesk
