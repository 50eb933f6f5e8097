#pragma once

#include "core/domain/Payment.h"
#include "core/domain/Refund.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace paydesk {

// A Crypto.com Pay webhook body (after CryptoComWebhookVerifier accepted it):
// {"id","object_type","type","created","data":{"object":{…}}}. Payment events carry a payment, the
// payment.refund_* events a refund.
struct CryptoComEvent
{
    QString id;
    QString type; // "payment.created", "payment.captured", "payment.refund_requested", …
    QDateTime created; // UTC
    std::optional<Payment> payment;
    std::optional<Refund> refund;
    QByteArray rawJson;
};

} // namespace paydesk
