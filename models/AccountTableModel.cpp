#include "models/AccountTableModel.h"

#include "core/ledger/Ledger.h"
#include "models/ModelRoles.h"

namespace paydesk {

AccountTableModel::AccountTableModel(const Ledger& ledger, QObject* parent)
    : RecordTableModel<Account>(parent)
    , m_ledger(&ledger)
{
}

LedgerResult<void> AccountTableModel::reload()
{
    auto accounts = m_ledger->accounts();
    if (!accounts)
        return accounts.error();
    setRecords(accounts.value());
    return {};
}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountTableModel::keyOf(const Account& account) const
{
    return account.id;
}

QString AccountTableModel::text(const Account& account, int column) const
{
    switch (column) {
    case NameColumn:
        return account.name;
    case GatewayColumn:
        return gatewayDisplayName(account.gateway);
    case ModeColumn:
        //: Account mode badge: real money
        return account.liveMode ? tr("Live")
                                //: Account mode badge: the gateway's test environment
                                : tr("Test");
    case BaseUrlColumn:
        return account.baseUrl.toString();
    case MerchantIdColumn:
        return account.merchantId;
    case CreatedColumn:
        return formatTime(account.created);
    default:
        return {};
    }
}

int AccountTableModel::compare(const Account& a, const Account& b, int column) const
{
    if (column == CreatedColumn)
        return compareTime(a.created, b.created);
    return compareText(text(a, column), text(b, column));
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    const Account* account = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!account || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(*account, column);
    case SortRole:
        if (column == CreatedColumn)
            return utcTime(account->created);
        if (column == GatewayColumn)
            return gatewayId(account->gateway);
        if (column == ModeColumn)
            return account->liveMode;
        return text(*account, column);
    case IdRole:
    case AccountIdRole:
        return account->id;
    case GatewayRole:
        return int(account->gateway);
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordTableModel<Account>::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case GatewayColumn:
        return tr("Gateway");
    case ModeColumn:
        return tr("Mode");
    case BaseUrlColumn:
        return tr("API address");
    case MerchantIdColumn:
        return tr("Merchant ID");
    case CreatedColumn:
        return tr("Added");
    default:
        return {};
    }
}

} // namespace paydesk
