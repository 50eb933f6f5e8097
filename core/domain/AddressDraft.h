#pragma once

#include <QString>

namespace paydesk {

// A dedicated / static deposit address to create (CryptoProcessing addresses/take, v10.2 dedicate, Cryptomus wallet).
struct AddressDraft
{
    QString accountId{};
    QString currency{}; // asset, e.g. "USDT"
    QString network{}; // e.g. "tron"
    QString label{};
    QString customerReference{}; // foreign_id / end_user_reference / order_id: the idempotency key
};

} // namespace paydesk
