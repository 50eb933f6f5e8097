#include "providers/webhooks/CryptoComWebhookVerifier.h"

#include "providers/common/Digest.h"

#include <QCoreApplication>
#include <QStringBuilder>

#include <algorithm>
#include <climits>

namespace paydesk {

CryptoComWebhookVerifier::CryptoComWebhookVerifier(QByteArray signatureSecret, std::chrono::seconds tolerance)
    : m_secret(std::move(signatureSecret))
    , m_tolerance(tolerance)
{
}

CryptoComWebhookVerifier::~CryptoComWebhookVerifier()
{
    m_secret.fill('\0');
}

WebhookVerification CryptoComWebhookVerifier::verify(const WebhookMessage& message) const
{
    using Status = WebhookVerification::Status;
    const QByteArray header = message.header("Pay-Signature");
    if (header.isEmpty())
        return {
            Status::Invalid, QCoreApplication::translate("WebhookVerifier", "The Pay-Signature header is missing.")};

    QByteArray timestamp;
    QList<QByteArray> signatures;
    for (const QByteArray& part : header.split(',')) {
        const qsizetype equals = part.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray name = part.left(equals).trimmed();
        const QByteArray value = part.mid(equals + 1).trimmed();
        if (name == "t")
            timestamp = value;
        else if (name == "v1")
            signatures.append(value.toLower());
    }
    bool ok = false;
    const qint64 t = timestamp.toLongLong(&ok);
    if (!ok || signatures.isEmpty()) {
        return {Status::Malformed,
            QCoreApplication::translate(
                "WebhookVerifier", "The Pay-Signature header has no timestamp or no v1 signature.")};
    }

    const QByteArray signedPayload = timestamp + '.' + message.body;
    const QByteArray expected = digest::hmacSha256Hex(m_secret, signedPayload);
    bool matched = false;
    for (const QByteArray& signature : std::as_const(signatures))
        matched = digest::constantTimeEquals(signature, expected) || matched; // check every one: no early exit
    if (!matched) {
        return {Status::Invalid,
            QCoreApplication::translate("WebhookVerifier", "No v1 signature matches the webhook signature secret.")};
    }
    const qint64 now
        = message.receivedAt.isValid() ? message.receivedAt.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
    // |now - t| without overflow (t is whatever the header says, down to -2^63): the distance between two qint64
    // always fits in a quint64, and unsigned arithmetic is exact here.
    const quint64 age = now >= t ? static_cast<quint64>(now) - static_cast<quint64>(t)
                                 : static_cast<quint64>(t) - static_cast<quint64>(now);
    if (age > static_cast<quint64>(std::max<qint64>(0, m_tolerance.count()))) {
        return {Status::Expired,
            QCoreApplication::translate("WebhookVerifier", "The signature is valid but %n second(s) old.", nullptr,
                static_cast<int>(std::min<quint64>(age, INT_MAX)))};
    }
    return {Status::Valid, {}};
}

} // namespace paydesk
