#pragma once

#include "core/export/ExportKind.h"
#include "core/ledger/LedgerChange.h"
#include "core/ledger/PaymentQuery.h"

#include <QByteArray>
#include <QWidget>

#include <optional>

class QLabel;
class QTableView;

namespace paydesk {

class GatewayActions;
class Ledger;
class RefundTableModel;

// The Refunds page (PRODUCT.md "Refunds"): every refund of every account with its status (RefundTableModel over
// the ledger), re-read when GatewayActions::ledgerChanged reports refunds. The ledger must outlive the page.
class RefundsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundsPage)

public:
    RefundsPage(const Ledger& ledger, GatewayActions& actions, QWidget* parent = nullptr);
    ~RefundsPage() override;

    QByteArray headerState() const;
    bool restoreHeaderState(const QByteArray& state);
    RefundTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // The "Export…" button: the main window opens the export dialog for this kind (and filter).
    void exportRequested(paydesk::ExportKind kind, const std::optional<paydesk::PaymentQuery>& filter);

private:
    void onLedgerChanged(const LedgerChange& change);

    RefundTableModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
};

} // namespace paydesk
