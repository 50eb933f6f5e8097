#pragma once

#include "core/ledger/LedgerChange.h"

#include <QByteArray>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace paydesk {

class GatewayActions;
class Ledger;
class WrapAnywhereLabel;
class WithdrawalTableModel;

// The Withdrawals page: every withdrawal (Cryptomus: payout) of every account with its status (WithdrawalTableModel
// over the ledger), re-read when GatewayActions::ledgerChanged reports withdrawals; sync follows each one to its end.
// The detail panel shows the selected one whole: destination, network and tag, fee, the key it was sent under, and
// its blockchain transaction with a link to a block explorer. The ledger must outlive the page.
class WithdrawalsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WithdrawalsPage)

public:
    WithdrawalsPage(const Ledger& ledger, GatewayActions& actions, QWidget* parent = nullptr);
    ~WithdrawalsPage() override;

    QByteArray headerState() const;
    // The block explorer page the "Open in Block Explorer" button opens for the selected withdrawal.
    QUrl explorerUrl() const { return m_explorerUrl; }
    bool restoreHeaderState(const QByteArray& state);
    WithdrawalTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

public Q_SLOTS:
    void reload();

private:
    void onLedgerChanged(const LedgerChange& change);
    void updateDetails();

    WithdrawalTableModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
    WrapAnywhereLabel* m_details;
    QPushButton* m_explorerButton;
    QUrl m_explorerUrl; // the selected withdrawal's transaction at a block explorer (invalid: none)
};

} // namespace paydesk
