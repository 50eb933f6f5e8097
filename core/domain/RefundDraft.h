#pragma once

#include "core/Money.h"

#include <QString>

namespace paydesk {

// A refund the merchant is about to send: full or partial, with the destination where the gateway refunds to an
// address (Cryptomus, v10.2) and the fee choice where it offers one (Cryptomus is_subtract).
struct RefundDraft
{
    QString accountId{};
    QString paymentId{};
    Money amount{}; // for Crypto.com in the payment's currency; crypto for address refunds
    QString reason{};
    QString address{}; // destination address; required by Cryptomus and v10.2
    QString network{};
    bool feeFromRefund = true; // Cryptomus is_subtract: the fee is taken from the refunded amount
    QString idempotencyKey{}; // client-generated (v10.2 withdrawal foreign id); journal key
    // What the payment had refunded before this refund was sent, for gateways whose only trace of a refund is the
    // payment's refunded total (Crypto.com Pay has no refund list).
    Money refundedBefore{};
};

} // namespace paydesk
