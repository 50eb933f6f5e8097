#pragma once

#include "core/domain/Gateway.h"
#include "core/domain/PaymentStatus.h"

#include <QStringView>

#include <span>

namespace paydesk {

// The one place where each gateway's raw statuses meet the unified ones. Raw statuses not in a table map to
// Unknown and are kept verbatim beside it by the records. Mappers refine a few rows with fields the status alone does
// not carry (an OPEN v10.2 invoice with a partial ip_amount is Underpaid; a succeeded Crypto.com payment with
// amount_refunded is PartiallyRefunded): see each gateway's mapper.
template<typename Unified>
struct StatusRow
{
    QStringView raw;
    Unified unified;
};

std::span<const StatusRow<PaymentStatus>> paymentStatusTable(Gateway gateway);
std::span<const StatusRow<TransferStatus>> transferStatusTable(Gateway gateway);
std::span<const StatusRow<AddressStatus>> addressStatusTable(Gateway gateway);

// Lookups are case-insensitive (v10.2 says "COMPLETE", the others lower case).
PaymentStatus mapPaymentStatus(Gateway gateway, QStringView raw);
TransferStatus mapTransferStatus(Gateway gateway, QStringView raw);
AddressStatus mapAddressStatus(Gateway gateway, QStringView raw);

} // namespace paydesk
