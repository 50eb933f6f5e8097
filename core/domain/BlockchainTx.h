#pragma once

#include "core/Money.h"
#include "core/domain/Gateway.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace paydesk {

// A blockchain transaction seen by a gateway, for a payment or a dedicated address.
struct BlockchainTx
{
    QString accountId{};
    Gateway gateway = Gateway::CryptoCom;
    QString txHash{};
    QString paymentId{}; // empty when it credits a dedicated address only
    QString addressId{};
    Money amount{};
    QString network{};
    QString fromAddress{};
    QString toAddress{};
    int confirmations = 0;
    QString rawStatus{};
    QDateTime time{}; // UTC
    QByteArray rawJson{};

    friend bool operator==(const BlockchainTx&, const BlockchainTx&) = default;
};

} // namespace paydesk
