#include "core/qr/InvoiceQr.h"
#include "models/QrImage.h"
#include "ui/dialogs/InvoiceResultView.h"
#include "ui/dialogs/NewInvoiceDialog.h"
#include "ui/widgets/QrCodeView.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/ReadBarcode.h>

#include "PaymentsTestData.h"
#include "RecordingGatewayActions.h"

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::uitest;

namespace {

// Reads the QR code in a picture with ZXing-C++ (independent of libqrencode); empty when none is found.
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

// Page objects in a PDF written by Qt ("/Type /Page", not "/Type /Pages").
int pdfPageObjects(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(file.readAll());
    return int(text.count(QRegularExpression(u"/Type\\s*/Page(?![a-zA-Z])"_s)));
}

} // namespace

// The New invoice dialog with a recording GatewayActions: field problems are shown inline and nothing is sent;
// fields follow the gateway; a created invoice switches to the result view whose QR decodes to the invoice's QR
// text, and the live status follows the invoice until Paid (invoicePaid once). Screenshot:
// screenshots/new-invoice-result.png.
class TstNewInvoiceDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongAmountIsShownInlineAndNothingSent_data();
    void wrongAmountIsShownInlineAndNothingSent();
    void gatewayRulesShownInline();
    void fieldsFollowTheGateway();
    void assetListsFollowTheGateway();
    void createShowsResultAndFollowsStatus();
    void gatewayErrorShowsBanner();
    void badOrderIdIsShownInline_data();
    void badOrderIdIsShownInline();
    void largeAmountAsksForASecondClick();

private:
    QList<Account> m_accounts;
};

void TstNewInvoiceDialog::initTestCase()
{
    m_accounts = {testAccount(u"acc-cc"_s, u"shop-eu"_s, Gateway::CryptoCom),
        testAccount(u"acc-cm"_s, u"crypto-desk"_s, Gateway::Cryptomus),
        testAccount(u"acc-bb"_s, u"bucks"_s, Gateway::BucksBus),
        testAccount(u"acc-cp"_s, u"processing"_s, Gateway::CryptoProcessing)};
}

void TstNewInvoiceDialog::wrongAmountIsShownInlineAndNothingSent_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("field");

    QTest::newRow("comma") << u"acc-cc"_s << u"12,50"_s << u"USD"_s << u"amount"_s;
    QTest::newRow("empty") << u"acc-cc"_s << u""_s << u"USD"_s << u"amount"_s;
    QTest::newRow("letters") << u"acc-cm"_s << u"ten"_s << u"USD"_s << u"amount"_s;
    QTest::newRow("exponent") << u"acc-cm"_s << u"1e3"_s << u"USD"_s << u"amount"_s;
    QTest::newRow("zero") << u"acc-cc"_s << u"0"_s << u"USD"_s << u"amount"_s;
    QTest::newRow("negative") << u"acc-cp"_s << u"-5"_s << u"USD"_s << u"amount"_s;
    QTest::newRow("too many decimals") << u"acc-cc"_s << u"1.005"_s << u"USD"_s << u"amount"_s;
    QTest::newRow("unknown currency") << u"acc-cc"_s << u"10"_s << u"XYZ"_s << u"currency"_s;
    QTest::newRow("leading plus") << u"acc-cc"_s << u"+5"_s << u"USD"_s << u"amount"_s;
}

void TstNewInvoiceDialog::wrongAmountIsShownInlineAndNothingSent()
{
    QFETCH(QString, account);
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, field);

    RecordingGatewayActions actions;
    NewInvoiceDialog dialog(m_accounts, actions);
    dialog.setAccount(account);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit*>(u"amountLineEdit"_s)->setText(amount);
    dialog.findChild<QComboBox*>(u"currencyComboBox"_s)->setCurrentText(currency);
    dialog.findChild<QPushButton*>(u"createPushButton"_s)->click();

    QVERIFY2(!dialog.problemText(field).isEmpty(), qPrintable(field));
    auto* label = dialog.findChild<QLabel*>(u"amountProblemLabel"_s); // amount and currency share the line
    QVERIFY(label->isVisible());
    QTest::qWait(20);
    QVERIFY(actions.createdInvoices.isEmpty());
    QVERIFY(!dialog.isShowingResult());

    // Correcting the amount clears the problem and sends.
    dialog.findChild<QComboBox*>(u"currencyComboBox"_s)->setCurrentText(u"USD"_s);
    dialog.findChild<QLineEdit*>(u"amountLineEdit"_s)->setText(u"12.50"_s);
    dialog.create();
    QVERIFY(dialog.problemText(field).isEmpty());
    QCOMPARE(actions.createdInvoices.size(), 1);
    QCOMPARE(actions.createdInvoices.first().second.amount.amount.toString(), u"12.50"_s);
}

void TstNewInvoiceDialog::gatewayRulesShownInline()
{
    RecordingGatewayActions actions;
    NewInvoiceDialog dialog(m_accounts, actions);
    dialog.setAccount(u"acc-cm"_s);
    dialog.findChild<QLineEdit*>(u"amountLineEdit"_s)->setText(u"10"_s);
    auto* orderId = dialog.findChild<QLineEdit*>(u"orderIdLineEdit"_s);
    QVERIFY(orderId->text().startsWith(u"PD-"_s));
    QCOMPARE(orderId->text().size(), 15);
    orderId->setText(u"bad id!"_s); // Cryptomus: letters, digits, _ and - only
    dialog.findChild<QSpinBox*>(u"lifetimeSpinBox"_s)->setValue(2); // Cryptomus: at least 5 minutes
    dialog.findChild<QSpinBox*>(u"discountSpinBox"_s)->setValue(-99);
    dialog.create();
    QVERIFY(!dialog.problemText(u"orderId"_s).isEmpty());
    QVERIFY(!dialog.problemText(u"lifetime"_s).isEmpty());
    QVERIFY(dialog.problemText(u"discountPercent"_s).isEmpty());
    QVERIFY(dialog.problemText(u"amount"_s).isEmpty());
    QTest::qWait(20);
    QVERIFY(actions.createdInvoices.isEmpty());

    orderId->setText(u"order_42"_s);
    dialog.findChild<QSpinBox*>(u"lifetimeSpinBox"_s)->setValue(30);
    dialog.create();
    QCOMPARE(actions.createdInvoices.size(), 1);
    const InvoiceDraft sent = actions.createdInvoices.first().second;
    QCOMPARE(actions.createdInvoices.first().first, u"acc-cm"_s);
    QCOMPARE(sent.orderId, u"order_42"_s);
    QCOMPARE(sent.lifetime->count(), 1800);
    QCOMPARE(sent.discountPercent.value_or(0), -99);
    QVERIFY(sent.payerEmail.isEmpty());
}

void TstNewInvoiceDialog::fieldsFollowTheGateway()
{
    RecordingGatewayActions actions;
    NewInvoiceDialog dialog(m_accounts, actions);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto shown
        = [&dialog](const char* name) { return dialog.findChild<QWidget*>(QString::fromLatin1(name))->isVisible(); };
    dialog.setAccount(u"acc-cc"_s);
    QVERIFY(!shown("payCurrencyComboBox"));
    QVERIFY(!shown("payerEmailLineEdit"));
    QVERIFY(!shown("discountSpinBox"));
    dialog.setAccount(u"acc-cm"_s);
    QVERIFY(shown("payCurrencyComboBox"));
    QVERIFY(shown("networkLineEdit"));
    QVERIFY(shown("discountSpinBox"));
    QVERIFY(!shown("payerEmailLineEdit"));
    QVERIFY(!shown("openAmountCheckBox"));
    dialog.setAccount(u"acc-bb"_s);
    QVERIFY(shown("openAmountCheckBox"));
    QVERIFY(shown("payerEmailLineEdit"));
    QVERIFY(!shown("networkLineEdit"));
    // v10.2: a fiat amount needs the asset to pay with.
    dialog.findChild<QLineEdit*>(u"amountLineEdit"_s)->setText(u"10"_s);
    dialog.create();
    QVERIFY(!dialog.problemText(u"payCurrency"_s).isEmpty());
    dialog.setAccount(u"acc-cp"_s);
    QCOMPARE(dialog.findChild<QSpinBox*>(u"lifetimeSpinBox"_s)->value(), 60); // CryptoProcessing needs one
    QVERIFY(shown("payerEmailLineEdit"));
}

// The currency and pay-with lists are what the account's gateway accepts (as the last sync read it), and change with
// the account; an account never synced offers Paydesk's own lists.
void TstNewInvoiceDialog::assetListsFollowTheGateway()
{
    const auto asset = [](const QString& code, bool fiat = false) {
        GatewayAsset a;
        a.code = code;
        a.fiat = fiat;
        return a;
    };
    RecordingGatewayActions actions;
    NewInvoiceDialog dialog(m_accounts, actions);
    dialog.setAcceptedAssets(
        {{u"acc-bb"_s, {asset(u"USD"_s, true), asset(u"EUR"_s, true), asset(u"BTC"_s), asset(u"USDT.TRC20"_s)}},
            {u"acc-cm"_s, {asset(u"USDT"_s), asset(u"TRX"_s)}}});
    auto* currency = dialog.findChild<QComboBox*>(u"currencyComboBox"_s);
    auto* payWith = dialog.findChild<QComboBox*>(u"payCurrencyComboBox"_s);
    const auto items = [](const QComboBox* combo) {
        QStringList texts;
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
        return texts;
    };
    dialog.setAccount(u"acc-bb"_s);
    QCOMPARE(items(currency), (QStringList{u"USD"_s, u"EUR"_s, u"BTC"_s, u"USDT.TRC20"_s}));
    QCOMPARE(items(payWith), (QStringList{QString(), u"BTC"_s, u"USDT.TRC20"_s}));
    QCOMPARE(currency->currentText(), u"USD"_s);
    payWith->setCurrentText(u"USDT.TRC20"_s);

    // Cryptomus lists coins only: the fiat currencies an invoice is priced in stay Paydesk's.
    dialog.setAccount(u"acc-cm"_s);
    QVERIFY(items(currency).contains(u"EUR"_s));
    QVERIFY(items(currency).contains(u"USDT"_s));
    QVERIFY(!items(currency).contains(u"USDT.TRC20"_s));
    QCOMPARE(items(payWith), (QStringList{QString(), u"USDT"_s, u"TRX"_s}));
    QCOMPARE(payWith->currentText(), QString()); // USDT.TRC20 is not offered here: reset

    dialog.setAccount(u"acc-cp"_s); // never synced
    QVERIFY(items(payWith).contains(u"USDT"_s));
    QVERIFY(payWith->toolTip().contains(u"Sync this account"_s));
}

void TstNewInvoiceDialog::createShowsResultAndFollowsStatus()
{
    RecordingGatewayActions actions;
    const Account cc = m_accounts.first();
    Payment created
        = testPayment(cc, u"inv-1"_s, u"PD-CAFE00000001"_s, u"25.00"_s, u"USD"_s, PaymentStatus::Pending, 0);
    created.paymentUrl = u"https://pay.crypto.example/invoice/inv-1?lang=en"_s;
    actions.onCreateInvoice = [created](const QString&, const InvoiceDraft& draft) {
        Payment p = created;
        p.orderId = draft.orderId;
        p.description = draft.description;
        return Result<Payment>(p);
    };
    int polls = 0;
    actions.onRefresh = [&polls](const Payment& known) {
        Payment p = known;
        if (++polls >= 2) {
            p.status = PaymentStatus::Paid;
            p.rawStatus = u"succeeded"_s;
            p.paid = p.amount;
        }
        return Result<Payment>(p);
    };

    NewInvoiceDialog dialog(m_accounts, actions);
    dialog.resultView()->setPollInterval(30);
    QSignalSpy createdSpy(&dialog, &NewInvoiceDialog::invoiceCreated);
    QSignalSpy paidSpy(&dialog, &NewInvoiceDialog::invoicePaid);
    dialog.setAccount(cc.id);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit*>(u"amountLineEdit"_s)->setText(u"25.00"_s);
    dialog.findChild<QLineEdit*>(u"descriptionLineEdit"_s)->setText(u"Two coffees"_s);
    const QString orderId = dialog.findChild<QLineEdit*>(u"orderIdLineEdit"_s)->text();
    dialog.findChild<QPushButton*>(u"createPushButton"_s)->click();

    QTRY_VERIFY(dialog.isShowingResult());
    QCOMPARE(createdSpy.size(), 1);
    QCOMPARE(actions.createdInvoices.first().second.orderId, orderId);
    auto* qr = dialog.findChild<QrCodeView*>(u"invoiceQrCodeView"_s);
    QVERIFY(qr->isVisible());
    QVERIFY(qr->hasCode());
    QVERIFY(qr->width() >= 300);
    const Payment shown = dialog.resultView()->payment();
    QCOMPARE(qr->text(), invoiceQrText(shown));
    QCOMPARE(decodeQr(qr->grab().toImage()), created.paymentUrl); // what the screen shows scans to the URL
    QCOMPARE(decodeQr(qr->image(400)), created.paymentUrl); // and the PNG / clipboard image too
    QCOMPARE(dialog.findChild<QLabel*>(u"invoiceUrlLabel"_s)->text(), created.paymentUrl);
    QVERIFY(dialog.findChild<QLabel*>(u"invoiceStatusLabel"_s)->text().contains(u"Pending"_s));

    dialog.resize(1280, 800);
    QTest::qWait(50);
    QDir().mkpath(u"screenshots"_s);
    QVERIFY(dialog.grab().save(u"screenshots/new-invoice-result.png"_s));

    // Live status: polls until Paid, then stops; invoicePaid once.
    QTRY_COMPARE(paidSpy.size(), 1);
    QCOMPARE(paidSpy.first().first().value<Payment>().status, PaymentStatus::Paid);
    QVERIFY(dialog.findChild<QLabel*>(u"invoiceStatusLabel"_s)->text().contains(u"Paid"_s));
    QVERIFY(!dialog.resultView()->isFollowing());
    const int pollsAtPaid = polls;
    QTest::qWait(120);
    QCOMPARE(polls, pollsAtPaid);
    QCOMPARE(paidSpy.size(), 1);

    // Saving the PNG writes the QR code.
    QTemporaryDir dir;
    const QString png = dir.filePath(u"qr.png"_s);
    QVERIFY(QrImage::savePng(qr->image(300), png));
    QCOMPARE(decodeQr(QImage(png)), created.paymentUrl);

    // Save PDF… writes the invoice sheet (ui/print/InvoiceSheet) for the invoice shown, the account as merchant.
    const InvoiceSheet sheet = dialog.resultView()->invoiceSheet();
    QCOMPARE(sheet.merchantName(), cc.name);
    QCOMPARE(sheet.payment(), dialog.resultView()->payment());
    QCOMPARE(sheet.qrText(), created.paymentUrl);
    dialog.resultView()->setMerchantName(u"Corner Café"_s);
    QCOMPARE(dialog.resultView()->invoiceSheet().merchantName(), u"Corner Café"_s);
    const QString pdf = dir.filePath(u"invoice.pdf"_s);
    dialog.findChild<QPushButton*>(u"savePdfPushButton"_s)->click();
    QFileDialog* fileDialog = nullptr;
    QTRY_VERIFY((fileDialog = dialog.findChild<QFileDialog*>(u"saveFileDialog"_s)) != nullptr);
    fileDialog->selectFile(pdf);
    static_cast<QDialog*>(fileDialog)->accept(); // QFileDialog::accept() is protected
    QVERIFY(QFile::exists(pdf));
    QCOMPARE(pdfPageObjects(pdf), 1);
    QVERIFY(dialog.findChild<QLabel*>(u"invoiceNoticeLabel"_s)->text().contains(QDir::toNativeSeparators(pdf)));
    QVERIFY(!dialog.resultView()->savePdf(dir.filePath(u"missing/invoice.pdf"_s)));

    // Print… opens the print dialog (not modal to the event loop).
    dialog.findChild<QPushButton*>(u"printPushButton"_s)->click();
    QPrintDialog* printDialog = nullptr;
    QTRY_VERIFY((printDialog = dialog.findChild<QPrintDialog*>(u"printDialog"_s)) != nullptr);
    QVERIFY(printDialog->isVisible());
    printDialog->reject();
}

void TstNewInvoiceDialog::gatewayErrorShowsBanner()
{
    RecordingGatewayActions actions;
    actions.onCreateInvoice = [](const QString&, const InvoiceDraft&) {
        ProviderError error = ProviderError::validation(u"orderId"_s, u"order_id has already been taken"_s);
        error.httpStatus = 422;
        error.providerCode = u"ERR_DUPLICATE"_s;
        return Result<Payment>(error);
    };
    NewInvoiceDialog dialog(m_accounts, actions);
    dialog.setAccount(u"acc-cc"_s);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit*>(u"amountLineEdit"_s)->setText(u"5"_s);
    dialog.create();
    QTRY_VERIFY(dialog.findChild<QWidget*>(u"invoiceErrorBanner"_s)->isVisible());
    QVERIFY(!dialog.isShowingResult());
    QVERIFY(!dialog.problemText(u"orderId"_s).isEmpty());
    QVERIFY(dialog.findChild<QPushButton*>(u"createPushButton"_s)->isEnabled());
}

void TstNewInvoiceDialog::badOrderIdIsShownInline_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("orderId");
    QTest::newRow("space") << u"acc-cc"_s << u"ORDER 1"_s;
    QTest::newRow("path") << u"acc-bb"_s << u"../../etc/passwd"_s;
    QTest::newRow("control character") << u"acc-cp"_s << u"ORDER\a2"_s;
    QTest::newRow("cryptomus, one message") << u"acc-cm"_s << u"ORDER 3"_s;
}

void TstNewInvoiceDialog::badOrderIdIsShownInline()
{
    QFETCH(QString, account);
    QFETCH(QString, orderId);
    RecordingGatewayActions actions;
    NewInvoiceDialog dialog(m_accounts, actions);
    dialog.setAccount(account);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit*>(u"amountLineEdit"_s)->setText(u"5.00"_s);
    dialog.findChild<QComboBox*>(u"currencyComboBox"_s)->setCurrentText(u"USD"_s);
    dialog.findChild<QLineEdit*>(u"orderIdLineEdit"_s)->setText(orderId);
    dialog.create();
    QVERIFY2(dialog.problemText(u"orderId"_s).contains(u"may not hold spaces, control characters"_s),
        qPrintable(dialog.problemText(u"orderId"_s)));
    QTest::qWait(20);
    QVERIFY(actions.createdInvoices.isEmpty());
}

void TstNewInvoiceDialog::largeAmountAsksForASecondClick()
{
    RecordingGatewayActions actions;
    NewInvoiceDialog dialog(m_accounts, actions);
    dialog.setConfirmAmountAbove(Decimal::fromString(u"1000"_s).value());
    dialog.setAccount(u"acc-cc"_s);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* amount = dialog.findChild<QLineEdit*>(u"amountLineEdit"_s);
    dialog.findChild<QComboBox*>(u"currencyComboBox"_s)->setCurrentText(u"USD"_s);
    amount->setText(u"5000.00"_s);
    dialog.create();
    QVERIFY2(dialog.problemText(u"amount"_s).contains(u"5000.00 USD"_s), qPrintable(dialog.problemText(u"amount"_s)));
    QTest::qWait(20);
    QVERIFY(actions.createdInvoices.isEmpty());
    // Another large amount is asked about again; the same one, clicked again, is sent.
    amount->setText(u"6000.00"_s);
    dialog.create();
    QVERIFY(dialog.problemText(u"amount"_s).contains(u"6000.00 USD"_s));
    QVERIFY(actions.createdInvoices.isEmpty());
    dialog.create();
    QTRY_COMPARE(actions.createdInvoices.size(), 1);
    QCOMPARE(actions.createdInvoices.first().second.amount.amount.toString(), u"6000.00"_s);
    QVERIFY(dialog.problemText(u"amount"_s).isEmpty());
}

QTEST_MAIN(TstNewInvoiceDialog)
#include "tst_NewInvoiceDialog.moc"
