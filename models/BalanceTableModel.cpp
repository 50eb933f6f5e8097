#include "models/BalanceTableModel.h"

#include "core/ledger/Ledger.h"
#include "models/ModelRoles.h"

namespace paydesk {

namespace {

std::optional<Money> moneyOf(const Balance& balance, int column)
{
    switch (column) {
    case BalanceTableModel::AvailableColumn:
        return Money{balance.available, balance.currency};
    case BalanceTableModel::OnHoldColumn:
        return Money{balance.onHold, balance.currency};
    case BalanceTableModel::FiatEquivalentColumn:
        return balance.fiatEquivalent.isValid() ? std::optional<Money>(balance.fiatEquivalent) : std::nullopt;
    default:
        return Money{balance.total, balance.currency};
    }
}

} // namespace

BalanceTableModel::BalanceTableModel(const Ledger& ledger, QObject* parent)
    : RecordTableModel<Balance>(parent)
    , m_ledger(&ledger)
{
}

LedgerResult<void> BalanceTableModel::reload()
{
    return setRecordsFrom(m_ledger->accounts(), m_ledger->latestBalances());
}

int BalanceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BalanceTableModel::keyOf(const Balance& balance) const
{
    return balance.accountId + QChar(u'\x1f') + balance.currency;
}

int BalanceTableModel::compare(const Balance& a, const Balance& b, int column) const
{
    switch (column) {
    case AccountColumn:
        return compareText(accountName(a.accountId), accountName(b.accountId));
    case GatewayColumn:
        return compareText(gatewayDisplayName(a.gateway), gatewayDisplayName(b.gateway));
    case CurrencyColumn:
        return compareText(a.currency, b.currency);
    case TotalColumn:
        return compareDecimal(a.total, b.total);
    case AvailableColumn:
        return compareDecimal(a.available, b.available);
    case OnHoldColumn:
        return compareDecimal(a.onHold, b.onHold);
    case FiatEquivalentColumn:
        if (a.fiatEquivalent.isValid() != b.fiatEquivalent.isValid())
            return a.fiatEquivalent.isValid() ? 1 : -1;
        return compareDecimal(a.fiatEquivalent.amount, b.fiatEquivalent.amount);
    case AsOfColumn:
        return compareTime(a.asOf, b.asOf);
    default:
        return 0;
    }
}

QVariant BalanceTableModel::data(const QModelIndex& index, int role) const
{
    const Balance* balance = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!balance || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    const bool amountColumn = column >= TotalColumn && column <= FiatEquivalentColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AccountColumn:
            return accountName(balance->accountId);
        case GatewayColumn:
            return gatewayDisplayName(balance->gateway);
        case CurrencyColumn:
            return balance->currency;
        case TotalColumn:
        case AvailableColumn:
        case OnHoldColumn:
            return formatAmount(moneyOf(*balance, column)->amount, balance->currency);
        case FiatEquivalentColumn: {
            const auto fiat = moneyOf(*balance, column);
            return fiat ? formatAmount(fiat->amount, fiat->currency, true) : QString();
        }
        case AsOfColumn:
            return formatTime(balance->asOf);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return amountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        if (amountColumn) {
            const auto money = moneyOf(*balance, column);
            return money ? money->amount.toString() : QString();
        }
        if (column == AsOfColumn)
            return utcTime(balance->asOf);
        if (column == GatewayColumn)
            return gatewayId(balance->gateway);
        return data(index, Qt::DisplayRole);
    case IdRole:
        return balance->currency;
    case AccountIdRole:
        return balance->accountId;
    case GatewayRole:
        return int(balance->gateway);
    case AmountRole: {
        const auto money = moneyOf(*balance, column);
        return money ? QVariant::fromValue(*money) : QVariant();
    }
    case CurrencyRole: {
        const auto money = moneyOf(*balance, column);
        return money ? QVariant(money->currency) : QVariant();
    }
    default:
        return {};
    }
}

QVariant BalanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordTableModel<Balance>::headerData(section, orientation, role);
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case GatewayColumn:
        return tr("Gateway");
    case CurrencyColumn:
        //: Column header: the asset of a balance (BTC, USDT...)
        return tr("Asset");
    case TotalColumn:
        return tr("Balance");
    case AvailableColumn:
        return tr("Available");
    case OnHoldColumn:
        return tr("On hold");
    case FiatEquivalentColumn:
        return tr("Fiat equivalent");
    case AsOfColumn:
        //: Column header: when the balance was read
        return tr("As of");
    default:
        return {};
    }
}

} // namespace paydesk
