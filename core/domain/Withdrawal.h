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

// A withdrawal as a gateway shows it now, completed with what its answer does not repeat (the key it was sent under,
// the address, tag and network, the creation time, the fee: v10.2 and Cryptomus answers lack some) from the
// withdrawal Paydesk already holds.
inline Withdrawal completedFrom(Withdrawal now, const Withdrawal& known)
{
    now.accountId = known.accountId;
    if (now.foreignId.isEmpty())
        now.foreignId = known.foreignId;
    if (now.address.isEmpty())
        now.address = known.address;
    if (now.tag.isEmpty())
        now.tag = known.tag;
    if (now.network.isEmpty())
        now.network = known.network;
    if (!now.fee.isValid())
        now.fee = known.fee;
    if (!now.created.isValid())
        now.created = known.created;
    return now;
}

} // namespace paydesk
