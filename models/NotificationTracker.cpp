#include "models/NotificationTracker.h"

#include <optional>

namespace paydesk {

namespace {

QString recordKey(const QString& accountId, const QString& id)
{
    return accountId + QChar(u'\x1f') + id;
}

std::optional<Settings::NotificationKind> paymentKind(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Paid:
        return Settings::NotificationKind::Paid;
    case PaymentStatus::Overpaid:
        return Settings::NotificationKind::Overpaid;
    case PaymentStatus::Underpaid:
        return Settings::NotificationKind::Underpaid;
    case PaymentStatus::Expired:
        return Settings::NotificationKind::Expired;
    default:
        return std::nullopt;
    }
}

} // namespace

NotificationTracker::NotificationTracker(QDateTime since)
    : m_since(std::move(since))
{
}

bool NotificationTracker::isOfThisSession(const QDateTime& created) const
{
    return created.isValid() && created >= m_since;
}

bool NotificationTracker::isOpen(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Pending:
    case PaymentStatus::Processing:
    case PaymentStatus::Underpaid:
    case PaymentStatus::Locked:
    case PaymentStatus::Unknown:
        return true;
    default:
        return false;
    }
}

bool NotificationTracker::isOpen(TransferStatus status)
{
    return status == TransferStatus::Pending || status == TransferStatus::Processing
        || status == TransferStatus::Unknown;
}

void NotificationTracker::prime(const QList<Payment>& openPayments, const QList<Refund>& openRefunds)
{
    for (const Payment& payment : openPayments) {
        if (isOpen(payment.status))
            m_payments.insert(recordKey(payment.accountId, payment.id), payment.status);
    }
    for (const Refund& refund : openRefunds) {
        if (isOpen(refund.status))
            m_refunds.insert(recordKey(refund.accountId, refund.id), refund.status);
    }
}

QList<NotificationEvent> NotificationTracker::paymentsChanged(const QList<Payment>& payments)
{
    QList<NotificationEvent> events;
    for (const Payment& payment : payments) {
        const QString key = recordKey(payment.accountId, payment.id);
        const auto known = m_payments.constFind(key);
        const bool tracked = known != m_payments.cend();
        // A status change of an open invoice, or an invoice that appeared during this session.
        const bool news = tracked ? *known != payment.status : isOfThisSession(payment.created);
        if (isOpen(payment.status) || isOfThisSession(payment.created))
            m_payments.insert(key, payment.status);
        else if (tracked)
            m_payments.erase(known);
        if (!news)
            continue;
        if (const auto kind = paymentKind(payment.status)) {
            events.append({*kind, payment.accountId, payment.id,
                payment.orderId.isEmpty() ? payment.id : payment.orderId, payment.amount, payment.paid});
        }
    }
    return events;
}

QList<NotificationEvent> NotificationTracker::refundsChanged(const QList<Refund>& refunds)
{
    QList<NotificationEvent> events;
    for (const Refund& refund : refunds) {
        const QString key = recordKey(refund.accountId, refund.id);
        const auto known = m_refunds.constFind(key);
        const bool tracked = known != m_refunds.cend();
        const bool news = tracked ? *known != refund.status : isOfThisSession(refund.created);
        if (isOpen(refund.status) || isOfThisSession(refund.created))
            m_refunds.insert(key, refund.status);
        else if (tracked)
            m_refunds.erase(known);
        if (news && refund.status == TransferStatus::Succeeded) {
            events.append({Settings::NotificationKind::RefundCompleted, refund.accountId, refund.id, refund.paymentId,
                refund.amount, {}});
        }
    }
    return events;
}

} // namespace paydesk
