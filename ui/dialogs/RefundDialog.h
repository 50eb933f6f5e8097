#pragma once

#include "core/Money.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"
#include "core/domain/RefundDraft.h"

#include <QDialog>
#include <QList>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace paydesk {

class ErrorBanner;
class GatewayActions;
class WrapAnywhereLabel;

// Refund dialog (PRODUCT.md "Refunds"), opened from a payment with open() (never exec()). Three steps:
//  1. the form: full or partial amount, checked against what is refundable (Crypto.com: the invoice amount less
//     what was refunded, in the invoice currency; address gateways: the crypto paid), the reason (Crypto.com's
//     codes, a note on Gateway v10.2), the payer's address where the gateway refunds to one (Cryptomus, v10.2) and
//     the fee choice (Cryptomus); Cryptomus refunds the whole payment, so it has no amount field;
//  2. a confirmation that states exactly what will be sent;
//  3. GatewayActions::createRefund, then the refund, or an ErrorBanner with the form to correct and retry (the
//     idempotency key stays the same, so a retry after an unknown outcome cannot refund twice).
class RefundDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundDialog)

public:
    RefundDialog(
        const Payment& payment, const QString& accountName, GatewayActions& actions, QWidget* parent = nullptr);
    ~RefundDialog() override;

    // What is refundable now, in the currency the gateway refunds in.
    static Money refundable(const Payment& payment);
    Money refundable() const { return refundable(m_payment); }
    // The draft the form describes, or the problems (field → message) that keep it from being sent.
    std::optional<RefundDraft> draft(QList<std::pair<QString, QString>>* problems = nullptr) const;
    // Plain words for what will be sent.
    QString confirmationText(const RefundDraft& draft) const;

Q_SIGNALS:
    void refundCreated(const paydesk::Refund& refund);

private:
    enum Step { FormStep, ConfirmStep, ResultStep };

    QWidget* createForm();
    QWidget* createConfirm();
    QWidget* createResult();
    void updateForm();
    void review();
    void send();
    void showProblems(const QList<std::pair<QString, QString>>& problems);
    bool refundsToAddress() const;

    Payment m_payment;
    QString m_accountName;
    GatewayActions& m_actions;
    QString m_idempotencyKey;
    bool m_sending = false;

    QStackedWidget* m_steps;
    ErrorBanner* m_banner;
    WrapAnywhereLabel* m_summary;
    WrapAnywhereLabel* m_refundableLabel;
    QRadioButton* m_full;
    QRadioButton* m_partial;
    QButtonGroup* m_amountMode;
    QLineEdit* m_amount;
    QLabel* m_amountProblem;
    QComboBox* m_reasonCombo;
    QLineEdit* m_note;
    QLineEdit* m_address;
    QLabel* m_addressProblem;
    QCheckBox* m_feeFromRefund;
    WrapAnywhereLabel* m_confirmText;
    WrapAnywhereLabel* m_resultText;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_close;
};

} // namespace paydesk
