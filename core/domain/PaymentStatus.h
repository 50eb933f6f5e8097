#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace paydesk {

// Unified invoice status across the four gateways (ARCHITECTURE.md). Each record keeps the gateway's raw status
// next to this one; the mapping from raw statuses lives in providers/StatusMapping.
enum class PaymentStatus {
    Pending, // created, waiting for the payer
    Processing, // seen on chain, confirming
    Paid,
    Underpaid,
    Overpaid,
    Expired,
    Cancelled,
    Failed,
    Refunding,
    Refunded,
    PartiallyRefunded,
    Locked,
    Unknown,
};

// Refunds, withdrawals and payouts share one life cycle.
enum class TransferStatus {
    Pending,
    Processing,
    Succeeded,
    Failed,
    Cancelled,
    Unknown,
};

enum class AddressStatus {
    Active,
    Released, // released (v10.2) or blocked (Cryptomus); no longer credited to the merchant
    Unknown,
};

// Stable, locale-neutral ids ("pending", "partially_refunded"): stored in the ledger and written to exports.
QString paymentStatusId(PaymentStatus status);
std::optional<PaymentStatus> paymentStatusFromId(QStringView id);
QString transferStatusId(TransferStatus status);
std::optional<TransferStatus> transferStatusFromId(QStringView id);
QString addressStatusId(AddressStatus status);
std::optional<AddressStatus> addressStatusFromId(QStringView id);

// A final payment status can no longer change without a refund (sync stops refreshing such invoices).
bool isFinal(PaymentStatus status);
bool isFinal(TransferStatus status);

} // namespace paydesk
