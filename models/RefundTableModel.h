#pragma once

#include "core/domain/Refund.h"
#include "core/ledger/LedgerResult.h"
#include "models/RecordTableModel.h"

namespace paydesk {

class Ledger;

// The Refunds page: every refund of every account, newest first as the ledger gives them (or sorted by a column),
// and each refund whose outcome is unknown as a row with status "Outcome unknown" (UnknownOutcome: read from the
// journal, never counted as money). Each says whether Paydesk made it or it was seen at the gateway (made in the
// gateway's dashboard, or by another program). reload() re-reads all of it and updates the rows by id
// (RecordTableModel).
class RefundTableModel final : public RecordTableModel<Refund>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundTableModel)

public:
    enum Column {
        CreatedColumn,
        AccountColumn,
        GatewayColumn,
        PaymentIdColumn,
        AmountColumn,
        CurrencyColumn,
        StatusColumn,
        ReasonColumn,
        AddressColumn,
        OriginColumn,
        UpdatedColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // The ledger must outlive the model and belong to this thread.
    explicit RefundTableModel(const Ledger& ledger, QObject* parent = nullptr);

    // Reads the refunds (and account names) again; on an error the rows stay as they were.
    LedgerResult<void> reload();

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Refund& refund) const override;
    int compare(const Refund& a, const Refund& b, int column) const override;

private:
    QString originOf(const Refund& refund) const;

    const Ledger* m_ledger;
    QSet<QString> m_createdHere; // Journal::createdHereKey() of the refunds Paydesk made
};

} // namespace paydesk
