#pragma once

#include "core/domain/Gateway.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace paydesk {

// A merchant's account on one gateway. Secrets are not here: they live in the SecretStore under
// secretKey(account, SecretKind), never in the ledger or settings.
struct Account
{
    QString id{}; // stable local id (UUID), used as the foreign key in the ledger
    QString name{}; // unique, merchant-chosen ("shop-eu"); what the CLI takes
    Gateway gateway = Gateway::CryptoCom;
    QUrl baseUrl{}; // API root; the gateway's production URL unless overridden (sandbox, white label)
    QString merchantId{}; // Cryptomus merchant UUID; empty elsewhere
    bool liveMode = false;
    QDateTime created{}; // UTC

    friend bool operator==(const Account&, const Account&) = default;
};

enum class SecretKind {
    ApiKey, // Crypto.com secret key, CryptoProcessing X-Processing-Key, v10.2 API key, Cryptomus payment key
    ApiSecret, // CryptoProcessing HMAC secret, v10.2 API secret
    WebhookSecret, // Crypto.com signature secret, v10.2 webhook secret
    PayoutKey, // Cryptomus payout key
};

// "<account id>/api_key" and so on: the name a secret has in the SecretStore.
QString secretKey(const QString& accountId, SecretKind kind);

} // namespace paydesk
