#pragma once

#include <QString>

namespace paydesk {

// The verdict on one webhook. Only Valid may be acted on.
struct WebhookVerification
{
    enum class Status {
        Valid,
        Unsigned, // the gateway sent no signature and none is configured (v10.2 without a webhook secret)
        Invalid, // signature missing or wrong, or the wrong key
        Expired, // signed, but the timestamp is outside the tolerance (replay protection)
        Malformed, // header or body cannot be read as the scheme requires
    };

    Status status = Status::Invalid;
    QString detail; // plain words, translated; never contains a secret

    bool isValid() const { return status == Status::Valid; }
};

} // namespace paydesk
