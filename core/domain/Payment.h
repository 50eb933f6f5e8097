#pragma once

#include "core/Money.h"
#include "core/domain/Gateway.h"
#include "core/domain/PaymentStatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace paydesk {

// One invoice (payment request) on one gateway, normalised. Keyed in the ledger by (accountId, id).
struct Payment
{
    QString accountId{};
    Gateway gateway = Gateway::CryptoCom;
    QString id{}; // the gateway's id (uuid, payment_id, ...)
    QString orderId{}; // merchant's order id / foreign id; the idempotency key where the gateway has one
    QString description{};
    Money amount{}; // what the merchant asked for (fiat or crypto)
    Money payAmount{}; // what the payer is asked to send in crypto, when known
    QString network{}; // blockchain network of payAmount ("tron", "bitcoin"), when known
    Money paid{}; // received so far, in payAmount's currency when known
    Money refunded{}; // refunded so far, in amount's currency
    PaymentStatus status = PaymentStatus::Unknown;
    QString rawStatus{}; // the gateway's own status, shown in tooltips and exported
    QString address{}; // deposit address, when the gateway gives one
    QString paymentUrl{}; // hosted payment page
    QString payerEmail{};
    QDateTime created{}; // all times UTC
    QDateTime updated{};
    QDateTime expires{};
    bool liveMode = false;
    QByteArray rawJson{}; // the gateway's last JSON for this object, kept verbatim

    friend bool operator==(const Payment&, const Payment&) = default;
};

} // namespace paydesk
