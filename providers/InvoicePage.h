#pragma once

#include "core/domain/Payment.h"
#include "core/domain/Refund.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace paydesk {

// What to list: a created-time window (v10.2 needs one; Cryptomus takes one) and a page cursor from the previous page.
// Withdrawals are listed with the same request (Provider::listWithdrawals).
struct InvoiceListRequest
{
    QDateTime from{}; // UTC, inclusive; invalid = the gateway's default
    QDateTime to{}; // UTC, exclusive
    QString cursor{}; // opaque: empty for the first page
    int pageSize = 0; // invoices per page, where the gateway takes a size (Crypto.com `limit`); 0: the provider's own
};

// One page of invoices, newest first where the gateway orders them. An empty nextCursor means the last page.
struct InvoicePage
{
    QList<Payment> payments{};
    // Refunds the listed invoices show (Cryptomus: a payment in a refund_* status carries its one refund), so that
    // refunds made outside Paydesk reach the ledger too.
    QList<Refund> refunds{};
    QString nextCursor{};
};

} // namespace paydesk
