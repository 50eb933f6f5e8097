#include "providers/webhooks/CryptoProcessingWebhookVerifier.h"

#include "providers/common/Digest.h"

#include <QCoreApplication>

namespace paydesk {

CryptoProcessingWebhookVerifier::CryptoProcessingWebhookVerifier(QByteArray apiKey, QByteArray apiSecret)
    : m_apiKey(std::move(apiKey))
    , m_apiSecret(std::move(apiSecret))
{
}

CryptoProcessingWebhookVerifier::~CryptoProcessingWebhookVerifier()
{
    m_apiKey.fill('\0');
    m_apiSecret.fill('\0');
}

WebhookVerification CryptoProcessingWebhookVerifier::verify(const WebhookMessage& message) const
{
    using Status = WebhookVerification::Status;
    const QByteArray signature = message.header("X-Processing-Signature").trimmed().toLower();
    if (signature.isEmpty()) {
        return {Status::Invalid,
            QCoreApplication::translate("WebhookVerifier", "The X-Processing-Signature header is missing.")};
    }
    const bool keyMatches = digest::constantTimeEquals(message.header("X-Processing-Key").trimmed(), m_apiKey);
    const bool signatureMatches
        = digest::constantTimeEquals(signature, digest::hmacSha512Hex(m_apiSecret, message.body));
    if (!keyMatches) {
        return {Status::Invalid,
            QCoreApplication::translate(
                "WebhookVerifier", "The X-Processing-Key header is not this account's API key.")};
    }
    if (!signatureMatches) {
        return {Status::Invalid,
            QCoreApplication::translate("WebhookVerifier", "The signature does not match the account's API secret.")};
    }
    return {Status::Valid, {}};
}

} // namespace paydesk
