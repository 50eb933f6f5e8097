#pragma once

#include "providers/webhooks/WebhookVerifier.h"

#include <QByteArray>

#include <chrono>

namespace paydesk {

// Crypto.com Pay: "Pay-Signature: t=<unix>,v1=<hex>[,v1=<hex>…]"; v1 = hex HMAC-SHA256(signature secret, t + "." +
// body). Any matching v1 is accepted; other schemes are ignored; t must be within the tolerance of receivedAt.
class CryptoComWebhookVerifier final : public WebhookVerifier
{
public:
    explicit CryptoComWebhookVerifier(QByteArray signatureSecret, std::chrono::seconds tolerance = kDefaultTolerance);
    ~CryptoComWebhookVerifier() override;

    static constexpr std::chrono::seconds kDefaultTolerance{300};

    WebhookVerification verify(const WebhookMessage& message) const override;

private:
    QByteArray m_secret;
    std::chrono::seconds m_tolerance;
};

} // namespace paydesk
