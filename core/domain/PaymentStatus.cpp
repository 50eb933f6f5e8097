#include "core/domain/PaymentStatus.h"

#include <array>
#include <utility>

namespace paydesk {
namespace {

template<typename Enum, std::size_t N>
QString idOf(const std::array<std::pair<Enum, QStringView>, N>& table, Enum value)
{
    for (const auto& [e, id] : table) {
        if (e == value)
            return id.toString();
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QStringView>, N>& table, QStringView id)
{
    for (const auto& [e, text] : table) {
        if (text == id)
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<PaymentStatus, QStringView>, 13> kPaymentStatusIds{{
    {PaymentStatus::Pending, u"pending"},
    {PaymentStatus::Processing, u"processing"},
    {PaymentStatus::Paid, u"paid"},
    {PaymentStatus::Underpaid, u"underpaid"},
    {PaymentStatus::Overpaid, u"overpaid"},
    {PaymentStatus::Expired, u"expired"},
    {PaymentStatus::Cancelled, u"cancelled"},
    {PaymentStatus::Failed, u"failed"},
    {PaymentStatus::Refunding, u"refunding"},
    {PaymentStatus::Refunded, u"refunded"},
    {PaymentStatus::PartiallyRefunded, u"partially_refunded"},
    {PaymentStatus::Locked, u"locked"},
    {PaymentStatus::Unknown, u"unknown"},
}};

constexpr std::array<std::pair<TransferStatus, QStringView>, 6> kTransferStatusIds{{
    {TransferStatus::Pending, u"pending"},
    {TransferStatus::Processing, u"processing"},
    {TransferStatus::Succeeded, u"succeeded"},
    {TransferStatus::Failed, u"failed"},
    {TransferStatus::Cancelled, u"cancelled"},
    {TransferStatus::Unknown, u"unknown"},
}};

constexpr std::array<std::pair<AddressStatus, QStringView>, 3> kAddressStatusIds{{
    {AddressStatus::Active, u"active"},
    {AddressStatus::Released, u"released"},
    {AddressStatus::Unknown, u"unknown"},
}};

} // namespace

QString paymentStatusId(PaymentStatus status)
{
    return idOf(kPaymentStatusIds, status);
}

std::optional<PaymentStatus> paymentStatusFromId(QStringView id)
{
    return valueOf(kPaymentStatusIds, id);
}

QString transferStatusId(TransferStatus status)
{
    return idOf(kTransferStatusIds, status);
}

std::optional<TransferStatus> transferStatusFromId(QStringView id)
{
    return valueOf(kTransferStatusIds, id);
}

QString addressStatusId(AddressStatus status)
{
    return idOf(kAddressStatusIds, status);
}

std::optional<AddressStatus> addressStatusFromId(QStringView id)
{
    return valueOf(kAddressStatusIds, id);
}

bool isFinal(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Pending:
    case PaymentStatus::Processing:
    case PaymentStatus::Underpaid: // an underpaid invoice can still be topped up until it expires
    case PaymentStatus::Refunding:
    case PaymentStatus::Locked:
    case PaymentStatus::Unknown:
        return false;
    case PaymentStatus::Paid:
    case PaymentStatus::Overpaid:
    case PaymentStatus::Expired:
    case PaymentStatus::Cancelled:
    case PaymentStatus::Failed:
    case PaymentStatus::Refunded:
    case PaymentStatus::PartiallyRefunded:
        return true;
    }
    return false;
}

bool isFinal(TransferStatus status)
{
    return status == TransferStatus::Succeeded || status == TransferStatus::Failed
        || status == TransferStatus::Cancelled;
}

} // namespace paydesk
