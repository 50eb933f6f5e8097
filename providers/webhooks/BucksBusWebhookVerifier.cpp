#include "providers/webhooks/BucksBusWebhookVerifier.h"

#include "providers/common/Digest.h"

#include <QCoreApplication>

namespace paydesk {

BucksBusWebhookVerifier::BucksBusWebhookVerifier(QByteArray webhookSecret)
    : m_secret(std::move(webhookSecret))
{
}

BucksBusWebhookVerifier::~BucksBusWebhookVerifier()
{
    m_secret.fill('\0');
}

WebhookVerification BucksBusWebhookVerifier::verify(const WebhookMessage& message) const
{
    using Status = WebhookVerification::Status;
    const bool hasHeader = message.hasHeader("X-Webhook-HMAC-SHA256");
    if (m_secret.isEmpty()) {
        return {Status::Unsigned,
            QCoreApplication::translate(
                "WebhookVerifier", "No webhook secret is set for this account, so the webhook cannot be verified.")};
    }
    if (!hasHeader) {
        return {Status::Invalid,
            QCoreApplication::translate("WebhookVerifier", "The X-Webhook-HMAC-SHA256 header is missing.")};
    }
    const QByteArray signature = message.header("X-Webhook-HMAC-SHA256").trimmed().toLower();
    if (!digest::constantTimeEquals(signature, digest::hmacSha256Hex(m_secret, message.body))) {
        return {Status::Invalid,
            QCoreApplication::translate("WebhookVerifier", "The signature does not match the webhook secret.")};
    }
    return {Status::Valid, {}};
}

} // namespace paydesk
