#include "providers/http/HttpResult.h"

#include <QDateTime>

namespace paydesk {

std::optional<std::chrono::milliseconds> HttpResult::retryAfter() const
{
    const QByteArray value = header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional(std::chrono::milliseconds(seconds * 1000)) : std::nullopt;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    return std::chrono::milliseconds(ms > 0 ? ms : 0);
}

} // namespace paydesk
