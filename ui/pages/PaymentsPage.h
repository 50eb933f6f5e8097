#pragma once

#include "core/domain/Payment.h"
#include "core/export/ExportKind.h"
#include "core/ledger/LedgerChange.h"
#include "core/ledger/PaymentQuery.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QSplitter;
class QTableView;

namespace paydesk {

class GatewayActions;
class Ledger;
class PaymentDetailPanel;
class PaymentFilterBar;
class PaymentTableModel;

// The Payments page (PRODUCT.md "Payments"): every payment of every account in one table (PaymentTableModel, no
// proxy: a header click sorts the model), search and filters, a column chooser on the header's context menu, and
// the detail panel of the selected payment beside it. It follows the ledger through GatewayActions::ledgerChanged,
// row by row. The ledger must outlive the page and belong to the GUI thread.
class PaymentsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentsPage)

public:
    PaymentsPage(const Ledger& ledger, const QString& ledgerPath, GatewayActions& actions, QWidget* parent = nullptr);
    ~PaymentsPage() override;

    // The table header (column order, widths, hidden columns, sort) and the splitter, for Settings.
    QByteArray headerState() const;
    bool restoreHeaderState(const QByteArray& state);

    PaymentTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    PaymentDetailPanel* detailPanel() const { return m_detail; }
    PaymentFilterBar* filterBar() const { return m_filterBar; }
    // The current filter as a ledger query (what "Export…" exports). The ledger's search looks in the payment id,
    // order id, description and address only (the table's search also looks in payer e-mail and amounts).
    PaymentQuery currentQuery() const;
    // The payment shown in the detail panel, if any.
    bool hasSelectedPayment() const;
    Payment selectedPayment() const;
    // Selects the payment's row (when the filter shows it).
    bool selectPayment(const QString& accountId, const QString& paymentId);

public Q_SLOTS:
    void focusSearch();
    void refreshSelected();
    // Re-reads the account names (after accounts change).
    void reloadAccounts();

Q_SIGNALS:
    // The "New invoice…" button: the main window opens NewInvoiceDialog.
    void newInvoiceRequested();
    // The "Export…" button: the main window opens the export dialog for this kind (and filter).
    void exportRequested(paydesk::ExportKind kind, const std::optional<paydesk::PaymentQuery>& filter);
    // The detail panel's "Show address" on a deposit: the main window opens the Addresses page on that address.
    void addressRequested(const QString& accountId, const QString& addressId);

private:
    void onLedgerChanged(const LedgerChange& change);
    void onCurrentRowChanged();
    void showColumnMenu(const QPoint& position);
    void openRefundDialog(const Payment& payment);
    void updateCountLabel();

    const Ledger& m_ledger;
    GatewayActions& m_actions;
    PaymentTableModel* m_model;
    PaymentFilterBar* m_filterBar;
    QLabel* m_countLabel;
    QSplitter* m_splitter;
    QTableView* m_view;
    PaymentDetailPanel* m_detail;
    QHash<QString, QString> m_accountNames;
};

} // namespace paydesk
