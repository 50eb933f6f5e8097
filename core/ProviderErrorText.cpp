#include "core/ProviderErrorText.h"

#include <QStringList>

namespace paydesk {

QString ProviderErrorText::summary(const ProviderError& error, const QString& accountName)
{
    // An interrupted creating call: GatewayOperations has already said what happened and what to do.
    if (error.outcomeUnknown && !error.message.isEmpty())
        return error.message;
    const QString account = accountName.isEmpty() ? tr("this account") : tr("account “%1”").arg(accountName);
    switch (error.kind) {
    case ProviderError::Kind::Network:
        return tr("Could not reach the gateway of %1. Check the internet connection and try again.").arg(account);
    case ProviderError::Kind::Timeout:
        return tr("The gateway of %1 did not answer in time. Try again later.").arg(account);
    case ProviderError::Kind::Tls:
        return tr("The secure connection to the gateway of %1 failed; nothing was sent. Check the system clock and "
                  "any proxy that intercepts HTTPS.")
            .arg(account);
    case ProviderError::Kind::Auth:
        return tr("The gateway rejected the API key of %1. Check the key and secret in Accounts.").arg(account);
    case ProviderError::Kind::RateLimited:
        return tr("The gateway of %1 asks Paydesk to slow down. Try again in a minute.").arg(account);
    case ProviderError::Kind::Validation:
        if (error.httpStatus == 0) // checked here before sending
            return error.field.isEmpty() ? tr("Not sent: %1").arg(error.message)
                                         : tr("Not sent: check “%1”: %2").arg(error.field, error.message);
        if (!error.field.isEmpty())
            return tr("The gateway of %1 refused the value of “%2”: %3")
                .arg(account, error.field, error.message.isEmpty() ? tr("no reason given") : error.message);
        return tr("The gateway of %1 refused the request: %2")
            .arg(account, error.message.isEmpty() ? tr("no reason given") : error.message);
    case ProviderError::Kind::NotFound:
        return tr("The gateway of %1 does not know this object.").arg(account);
    case ProviderError::Kind::Conflict:
        return error.message.isEmpty()
            ? tr("The gateway of %1 refused this in the object's current state.").arg(account)
            : error.message;
    case ProviderError::Kind::Server:
        return tr("The gateway of %1 had an internal error. Try again later.").arg(account);
    case ProviderError::Kind::Parse:
        return tr("The gateway of %1 sent a reply Paydesk cannot read; nothing was changed.").arg(account);
    case ProviderError::Kind::Unsupported:
    case ProviderError::Kind::Refused:
        return error.message;
    }
    return error.message;
}

QString ProviderErrorText::detail(const ProviderError& error)
{
    QStringList parts;
    if (error.httpStatus > 0)
        parts << tr("HTTP %1").arg(error.httpStatus);
    if (!error.providerCode.isEmpty())
        parts << error.providerCode;
    // The message is already the summary for these kinds; elsewhere it is the gateway's own words.
    const bool messageInSummary = error.outcomeUnknown || error.kind == ProviderError::Kind::Validation
        || error.kind == ProviderError::Kind::Conflict || error.kind == ProviderError::Kind::Unsupported
        || error.kind == ProviderError::Kind::Refused;
    if (!messageInSummary && !error.message.isEmpty())
        parts << error.message;
    return parts.join(u" · ");
}

QString ProviderErrorText::oneLine(const ProviderError& error, const QString& accountName)
{
    const QString more = detail(error);
    const QString text = summary(error, accountName);
    return more.isEmpty() ? text : tr("%1 (%2)").arg(text, more);
}

} // namespace paydesk
