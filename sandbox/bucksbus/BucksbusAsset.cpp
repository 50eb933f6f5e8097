#include "sandbox/bucksbus/BucksbusAsset.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox::bucksbus {

namespace {

Decimal parse(QLatin1StringView text)
{
    return Decimal::fromString(QString(text)).value_or(Decimal());
}

// Sorted by sort_order; GET /assets lists them in this order. Prices are fixed sandbox rates (late-2023 levels).
const std::array<BucksbusAsset, 8> kAssets = {{
    {"USD"_L1, "US Dollar"_L1, "USD"_L1, "US Dollar"_L1, false, "$", 1, "0.01"_L1, 2, 0, 0, {}, {}, 0, {}, {}, "0"_L1,
        "0"_L1, "1"_L1, "0"_L1, AddressKind::None},
    {"EUR"_L1, "Euro"_L1, "EUR"_L1, "Euro"_L1, false, "\xe2\x82\xac", 2, "0.01"_L1, 2, 0, 0, {}, {}, 0, {}, {}, "0"_L1,
        "0"_L1, "1.08"_L1, "0"_L1, AddressKind::None},
    {"BTC"_L1, "Bitcoin"_L1, "BTC"_L1, "Bitcoin"_L1, true, "\xe0\xb8\xbf", 20, "0.00000001"_L1, 8, 90, 1440,
        "BITCOIN"_L1, "Bitcoin"_L1, 6, "https://live.blockcypher.com/btc/address/{address}"_L1,
        "https://live.blockcypher.com/btc/tx/{txid}"_L1, "0.0001"_L1, "2400"_L1, "26046.99"_L1, "0.0001"_L1,
        AddressKind::Bech32},
    {"ETH"_L1, "Ethereum"_L1, "ETH"_L1, "Ethereum"_L1, true, "\xce\x9e", 30, "0.000000000000000001"_L1, 18, 60, 1440,
        "ETHEREUM"_L1, "Ethereum"_L1, 10, "https://etherscan.io/address/{address}"_L1,
        "https://etherscan.io/tx/{txid}"_L1, "0.001"_L1, "40"_L1, "1658.79"_L1, "0.001"_L1, AddressKind::Hex0x},
    {"LTC"_L1, "Litecoin"_L1, "LTC"_L1, "Litecoin"_L1, true, "\xc5\x81", 40, "0.00000001"_L1, 8, 60, 1440,
        "LITECOIN"_L1, "Litecoin"_L1, 6, "https://live.blockcypher.com/ltc/address/{address}"_L1,
        "https://live.blockcypher.com/ltc/tx/{txid}"_L1, "0.01"_L1, "1000"_L1, "64.53"_L1, "0.001"_L1,
        AddressKind::Litecoin},
    {"TRX"_L1, "Tron"_L1, "TRX"_L1, "Tron"_L1, true, "TRX", 50, "0.000001"_L1, 6, 60, 1440, "TRON"_L1, "Tron"_L1, 20,
        "https://tronscan.org/#/address/{address}"_L1, "https://tronscan.org/#/transaction/{txid}"_L1, "10"_L1,
        "1000000"_L1, "0.0769"_L1, "1"_L1, AddressKind::Tron},
    {"USDT.ERC20"_L1, "Tether USD (ERC20)"_L1, "USDT"_L1, "Tether USD"_L1, true, "\xe2\x82\xae", 60, "0.000001"_L1, 6,
        60, 1440, "ETHEREUM"_L1, "Ethereum"_L1, 10, "https://etherscan.io/address/{address}"_L1,
        "https://etherscan.io/tx/{txid}"_L1, "20"_L1, "100000"_L1, "1"_L1, "5"_L1, AddressKind::Hex0x},
    {"USDT.TRC20"_L1, "Tether USD (TRC20)"_L1, "USDT"_L1, "Tether USD"_L1, true, "\xe2\x82\xae", 70, "0.000001"_L1, 6,
        60, 1440, "TRON"_L1, "Tron"_L1, 20, "https://tronscan.org/#/address/{address}"_L1,
        "https://tronscan.org/#/transaction/{txid}"_L1, "5"_L1, "100000"_L1, "1"_L1, "1"_L1, AddressKind::Tron},
}};

} // namespace

Decimal BucksbusAsset::price() const
{
    return parse(usdPrice);
}

Decimal BucksbusAsset::fee() const
{
    return parse(withdrawFee);
}

Decimal BucksbusAsset::minimumWithdrawal() const
{
    return parse(minWithdrawal);
}

Decimal BucksbusAsset::maximumWithdrawal() const
{
    return parse(maxWithdrawal);
}

Decimal BucksbusAsset::minimumSize() const
{
    return parse(minSize);
}

std::span<const BucksbusAsset> assets()
{
    return kAssets;
}

std::optional<quint8> assetIndex(QStringView id)
{
    for (size_t i = 0; i < kAssets.size(); ++i) {
        if (id == kAssets[i].id)
            return static_cast<quint8>(i);
    }
    return std::nullopt;
}

const BucksbusAsset& asset(quint8 index)
{
    return kAssets[index];
}

} // namespace paydesk::sandbox::bucksbus
