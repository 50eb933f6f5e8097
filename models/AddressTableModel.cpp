#include "models/AddressTableModel.h"

#include "core/ledger/Ledger.h"
#include "models/ModelRoles.h"
#include "models/StatusText.h"

namespace paydesk {

AddressTableModel::AddressTableModel(const Ledger& ledger, QObject* parent)
    : RecordTableModel<DedicatedAddress>(parent)
    , m_ledger(&ledger)
{
}

LedgerResult<void> AddressTableModel::reload()
{
    return setRecordsFrom(m_ledger->accounts(), m_ledger->dedicatedAddresses());
}

int AddressTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AddressTableModel::keyOf(const DedicatedAddress& address) const
{
    return address.accountId + QChar(u'\x1f') + address.id;
}

QString AddressTableModel::text(const DedicatedAddress& address, int column) const
{
    switch (column) {
    case CreatedColumn:
        return formatTime(address.created);
    case AccountColumn:
        return accountName(address.accountId);
    case GatewayColumn:
        return gatewayDisplayName(address.gateway);
    case CurrencyColumn:
        return address.currency;
    case NetworkColumn:
        return address.network;
    case AddressColumn:
        return address.address;
    case TagColumn:
        return address.tag;
    case LabelColumn:
        return address.label;
    case CustomerReferenceColumn:
        return address.customerReference;
    case StatusColumn:
        return StatusText::address(address.status);
    case IdColumn:
        return address.id;
    default:
        return {};
    }
}

int AddressTableModel::compare(const DedicatedAddress& a, const DedicatedAddress& b, int column) const
{
    if (column == CreatedColumn)
        return compareTime(a.created, b.created);
    return compareText(text(a, column), text(b, column));
}

QVariant AddressTableModel::data(const QModelIndex& index, int role) const
{
    const DedicatedAddress* address = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!address || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(*address, column);
    case Qt::ToolTipRole:
        return column == StatusColumn ? QVariant(address->rawStatus) : QVariant();
    case SortRole:
        if (column == CreatedColumn)
            return utcTime(address->created);
        if (column == GatewayColumn)
            return gatewayId(address->gateway);
        if (column == StatusColumn)
            return addressStatusId(address->status);
        return text(*address, column);
    case IdRole:
        return address->id;
    case AccountIdRole:
        return address->accountId;
    case GatewayRole:
        return int(address->gateway);
    case StatusRole:
        return int(address->status);
    case RawStatusRole:
        return address->rawStatus;
    case CurrencyRole:
        return address->currency;
    default:
        return {};
    }
}

QVariant AddressTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordTableModel<DedicatedAddress>::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case AccountColumn:
        return tr("Account");
    case GatewayColumn:
        return tr("Gateway");
    case CurrencyColumn:
        return tr("Asset");
    case NetworkColumn:
        return tr("Network");
    case AddressColumn:
        return tr("Address");
    case TagColumn:
        //: Memo / destination tag some networks need next to the address
        return tr("Tag");
    case LabelColumn:
        return tr("Label");
    case CustomerReferenceColumn:
        return tr("Customer reference");
    case StatusColumn:
        return tr("Status");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

} // namespace paydesk
