#pragma once

#include "core/domain/DedicatedAddress.h"
#include "core/export/ExportKind.h"
#include "core/ledger/AddressActivity.h"
#include "core/ledger/LedgerChange.h"
#include "core/ledger/PaymentQuery.h"
#include "ui/print/AddressQrSheet.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPrinter;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;

namespace paydesk {

class AddressDialog;
class AddressTableModel;
class ErrorBanner;
class GatewayActions;
class Ledger;
class QrCodeView;
class WrapAnywhereLabel;

// The Addresses page (PRODUCT.md "Addresses"): the dedicated / static deposit addresses of every account, the QR
// code of the selected one (the bare address, which every wallet reads; a memo / tag is shown next to it, never
// encoded), Copy address, Create… (AddressDialog) and Release… / Block… where the gateway can (confirmed first).
// Several rows can be selected for Print QR Sheet… / Save QR Sheet as PDF… (ui/print/AddressQrSheet); the details
// show the current row, with its deposits (the payments received on it, newest first; activating one opens it on
// the Payments page) and what they brought per asset. The table shows deposits, received and last activity per
// address (AddressTableModel).
// Gateway calls go through GatewayActions; follows ledgerChanged(DedicatedAddresses) at once, ledgerChanged(Payments)
// coalesced and only while shown (a sync stores payments in batches), and accountsChanged().
class AddressesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressesPage)

public:
    // The ledger and actions must outlive the page and belong to the GUI thread.
    AddressesPage(const Ledger& ledger, GatewayActions& actions, QWidget* parent = nullptr);
    ~AddressesPage() override;

    AddressTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // The address the details show (the current row when it is selected, else the first selected), if any.
    std::optional<DedicatedAddress> currentAddress() const;
    // Every selected address, in the table's order.
    QList<DedicatedAddress> selectedAddresses() const;
    // The QR sheet of the selected addresses.
    AddressQrSheet qrSheet() const;
    // Writes the QR sheet of the selected addresses as PDF; false (and the error in the banner) on failure.
    bool saveQrSheetPdf(const QString& path);
    // Selects the address with this account and id (after a create, or from a payment); false when not shown.
    bool selectAddress(const QString& accountId, const QString& addressId);
    QTreeWidget* depositsView() const { return m_deposits; }

public Q_SLOTS:
    void reload();
    // Opens the create dialog (non-modal to the event loop: open()); returns at once.
    void createAddress();
    // Asks for confirmation, then releases / blocks the selected address.
    void releaseSelected();
    void copySelectedAddress();
    // "Print QR Sheet…": the print dialog (open(), returns at once), then the sheet on the chosen printer.
    void printQrSheet();
    // "Save QR Sheet as PDF…": a file dialog (open(), returns at once), then saveQrSheetPdf().
    void chooseQrSheetPdf();
    void setAmountsHidden(bool hidden);

Q_SIGNALS:
    // The "Export…" button: the main window opens the export dialog for this kind (and filter).
    void exportRequested(paydesk::ExportKind kind, const std::optional<paydesk::PaymentQuery>& filter);
    // A one-line outcome for the status bar ("Address copied.", "Address released.").
    void statusMessage(const QString& message);
    // A deposit in the details was activated: the main window shows it on the Payments page.
    void paymentRequested(const QString& accountId, const QString& paymentId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onLedgerChanged(const LedgerChange& change);
    void updateDetails();
    void showDeposits(const DedicatedAddress& address);
    void release(const DedicatedAddress& address);
    int currentRow() const;

    const Ledger& m_ledger;
    GatewayActions& m_actions;
    AddressTableModel* m_model;
    QTableView* m_view;
    ErrorBanner* m_errorBanner;
    QLabel* m_emptyLabel;
    QPushButton* m_createButton;
    QPushButton* m_releaseButton;
    QPushButton* m_copyButton;
    QPushButton* m_printSheetButton;
    QPushButton* m_saveSheetButton;
    QrCodeView* m_qrView;
    WrapAnywhereLabel* m_addressLabel;
    WrapAnywhereLabel* m_detailsLabel;
    WrapAnywhereLabel* m_tagLabel;
    QLabel* m_releaseNoteLabel;
    QLabel* m_depositsLabel;
    QTreeWidget* m_deposits;
    QString m_depositsShownFor; // the address whose deposits the list holds
    AddressActivity m_depositsShownActivity; // and what it had received then
    QTimer* m_reloadTimer; // coalesces the reloads that payments stored by a sync ask for
    bool m_stale = false; // payments changed while the page was hidden
    QString m_releasing; // key of the address being released
    std::unique_ptr<QPrinter> m_printer; // keeps the user's printer choices between prints
};

} // namespace paydesk
