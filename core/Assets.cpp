#include "core/Assets.h"

#include <array>

namespace paydesk {

namespace {

struct AssetRow
{
    const char16_t* code;
    int precision;
    bool fiat;
};

// Fiat: ISO 4217 minor units. Crypto: the asset's native decimals on its main chain (tokens such as USDT/USDC use
// 6, their TRC-20/ERC-20 decimals; the same token on another chain may have more, which the gateways round).
constexpr std::array kAssets = {
    // Fiat currencies the gateways accept or settle in.
    AssetRow{u"USD", 2, true},
    AssetRow{u"EUR", 2, true},
    AssetRow{u"GBP", 2, true},
    AssetRow{u"AUD", 2, true},
    AssetRow{u"CAD", 2, true},
    AssetRow{u"CHF", 2, true},
    AssetRow{u"JPY", 0, true},
    AssetRow{u"KRW", 0, true},
    AssetRow{u"RUB", 2, true},
    AssetRow{u"UAH", 2, true},
    AssetRow{u"BRL", 2, true},
    AssetRow{u"TRY", 2, true},
    AssetRow{u"INR", 2, true},
    AssetRow{u"SGD", 2, true},
    AssetRow{u"HKD", 2, true},
    AssetRow{u"PLN", 2, true},
    AssetRow{u"CZK", 2, true},
    AssetRow{u"NZD", 2, true},
    AssetRow{u"SEK", 2, true},
    AssetRow{u"NOK", 2, true},
    AssetRow{u"DKK", 2, true},
    AssetRow{u"HUF", 2, true},
    AssetRow{u"RON", 2, true},
    AssetRow{u"BGN", 2, true},
    AssetRow{u"CNY", 2, true},
    AssetRow{u"TWD", 2, true},
    AssetRow{u"MXN", 2, true},
    AssetRow{u"ARS", 2, true},
    AssetRow{u"CLP", 0, true},
    AssetRow{u"COP", 2, true},
    AssetRow{u"ZAR", 2, true},
    AssetRow{u"NGN", 2, true},
    AssetRow{u"ILS", 2, true},
    AssetRow{u"AED", 2, true},
    AssetRow{u"SAR", 2, true},
    AssetRow{u"KWD", 3, true},
    AssetRow{u"BHD", 3, true},
    AssetRow{u"THB", 2, true},
    AssetRow{u"IDR", 2, true},
    AssetRow{u"PHP", 2, true},
    AssetRow{u"MYR", 2, true},
    AssetRow{u"VND", 0, true},
    AssetRow{u"KZT", 2, true},
    AssetRow{u"GEL", 2, true},
    // Crypto assets.
    AssetRow{u"BTC", 8, false},
    AssetRow{u"ETH", 18, false},
    AssetRow{u"LTC", 8, false},
    AssetRow{u"BCH", 8, false},
    AssetRow{u"DOGE", 8, false},
    AssetRow{u"DASH", 8, false},
    AssetRow{u"ZEC", 8, false},
    AssetRow{u"XRP", 6, false},
    AssetRow{u"TRX", 6, false},
    AssetRow{u"USDT", 6, false},
    AssetRow{u"USDC", 6, false},
    AssetRow{u"PYUSD", 6, false},
    AssetRow{u"DAI", 18, false},
    AssetRow{u"TUSD", 18, false},
    AssetRow{u"BUSD", 18, false},
    AssetRow{u"CRO", 18, false},
    AssetRow{u"BNB", 18, false},
    AssetRow{u"SOL", 9, false},
    AssetRow{u"TON", 9, false},
    AssetRow{u"NOT", 9, false},
    AssetRow{u"MATIC", 18, false},
    AssetRow{u"POL", 18, false},
    AssetRow{u"XMR", 12, false},
    AssetRow{u"ETC", 18, false},
    AssetRow{u"AVAX", 18, false},
    AssetRow{u"SHIB", 18, false},
    AssetRow{u"LINK", 18, false},
    AssetRow{u"ARB", 18, false},
    AssetRow{u"OP", 18, false},
    AssetRow{u"ADA", 6, false},
    AssetRow{u"DOT", 10, false},
    AssetRow{u"XLM", 7, false},
    AssetRow{u"ATOM", 6, false},
    AssetRow{u"ALGO", 6, false},
    AssetRow{u"WBTC", 8, false},
};

const AssetRow* findRow(QStringView code)
{
    for (const AssetRow& row : kAssets) {
        if (code.compare(QStringView(row.code), Qt::CaseInsensitive) == 0)
            return &row;
    }
    return nullptr;
}

AssetInfo toInfo(const AssetRow& row)
{
    return AssetInfo{QString::fromUtf16(row.code), row.precision, row.fiat};
}

} // namespace

std::optional<AssetInfo> findAsset(QStringView code)
{
    if (const AssetRow* row = findRow(code))
        return toInfo(*row);
    return std::nullopt;
}

int assetPrecision(QStringView code)
{
    const AssetRow* row = findRow(code);
    return row ? row->precision : kDefaultAssetPrecision;
}

bool isFiat(QStringView code)
{
    const AssetRow* row = findRow(code);
    return row && row->fiat;
}

std::optional<int> cryptoComMinorUnitExponent(QStringView code)
{
    if (const AssetRow* row = findRow(code))
        return row->precision;
    return std::nullopt;
}

QList<AssetInfo> knownAssets()
{
    QList<AssetInfo> assets;
    assets.reserve(static_cast<qsizetype>(kAssets.size()));
    for (const AssetRow& row : kAssets)
        assets.append(toInfo(row));
    return assets;
}

} // namespace paydesk
