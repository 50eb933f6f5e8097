#include "sandbox/DefaultGateways.h"

namespace paydesk::sandbox {

QList<SandboxServer::GatewayFactory> defaultGatewayFactories()
{
    QList<SandboxServer::GatewayFactory> factories;
#ifdef PAYDESK_SANDBOX_HAS_CRYPTOCOM
    factories.append(&createCryptocomSimulator);
#endif
#ifdef PAYDESK_SANDBOX_HAS_CRYPTOPROCESSING
    factories.append(&createCryptoprocessingSimulator);
#endif
#ifdef PAYDESK_SANDBOX_HAS_BUCKSBUS
    factories.append(&createBucksbusSimulator);
#endif
#ifdef PAYDESK_SANDBOX_HAS_CRYPTOMUS
    factories.append(&createCryptomusSimulator);
#endif
    return factories;
}

} // namespace paydesk::sandbox
