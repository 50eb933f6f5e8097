#pragma once

#include "core/domain/Balance.h"
#include "core/ledger/LedgerResult.h"
#include "models/RecordTableModel.h"

namespace paydesk {

class Ledger;

// The Balances page: the latest balance per account and asset (total, available, on hold, fiat equivalent where the
// gateway gives one). A row's key is (account id, currency); reload() updates the rows by that key.
class BalanceTableModel final : public RecordTableModel<Balance>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalanceTableModel)

public:
    enum Column {
        AccountColumn,
        GatewayColumn,
        CurrencyColumn,
        TotalColumn,
        AvailableColumn,
        OnHoldColumn,
        FiatEquivalentColumn,
        AsOfColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // The ledger must outlive the model and belong to this thread.
    explicit BalanceTableModel(const Ledger& ledger, QObject* parent = nullptr);

    // Reads the latest balances (and account names) again; on an error the rows stay as they were.
    LedgerResult<void> reload();

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Balance& balance) const override;
    int compare(const Balance& a, const Balance& b, int column) const override;

private:
    const Ledger* m_ledger;
};

} // namespace paydesk
