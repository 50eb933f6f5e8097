#include "ui/dialogs/RefundDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include "PaymentsTestData.h"
#include "RecordingGatewayActions.h"

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::uitest;

// The Refund dialog with a recording GatewayActions: the refundable amount per gateway, an amount beyond it (or not
// a number) is shown inline and nothing is sent, the confirmation states what will be sent, and the draft that
// reaches createRefund follows each gateway's rules (Cryptomus: no amount, an address, the fee choice).
class TstRefundDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refundable_data();
    void refundable();
    void wrongAmountShownInlineNothingSent_data();
    void wrongAmountShownInlineNothingSent();
    void partialCryptoComRefund();
    void cryptomusWholePaymentToAddress();
    void gatewayErrorReturnsToForm();

private:
    static Payment cryptoComPaid()
    {
        const Account account = testAccount(u"acc-cc"_s, u"shop-eu"_s, Gateway::CryptoCom);
        Payment p = testPayment(account, u"cc-1"_s, u"PD-A1001"_s, u"100.00"_s, u"USD"_s, PaymentStatus::Paid, 1);
        p.refunded = money(u"30.00"_s, u"USD"_s);
        return p;
    }
    static Payment cryptomusPaid()
    {
        const Account account = testAccount(u"acc-cm"_s, u"crypto-desk"_s, Gateway::Cryptomus);
        Payment p = testPayment(account, u"cm-1"_s, u"PD-B2001"_s, u"50.00"_s, u"USD"_s, PaymentStatus::Paid, 1);
        p.payAmount = money(u"50.10"_s, u"USDT"_s);
        p.paid = money(u"50.10"_s, u"USDT"_s);
        p.network = u"tron"_s;
        return p;
    }
    static void clickNext(RefundDialog& dialog) { dialog.findChild<QPushButton*>(u"nextPushButton"_s)->click(); }
};

void TstRefundDialog::refundable_data()
{
    QTest::addColumn<Payment>("payment");
    QTest::addColumn<QString>("expected");

    QTest::newRow("crypto.com less refunded") << cryptoComPaid() << u"70.00 USD"_s;
    Payment fresh = cryptoComPaid();
    fresh.refunded = {};
    QTest::newRow("crypto.com none refunded") << fresh << u"100.00 USD"_s;
    QTest::newRow("cryptomus the crypto paid") << cryptomusPaid() << u"50.10 USDT"_s;
    Payment unpaid = cryptomusPaid();
    unpaid.paid = {};
    QTest::newRow("address gateway, pay amount") << unpaid << u"50.10 USDT"_s;
}

void TstRefundDialog::refundable()
{
    QFETCH(Payment, payment);
    QFETCH(QString, expected);
    const Money limit = RefundDialog::refundable(payment);
    QCOMPARE(limit.amount.toString() + u' ' + limit.currency, expected);
}

void TstRefundDialog::wrongAmountShownInlineNothingSent_data()
{
    QTest::addColumn<QString>("amount");
    QTest::newRow("more than refundable") << u"70.01"_s;
    QTest::newRow("comma") << u"5,00"_s;
    QTest::newRow("empty") << u""_s;
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("negative") << u"-1"_s;
    QTest::newRow("beyond cents") << u"1.001"_s;
}

void TstRefundDialog::wrongAmountShownInlineNothingSent()
{
    QFETCH(QString, amount);
    RecordingGatewayActions actions;
    RefundDialog dialog(cryptoComPaid(), u"shop-eu"_s, actions);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QRadioButton*>(u"partialRefundRadioButton"_s)->setChecked(true);
    dialog.findChild<QLineEdit*>(u"amountLineEdit"_s)->setText(amount);
    clickNext(dialog);
    auto* problem = dialog.findChild<QLabel*>(u"amountProblemLabel"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());
    QVERIFY(!dialog.findChild<QLabel*>(u"confirmationLabel"_s)->isVisible());
    clickNext(dialog);
    QTest::qWait(20);
    QVERIFY(actions.createdRefunds.isEmpty());
}

void TstRefundDialog::partialCryptoComRefund()
{
    RecordingGatewayActions actions;
    actions.onCreateRefund = [](const QString& accountId, const RefundDraft& draft) {
        Refund refund;
        refund.accountId = accountId;
        refund.id = u"rf-77"_s;
        refund.paymentId = draft.paymentId;
        refund.amount = draft.amount;
        refund.status = TransferStatus::Pending;
        return Result<Refund>(refund);
    };
    RefundDialog dialog(cryptoComPaid(), u"shop-eu"_s, actions);
    QSignalSpy created(&dialog, &RefundDialog::refundCreated);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QLabel*>(u"refundableLabel"_s)->text().contains(u"70.00"_s));
    QVERIFY(!dialog.findChild<QLineEdit*>(u"addressLineEdit"_s)->isVisible()); // refunds to the payer's app
    dialog.findChild<QRadioButton*>(u"partialRefundRadioButton"_s)->setChecked(true);
    dialog.findChild<QLineEdit*>(u"amountLineEdit"_s)->setText(u"20.5"_s);
    auto* reason = dialog.findChild<QComboBox*>(u"reasonComboBox"_s);
    reason->setCurrentIndex(reason->findData(u"duplicate"_s));
    clickNext(dialog);

    auto* confirmation = dialog.findChild<QLabel*>(u"confirmationLabel"_s);
    QVERIFY(confirmation->isVisible());
    QVERIFY2(confirmation->text().contains(u"20.50\u00a0USD"_s), qPrintable(confirmation->text()));
    QVERIFY(confirmation->text().contains(u"PD-A1001"_s));
    QVERIFY(confirmation->text().contains(u"Duplicate"_s));
    QVERIFY(actions.createdRefunds.isEmpty()); // not before the confirmation
    clickNext(dialog);
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(actions.createdRefunds.size(), 1);
    const RefundDraft sent = actions.createdRefunds.first().second;
    QCOMPARE(actions.createdRefunds.first().first, u"acc-cc"_s);
    QCOMPARE(sent.paymentId, u"cc-1"_s);
    QCOMPARE(sent.amount.amount.toString(), u"20.5"_s);
    QCOMPARE(sent.amount.currency, u"USD"_s);
    QCOMPARE(sent.reason, u"duplicate"_s);
    QVERIFY(sent.address.isEmpty());
    QVERIFY(sent.idempotencyKey.startsWith(u"PR-"_s));
    QVERIFY(dialog.findChild<QLabel*>(u"resultLabel"_s)->text().contains(u"rf-77"_s));
}

void TstRefundDialog::cryptomusWholePaymentToAddress()
{
    RecordingGatewayActions actions;
    actions.onCreateRefund = [](const QString&, const RefundDraft&) {
        Refund refund;
        refund.id = u"rf-cm"_s;
        return Result<Refund>(refund);
    };
    RefundDialog dialog(cryptomusPaid(), u"crypto-desk"_s, actions);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QLineEdit*>(u"amountLineEdit"_s)->isVisible());
    QVERIFY(!dialog.findChild<QRadioButton*>(u"partialRefundRadioButton"_s)->isVisible());
    QVERIFY(dialog.findChild<QCheckBox*>(u"feeFromRefundCheckBox"_s)->isVisible());
    // The address is required.
    clickNext(dialog);
    QVERIFY(dialog.findChild<QLabel*>(u"addressProblemLabel"_s)->isVisible());
    QTest::qWait(20);
    QVERIFY(actions.createdRefunds.isEmpty());

    dialog.findChild<QLineEdit*>(u"addressLineEdit"_s)->setText(u"  TXYZabc123payer  "_s);
    dialog.findChild<QCheckBox*>(u"feeFromRefundCheckBox"_s)->setChecked(false);
    clickNext(dialog);
    const QString confirmation = dialog.findChild<QLabel*>(u"confirmationLabel"_s)->text();
    QVERIFY2(confirmation.contains(u"whole payment"_s), qPrintable(confirmation));
    QVERIFY(confirmation.contains(u"50.10"_s) && confirmation.contains(u"USDT"_s));
    QVERIFY(confirmation.contains(u"TXYZabc123payer"_s));
    QVERIFY(confirmation.contains(u"merchant balance pays"_s));
    clickNext(dialog);
    QTRY_COMPARE(actions.createdRefunds.size(), 1);
    const RefundDraft sent = actions.createdRefunds.first().second;
    QVERIFY(!sent.amount.isValid()); // Cryptomus takes no amount
    QVERIFY(sent.amount.amount.isZero());
    QCOMPARE(sent.address, u"TXYZabc123payer"_s);
    QVERIFY(!sent.feeFromRefund);
    QVERIFY(sent.network.isEmpty());
    QVERIFY(sent.reason.isEmpty());
}

void TstRefundDialog::gatewayErrorReturnsToForm()
{
    RecordingGatewayActions actions;
    actions.onCreateRefund = [](const QString&, const RefundDraft&) {
        ProviderError error;
        error.kind = ProviderError::Kind::Conflict;
        error.httpStatus = 409;
        error.message = u"refund already in progress"_s;
        return Result<Refund>(error);
    };
    RefundDialog dialog(cryptoComPaid(), u"shop-eu"_s, actions);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    clickNext(dialog); // full refund
    clickNext(dialog); // send
    QTRY_VERIFY(dialog.findChild<QWidget*>(u"refundErrorBanner"_s)->isVisible());
    QCOMPARE(actions.createdRefunds.size(), 1);
    QCOMPARE(actions.createdRefunds.first().second.amount.amount.toString(), u"70.00"_s);
    QVERIFY(dialog.findChild<QLineEdit*>(u"amountLineEdit"_s)->isVisible()); // back on the form
    // A retry keeps the idempotency key.
    clickNext(dialog);
    clickNext(dialog);
    QTRY_COMPARE(actions.createdRefunds.size(), 2);
    QCOMPARE(actions.createdRefunds.at(1).second.idempotencyKey, actions.createdRefunds.at(0).second.idempotencyKey);
}

QTEST_MAIN(TstRefundDialog)
#include "tst_RefundDialog.moc"
