#include "core/qr/InvoiceQr.h"
#include "models/ModelRoles.h"
#include "models/PaymentTableModel.h"
#include "models/RefundTableModel.h"
#include "tests/support/DashboardFixture.h"
#include "ui/dialogs/InvoiceResultView.h"
#include "ui/dialogs/NewInvoiceDialog.h"
#include "ui/dialogs/RefundDialog.h"
#include "ui/pages/PaymentDetailPanel.h"
#include "ui/pages/PaymentsPage.h"
#include "ui/pages/RefundsPage.h"
#include "ui/widgets/QrCodeView.h"

#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <ZXing/ReadBarcode.h>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

QString decodeQr(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(
        gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

constexpr int kSlow = 20'000;

} // namespace

// End to end on the in-process sandbox with the real AppGatewayActions (DashboardFixture): create an invoice through
// the New invoice dialog, decode its QR from the screen, pay it through /_sandbox/pay and see the dialog and the
// Payments row turn Paid, refund it partially through the Refund dialog and see the refund on the Refunds page and
// in the payment's details. Screenshot of the Payments page on synced sandbox data: screenshots/payments-sandbox.png.
class TstPaymentsEndToEnd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void invoicePaidAndRefunded();
    void syncedHistoryScreenshot();

private:
    std::unique_ptr<test::DashboardFixture> m_fixture;
};

void TstPaymentsEndToEnd::init()
{
    m_fixture = std::make_unique<test::DashboardFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error, 120, 30), qPrintable(error));
}

void TstPaymentsEndToEnd::cleanup()
{
    m_fixture.reset();
}

void TstPaymentsEndToEnd::invoicePaidAndRefunded()
{
    const Account account = m_fixture->addSandboxAccount(Gateway::CryptoCom);
    QVERIFY(!account.id.isEmpty());
    PaymentsPage page(m_fixture->ledger(), m_fixture->ledgerPath(), m_fixture->actions());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.model()->isBusy());
    RefundsPage refunds(m_fixture->ledger(), m_fixture->actions());
    const int refundsBefore = refunds.model()->rowCount();

    // Create through the dialog.
    NewInvoiceDialog dialog({account}, m_fixture->actions(), &page);
    dialog.resultView()->setPollInterval(150);
    QSignalSpy paidSpy(&dialog, &NewInvoiceDialog::invoicePaid);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit*>(u"amountLineEdit"_s)->setText(u"42.50"_s);
    dialog.findChild<QLineEdit*>(u"descriptionLineEdit"_s)->setText(u"End-to-end order"_s);
    dialog.findChild<QPushButton*>(u"createPushButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isShowingResult(), kSlow);
    const Payment created = dialog.resultView()->payment();
    QVERIFY(!created.id.isEmpty());
    QCOMPARE(created.amount.amount.toString(), u"42.50"_s);
    QVERIFY(!created.paymentUrl.isEmpty());

    // The QR on the screen decodes to what the invoice carries (Crypto.com: the payment page).
    auto* qr = dialog.findChild<QrCodeView*>(u"invoiceQrCodeView"_s);
    QTRY_VERIFY(qr->isVisible());
    QCOMPARE(decodeQr(qr->grab().toImage()), invoiceQrText(created));
    QCOMPARE(decodeQr(qr->grab().toImage()), created.paymentUrl);
    dialog.resize(1280, 800);
    QTest::qWait(50);
    QDir().mkpath(u"screenshots"_s);
    QVERIFY(dialog.grab().save(u"screenshots/new-invoice-result-sandbox.png"_s));

    // The new invoice arrived in the table row by row (ledgerChanged), pending.
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(account.id, created.id) >= 0, kSlow);
    const auto rowStatus = [&page, &account, &created] {
        const int row = page.model()->rowOf(account.id, created.id);
        return row < 0 ? -1 : page.model()->index(row, 0).data(StatusRole).toInt();
    };
    QCOMPARE(rowStatus(), int(PaymentStatus::Pending));

    // The payer pays: the dialog's live status and the row turn Paid.
    const QJsonObject paid
        = m_fixture->control(u"/_sandbox/pay"_s, QJsonObject{{u"gateway"_s, u"cryptocom"_s}, {u"id"_s, created.id}});
    QVERIFY2(!paid.isEmpty(), "the sandbox refused the payment");
    QTRY_COMPARE_WITH_TIMEOUT(paidSpy.size(), 1, kSlow);
    QCOMPARE(paidSpy.first().first().value<Payment>().id, created.id);
    QVERIFY(dialog.findChild<QLabel*>(u"invoiceStatusLabel"_s)->text().contains(u"Paid"_s));
    QTRY_COMPARE_WITH_TIMEOUT(rowStatus(), int(PaymentStatus::Paid), kSlow);
    dialog.close();

    // Refund 10.00 of it from the detail panel's Refund… button.
    QVERIFY(page.selectPayment(account.id, created.id));
    QTRY_COMPARE(page.detailPanel()->payment().status, PaymentStatus::Paid);
    auto* refundButton = page.detailPanel()->findChild<QPushButton*>(u"refundPushButton"_s);
    QVERIFY(refundButton->isEnabled());
    refundButton->click();
    RefundDialog* refundDialog = nullptr;
    QTRY_VERIFY((refundDialog = page.findChild<RefundDialog*>(u"refundDialog"_s)) != nullptr);
    QSignalSpy refunded(refundDialog, &RefundDialog::refundCreated);
    refundDialog->findChild<QRadioButton*>(u"partialRefundRadioButton"_s)->setChecked(true);
    refundDialog->findChild<QLineEdit*>(u"amountLineEdit"_s)->setText(u"10.00"_s);
    refundDialog->findChild<QPushButton*>(u"nextPushButton"_s)->click();
    QVERIFY(refundDialog->findChild<QLabel*>(u"confirmationLabel"_s)->text().contains(u"10.00\u00a0USD"_s));
    refundDialog->findChild<QPushButton*>(u"nextPushButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(refunded.size(), 1, kSlow);
    const Refund refund = refunded.first().first().value<Refund>();
    QCOMPARE(refund.paymentId, created.id);
    QCOMPARE(refund.amount.amount, Decimal::fromInt(10));

    // On the Refunds page and in the payment's details.
    QTRY_COMPARE_WITH_TIMEOUT(refunds.model()->rowCount(), refundsBefore + 1, kSlow);
    bool listed = false;
    for (int row = 0; row < refunds.model()->rowCount(); ++row)
        listed = listed || refunds.model()->index(row, 0).data(IdRole).toString() == refund.id;
    QVERIFY(listed);
    auto* detailRefunds = page.detailPanel()->findChild<QTreeWidget*>(u"paymentRefundsTreeWidget"_s);
    QTRY_COMPARE_WITH_TIMEOUT(detailRefunds->topLevelItemCount(), 1, kSlow);
}

void TstPaymentsEndToEnd::syncedHistoryScreenshot()
{
    for (Gateway gateway : {Gateway::CryptoCom, Gateway::CryptoProcessing, Gateway::BucksBus, Gateway::Cryptomus})
        QVERIFY(!m_fixture->addSandboxAccount(gateway).id.isEmpty());
    QVERIFY(m_fixture->syncAll());
    PaymentsPage page(m_fixture->ledger(), m_fixture->ledgerPath(), m_fixture->actions());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isBusy() && page.model()->rowCount() > 20, kSlow);
    // A Cryptomus payment with an address in the detail panel.
    int chosen = -1;
    for (int row = 0; row < page.model()->rowCount() && chosen < 0; ++row) {
        const QModelIndex index = page.model()->index(row, 0);
        if (index.data(GatewayRole).toInt() == int(Gateway::Cryptomus)
            && !page.model()->index(row, PaymentTableModel::AddressColumn).data(SortRole).toString().isEmpty())
            chosen = row;
    }
    if (chosen < 0)
        chosen = 0;
    const QModelIndex index = page.model()->index(chosen, 0);
    QVERIFY(page.selectPayment(index.data(AccountIdRole).toString(), index.data(IdRole).toString()));
    QTRY_VERIFY(page.detailPanel()->hasPayment());
    QTest::qWait(300); // the transactions answer
    QDir().mkpath(u"screenshots"_s);
    QVERIFY(page.grab().save(u"screenshots/payments-sandbox.png"_s));
}

QTEST_MAIN(TstPaymentsEndToEnd)
#include "tst_PaymentsEndToEnd.moc"
