#pragma once

#include "core/domain/Account.h"
#include "core/domain/SyncProgress.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace paydesk {

class AccountTableModel;
class ErrorBanner;
class GatewayActions;
class Ledger;

// The Accounts page (PRODUCT.md "Accounts"): the gateway accounts with a test / live badge, and for the selected
// one its details, last sync state (from the ledger's sync bookkeeping, "Syncing…" while it runs) and what its
// gateway cannot do. Add… / Edit… (AccountDialog), Test (a real authenticated call: OK, or the banner naming the
// account), Remove… (confirmed first), Sync now. Everything goes through GatewayActions; follows accountsChanged(),
// syncStarted() and syncFinished().
class AccountsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPage)

public:
    // The ledger and actions must outlive the page and belong to the GUI thread.
    AccountsPage(const Ledger& ledger, GatewayActions& actions, QWidget* parent = nullptr);
    ~AccountsPage() override;

    AccountTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    std::optional<Account> currentAccount() const;
    bool selectAccount(const QString& accountId);
    // The last sync state of an account in plain words ("Last sync 12/05/26 10:00: OK"), as the details show it.
    QString syncStateText(const QString& accountId) const;
    // Passed to the account dialogs: how long a copied secret stays on the clipboard.
    void setClipboardClearSeconds(int seconds) { m_clipboardClearSeconds = seconds; }

public Q_SLOTS:
    void reload();
    // Open the account dialog (open(), returns at once).
    void addAccount();
    void editSelected();
    void testSelected();
    // Asks for confirmation first.
    void removeSelected();
    void syncSelected();

Q_SIGNALS:
    // A one-line outcome for the status bar.
    void statusMessage(const QString& message);

private:
    void updateDetails();
    void remove(const Account& account);

    const Ledger& m_ledger;
    GatewayActions& m_actions;
    AccountTableModel* m_model;
    QTableView* m_view;
    ErrorBanner* m_errorBanner;
    QLabel* m_emptyLabel;
    QLabel* m_testResultLabel;
    QLabel* m_detailsLabel;
    QLabel* m_syncStateLabel;
    QLabel* m_limitsLabel;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_testButton;
    QPushButton* m_removeButton;
    QPushButton* m_syncButton;
    QSet<QString> m_testing; // account ids with a test under way
    QSet<QString> m_syncing;
    int m_clipboardClearSeconds = 30;
};

} // namespace paydesk
