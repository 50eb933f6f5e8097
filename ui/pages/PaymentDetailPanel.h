#pragma once

#include "core/domain/BlockchainTx.h"
#include "core/domain/Payment.h"
#include "ui/print/InvoiceSheet.h"

#include <QHash>
#include <QList>
#include <QScrollArea>

#include <memory>

class QGridLayout;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace paydesk {

class ErrorBanner;
class GatewayActions;
class Ledger;
class QrCodeView;
class WrapAnywhereLabel;

// The detail panel of the Payments page: every field of one payment, its status with the gateway's raw status, the
// QR code, the payment URL (copy / open), copy buttons, its blockchain transactions (fetched where the gateway
// publishes them), its refunds from the ledger, the raw JSON (collapsed, plain text), and the actions its gateway
// allows (refresh, cancel, refund), each disabled with the reason as tooltip where the gateway lacks it. A deposit to
// a dedicated address (Payment::addressId) has "Show address", which opens the address with all its deposits.
class PaymentDetailPanel final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentDetailPanel)

public:
    PaymentDetailPanel(const Ledger& ledger, GatewayActions& actions, QWidget* parent = nullptr);
    ~PaymentDetailPanel() override;

    // Shows `payment` (fetching its transactions when it is another payment than the one shown).
    void setPayment(const Payment& payment);
    void clear();
    bool hasPayment() const { return m_hasPayment; }
    Payment payment() const { return m_payment; }
    void setAccountNames(const QHash<QString, QString>& names);
    // Re-reads the payment's refunds from the ledger.
    void reloadRefunds();
    // The printable invoice sheet of the shown payment (its account's name as the merchant).
    InvoiceSheet invoiceSheet() const;
    // Writes the shown payment's invoice sheet as PDF; the outcome shows in the panel.
    bool saveInvoicePdf(const QString& path);

public Q_SLOTS:
    // Brings the shown payment up to date from its gateway.
    void refresh();
    // "Print Invoice…": the print dialog (open(), returns at once), then the invoice sheet on the chosen printer.
    void printInvoice();
    // "Save Invoice as PDF…": a file dialog (open(), returns at once), then saveInvoicePdf().
    void chooseInvoicePdf();

Q_SIGNALS:
    // "Refund…" was clicked: the page opens the refund dialog.
    void refundRequested(const paydesk::Payment& payment);
    // "Show address" was clicked on a deposit to a dedicated address: the main window shows that address.
    void addressRequested(const QString& accountId, const QString& addressId);

private:
    void fillFields();
    void updateActions();
    void fetchTransactions();
    void showTransactions(const QList<BlockchainTx>& txs);
    void copyText(const QString& text, const QString& what);
    WrapAnywhereLabel* addField(const QString& objectName, const QString& label);

    const Ledger& m_ledger;
    GatewayActions& m_actions;
    Payment m_payment;
    bool m_hasPayment = false;
    quint64 m_generation = 0; // ignores answers about a payment no longer shown
    QHash<QString, QString> m_accountNames;

    QWidget* m_content;
    QLabel* m_placeholder;
    QWidget* m_body;
    WrapAnywhereLabel* m_title;
    ErrorBanner* m_banner;
    WrapAnywhereLabel* m_notice; // "Saved <path>." too
    QGridLayout* m_form;
    QHash<QString, WrapAnywhereLabel*> m_fields;
    QrCodeView* m_qr;
    WrapAnywhereLabel* m_url;
    QPushButton* m_copyUrl;
    QPushButton* m_openUrl;
    QPushButton* m_copyId;
    QPushButton* m_copyOrderId;
    QPushButton* m_copyAddress;
    QPushButton* m_showAddress;
    QPushButton* m_printInvoice;
    QPushButton* m_saveInvoicePdf;
    QPushButton* m_refresh;
    QPushButton* m_cancel;
    QPushButton* m_refund;
    QFrame* m_cancelConfirm;
    QLabel* m_txNote;
    QTreeWidget* m_txs;
    QLabel* m_refundsNote;
    QTreeWidget* m_refunds;
    QToolButton* m_rawToggle;
    QPlainTextEdit* m_raw;
    std::unique_ptr<QPrinter> m_printer; // keeps the user's printer choices between prints
};

} // namespace paydesk
