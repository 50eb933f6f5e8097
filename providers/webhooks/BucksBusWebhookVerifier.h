#pragma once

#include "providers/webhooks/WebhookVerifier.h"

#include <QByteArray>

namespace paydesk {

// Gateway v10.2: X-Webhook-HMAC-SHA256 = hex HMAC-SHA256(webhook secret, raw body). A store without a webhook secret
// gets no header: such webhooks are Unsigned (not trustworthy) rather than Valid.
class BucksBusWebhookVerifier final : public WebhookVerifier
{
public:
    explicit BucksBusWebhookVerifier(QByteArray webhookSecret);
    ~BucksBusWebhookVerifier() override;

    WebhookVerification verify(const WebhookMessage& message) const override;

private:
    QByteArray m_secret;
};

} // namespace paydesk
