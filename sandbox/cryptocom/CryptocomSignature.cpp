#include "sandbox/cryptocom/CryptocomSignature.h"

#include "sandbox/SandboxCrypto.h"

namespace paydesk::sandbox {

QByteArray CryptocomSignature::sign(QByteArrayView secret, qint64 timestamp, QByteArrayView body)
{
    QByteArray message = QByteArray::number(timestamp);
    message += '.';
    message += body;
    return crypto::hmacSha256Hex(secret, message);
}

QByteArray CryptocomSignature::header(QByteArrayView secret, qint64 timestamp, QByteArrayView body)
{
    return "t=" + QByteArray::number(timestamp) + ",v1=" + sign(secret, timestamp, body);
}

bool CryptocomSignature::verify(
    QByteArrayView secret, QByteArrayView header, QByteArrayView body, qint64 nowSecs, qint64 toleranceSecs)
{
    qint64 timestamp = -1;
    QList<QByteArray> signatures;
    for (const QByteArray& element : header.toByteArray().split(',')) {
        const qsizetype eq = element.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray prefix = element.left(eq).trimmed();
        const QByteArray value = element.mid(eq + 1).trimmed();
        if (prefix == "t") {
            bool ok = false;
            timestamp = value.toLongLong(&ok);
            if (!ok)
                return false;
        } else if (prefix == "v1") {
            signatures.append(value);
        }
    }
    if (timestamp < 0 || signatures.isEmpty())
        return false;
    if (nowSecs - timestamp > toleranceSecs || timestamp - nowSecs > toleranceSecs)
        return false;
    const QByteArray expected = sign(secret, timestamp, body);
    bool match = false;
    for (const QByteArray& candidate : signatures)
        match = crypto::constantTimeEquals(expected, candidate.toLower()) || match;
    return match;
}

} // namespace paydesk::sandbox
