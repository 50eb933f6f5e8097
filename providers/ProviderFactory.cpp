#include "providers/ProviderFactory.h"

#include "providers/bucksbus/BucksBusProvider.h"
#include "providers/cryptocom/CryptoComProvider.h"
#include "providers/cryptomus/CryptomusProvider.h"
#include "providers/cryptoprocessing/CryptoProcessingProvider.h"

namespace paydesk {

std::unique_ptr<Provider> createProvider(
    const Account& account, AccountCredentials credentials, HttpClient* http, QObject* parent)
{
    switch (account.gateway) {
    case Gateway::CryptoCom:
        return std::make_unique<CryptoComProvider>(account, std::move(credentials), http, parent);
    case Gateway::Cryptomus:
        return std::make_unique<CryptomusProvider>(account, std::move(credentials), http, parent);
    case Gateway::CryptoProcessing:
        return std::make_unique<CryptoProcessingProvider>(account, std::move(credentials), http, parent);
    case Gateway::BucksBus:
        return std::make_unique<BucksBusProvider>(account, std::move(credentials), http, parent);
    }
    credentials.wipe();
    return nullptr;
}

} // namespace paydesk
