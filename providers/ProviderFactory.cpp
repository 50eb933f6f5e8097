#include "providers/ProviderFactory.h"

#include "providers/cryptocom/CryptoComProvider.h"

namespace paydesk {

std::unique_ptr<Provider> createProvider(
    const Account& account, AccountCredentials credentials, HttpClient* http, QObject* parent)
{
    switch (account.gateway) {
    case Gateway::CryptoCom:
        return std::make_unique<CryptoComProvider>(account, std::move(credentials), http, parent);
    case Gateway::CryptoProcessing:
    case Gateway::BucksBus:
    case Gateway::Cryptomus:
        break;
    }
    credentials.wipe();
    return nullptr;
}

} // namespace paydesk
