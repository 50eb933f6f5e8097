#include "providers/webhooks/CryptomusWebhookVerifier.h"

#include "providers/common/Digest.h"
#include "providers/common/RequestSigning.h"
#include "providers/cryptomus/PhpJsonEncoder.h"

#include <QCoreApplication>

namespace paydesk {

CryptomusWebhookVerifier::CryptomusWebhookVerifier(QByteArray paymentKey, QByteArray payoutKey)
    : m_paymentKey(std::move(paymentKey))
    , m_payoutKey(std::move(payoutKey))
{
}

CryptomusWebhookVerifier::~CryptomusWebhookVerifier()
{
    m_paymentKey.fill('\0');
    m_payoutKey.fill('\0');
}

WebhookVerification CryptomusWebhookVerifier::verify(const WebhookMessage& message) const
{
    using Status = WebhookVerification::Status;
    const auto sign = PhpJsonEncoder::topLevelString(message.body, "sign");
    if (!sign || sign->isEmpty()) {
        return {
            Status::Invalid, QCoreApplication::translate("WebhookVerifier", "The webhook body has no \"sign\" field.")};
    }
    const auto unsignedBody = PhpJsonEncoder::reencodeWithout(message.body, "sign");
    if (!unsignedBody) {
        return {Status::Malformed,
            QCoreApplication::translate("WebhookVerifier", "The webhook body is not a valid JSON object.")};
    }
    const bool isPayout = PhpJsonEncoder::topLevelString(message.body, "type") == QByteArray("payout");
    const QByteArray& key = isPayout ? m_payoutKey : m_paymentKey;
    if (key.isEmpty()) {
        return {Status::Invalid,
            isPayout ? QCoreApplication::translate("WebhookVerifier", "No payout key is set for this account.")
                     : QCoreApplication::translate("WebhookVerifier", "No payment key is set for this account.")};
    }
    if (!digest::constantTimeEquals(sign->toLower(), signing::cryptomusSignature(key, *unsignedBody))) {
        return {Status::Invalid,
            isPayout ? QCoreApplication::translate("WebhookVerifier", "The signature does not match the payout key.")
                     : QCoreApplication::translate("WebhookVerifier", "The signature does not match the payment key.")};
    }
    return {Status::Valid, {}};
}

} // namespace paydesk
