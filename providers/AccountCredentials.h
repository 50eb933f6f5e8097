#pragma once

#include <QByteArray>

namespace paydesk {

// An account's secrets, read from the SecretStore just before a provider is built and wiped with it. Which fields a
// gateway uses: see SecretKind in core/domain/Account.h.
struct AccountCredentials
{
    QByteArray apiKey{};
    QByteArray apiSecret{};
    QByteArray webhookSecret{};
    QByteArray payoutKey{};

    void wipe()
    {
        apiKey.fill('\0');
        apiSecret.fill('\0');
        webhookSecret.fill('\0');
        payoutKey.fill('\0');
    }
};

} // namespace paydesk
