#pragma once

#include "core/export/ExportKind.h"
#include "core/ledger/PaymentQuery.h"
#include "models/NotificationTracker.h"

#include <QMainWindow>
#include <QUrl>

#include <optional>

class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;

namespace paydesk {

class GatewayActions;
class Ledger;
class AccountsPage;
class AddressesPage;
class BalancesPage;
class ErrorBanner;
class OverviewPage;
class PaymentsPage;
class RefundsPage;
class WithdrawalsPage;
class Settings;
class SyncStatusWidget;
class WelcomePage;
struct LedgerChange;

// The dashboard's main window: a sidebar of pages (Overview, Payments, Refunds, Balances, Addresses, Accounts) over a
// stack, the welcome page while there is no account, the status bar with the sync state, menus and shortcuts, a
// periodic sync, desktop notifications through the tray, and geometry / header state kept in Settings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page {
        Overview,
        Payments,
        Refunds,
        Withdrawals,
        Balances,
        Addresses,
        Accounts,
    };

    MainWindow(Ledger& ledger, GatewayActions& actions, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shown while the in-process sandbox runs: where it listens, in the title and the status bar.
    void showSandboxRunning(const QUrl& baseUrl);
    // A startup self-check failed (e.g. no TLS): a banner above the pages says so, with the details in its tool tip;
    // an empty message removes it.
    void showStartupWarning(const QString& message, const QString& details = {});
    void showPage(Page page);
    Page currentPage() const;
    // A desktop notification through the tray (or the status bar when there is none).
    void notify(const QString& title, const QString& message);
    // Preferences… (Edit menu): the settings dialog; its changes apply at once (the language at the next start).
    void showPreferences();

    // The banner above the pages while the journal holds unsettled requests (outcome unknown: the gateway may have
    // created them), with the list and what to do; hidden when there are none. Read again after every sync and
    // creating call.
    void updateUnsettledBanner();

    // File > Export… and the pages' "Export…" buttons: the export dialog, preset to this kind (and filter).
    void openExportDialog(ExportKind kind, const std::optional<PaymentQuery>& filter = std::nullopt);

Q_SIGNALS:
    // "Try the sandbox" on the welcome page: the application switches to a sandbox session.
    void trySandboxRequested();
    // An export started from this window's export dialog ended (written, or cancelled / failed: no file).
    void exportFinished(bool ok);
    // The settings dialog stored new values (the application re-reads what it owns, such as the auto-lock time).
    void settingsChanged();
    // Every desktop notification, as shown (tray or status bar).
    void notificationShown(const QString& title, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void addPage(Page page, const QString& title, QWidget* widget);
    void createMenus();
    void newInvoice();
    void updateWelcome();
    void showAbout();
    void applySettings();
    // Desktop notifications: open invoices and refunds are tracked from the start, ledger changes are checked.
    void primeNotifications();
    void notifyAbout(const LedgerChange& change);

    Ledger& m_ledger;
    GatewayActions& m_actions;
    Settings& m_settings;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    QWidget* m_dashboard;
    SyncStatusWidget* m_syncStatus;
    ErrorBanner* m_unsettled;
    QTimer* m_syncTimer;
    QSystemTrayIcon* m_tray = nullptr;
    QList<Page> m_pages;
    OverviewPage* m_overview = nullptr;
    PaymentsPage* m_payments = nullptr;
    RefundsPage* m_refunds = nullptr;
    WithdrawalsPage* m_withdrawals = nullptr;
    BalancesPage* m_balances = nullptr;
    AddressesPage* m_addresses = nullptr;
    AccountsPage* m_accounts = nullptr;
    NotificationTracker m_notificationTracker;
};

} // namespace paydesk
