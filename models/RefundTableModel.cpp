#include "models/RefundTableModel.h"

#include "core/journal/Journal.h"
#include "core/journal/UnknownOutcome.h"
#include "core/ledger/Ledger.h"
#include "models/ModelRoles.h"
#include "models/StatusText.h"

#include <algorithm>

namespace paydesk {

RefundTableModel::RefundTableModel(const Ledger& ledger, QObject* parent)
    : RecordTableModel<Refund>(parent)
    , m_ledger(&ledger)
{
}

namespace {

QString statusOf(const Refund& refund)
{
    return UnknownOutcome::isStandIn(refund) ? UnknownOutcome::statusText() : StatusText::transfer(refund.status);
}

} // namespace

LedgerResult<void> RefundTableModel::reload()
{
    // The ledger's refunds, then the refunds whose outcome is unknown, from the journal (UnknownOutcome).
    const auto createdHere = Journal::createdHere(*m_ledger, JournalKind::Refund);
    if (!createdHere.ok())
        return createdHere.error();
    m_createdHere = createdHere.value();
    auto refunds = m_ledger->refunds();
    if (refunds.ok()) {
        const auto unknown = UnknownOutcome::refunds(*m_ledger);
        if (!unknown.ok())
            return unknown.error();
        refunds.value().append(unknown.value());
        std::stable_sort(refunds.value().begin(), refunds.value().end(),
            [](const Refund& a, const Refund& b) { return a.created > b.created; });
    }
    return setRecordsFrom(m_ledger->accounts(), refunds);
}

QString RefundTableModel::originOf(const Refund& refund) const
{
    return UnknownOutcome::sentFromPaydesk(refund, m_createdHere) ? tr("Paydesk") : tr("Seen at the gateway");
}

int RefundTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RefundTableModel::keyOf(const Refund& refund) const
{
    return refund.accountId + QChar(u'\x1f') + refund.id;
}

int RefundTableModel::compare(const Refund& a, const Refund& b, int column) const
{
    switch (column) {
    case CreatedColumn:
        return compareTime(a.created, b.created);
    case AccountColumn:
        return compareText(accountName(a.accountId), accountName(b.accountId));
    case GatewayColumn:
        return compareText(gatewayDisplayName(a.gateway), gatewayDisplayName(b.gateway));
    case PaymentIdColumn:
        return compareText(a.paymentId, b.paymentId);
    case AmountColumn:
        return compareDecimal(a.amount.amount, b.amount.amount);
    case CurrencyColumn:
        return compareText(a.amount.currency, b.amount.currency);
    case StatusColumn:
        return compareText(statusOf(a), statusOf(b));
    case ReasonColumn:
        return compareText(a.reason, b.reason);
    case AddressColumn:
        return compareText(a.address, b.address);
    case OriginColumn:
        return compareText(originOf(a), originOf(b));
    case UpdatedColumn:
        return compareTime(a.updated, b.updated);
    case IdColumn:
        return compareText(a.id, b.id);
    default:
        return 0;
    }
}

QVariant RefundTableModel::data(const QModelIndex& index, int role) const
{
    const Refund* refund = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!refund || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CreatedColumn:
            return formatTime(refund->created);
        case AccountColumn:
            return accountName(refund->accountId);
        case GatewayColumn:
            return gatewayDisplayName(refund->gateway);
        case PaymentIdColumn:
            return refund->paymentId;
        case AmountColumn:
            return formatAmount(refund->amount.amount, refund->amount.currency);
        case CurrencyColumn:
            return refund->amount.currency;
        case StatusColumn:
            return statusOf(*refund);
        case ReasonColumn:
            return refund->reason;
        case AddressColumn:
            return refund->address;
        case OriginColumn:
            return originOf(*refund);
        case UpdatedColumn:
            return formatTime(refund->updated);
        case IdColumn:
            return refund->id;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == OriginColumn)
            return UnknownOutcome::sentFromPaydesk(*refund, m_createdHere)
                ? tr("Sent from Paydesk (the dashboard or paydesk-cli).")
                : tr("Not sent from Paydesk: found in the gateway's records at a sync (made in the gateway's own "
                     "dashboard or by another program).");
        if (column != StatusColumn)
            return {};
        return UnknownOutcome::isStandIn(*refund) ? UnknownOutcome::explanation(JournalKind::Refund, refund->gateway)
                                                  : refund->rawStatus;
    case Qt::TextAlignmentRole:
        return column == AmountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        switch (column) {
        case CreatedColumn:
            return utcTime(refund->created);
        case UpdatedColumn:
            return utcTime(refund->updated);
        case GatewayColumn:
            return gatewayId(refund->gateway);
        case StatusColumn:
            return transferStatusId(refund->status);
        case AmountColumn:
            return refund->amount.isValid() ? QVariant(refund->amount.amount.toString()) : QVariant(QString());
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return refund->id;
    case AccountIdRole:
        return refund->accountId;
    case GatewayRole:
        return int(refund->gateway);
    case StatusRole:
        return int(refund->status);
    case RawStatusRole:
        return refund->rawStatus;
    case AmountRole:
        return refund->amount.isValid() ? QVariant::fromValue(refund->amount) : QVariant();
    case CurrencyRole:
        return refund->amount.currency;
    default:
        return {};
    }
}

QVariant RefundTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordTableModel<Refund>::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case AccountColumn:
        return tr("Account");
    case GatewayColumn:
        return tr("Gateway");
    case PaymentIdColumn:
        return tr("Payment ID");
    case AmountColumn:
        return tr("Amount");
    case CurrencyColumn:
        return tr("Currency");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    case AddressColumn:
        //: Destination address of a refund
        return tr("Address");
    case OriginColumn:
        //: Whether Paydesk sent a refund or it was only seen at the gateway
        return tr("Origin");
    case UpdatedColumn:
        return tr("Updated");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

} // namespace paydesk
