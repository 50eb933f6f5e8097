#pragma once

#include "core/Decimal.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace paydesk {

// One asset an account's gateway accepts, as the gateway lists it (v10.2 GET /assets, CryptoProcessing
// currencies/list, Cryptomus payment/services), kept in the ledger with the time it was read so that the forms offer
// exactly these. Keyed by (account id, code, network).
struct GatewayAsset
{
    QString accountId{};
    QString
        code{}; // as the gateway names it in requests: v10.2 "USDT.TRC20", CryptoProcessing "USDTT", Cryptomus "USDT"
    QString network{}; // v10.2 crypto_network, Cryptomus network; empty where the code says it (CryptoProcessing)
    QString name{}; // the gateway's display name, where it gives one
    bool fiat = false;
    bool available = true; // Cryptomus is_available
    std::optional<Decimal> minimum{}; // smallest amount the gateway takes, in this asset
    std::optional<int> precision{}; // decimal places, where the gateway says
    QDateTime readAt{}; // when Paydesk read the list, UTC

    friend bool operator==(const GatewayAsset&, const GatewayAsset&) = default;
};

} // namespace paydesk
