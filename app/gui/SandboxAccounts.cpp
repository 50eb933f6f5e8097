#include "app/gui/SandboxAccounts.h"

#include "sandbox/GatewaySimulator.h"
#include "sandbox/SandboxServer.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

// The demo credentials each simulator prints, by name, and where they go in an account.
std::optional<SecretKind> secretKindOf(Gateway gateway, const QString& name)
{
    switch (gateway) {
    case Gateway::CryptoCom:
        if (name == u"secret key")
            return SecretKind::ApiKey;
        if (name == u"webhook signature secret")
            return SecretKind::WebhookSecret;
        break;
    case Gateway::CryptoProcessing:
        if (name.startsWith(u"API key"))
            return SecretKind::ApiKey;
        if (name.startsWith(u"API secret"))
            return SecretKind::ApiSecret;
        break;
    case Gateway::BucksBus:
        if (name.startsWith(u"API key"))
            return SecretKind::ApiKey;
        if (name.startsWith(u"API secret"))
            return SecretKind::ApiSecret;
        if (name.startsWith(u"webhook secret"))
            return SecretKind::WebhookSecret;
        break;
    case Gateway::Cryptomus:
        if (name == u"payment key")
            return SecretKind::ApiKey;
        if (name == u"payout key")
            return SecretKind::PayoutKey;
        break;
    }
    return std::nullopt;
}

} // namespace

QList<SandboxAccount> sandboxAccounts(const sandbox::SandboxServer& server)
{
    QList<SandboxAccount> accounts;
    for (const Gateway gateway :
        {Gateway::CryptoCom, Gateway::CryptoProcessing, Gateway::BucksBus, Gateway::Cryptomus}) {
        const auto* simulator = server.gateway(gatewayId(gateway));
        if (!simulator)
            continue;
        SandboxAccount demo;
        demo.account = {.id = QUuid::createUuid().toString(QUuid::WithoutBraces),
            .name = u"Sandbox %1"_s.arg(gatewayDisplayName(gateway)),
            .gateway = gateway,
            .baseUrl = QUrl(server.baseUrl().toString() + simulator->accountBasePath()),
            .merchantId = {},
            .liveMode = false,
            .created = QDateTime::currentDateTimeUtc()};
        for (const auto& credential : simulator->demoCredentials()) {
            if (gateway == Gateway::Cryptomus && credential.name == u"merchant")
                demo.account.merchantId = credential.value;
            else if (const auto kind = secretKindOf(gateway, credential.name);
                     kind && !credential.value.startsWith(u'('))
                demo.secrets.insert(*kind, credential.value.toUtf8());
        }
        accounts.append(demo);
    }
    return accounts;
}

} // namespace paydesk
