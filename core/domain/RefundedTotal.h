#pragma once

#include "core/domain/Payment.h"
#include "core/domain/Refund.h"

#include <QList>
#include <QString>

#include <optional>

namespace paydesk {

// Refunds a gateway shows only as a payment's refunded total (RefundSource::PaymentTotal: Crypto.com's
// `amount_refunded`, with no list of refunds): the part of that total no refund in the ledger accounts for was
// refunded outside Paydesk (in the gateway's own dashboard). It is kept as one refund row per payment, under
// refundedTotalId(), so that the Refunds page and the refunds export show it, marked as seen at the gateway.
class RefundedTotal final
{
public:
    // "refunded-total:" + the payment id: never a gateway's refund id.
    static QString refundedTotalId(const QString& paymentId);
    static bool isRefundedTotal(const Refund& refund);

    // The row for what `payment`'s refunded total holds beyond `held` (its refunds in the ledger; failed and
    // cancelled ones, and an earlier row of this kind, do not count), or std::nullopt when nothing is left over (or
    // an amount is in another currency, which cannot be compared). The row: succeeded (the gateway counts it as
    // refunded), rawStatus the payment's, created = when the payment last changed.
    static std::optional<Refund> unaccounted(const Payment& payment, const QList<Refund>& held);
};

} // namespace paydesk
