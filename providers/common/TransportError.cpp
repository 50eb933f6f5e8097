#include "providers/common/TransportError.h"

namespace paydesk {

std::optional<ProviderError> TransportError::fromOutcome(const HttpResult& result, bool creatingCall)
{
    using Outcome = HttpResult::Outcome;
    using Kind = ProviderError::Kind;
    ProviderError error;
    error.httpStatus = result.status;
    switch (result.outcome) {
    case Outcome::Completed:
        return std::nullopt;
    case Outcome::Refused:
        error.kind = Kind::Refused;
        error.message = result.errorString.isEmpty() ? tr("The request was not sent.") : result.errorString;
        return error;
    case Outcome::Network: {
        error.kind = Kind::Network;
        error.message = result.errorString.isEmpty() ? tr("The connection to the gateway failed.") : result.errorString;
        // Nothing reached the gateway when the host is unknown or refused the connection.
        const bool neverSent = result.networkError == QNetworkReply::ConnectionRefusedError
            || result.networkError == QNetworkReply::HostNotFoundError;
        error.outcomeUnknown = creatingCall && !neverSent;
        return error;
    }
    case Outcome::Timeout:
        error.kind = Kind::Timeout;
        error.message = tr("The gateway did not answer in time.");
        error.outcomeUnknown = creatingCall;
        return error;
    case Outcome::Tls:
        error.kind = Kind::Tls;
        error.message
            = result.errorString.isEmpty() ? tr("The secure connection to the gateway failed.") : result.errorString;
        return error;
    case Outcome::Truncated:
        error.kind = Kind::Parse;
        error.message = tr("The gateway's reply was cut short.");
        error.outcomeUnknown = true;
        return error;
    case Outcome::TooLarge:
        error.kind = Kind::Parse;
        error.message = tr("The gateway's reply was larger than allowed and was not read.");
        error.outcomeUnknown = creatingCall;
        return error;
    case Outcome::Cancelled:
        error.kind = Kind::Network;
        error.message = tr("The request was cancelled.");
        error.outcomeUnknown = creatingCall;
        return error;
    }
    error.kind = Kind::Network;
    error.outcomeUnknown = creatingCall;
    return error;
}

ProviderError TransportError::fromStatus(int httpStatus, bool creatingCall)
{
    using Kind = ProviderError::Kind;
    ProviderError error;
    error.httpStatus = httpStatus;
    if (httpStatus == 400 || httpStatus == 422) {
        error.kind = Kind::Validation;
    } else if (httpStatus == 401 || httpStatus == 403) {
        error.kind = Kind::Auth;
    } else if (httpStatus == 404) {
        error.kind = Kind::NotFound;
    } else if (httpStatus == 409) {
        error.kind = Kind::Conflict;
    } else if (httpStatus == 429) {
        error.kind = Kind::RateLimited;
    } else if (httpStatus >= 500 && httpStatus <= 599) {
        error.kind = Kind::Server;
        error.outcomeUnknown = creatingCall;
    } else if (httpStatus >= 400 && httpStatus <= 499) {
        error.kind = Kind::Validation;
    } else {
        error.kind = Kind::Parse;
        error.message = tr("The gateway answered with an unexpected HTTP status %1.").arg(httpStatus);
    }
    return error;
}

void TransportError::describeStatus(ProviderError& error, const QString& gatewayName)
{
    // A gateway's own message that is empty or blank says nothing: ours replaces it.
    if (!error.message.trimmed().isEmpty())
        return;
    error.message = error.providerCode.isEmpty()
        ? tr("%1 answered with HTTP %2.").arg(gatewayName).arg(error.httpStatus)
        : tr("%1 answered with HTTP %2 (%3).").arg(gatewayName).arg(error.httpStatus).arg(error.providerCode);
}

} // namespace paydesk
