#pragma once

#include "core/domain/Account.h"
#include "core/domain/GatewayAsset.h"
#include "core/domain/InvoiceDraft.h"
#include "core/domain/Payment.h"
#include "core/validation/FieldProblem.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace paydesk {

class ErrorBanner;
class GatewayActions;
class InvoiceResultView;

// New invoice dialog (PRODUCT.md "New invoice"), opened with open() (never exec()). The form: account, amount
// (exact decimal), currency, optional pay currency and network, order id (generated "PD-…", editable), description,
// lifetime, payer e-mail, and the advanced fields of the account's gateway (open amount on Gateway v10.2; discount
// and allowed currencies on Cryptomus). Fields a gateway does not take are hidden. The currency and pay-with lists
// are what the account's gateway accepts as the last sync read it (setAcceptedAssets; fiat currencies from Paydesk's
// own list where the gateway lists crypto only), else Paydesk's own; they are filled again when the account changes.
// Create checks the draft with Decimal::fromString and validateInvoice() and shows each problem under its field,
// sending nothing; otherwise GatewayActions::createInvoice, and on success the result view (InvoiceResultView) follows
// the invoice live.
class NewInvoiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewInvoiceDialog)

public:
    NewInvoiceDialog(const QList<Account>& accounts, GatewayActions& actions, QWidget* parent = nullptr);
    ~NewInvoiceDialog() override;

    // The assets each account's gateway accepts (Ledger::gatewayAssets), by account id.
    void setAcceptedAssets(const QHash<QString, QList<GatewayAsset>>& byAccount);
    // Preselects an account (by id).
    void setAccount(const QString& accountId);
    // The sanity bound (Settings::confirmAmountAbove; zero: never ask): an amount above it is only sent after a
    // second click on "Create invoice", once the dialog has said how large it is.
    void setConfirmAmountAbove(const Decimal& limit) { m_confirmAbove = limit; }
    // The draft the form describes, or std::nullopt with the problems (field names of InvoiceDraft, "account").
    std::optional<InvoiceDraft> draft(QList<FieldProblem>* problems = nullptr) const;
    // Shows problems inline (replacing the ones shown); returns how many were shown.
    int showProblems(const QList<FieldProblem>& problems);
    // The problem shown under a field ("amount", "currency", "orderId", …), or empty.
    QString problemText(const QString& field) const;
    InvoiceResultView* resultView() const { return m_result; }
    bool isShowingResult() const;

    // "PD-" and 12 upper-case hex digits, as GatewayOperations generates.
    static QString generateOrderId();

public Q_SLOTS:
    void create();

Q_SIGNALS:
    void invoiceCreated(const paydesk::Payment& payment);
    // The invoice created here turned Paid (the main window shows a tray notification).
    void invoicePaid(const paydesk::Payment& payment);

private:
    void addRow(const QString& field, const QString& label, QWidget* editor);
    void setRowVisible(const QString& field, bool visible);
    void onAccountChanged();
    // Fills the currency and pay-with lists for the current account, keeping what was chosen where it is still offered.
    void fillAssets();
    void clearProblems();
    const Account* currentAccount() const;

    QList<Account> m_accounts;
    GatewayActions& m_actions;
    bool m_sending = false;
    QHash<QString, QList<GatewayAsset>> m_accepted;
    Decimal m_confirmAbove;
    Money m_confirmedAmount; // the large amount the merchant was told about (a second click sends it)

    QStackedWidget* m_steps;
    ErrorBanner* m_banner;
    QGridLayout* m_form;
    QHash<QString, QLabel*> m_problems; // field → problem label
    QHash<QString, QWidget*> m_rows; // field → row container
    QHash<QString, QLabel*> m_labels; // field → row title
    QComboBox* m_account;
    QLineEdit* m_amount;
    QComboBox* m_currency;
    QComboBox* m_payCurrency;
    QLineEdit* m_network;
    QLineEdit* m_orderId;
    QLineEdit* m_description;
    QSpinBox* m_lifetime;
    QLineEdit* m_payerEmail;
    QCheckBox* m_openAmount;
    QSpinBox* m_discount;
    QLineEdit* m_allowedCurrencies;
    QLabel* m_gatewayNote;
    InvoiceResultView* m_result;
    QPushButton* m_create;
    QPushButton* m_close;
    QPushButton* m_another;
};

} // namespace paydesk
