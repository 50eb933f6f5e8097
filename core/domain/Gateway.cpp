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
};

constexpr std::array kGateways{
    GatewayInfo{Gateway::CryptoCom, u"cryptocom", u"Crypto.com Pay"},
    GatewayInfo{Gateway::CryptoProcessing, u"cryptoprocessing", u"CryptoProcessing"},
    GatewayInfo{Gateway::BucksBus, u"bucksbus", u"Gateway v10.2 (BucksBus)"},
    GatewayInfo{Gateway::Cryptomus, u"cryptomus", u"Cryptomus"},
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

} // namespace paydesk
