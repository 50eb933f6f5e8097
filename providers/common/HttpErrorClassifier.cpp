#include "providers/common/HttpErrorClassifier.h"

#include <QCoreApplication>

namespace paydesk {

std::optional<ProviderError> HttpErrorClassifier::transportError(const HttpResult& result, bool creatingCall)
{
    using Kind = ProviderError::Kind;
    using Outcome = HttpResult::Outcome;
    ProviderError error;
    error.httpStatus = result.status;
    switch (result.outcome) {
    case Outcome::Completed:
        return std::nullopt;
    case Outcome::Refused:
        error.kind = Kind::Refused;
        error.message = result.errorString.isEmpty()
            ? QCoreApplication::translate("ProviderError", "The request was not sent.")
            : result.errorString;
        return error;
    case Outcome::Network:
        error.kind = Kind::Network;
        error.outcomeUnknown = creatingCall;
        error.message = result.errorString.isEmpty()
            ? QCoreApplication::translate("ProviderError", "The connection failed before a whole reply arrived.")
            : result.errorString;
        return error;
    case Outcome::Timeout:
        error.kind = Kind::Timeout;
        error.outcomeUnknown = creatingCall;
        error.message = QCoreApplication::translate("ProviderError", "The gateway did not answer in time.");
        return error;
    case Outcome::Tls:
        error.kind = Kind::Tls;
        error.message = result.errorString.isEmpty()
            ? QCoreApplication::translate("ProviderError", "The secure connection could not be established.")
            : result.errorString;
        return error;
    case Outcome::Truncated:
        error.kind = Kind::Parse;
        error.outcomeUnknown = true;
        error.message = QCoreApplication::translate("ProviderError", "The reply was cut short.");
        return error;
    case Outcome::TooLarge:
        error.kind = Kind::Parse;
        error.outcomeUnknown = creatingCall;
        error.message = QCoreApplication::translate("ProviderError", "The reply was larger than allowed.");
        return error;
    case Outcome::Cancelled:
        error.kind = Kind::Network;
        error.outcomeUnknown = creatingCall;
        error.message = QCoreApplication::translate("ProviderError", "The request was cancelled.");
        return error;
    }
    error.kind = Kind::Network;
    error.outcomeUnknown = creatingCall;
    return error;
}

ProviderError HttpErrorClassifier::statusError(const HttpResult& result, bool creatingCall)
{
    using Kind = ProviderError::Kind;
    ProviderError error;
    error.httpStatus = result.status;
    const int status = result.status;
    if (status == 401 || status == 403)
        error.kind = Kind::Auth;
    else if (status == 404)
        error.kind = Kind::NotFound;
    else if (status == 409)
        error.kind = Kind::Conflict;
    else if (status == 429)
        error.kind = Kind::RateLimited;
    else if (status >= 400 && status < 500)
        error.kind = Kind::Validation;
    else if (status >= 500 && status < 600)
        error.kind = Kind::Server;
    else
        error.kind = Kind::Parse;
    error.outcomeUnknown = error.kind == Kind::Server && creatingCall;
    error.message = QCoreApplication::translate("ProviderError", "HTTP %1").arg(status);
    return error;
}

} // namespace paydesk
