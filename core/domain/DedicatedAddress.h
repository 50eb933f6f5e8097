#pragma once

#include "core/domain/Gateway.h"
#include "core/domain/PaymentStatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace paydesk {

// A dedicated / static deposit address (CryptoProcessing addresses/take, v10.2 dedicate, Cryptomus static wallet).
struct DedicatedAddress
{
    QString accountId{};
    Gateway gateway = Gateway::CryptoCom;
    QString id{};
    QString address{};
    QString tag{}; // memo / destination tag where the network needs one
    QString currency{};
    QString network{};
    QString label{};
    QString customerReference{}; // foreign id / end user reference / order id
    AddressStatus status = AddressStatus::Unknown;
    QString rawStatus{};
    QDateTime created{};
    QDateTime updated{};
    QByteArray rawJson{};

    friend bool operator==(const DedicatedAddress&, const DedicatedAddress&) = default;
};

} // namespace paydesk
