#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <chrono>
#include <utility>

namespace paydesk {

// One HTTP request as a value. Bodies are the exact bytes sent (and signed); nothing re-serialises them.
struct HttpRequest
{
    enum class Method { Get, Post, Put, Delete };

    Method method = Method::Get;
    QUrl url{};
    QList<std::pair<QByteArray, QByteArray>> headers{};
    QByteArray body{};
    // Transfer timeout: the request fails when no bytes move for this long (QNetworkRequest::setTransferTimeout).
    std::chrono::milliseconds timeout{30'000};
    // Replies larger than this are aborted and reported as TooLarge.
    qint64 maxReplyBytes = 64 * 1024 * 1024;

    void setHeader(const QByteArray& name, const QByteArray& value)
    {
        for (auto& header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                header.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
    // A non-GET request that may safely be repeated: a POST that only reads (Cryptomus payment/info, CryptoProcessing
    // accounts/list) or a change that has no further effect the second time (cancel an invoice, release an address).
    // HttpClient::send() accepts it and retries it like a GET. Every other non-GET request creates something and must
    // go through HttpClient::sendCreating() with a journal permit.
    bool idempotent = false;

    // Only idempotent requests are retried automatically. A creating POST is never retried blindly: see the journal.
    bool isIdempotent() const { return method == Method::Get || idempotent; }
};

} // namespace paydesk
