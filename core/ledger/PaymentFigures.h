#pragma once

#include "core/Money.h"
#include "core/domain/Gateway.h"
#include "core/domain/PaymentStatus.h"

#include <QString>

#include <limits>

namespace paydesk {

// The few fields of a payment that totals and charts need (Ledger::forEachPaymentFigures()): no texts, no raw JSON,
// no QDateTime per row, so that a million of them stream quickly.
struct PaymentFigures
{
    static constexpr qint64 kUnknownTime = std::numeric_limits<qint64>::min();

    QString accountId{};
    Gateway gateway = Gateway::CryptoCom;
    PaymentStatus status = PaymentStatus::Unknown;
    Money amount{}; // what the merchant asked for
    Money refunded{}; // refunded so far, in amount's currency; empty when nothing was refunded
    qint64 createdMs = kUnknownTime; // ms since the epoch (UTC); kUnknownTime when the gateway gave no time

    friend bool operator==(const PaymentFigures&, const PaymentFigures&) = default;
};

} // namespace paydesk
