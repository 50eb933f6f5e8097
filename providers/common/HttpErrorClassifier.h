#pragma once

#include "core/ProviderError.h"
#include "providers/http/HttpResult.h"

#include <optional>

namespace paydesk {

// The gateway-independent half of each mapper's errorFrom(): the transport outcome and the HTTP status class. The
// gateway mappers add their documented error bodies (code, field, message) on top.
class HttpErrorClassifier final
{
public:
    // An error for every outcome but Completed: Refused, Network, Timeout, Tls, Truncated (→ Parse, outcome
    // unknown), TooLarge (→ Parse), Cancelled (→ Network). Network, Timeout, TooLarge and Cancelled leave a creating
    // call's outcome unknown; std::nullopt for Completed.
    static std::optional<ProviderError> transportError(const HttpResult& result, bool creatingCall);
    // The kind and status for a completed reply: 401/403 Auth, 404 NotFound, 409 Conflict, 429 RateLimited,
    // 400/422 and other 4xx Validation, 5xx Server (outcome unknown for a creating call), anything else (a 2xx whose
    // body did not map, a 3xx) Parse. The message is a plain "HTTP <status>" until the gateway's body refines it.
    static ProviderError statusError(const HttpResult& result, bool creatingCall);
};

} // namespace paydesk
