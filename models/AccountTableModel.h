#pragma once

#include "core/domain/Account.h"
#include "core/ledger/LedgerResult.h"
#include "models/RecordTableModel.h"

namespace paydesk {

class Ledger;

// The Accounts page: the merchant's gateway accounts (no secrets: those never leave the SecretStore), ordered by
// name as the ledger gives them. reload() updates the rows by account id.
class AccountTableModel final : public RecordTableModel<Account>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountTableModel)

public:
    enum Column { NameColumn, GatewayColumn, ModeColumn, BaseUrlColumn, MerchantIdColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)

    // The ledger must outlive the model and belong to this thread.
    explicit AccountTableModel(const Ledger& ledger, QObject* parent = nullptr);

    // Reads the accounts again; on an error the rows stay as they were.
    LedgerResult<void> reload();

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Account& account) const override;
    int compare(const Account& a, const Account& b, int column) const override;

private:
    QString text(const Account& account, int column) const;

    const Ledger* m_ledger;
};

} // namespace paydesk
