#pragma once

#include "core/Money.h"
#include "core/domain/BlockchainTx.h"
#include "core/domain/PaymentStatus.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace paydesk {

// One CryptoProcessing transaction as POST /api/v2/transactions/info and the callbacks describe it: a deposit,
// withdrawal or exchange with the blockchain transactions behind it.
struct CryptoProcessingTransaction
{
    QString id;
    QString foreignId;
    QString endUserReference;
    QString type; // "deposit", "withdrawal", "deposit_exchange", … kept as sent
    TransferStatus status = TransferStatus::Unknown;
    QString rawStatus; // confirmed | not_confirmed | cancelled | pending (others kept as sent)
    Money sent; // currency_sent
    Money received; // currency_received.amount
    Money receivedAfterFees; // currency_received.amount_minus_fee, when given
    QString addressId; // crypto_address.id
    QString address; // crypto_address.address
    QString tag;
    QString addressForeignId; // crypto_address.foreign_id
    QList<Money> fees; // `fees` items (mining, deposit, …) in their own currencies
    QString error; // the gateway's "error" text ("" when none)
    QList<BlockchainTx> transactions;
    QByteArray rawJson;
};

} // namespace paydesk
