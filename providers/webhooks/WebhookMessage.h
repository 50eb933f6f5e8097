#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <utility>

namespace paydesk {

// A webhook as received: raw headers and the exact body bytes (signatures are over these bytes, never re-serialised).
struct WebhookMessage
{
    QList<std::pair<QByteArray, QByteArray>> headers{};
    QByteArray body{};
    QDateTime receivedAt{}; // UTC; Crypto.com's timestamp tolerance is checked against it

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray& name) const
    {
        for (const auto& header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

} // namespace paydesk
