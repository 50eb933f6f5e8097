#pragma once

#include "providers/webhooks/WebhookVerifier.h"

#include <QByteArray>

namespace paydesk {

// CryptoProcessing callbacks: X-Processing-Key must be the account's API key and X-Processing-Signature the hex
// HMAC-SHA512(api secret, raw body).
class CryptoProcessingWebhookVerifier final : public WebhookVerifier
{
public:
    CryptoProcessingWebhookVerifier(QByteArray apiKey, QByteArray apiSecret);
    ~CryptoProcessingWebhookVerifier() override;

    WebhookVerification verify(const WebhookMessage& message) const override;

private:
    QByteArray m_apiKey;
    QByteArray m_apiSecret;
};

} // namespace paydesk
