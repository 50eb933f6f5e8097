#pragma once

#include "core/journal/JournalEntry.h"

#include <QByteArray>
#include <QString>

namespace paydesk {

// What a provider is about to create, written to the journal before the request is sent.
struct JournalIntent
{
    QString accountId;
    JournalKind kind = JournalKind::Invoice;
    // Client-generated and stable across retries: the order id / foreign id the gateway will also see, so the
    // object can be looked up by it after an interruption.
    QString idempotencyKey;
    // Compact JSON summary of the request (amount, currency, order id...). Never keys, secrets or signatures:
    // Journal::begin() refuses a summary with a secret-looking field name.
    QByteArray requestJson;
};

} // namespace paydesk
