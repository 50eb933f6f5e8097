#pragma once

#include "providers/webhooks/WebhookVerifier.h"

#include <QByteArray>

namespace paydesk {

// Cryptomus: the signature is the body's own "sign" member: md5_hex(base64(PHP json_encode of the body without
// "sign") + key), with the payment key, or the payout key when "type" is "payout" (see PhpJsonEncoder).
class CryptomusWebhookVerifier final : public WebhookVerifier
{
public:
    CryptomusWebhookVerifier(QByteArray paymentKey, QByteArray payoutKey);
    ~CryptomusWebhookVerifier() override;

    WebhookVerification verify(const WebhookMessage& message) const override;

private:
    QByteArray m_paymentKey;
    QByteArray m_payoutKey;
};

} // namespace paydesk
