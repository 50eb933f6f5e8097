#pragma once

#include "core/domain/DedicatedAddress.h"
#include "core/ledger/LedgerResult.h"
#include "models/RecordTableModel.h"

namespace paydesk {

class Ledger;

// The Addresses page: dedicated / static deposit addresses across the gateways. reload() re-reads the ledger and
// updates the rows by (account id, address id).
class AddressTableModel final : public RecordTableModel<DedicatedAddress>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressTableModel)

public:
    enum Column {
        CreatedColumn,
        AccountColumn,
        GatewayColumn,
        CurrencyColumn,
        NetworkColumn,
        AddressColumn,
        TagColumn,
        LabelColumn,
        CustomerReferenceColumn,
        StatusColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // The ledger must outlive the model and belong to this thread.
    explicit AddressTableModel(const Ledger& ledger, QObject* parent = nullptr);

    // Reads the addresses (and account names) again; on an error the rows stay as they were.
    LedgerResult<void> reload();

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const DedicatedAddress& address) const override;
    int compare(const DedicatedAddress& a, const DedicatedAddress& b, int column) const override;

private:
    QString text(const DedicatedAddress& address, int column) const;

    const Ledger* m_ledger;
};

} // namespace paydesk
