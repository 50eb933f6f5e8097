#include "core/domain/Gateway.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

struct GatewayInfo
{
    Gateway gateway;
    QStringView id;
    QStringView displayName;
    QStringView productionUrl; // empty: per deployment
};

constexpr std::array kGateways{
    GatewayInfo{Gateway::CryptoCom, u"cryptocom", u"Crypto.com Pay", u"https://pay.crypto.com/api"},
    GatewayInfo{
        Gateway::CryptoProcessing, u"cryptoprocessing", u"CryptoProcessing", u"https://app.cryptoprocessing.com"},
    GatewayInfo{Gateway::BucksBus, u"bucksbus", u"Gateway v10.2 (BucksBus)", u""},
    GatewayInfo{Gateway::Cryptomus, u"cryptomus", u"Cryptomus", u"https://api.cryptomus.com"},
};

const GatewayInfo& info(Gateway gateway)
{
    return kGateways[static_cast<std::size_t>(gateway)];
}

} // namespace

QString gatewayId(Gateway gateway)
{
    return info(gateway).id.toString();
}

std::optional<Gateway> gatewayFromId(QStringView id)
{
    for (const auto& entry : kGateways) {
        if (entry.id == id)
            return entry.gateway;
    }
    return std::nullopt;
}

QString gatewayDisplayName(Gateway gateway)
{
    return info(gateway).displayName.toString();
}

QUrl gatewayProductionUrl(Gateway gateway)
{
    const QStringView url = info(gateway).productionUrl;
    return url.isEmpty() ? QUrl() : QUrl(url.toString());
}

} // namespace paydesk
