#pragma once

#include <QByteArray>
#include <QString>

namespace paydesk {

// One error type for everything a gateway call can end in (STYLE.md c.6). Providers and models return it; only ui/
// and the CLI turn it into words (ProviderErrorText), with the gateway's own message kept as detail.
struct ProviderError
{
    enum class Kind {
        Network, // no connection, reset, DNS
        Timeout, // no answer within the transfer timeout
        Tls, // certificate or handshake failure
        Auth, // key rejected (401 / 403 / bad signature)
        RateLimited, // 429
        Validation, // the gateway refused the request's content (400 / 422); `field` names the field when known
        NotFound, // 404 / unknown id
        Conflict, // the object is in a state that forbids this (cancel a paid invoice; duplicate order id)
        Server, // 5xx
        Parse, // a reply that is not what the spec says (malformed JSON, missing fields, truncated body)
        Unsupported, // the gateway has no API for this (see GatewayCapabilities)
        Refused, // not sent: local policy (plain http to a public host, missing credentials)
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString providerCode; // the gateway's error code ("ERR_AMOUNT", "bad_header_signature", "invalid_request_error")
    QString field; // the offending field, when the gateway names one
    QString message; // the gateway's own message (plain text, never a secret), or ours
    bool outcomeUnknown = false; // a creating call may have been carried out despite the error (timeout, 5xx, reset)

    // Not sent: local policy or a missing credential.
    static ProviderError refused(const QString& message)
    {
        ProviderError error;
        error.kind = Kind::Refused;
        error.message = message;
        return error;
    }
    // The request's content breaks a rule checked before sending; `field` names the draft member.
    static ProviderError validation(const QString& field, const QString& message)
    {
        ProviderError error;
        error.kind = Kind::Validation;
        error.field = field;
        error.message = message;
        return error;
    }

    // Worth trying again later without changing anything.
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::RateLimited || kind == Kind::Server;
    }
};

} // namespace paydesk
