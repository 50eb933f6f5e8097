#pragma once

#include "core/domain/Withdrawal.h"
#include "core/ledger/LedgerResult.h"
#include "models/RecordTableModel.h"

namespace paydesk {

class Ledger;

// The Withdrawals page: every withdrawal (Cryptomus: payout) of every account as the ledger holds it, newest first
// (or sorted by a column); sync keeps their statuses current. reload() re-reads them and updates the rows by id
// (RecordTableModel). A withdrawal whose outcome is unknown has no id at the gateway and is shown by the journal's
// banner, not here.
class WithdrawalTableModel final : public RecordTableModel<Withdrawal>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WithdrawalTableModel)

public:
    enum Column {
        CreatedColumn,
        AccountColumn,
        GatewayColumn,
        AmountColumn,
        CurrencyColumn,
        StatusColumn,
        FeeColumn,
        AddressColumn,
        NetworkColumn,
        TxHashColumn,
        UpdatedColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // The ledger must outlive the model and belong to this thread.
    explicit WithdrawalTableModel(const Ledger& ledger, QObject* parent = nullptr);

    // Reads the withdrawals (and account names) again; on an error the rows stay as they were.
    LedgerResult<void> reload();

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Withdrawal& withdrawal) const override;
    int compare(const Withdrawal& a, const Withdrawal& b, int column) const override;

private:
    const Ledger* m_ledger;
};

} // namespace paydesk
