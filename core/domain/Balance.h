#pragma once

#include "core/Money.h"
#include "core/domain/Gateway.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace paydesk {

// One asset's balance on one account at the time of a sync. The ledger keeps the latest per (account, currency)
// and a snapshot row per sync for history.
struct Balance
{
    QString accountId{};
    Gateway gateway = Gateway::CryptoCom;
    QString currency{};
    Decimal total{};
    Decimal available{};
    Decimal onHold{};
    Money fiatEquivalent{}; // when the gateway gives one; empty otherwise
    QDateTime asOf{}; // UTC
    QByteArray rawJson{};

    friend bool operator==(const Balance&, const Balance&) = default;
};

} // namespace paydesk
