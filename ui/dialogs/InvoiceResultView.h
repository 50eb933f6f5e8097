#pragma once

#include "core/domain/Payment.h"
#include "ui/print/InvoiceSheet.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPrinter;
class QPushButton;
class QTimer;

namespace paydesk {

class ErrorBanner;
class GatewayActions;
class QrCodeView;
class WrapAnywhereLabel;

// The second page of the New invoice dialog: the invoice just created, with a large QR code to scan from the screen
// (invoiceQrText: a wallet URI when the address and crypto amount are known, else the payment page), the payment
// URL (copy / open), Copy QR image, Save PNG…, Save PDF…, Print…, and a live status that follows the invoice:
// refreshInvoice() every pollInterval() until the status is final (a single-shot QTimer re-armed after each
// answer; never a nested loop). Emits paid() once when the invoice turns Paid or Overpaid.
class InvoiceResultView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceResultView)

public:
    explicit InvoiceResultView(GatewayActions& actions, QWidget* parent = nullptr);
    ~InvoiceResultView() override;

    // Shows `payment` and starts following it (unless its status is already final).
    void setPayment(const Payment& payment, const QString& accountName);
    Payment payment() const { return m_payment; }
    bool isFollowing() const;
    void stopFollowing();
    int pollInterval() const { return m_pollInterval; }
    void setPollInterval(int milliseconds);

    QrCodeView* qrCodeView() const { return m_qr; }
    // The name printed at the top of the invoice sheet; the account's name when none is set.
    void setMerchantName(const QString& name) { m_merchantName = name; }
    // The printable sheet of the invoice shown (ui/print/InvoiceSheet).
    InvoiceSheet invoiceSheet() const;
    // Writes the invoice sheet as PDF to `path` (Save PDF… after its file dialog); the outcome shows in the view.
    bool savePdf(const QString& path);

Q_SIGNALS:
    void statusChanged(const paydesk::Payment& payment);
    void paid(const paydesk::Payment& payment);

private:
    void showPayment();
    void poll();
    void saveFile(const QString& title, const QString& filter, const QString& suffix,
        const std::function<void(const QString&)>& write);
    void savePng(const QString& path);
    void print();

    GatewayActions& m_actions;
    Payment m_payment;
    QString m_accountName;
    QString m_merchantName;
    bool m_paidEmitted = false;
    bool m_polling = false;
    int m_pollInterval = 5000;
    quint64 m_generation = 0;
    std::unique_ptr<QPrinter> m_printer;

    WrapAnywhereLabel* m_title;
    WrapAnywhereLabel* m_amount;
    QLabel* m_status;
    ErrorBanner* m_banner;
    QrCodeView* m_qr;
    WrapAnywhereLabel* m_url;
    WrapAnywhereLabel* m_notice; // "Saved <path>." too
    QPushButton* m_copyUrl;
    QPushButton* m_openUrl;
    QTimer* m_timer;
};

} // namespace paydesk
