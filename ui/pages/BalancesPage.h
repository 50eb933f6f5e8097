#pragma once

#include "core/domain/Gateway.h"
#include "core/export/ExportKind.h"
#include "core/ledger/LedgerChange.h"
#include "core/ledger/PaymentQuery.h"
#include "ui/pages/BalanceTotals.h"

#include <QMap>
#include <QStringList>
#include <QWidget>

#include <optional>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace paydesk {

class BalanceTableModel;
class ErrorBanner;
class GatewayActions;
class Ledger;

// The Balances page (PRODUCT.md "Balances"): the latest balance per account and asset (total, available, on hold,
// fiat equivalent where the gateway gives one), a totals line per asset, a total in the reporting currency made only
// of balances and fiat equivalents already in that currency, the time of the last update, and a note for accounts
// whose gateway publishes no balances. Follows ledgerChanged(Balances) and accountsChanged() of `actions`.
class BalancesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalancesPage)

public:
    // The ledger and actions must outlive the page and belong to the GUI thread.
    BalancesPage(const Ledger& ledger, GatewayActions& actions, QWidget* parent = nullptr);
    ~BalancesPage() override;

    BalanceTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString reportingCurrency() const { return m_reportingCurrency; }
    const BalanceTotals& totals() const { return m_totals; }

public Q_SLOTS:
    // Reads the ledger again (balances, account names and which accounts can have balances).
    void reload();
    // "USD" by default; an empty code shows no reporting total.
    void setReportingCurrency(const QString& currency);
    // The "hide amounts" privacy toggle.
    void setAmountsHidden(bool hidden);

Q_SIGNALS:
    // The "Export…" button: the main window opens the export dialog for this kind (and filter).
    void exportRequested(paydesk::ExportKind kind, const std::optional<paydesk::PaymentQuery>& filter);

private:
    void onLedgerChanged(const LedgerChange& change);
    void updateTotals();
    void updateNotes();
    QString formatAmount(const Decimal& amount, const QString& currency, bool withCurrency = false) const;

    const Ledger& m_ledger;
    GatewayActions& m_actions;
    BalanceTableModel* m_model;
    QTableView* m_view;
    ErrorBanner* m_errorBanner;
    QLabel* m_lastUpdateLabel;
    QLabel* m_emptyLabel;
    QLabel* m_unsupportedLabel;
    QPushButton* m_syncButton;
    QGroupBox* m_totalsBox;
    QGridLayout* m_totalsGrid;
    QLabel* m_reportingLabel;
    QString m_reportingCurrency;
    QMap<Gateway, QStringList> m_accountsWithoutBalances; // account names by gateway
    BalanceTotals m_totals;
    bool m_amountsHidden = false;
};

} // namespace paydesk
