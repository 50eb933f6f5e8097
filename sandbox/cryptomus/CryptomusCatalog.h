#pragma once

#include "core/Decimal.h"

#include <QLatin1StringView>
#include <QString>

#include <cstdint>
#include <optional>

namespace paydesk::sandbox {

// The currencies, networks, exchange rates and limits of the simulated Cryptomus merchant: a fixed table, so
// conversions and generated data are reproducible. Indexes are stable (they are stored in compact records).
class CryptomusCatalog final
{
public:
    static constexpr int kNone = 0xff; // "no currency / network" in a quint8 field
    static constexpr int kUsd = 0; // currency index of USD
    static constexpr int kUsdt = 4; // currency index of USDT

    static int currencyCount();
    static QLatin1StringView currencyCode(int currency);
    static bool isFiat(int currency);
    static int scale(int currency); // digits shown in amounts
    static const Decimal& usdRate(int currency); // 1 unit in USD
    static const Decimal& minAmount(int currency); // payment / payout limits, in the currency itself
    static const Decimal& maxAmount(int currency);
    static int findCurrency(QStringView code); // case-insensitive; -1 if unknown

    static int networkCount();
    static QLatin1StringView networkCode(int network);
    static int findNetwork(QStringView code); // case-insensitive; -1 if unknown
    static bool supports(int currency, int network);
    static int networksOf(int currency, int* out); // fills up to 6 indexes, returns the count
    static int defaultNetwork(int currency); // the first network; kNone for fiat

    // amount (in `from`) expressed in `to`, rounded half-up to to's scale.
    static std::optional<Decimal> convert(const Decimal& amount, int from, int to);
    // The amount at the currency's scale ("15" USD → "15.00").
    static QString format(const Decimal& amount, int currency);
    // Fee percent of the simulated merchant (services, commissions).
    static const Decimal& feePercent();

    // A realistic-looking, deterministic address / transaction hash for a network.
    static QString address(int network, std::uint64_t seed);
    static QString txid(int network, std::uint64_t seed);
};

} // namespace paydesk::sandbox
