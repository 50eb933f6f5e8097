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

} // namespace paydesk
