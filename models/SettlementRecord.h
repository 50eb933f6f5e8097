#pragma once

#include "core/Decimal.h"
#include "core/domain/Gateway.h"
#include "core/domain/PaymentStatus.h"

#include <QtGlobal>

namespace paydesk {

// One payment as the Overview aggregates it (compact: currencies and accounts are indexes into SettlementData).
struct SettlementRecord
{
    qint64 createdMs = 0; // PaymentFigures::kUnknownTime when unknown
    Decimal amount{};
    Decimal refunded{}; // in amount's currency; zero when none (or, defensively, when given in another currency)
    quint16 currency = 0; // index into SettlementData::currencies()
    quint16 account = 0; // index into SettlementData::accountIds()
    Gateway gateway = Gateway::CryptoCom;
    PaymentStatus status = PaymentStatus::Unknown;
};

} // namespace paydesk
