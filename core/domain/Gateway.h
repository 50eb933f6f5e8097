#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace paydesk {

// The four gateways Paydesk speaks to. The string ids are stable: they are stored in the ledger and settings,
// used on the command line (--provider) and in exports.
enum class Gateway {
    CryptoCom, // "cryptocom"         Crypto.com Pay
    CryptoProcessing, // "cryptoprocessing"  CryptoProcessing by CoinsPaid
    BucksBus, // "bucksbus"          white-label Gateway v10.2
    Cryptomus, // "cryptomus"
};

QString gatewayId(Gateway gateway);
std::optional<Gateway> gatewayFromId(QStringView id);
// Brand name for display ("Crypto.com Pay"); brand names are not translated.
QString gatewayDisplayName(Gateway gateway);
// The production API root an account uses unless told otherwise; invalid for the white-label v10.2, whose base URL
// is per deployment ("https://api.<service>/int") and must be given.
QUrl gatewayProductionUrl(Gateway gateway);

} // namespace paydesk
