#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

namespace paydesk::sandbox {

// One webhook a gateway simulator wants delivered. The gateway builds the body and signs it; the dispatcher
// sends it to the URL (or the configured target), retrying per the gateway's policy on the sandbox clock.
struct OutgoingWebhook
{
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    // Called before every attempt with the exact body bytes and the sandbox time in Unix seconds; returns the
    // headers that carry the signature (Crypto.com signs each attempt with a fresh t=).
    using Signer = std::function<Headers(const QByteArray& body, qint64 nowSecs)>;

    QString gateway; // "cryptocom"
    QString event; // "payment.captured": shown in GET /_sandbox/webhooks
    QUrl url; // empty: the target configured for the gateway (POST /_sandbox/webhooks)
    QByteArray body;
    QByteArray contentType = "application/json";
    Headers headers; // fixed headers, sent as they are
    Signer sign; // optional
    QList<qint64> retryDelaysSecs; // sandbox seconds before retry 1, 2, …; empty: no retry
    QList<int> successStatuses = {200}; // replies that end the retries
};

} // namespace paydesk::sandbox
