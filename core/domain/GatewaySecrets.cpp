#include "core/domain/GatewaySecrets.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

QList<GatewaySecret> gatewaySecrets(Gateway gateway)
{
    switch (gateway) {
    case Gateway::CryptoCom:
        return {{SecretKind::ApiKey, true}, {SecretKind::WebhookSecret, false}};
    case Gateway::CryptoProcessing:
        return {{SecretKind::ApiKey, true}, {SecretKind::ApiSecret, true}};
    case Gateway::BucksBus:
        return {{SecretKind::ApiKey, true}, {SecretKind::ApiSecret, true}, {SecretKind::WebhookSecret, false}};
    case Gateway::Cryptomus:
        return {{SecretKind::ApiKey, true}, {SecretKind::PayoutKey, false}};
    }
    return {};
}

QString secretDisplayName(Gateway gateway, SecretKind kind)
{
    switch (gateway) {
    case Gateway::CryptoCom:
        if (kind == SecretKind::ApiKey)
            return QCoreApplication::translate("GatewaySecrets", "Secret key");
        if (kind == SecretKind::WebhookSecret)
            return QCoreApplication::translate("GatewaySecrets", "Webhook signature secret");
        break;
    case Gateway::CryptoProcessing:
        if (kind == SecretKind::ApiKey)
            return QCoreApplication::translate("GatewaySecrets", "API key");
        if (kind == SecretKind::ApiSecret)
            return QCoreApplication::translate("GatewaySecrets", "API secret");
        break;
    case Gateway::BucksBus:
        if (kind == SecretKind::ApiKey)
            return QCoreApplication::translate("GatewaySecrets", "API key");
        if (kind == SecretKind::ApiSecret)
            return QCoreApplication::translate("GatewaySecrets", "API secret");
        if (kind == SecretKind::WebhookSecret)
            return QCoreApplication::translate("GatewaySecrets", "Webhook secret");
        break;
    case Gateway::Cryptomus:
        if (kind == SecretKind::ApiKey)
            return QCoreApplication::translate("GatewaySecrets", "Payment API key");
        if (kind == SecretKind::PayoutKey)
            return QCoreApplication::translate("GatewaySecrets", "Payout API key");
        break;
    }
    return {};
}

QString secretKindId(SecretKind kind)
{
    switch (kind) {
    case SecretKind::ApiKey:
        return u"api_key"_s;
    case SecretKind::ApiSecret:
        return u"api_secret"_s;
    case SecretKind::WebhookSecret:
        return u"webhook_secret"_s;
    case SecretKind::PayoutKey:
        return u"payout_key"_s;
    }
    return {};
}

} // namespace paydesk
