#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace paydesk {

// A currency or crypto asset the dashboard knows: its upper-case code, the number of decimal places used to show
// and settle it, and whether it is a fiat (ISO 4217) currency.
struct AssetInfo
{
    QString code;
    int precision = 0;
    bool fiat = false;

    friend bool operator==(const AssetInfo&, const AssetInfo&) = default;
};

// Precision assumed for codes not in the table (kept high enough not to hide crypto digits).
inline constexpr int kDefaultAssetPrecision = 8;

// Looks a code up case-insensitively ("usdt" finds USDT); std::nullopt for unknown codes.
std::optional<AssetInfo> findAsset(QStringView code);
// The asset's decimal places, or kDefaultAssetPrecision (8) for an unknown code.
int assetPrecision(QStringView code);
// True only for known fiat currencies; unknown codes are not fiat.
bool isFiat(QStringView code);
// Exponent of Crypto.com Pay's integer minor units for a currency (its precision: USD 2, JPY 0, CRO 18).
// std::nullopt for an unknown code: guessing would scale an amount by a power of ten.
std::optional<int> cryptoComMinorUnitExponent(QStringView code);
// Every known asset, fiat first, each group in table order.
QList<AssetInfo> knownAssets();

} // namespace paydesk
