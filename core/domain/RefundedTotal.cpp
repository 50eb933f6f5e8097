#include "core/domain/RefundedTotal.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

QString RefundedTotal::refundedTotalId(const QString& paymentId)
{
    return u"refunded-total:"_s + paymentId;
}

bool RefundedTotal::isRefundedTotal(const Refund& refund)
{
    return refund.id == refundedTotalId(refund.paymentId);
}

std::optional<Refund> RefundedTotal::unaccounted(const Payment& payment, const QList<Refund>& held)
{
    if (!payment.refunded.isValid() || payment.refunded.amount.signum() <= 0)
        return std::nullopt;
    Decimal accounted;
    for (const Refund& refund : held) {
        if (isRefundedTotal(refund) || refund.status == TransferStatus::Failed
            || refund.status == TransferStatus::Cancelled)
            continue;
        if (refund.amount.currency != payment.refunded.currency)
            return std::nullopt;
        const std::optional<Decimal> sum = accounted.plus(refund.amount.amount);
        if (!sum)
            return std::nullopt;
        accounted = *sum;
    }
    const std::optional<Decimal> left = payment.refunded.amount.minus(accounted);
    if (!left || left->signum() <= 0)
        return std::nullopt;
    Refund refund;
    refund.accountId = payment.accountId;
    refund.gateway = payment.gateway;
    refund.id = refundedTotalId(payment.id);
    refund.paymentId = payment.id;
    refund.amount = Money{*left, payment.refunded.currency};
    refund.status = TransferStatus::Succeeded;
    refund.rawStatus = payment.rawStatus;
    refund.created = payment.updated.isValid() ? payment.updated : payment.created;
    refund.updated = refund.created;
    return refund;
}

} // namespace paydesk
