#include "models/AddressTableModel.h"

#include "core/ledger/Ledger.h"
#include "models/ModelRoles.h"
#include "models/StatusText.h"

#include <utility>

namespace paydesk {

AddressTableModel::AddressTableModel(const Ledger& ledger, QObject* parent)
    : RecordTableModel<DedicatedAddress>(parent)
    , m_ledger(&ledger)
{
}

LedgerResult<void> AddressTableModel::reload()
{
    const auto activities = m_ledger->addressActivity();
    if (!activities)
        return activities.error();
    QHash<QString, AddressActivity> activity;
    for (const AddressActivity& one : activities.value())
        activity.insert(one.accountId + QChar(u'\x1f') + one.addressId, one);
    const QHash<QString, AddressActivity> before = std::exchange(m_activity, activity);
    const auto loaded = setRecordsFrom(m_ledger->accounts(), m_ledger->dedicatedAddresses());
    if (!loaded) {
        m_activity = before;
        return loaded;
    }
    for (int row = 0; row < rowCount(); ++row) {
        const QString key = keyOf(records().at(row));
        if (before.value(key) != m_activity.value(key))
            Q_EMIT dataChanged(index(row, DepositsColumn), index(row, LastActivityColumn));
    }
    return {};
}

AddressActivity AddressTableModel::activityOf(const DedicatedAddress& address) const
{
    return m_activity.value(keyOf(address), AddressActivity{address.accountId, address.id});
}

QStringList AddressTableModel::receivedParts(const DedicatedAddress& address) const
{
    const AddressActivity activity = activityOf(address);
    if (!activity.receivedComplete)
        return {tr("too large to add up")};
    QStringList parts;
    for (const Money& money : activity.received)
        parts << formatAmount(money.amount, money.currency, true);
    return parts;
}

AddressActivity AddressTableModel::activityAt(int row) const
{
    const DedicatedAddress* address = recordAt(row);
    return address ? activityOf(*address) : AddressActivity{};
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
    case DepositsColumn: {
        const AddressActivity activity = activityOf(address);
        if (activity.deposits == 0)
            return {};
        //: Deposits to one address, with how many of them are still being confirmed
        return activity.confirming > 0
            ? tr("%1 (%2 confirming)").arg(formatCount(activity.deposits), formatCount(activity.confirming))
            : formatCount(activity.deposits);
    }
    case ReceivedColumn:
        return receivedParts(address).join(u", ");
    case LastActivityColumn:
        return formatTime(activityOf(address).lastActivity);
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
    if (column == DepositsColumn)
        return compareValue(activityOf(a).deposits, activityOf(b).deposits);
    if (column == LastActivityColumn)
        return compareTime(activityOf(a).lastActivity, activityOf(b).lastActivity);
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
        if (column == StatusColumn)
            return address->rawStatus;
        // A sum can be wider than its column: whole in the tooltip, one asset per line.
        if (column == ReceivedColumn)
            return receivedParts(*address).join(u'\n');
        return {};
    case SortRole:
        if (column == CreatedColumn)
            return utcTime(address->created);
        if (column == DepositsColumn)
            return activityOf(*address).deposits;
        if (column == LastActivityColumn)
            return utcTime(activityOf(*address).lastActivity);
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
    case DepositsColumn:
        return tr("Deposits");
    case ReceivedColumn:
        //: What the deposits to an address brought, per asset (deposits still being confirmed not included)
        return tr("Received");
    case LastActivityColumn:
        return tr("Last activity");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

} // namespace paydesk
