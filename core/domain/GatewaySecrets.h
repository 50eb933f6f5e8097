#pragma once

#include "core/domain/Account.h"
#include "core/domain/Gateway.h"

#include <QList>
#include <QString>

namespace paydesk {

// One secret a gateway account uses, stored in the SecretStore under secretKey(account id, kind).
struct GatewaySecret
{
    SecretKind kind = SecretKind::ApiKey;
    bool required = false; // an account cannot work without it; the others enable optional features

    friend bool operator==(const GatewaySecret&, const GatewaySecret&) = default;
};

// The secrets an account of this gateway takes, required ones first, in the order a form asks for them:
//   Crypto.com Pay      secret key (required), webhook signature secret
//   CryptoProcessing    API key, API secret (both required)
//   Gateway v10.2       API key, API secret (required), webhook secret
//   Cryptomus           payment API key (required), payout API key
QList<GatewaySecret> gatewaySecrets(Gateway gateway);
// What the gateway's dashboard calls this secret, for form labels and prompts ("Payment API key"); brand terms
// follow each gateway's documentation. Empty for a kind the gateway does not use.
QString secretDisplayName(Gateway gateway, SecretKind kind);
// Stable id of a secret kind ("api_key", "api_secret", "webhook_secret", "payout_key"), as in secretKey().
QString secretKindId(SecretKind kind);

} // namespace paydesk
