#pragma once

#include "core/Money.h"
#include "core/domain/Gateway.h"
#include "core/domain/PaymentStatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace paydesk {

// A withdrawal (CryptoProcessing withdrawal/crypto, v10.2 /withdraw) or payout (Cryptomus).
struct Withdrawal
{
    QString accountId{};
    Gateway gateway = Gateway::CryptoCom;
    QString id{};
    QString foreignId{}; // client-generated idempotency key
    Money amount{};
    Money fee{};
    QString address{};
    QString tag{};
    QString network{};
    QString txHash{};
    TransferStatus status = TransferStatus::Unknown;
    QString rawStatus{};
    QDateTime created{};
    QDateTime updated{};
    QByteArray rawJson{};

    friend bool operator==(const Withdrawal&, const Withdrawal&) = default;
};

} // namespace paydesk
