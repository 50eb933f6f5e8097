#include "providers/StatusMapping.h"

#include <array>

namespace paydesk {
namespace {

using P = PaymentStatus;
using T = TransferStatus;
using A = AddressStatus;

// Crypto.com Pay: payment.status is pending | succeeded | cancelled; refund.status pending | succeeded (the
// retrieve example also shows "prepared").
constexpr std::array<StatusRow<P>, 3> kCryptoComPayments{{
    {u"pending", P::Pending},
    {u"succeeded", P::Paid},
    {u"cancelled", P::Cancelled},
}};
constexpr std::array<StatusRow<T>, 4> kCryptoComTransfers{{
    {u"prepared", T::Pending},
    {u"pending", T::Pending},
    {u"succeeded", T::Succeeded},
    {u"failed", T::Failed},
}};

// CryptoProcessing: payment requests created → processing → paid | failed | expired; transactions (withdrawals,
// deposits, transactions/info) confirmed | not_confirmed | cancelled | pending. The withdrawal/crypto reply says
// "processing" (the vendor's example in coinspaid/docs api-reference.md; the sandbox too) before transactions/info
// and the callbacks take over.
constexpr std::array<StatusRow<P>, 5> kCryptoProcessingPayments{{
    {u"created", P::Pending},
    {u"processing", P::Processing},
    {u"paid", P::Paid},
    {u"failed", P::Failed},
    {u"expired", P::Expired},
}};
constexpr std::array<StatusRow<T>, 5> kCryptoProcessingTransfers{{
    {u"pending", T::Pending},
    {u"processing", T::Processing},
    {u"not_confirmed", T::Processing},
    {u"confirmed", T::Succeeded},
    {u"cancelled", T::Cancelled},
}};

// Gateway v10.2: OPEN (in process) | COMPLETE | CANCEL | CLOSING for payments, withdrawals and transfers;
// dedicate addresses OPEN | COMPLETE (released).
constexpr std::array<StatusRow<P>, 4> kBucksBusPayments{{
    {u"OPEN", P::Pending},
    {u"CLOSING", P::Processing},
    {u"COMPLETE", P::Paid},
    {u"CANCEL", P::Cancelled},
}};
constexpr std::array<StatusRow<T>, 4> kBucksBusTransfers{{
    {u"OPEN", T::Processing},
    {u"CLOSING", T::Processing},
    {u"COMPLETE", T::Succeeded},
    {u"CANCEL", T::Cancelled},
}};
constexpr std::array<StatusRow<A>, 2> kBucksBusAddresses{{
    {u"OPEN", A::Active},
    {u"COMPLETE", A::Released},
}};

// Cryptomus invoices (API-NOTES.md); payouts process | check | paid | fail | cancel | system_fail; static wallets
// active | blocked | in_active.
constexpr std::array<StatusRow<P>, 14> kCryptomusPayments{{
    {u"check", P::Pending},
    {u"process", P::Processing},
    {u"confirm_check", P::Processing},
    {u"wrong_amount_waiting", P::Underpaid}, // paid less, can still be topped up
    {u"paid", P::Paid},
    {u"paid_over", P::Overpaid},
    {u"wrong_amount", P::Underpaid}, // paid less and final
    {u"fail", P::Failed},
    {u"cancel", P::Cancelled},
    {u"system_fail", P::Failed},
    {u"refund_process", P::Refunding},
    {u"refund_fail", P::Paid}, // the refund failed: the merchant still holds the money
    {u"refund_paid", P::Refunded},
    {u"locked", P::Locked},
}};
constexpr std::array<StatusRow<T>, 6> kCryptomusTransfers{{
    {u"check", T::Pending},
    {u"process", T::Processing},
    {u"paid", T::Succeeded},
    {u"fail", T::Failed},
    {u"system_fail", T::Failed},
    {u"cancel", T::Cancelled},
}};
constexpr std::array<StatusRow<A>, 3> kCryptomusAddresses{{
    {u"active", A::Active},
    {u"blocked", A::Released},
    {u"in_active", A::Released},
}};

template<typename Unified>
Unified lookup(std::span<const StatusRow<Unified>> table, QStringView raw)
{
    for (const auto& row : table) {
        if (row.raw.compare(raw, Qt::CaseInsensitive) == 0)
            return row.unified;
    }
    return Unified::Unknown;
}

} // namespace

std::span<const StatusRow<PaymentStatus>> paymentStatusTable(Gateway gateway)
{
    switch (gateway) {
    case Gateway::CryptoCom:
        return kCryptoComPayments;
    case Gateway::CryptoProcessing:
        return kCryptoProcessingPayments;
    case Gateway::BucksBus:
        return kBucksBusPayments;
    case Gateway::Cryptomus:
        return kCryptomusPayments;
    }
    return {};
}

std::span<const StatusRow<TransferStatus>> transferStatusTable(Gateway gateway)
{
    switch (gateway) {
    case Gateway::CryptoCom:
        return kCryptoComTransfers;
    case Gateway::CryptoProcessing:
        return kCryptoProcessingTransfers;
    case Gateway::BucksBus:
        return kBucksBusTransfers;
    case Gateway::Cryptomus:
        return kCryptomusTransfers;
    }
    return {};
}

std::span<const StatusRow<AddressStatus>> addressStatusTable(Gateway gateway)
{
    switch (gateway) {
    case Gateway::CryptoCom:
    case Gateway::CryptoProcessing: // addresses/take gives permanent addresses with no status
        return {};
    case Gateway::BucksBus:
        return kBucksBusAddresses;
    case Gateway::Cryptomus:
        return kCryptomusAddresses;
    }
    return {};
}

PaymentStatus mapPaymentStatus(Gateway gateway, QStringView raw)
{
    return lookup(paymentStatusTable(gateway), raw);
}

TransferStatus mapTransferStatus(Gateway gateway, QStringView raw)
{
    return lookup(transferStatusTable(gateway), raw);
}

AddressStatus mapAddressStatus(Gateway gateway, QStringView raw)
{
    return lookup(addressStatusTable(gateway), raw);
}

} // namespace paydesk
