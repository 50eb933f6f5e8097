#pragma once

#include "core/ProviderError.h"
#include "providers/http/HttpResult.h"

#include <QCoreApplication>

#include <optional>

namespace paydesk {

// The part of error classification every gateway shares: what HttpResult::outcome says before any body is read, and
// the HTTP status alone. Each gateway's errorFrom() starts here and refines with its own error body.
class TransportError final
{
    Q_DECLARE_TR_FUNCTIONS(TransportError)

public:
    // For an outcome other than Completed: Refused → Refused; Network → Network; Timeout → Timeout; Tls → Tls;
    // Truncated / TooLarge → Parse; Cancelled → Network. `creatingCall`: whether the request creates something
    // (invoice, refund, address, withdrawal); then outcomeUnknown is set wherever the gateway may have acted (not for
    // a refused connection, an unknown host, TLS or a local refusal). A truncated reply always has outcomeUnknown:
    // the gateway received the request and began to answer. std::nullopt for a completed response.
    static std::optional<ProviderError> fromOutcome(const HttpResult& result, bool creatingCall);

    // The kind an HTTP status alone implies: 400/422 Validation, 401/403 Auth, 404 NotFound, 409 Conflict,
    // 429 RateLimited, 5xx Server (outcomeUnknown for creating calls), anything else unexpected → Parse.
    static ProviderError fromStatus(int httpStatus, bool creatingCall);

    // The last step of every errorFrom(): when no body gave a message (or only a blank one), "<gateway> answered
    // with HTTP <status>" (with the gateway's code in parentheses when there is one).
    static void describeStatus(ProviderError& error, const QString& gatewayName);
};

} // namespace paydesk
