#pragma once

#include "core/domain/Account.h"
#include "ui/GatewayActions.h"

#include <QList>

namespace paydesk {

namespace sandbox {
class SandboxServer;
}

// The four demo accounts of a running sandbox ("Try the sandbox", `paydesk --sandbox`): one per gateway, its base URL
// on the sandbox and the secrets it prints, mapped to the SecretKind each gateway uses.
struct SandboxAccount
{
    Account account;
    GatewayActions::Secrets secrets;
};

QList<SandboxAccount> sandboxAccounts(const sandbox::SandboxServer& server);

} // namespace paydesk
