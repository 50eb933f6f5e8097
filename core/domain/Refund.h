#pragma once

#include "core/Money.h"
#include "core/domain/Gateway.h"
#include "core/domain/PaymentStatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace paydesk {

// A refund of (part of) a payment. On gateways without a refund object (v10.2) it is the withdrawal that paid the
// payer back, linked to the payment.
struct Refund
{
    QString accountId{};
    Gateway gateway = Gateway::CryptoCom;
    QString id{};
    QString paymentId{};
    Money amount{};
    QString reason{};
    QString address{}; // destination, where the gateway refunds to an address
    TransferStatus status = TransferStatus::Unknown;
    QString rawStatus{};
    QDateTime created{};
    QDateTime updated{};
    QByteArray rawJson{};

    friend bool operator==(const Refund&, const Refund&) = default;
};

// A refund as a gateway shows it now, completed with what its answer does not repeat (the payment, the reason, the
// address, the creation time: Cryptomus and v10.2 answers lack some) from the refund Paydesk already holds.
inline Refund completedFrom(Refund now, const Refund& known)
{
    now.accountId = known.accountId;
    if (now.paymentId.isEmpty())
        now.paymentId = known.paymentId;
    if (now.reason.isEmpty())
        now.reason = known.reason;
    if (now.address.isEmpty())
        now.address = known.address;
    if (!now.created.isValid())
        now.created = known.created;
    return now;
}

} // namespace paydesk
