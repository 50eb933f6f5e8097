#pragma once

#include "core/Decimal.h"

#include <QLatin1StringView>
#include <QStringView>

#include <optional>
#include <span>

namespace paydesk::sandbox::bucksbus {

// The kinds of address a crypto network uses, for deterministic sandbox addresses.
enum class AddressKind : quint8 { None, Bech32, Hex0x, Tron, Litecoin };

// One asset of GET /assets: what the sandbox store accepts, with the sandbox's fixed USD price (rates never move,
// so generated history and conversions are reproducible). Text fields are ASCII except `symbolUtf8`.
struct BucksbusAsset
{
    QLatin1StringView id; // "BTC", "USDT.TRC20", "USD"
    QLatin1StringView name;
    QLatin1StringView currency;
    QLatin1StringView currencyName;
    bool crypto = false;
    const char* symbolUtf8 = "";
    int sortOrder = 0;
    QLatin1StringView minSize; // decimal text; printed as a float ("1e-08")
    int precision = 0;
    int timeoutToTrx = 0; // minutes
    int timeoutToWdr = 0; // minutes
    QLatin1StringView network; // "BITCOIN"; empty for fiat
    QLatin1StringView networkName;
    int confirmations = 0;
    QLatin1StringView addressLink; // template with {address}
    QLatin1StringView transactionLink; // template with {txid}
    QLatin1StringView minWithdrawal; // decimal text; printed as floats
    QLatin1StringView maxWithdrawal;
    QLatin1StringView usdPrice; // sandbox price of one unit in USD
    QLatin1StringView withdrawFee; // flat fee, in the asset itself
    AddressKind addressKind = AddressKind::None;

    Decimal price() const;
    Decimal fee() const;
    Decimal minimumWithdrawal() const;
    Decimal maximumWithdrawal() const;
    Decimal minimumSize() const;
};

std::span<const BucksbusAsset> assets();
std::optional<quint8> assetIndex(QStringView id);
const BucksbusAsset& asset(quint8 index);

} // namespace paydesk::sandbox::bucksbus
