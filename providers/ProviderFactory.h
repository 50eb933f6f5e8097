#pragma once

#include "core/domain/Account.h"
#include "providers/AccountCredentials.h"

#include <memory>

class QObject;

namespace paydesk {

class HttpClient;
class Provider;

// The one place that knows which Provider class serves which gateway.
std::unique_ptr<Provider> createProvider(
    const Account& account, AccountCredentials credentials, HttpClient* http, QObject* parent = nullptr);

} // namespace paydesk
