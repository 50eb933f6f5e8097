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

// Remembers a record's status while it may still change or when it is of this session, and forgets a closed one from
// before. True when the record is news: a status change of a remembered record, or a new record of this session.
template<typename Record, typename Status>
bool noteStatus(QHash<QString, Status>& known, const Record& record, bool ofThisSession)
{
    const QString key = recordKey(record.accountId, record.id);
    const auto found = known.constFind(key);
    const bool tracked = found != known.cend();
    const bool news = tracked ? *found != record.status : ofThisSession;
    if (NotificationTracker::isOpen(record.status) || ofThisSession)
        known.insert(key, record.status);
    else if (tracked)
        known.erase(found);
    return news;
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
        if (!noteStatus(m_payments, payment, isOfThisSession(payment.created)))
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
        if (noteStatus(m_refunds, refund, isOfThisSession(refund.created))
            && refund.status == TransferStatus::Succeeded) {
            events.append({Settings::NotificationKind::RefundCompleted, refund.accountId, refund.id, refund.paymentId,
                refund.amount, {}});
        }
    }
    return events;
}

} // namespace paydesk
