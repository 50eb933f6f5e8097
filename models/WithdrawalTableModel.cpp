#include "models/WithdrawalTableModel.h"

#include "core/ledger/Ledger.h"
#include "models/ModelRoles.h"
#include "models/StatusText.h"

namespace paydesk {

WithdrawalTableModel::WithdrawalTableModel(const Ledger& ledger, QObject* parent)
    : RecordTableModel<Withdrawal>(parent)
    , m_ledger(&ledger)
{
}

LedgerResult<void> WithdrawalTableModel::reload()
{
    return setRecordsFrom(m_ledger->accounts(), m_ledger->withdrawals());
}

int WithdrawalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WithdrawalTableModel::keyOf(const Withdrawal& withdrawal) const
{
    return withdrawal.accountId + QChar(u'\x1f') + withdrawal.id;
}

int WithdrawalTableModel::compare(const Withdrawal& a, const Withdrawal& b, int column) const
{
    switch (column) {
    case CreatedColumn:
        return compareTime(a.created, b.created);
    case AccountColumn:
        return compareText(accountName(a.accountId), accountName(b.accountId));
    case GatewayColumn:
        return compareText(gatewayDisplayName(a.gateway), gatewayDisplayName(b.gateway));
    case AmountColumn:
        return compareDecimal(a.amount.amount, b.amount.amount);
    case CurrencyColumn:
        return compareText(a.amount.currency, b.amount.currency);
    case FeeColumn:
        return compareDecimal(a.fee.amount, b.fee.amount);
    case StatusColumn:
        return compareText(StatusText::transfer(a.status), StatusText::transfer(b.status));
    case AddressColumn:
        return compareText(a.address, b.address);
    case NetworkColumn:
        return compareText(a.network, b.network);
    case TxHashColumn:
        return compareText(a.txHash, b.txHash);
    case UpdatedColumn:
        return compareTime(a.updated, b.updated);
    case IdColumn:
        return compareText(a.id, b.id);
    default:
        return 0;
    }
}

QVariant WithdrawalTableModel::data(const QModelIndex& index, int role) const
{
    const Withdrawal* withdrawal = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!withdrawal || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CreatedColumn:
            return formatTime(withdrawal->created);
        case AccountColumn:
            return accountName(withdrawal->accountId);
        case GatewayColumn:
            return gatewayDisplayName(withdrawal->gateway);
        case AmountColumn:
            return formatAmount(withdrawal->amount.amount, withdrawal->amount.currency);
        case CurrencyColumn:
            return withdrawal->amount.currency;
        case FeeColumn:
            // Not every gateway tells the fee (a Cryptomus payout does not): blank, never a made-up zero.
            return withdrawal->fee.isValid() ? QVariant(
                       formatAmount(withdrawal->fee.amount, withdrawal->fee.currency) + u' ' + withdrawal->fee.currency)
                                             : QVariant();
        case StatusColumn:
            return StatusText::transfer(withdrawal->status);
        case AddressColumn:
            return withdrawal->address;
        case NetworkColumn:
            return withdrawal->network;
        case TxHashColumn:
            return withdrawal->txHash;
        case UpdatedColumn:
            return formatTime(withdrawal->updated);
        case IdColumn:
            return withdrawal->id;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case StatusColumn:
            return withdrawal->rawStatus;
        case AddressColumn:
        case TxHashColumn:
        case IdColumn:
            return data(index, Qt::DisplayRole); // long values, often cut in the cell
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return column == AmountColumn || column == FeeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                             : QVariant();
    case SortRole:
        switch (column) {
        case CreatedColumn:
            return utcTime(withdrawal->created);
        case UpdatedColumn:
            return utcTime(withdrawal->updated);
        case GatewayColumn:
            return gatewayId(withdrawal->gateway);
        case StatusColumn:
            return transferStatusId(withdrawal->status);
        case AmountColumn:
            return withdrawal->amount.amount.toString();
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return withdrawal->id;
    case AccountIdRole:
        return withdrawal->accountId;
    case GatewayRole:
        return int(withdrawal->gateway);
    case StatusRole:
        return int(withdrawal->status);
    case RawStatusRole:
        return withdrawal->rawStatus;
    case AmountRole:
        return QVariant::fromValue(withdrawal->amount);
    case CurrencyRole:
        return withdrawal->amount.currency;
    default:
        return {};
    }
}

QVariant WithdrawalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordTableModel<Withdrawal>::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case AccountColumn:
        return tr("Account");
    case GatewayColumn:
        return tr("Gateway");
    case AmountColumn:
        return tr("Amount");
    case CurrencyColumn:
        return tr("Currency");
    case FeeColumn:
        return tr("Fee");
    case StatusColumn:
        return tr("Status");
    case AddressColumn:
        //: Destination address of a withdrawal
        return tr("Address");
    case NetworkColumn:
        return tr("Network");
    case TxHashColumn:
        //: The blockchain transaction hash of a withdrawal
        return tr("Transaction");
    case UpdatedColumn:
        return tr("Updated");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

} // namespace paydesk
