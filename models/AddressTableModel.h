#pragma once

#include "core/domain/DedicatedAddress.h"
#include "core/ledger/AddressActivity.h"
#include "core/ledger/LedgerResult.h"
#include "models/RecordTableModel.h"

namespace paydesk {

class Ledger;

// The Addresses page: dedicated / static deposit addresses across the gateways, each with what it received
// (Ledger::addressActivity: deposits, received per asset, last activity). reload() re-reads the ledger (three queries,
// never one per row) and updates the rows by (account id, address id); a row whose activity alone changed gets
// dataChanged on the activity columns.
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
        StatusColumn,
        DepositsColumn, // how many deposits, "2 (1 confirming)"
        ReceivedColumn, // per asset, "0.5 BTC, 120 USDT"
        LastActivityColumn,
        TagColumn,
        LabelColumn,
        CustomerReferenceColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // The ledger must outlive the model and belong to this thread.
    explicit AddressTableModel(const Ledger& ledger, QObject* parent = nullptr);

    // Reads the addresses (and account names) again; on an error the rows stay as they were.
    LedgerResult<void> reload();
    // What the address in this row received (empty when nothing yet).
    AddressActivity activityAt(int row) const;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const DedicatedAddress& address) const override;
    int compare(const DedicatedAddress& a, const DedicatedAddress& b, int column) const override;

private:
    QString text(const DedicatedAddress& address, int column) const;
    AddressActivity activityOf(const DedicatedAddress& address) const;
    // What it received, one formatted amount per asset.
    QStringList receivedParts(const DedicatedAddress& address) const;

    const Ledger* m_ledger;
    QHash<QString, AddressActivity> m_activity; // by keyOf()
};

} // namespace paydesk
