#pragma once

#include "providers/webhooks/WebhookMessage.h"
#include "providers/webhooks/WebhookVerification.h"

namespace paydesk {

// Checks a webhook's signature by its gateway's scheme, comparing in constant time.
class WebhookVerifier
{
public:
    virtual ~WebhookVerifier() = default;
    virtual WebhookVerification verify(const WebhookMessage& message) const = 0;

protected:
    WebhookVerifier() = default;
    WebhookVerifier(const WebhookVerifier&) = default;
    WebhookVerifier& operator=(const WebhookVerifier&) = default;
};

} // namespace paydesk
