#pragma once

#include "core/domain/Payment.h"

#include <QList>

#include <optional>

namespace paydesk {

// One reply of Crypto.com Pay's GET /payments (newest first). The paging parameters are not published: the spec
// shows a bare array; an object with "data" (or "items") and "has_more" is accepted too. The sync engine stops when a
// page brings nothing new or hasMore is false.
struct CryptoComPaymentPage
{
    QList<Payment> payments;
    std::optional<bool> hasMore; // only when the gateway says so
};

} // namespace paydesk
