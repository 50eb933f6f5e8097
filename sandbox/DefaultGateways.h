#pragma once

#include "sandbox/SandboxServer.h"

#include <QList>

namespace paydesk::sandbox {

// The gateway plug-in points. Each gateway lives in its own folder sandbox/<id>/ with a CMakeLists.txt that adds
// its sources to paydesk_sandbox and defines PAYDESK_SANDBOX_HAS_<ID>; the folder defines the matching factory
// below. sandbox/CMakeLists.txt picks a folder up as soon as its CMakeLists.txt exists, so adding a gateway edits
// no shared file (docs/sandbox.md, "Adding a gateway").
std::unique_ptr<GatewaySimulator> createCryptocomSimulator(const SandboxEnvironment& environment);
std::unique_ptr<GatewaySimulator> createCryptoprocessingSimulator(const SandboxEnvironment& environment);
std::unique_ptr<GatewaySimulator> createBucksbusSimulator(const SandboxEnvironment& environment);
std::unique_ptr<GatewaySimulator> createCryptomusSimulator(const SandboxEnvironment& environment);

// The factories of every gateway built in, in a fixed order (cryptocom, cryptoprocessing, bucksbus, cryptomus).
QList<SandboxServer::GatewayFactory> defaultGatewayFactories();

} // namespace paydesk::sandbox
