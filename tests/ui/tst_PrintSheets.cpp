#include "core/Decimal.h"
#include "core/domain/DedicatedAddress.h"
#include "core/domain/Payment.h"
#include "core/qr/InvoiceQr.h"
#include "ui/print/AddressQrSheet.h"
#include "ui/print/InvoiceSheet.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <ZXing/ReadBarcode.h>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

Money money(const QString& amount, const QString& currency)
{
    const auto value = Decimal::fromString(amount);
    if (!value)
        qFatal("test amount %s does not parse", qPrintable(amount));
    return {*value, currency};
}

// A realistic invoice: a fiat amount paid in BTC to a deposit address (its QR code is a BIP-21 URI).
Payment bitcoinInvoice()
{
    Payment p;
    p.accountId = u"acc-cryptomus-eu"_s;
    p.gateway = Gateway::Cryptomus;
    p.id = u"8b2f4c1e-3d5a-4e7b-9c61-2f0d8a7e5b34"_s;
    p.orderId = u"NW-2026-10482"_s;
    p.description = u"Espresso machine Linea Mini R and a Mythos MY75 grinder, shipping to Lyon"_s;
    p.amount = money(u"1249.90"_s, u"EUR"_s);
    p.payAmount = money(u"0.01473210"_s, u"BTC"_s);
    p.network = u"bitcoin"_s;
    p.address = u"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"_s;
    p.paymentUrl = u"https://pay.cryptomus.com/pay/8b2f4c1e-3d5a-4e7b-9c61-2f0d8a7e5b34"_s;
    p.status = PaymentStatus::Pending;
    p.created = QDateTime(QDate(2026, 11, 21), QTime(9, 41), Qt::UTC);
    p.updated = p.created;
    p.expires = p.created.addSecs(3600);
    p.liveMode = true;
    return p;
}

// A hosted-page invoice (the QR code is the payment URL), test mode, no description.
Payment hostedInvoice()
{
    Payment p;
    p.accountId = u"acc-cdc"_s;
    p.gateway = Gateway::CryptoCom;
    p.id = u"a5a3e1c2-77f0-4f2b-b2de-0c9d1e4f6a11"_s;
    p.orderId = u"INV-77"_s;
    p.amount = money(u"12345.67"_s, u"USD"_s);
    p.paymentUrl = u"https://pay.crypto.com/checkout/a5a3e1c2-77f0-4f2b-b2de-0c9d1e4f6a11"_s;
    p.status = PaymentStatus::Paid;
    p.created = QDateTime(QDate(2026, 3, 2), QTime(23, 5), Qt::UTC);
    p.expires = p.created.addDays(1);
    return p;
}

DedicatedAddress address(int index)
{
    // Eight kinds of addresses, repeated with a distinct suffix so every code on a sheet is different.
    static const QList<std::array<QString, 4>> kinds = {
        {u"USDT"_s, u"tron"_s, u"TJYeasTPa6gpEEfYqGZC8eJ6HBM9bYh1b"_s, QString()},
        {u"BTC"_s, u"bitcoin"_s, u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5md"_s, QString()},
        {u"ETH"_s, u"ethereum"_s, u"0x52908400098527886E0F7030069857D2E4169EE"_s, QString()},
        {u"XRP"_s, u"ripple"_s, u"rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaL"_s, u"104857"_s},
        {u"TON"_s, u"ton"_s, u"UQBvW8Z5huBkMJYdnfAEM5JqTNkuWX3diqYENkWsIL0XggG"_s, u"shop-4471"_s},
        {u"LTC"_s, QString(), u"ltc1qg82tjd0m9tc5gq8rn6tj5ydvxyv9smhl4yemw"_s, QString()},
        {u"USDC"_s, u"bsc"_s, u"0x8894E0a0c962CB723c1976a4421c95949bE2D4E"_s, QString()},
        {u"XLM"_s, u"stellar"_s, u"GAHK7EEG2WWHVKDNT4CEQFZGKF2LGDSW2IVM4S5DP42RBW3K6BTODB4"_s, u"900117"_s},
    };
    const auto& kind = kinds.at(index % kinds.size());
    DedicatedAddress a;
    a.accountId = u"acc-cp"_s;
    a.gateway = Gateway::CryptoProcessing;
    a.id = u"addr-%1"_s.arg(index);
    a.currency = kind[0];
    a.network = kind[1];
    a.address = kind[2] + QString::number(index % 10);
    a.tag = kind[3];
    a.label = u"Customer %1"_s.arg(100 + index);
    if (index % 3 == 0)
        a.customerReference = u"cust-%1"_s.arg(5000 + index);
    a.status = AddressStatus::Active;
    return a;
}

QString tool(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

// Runs a poppler tool; its standard output, or a null string on failure (with the reason in *error).
QString run(const QString& program, const QStringList& arguments, QString* error)
{
    QProcess process;
    process.start(tool(program), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = program + u": "_s + QString::fromLocal8Bit(process.readAllStandardError()) + process.errorString();
        return {};
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    return out.isNull() ? u""_s : out;
}

int pdfPageCount(const QString& pdf)
{
    QString error;
    const QString info = run(u"pdfinfo"_s, {pdf}, &error);
    const QRegularExpressionMatch match
        = QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfPageSize(const QString& pdf)
{
    QString error;
    const QString info = run(u"pdfinfo"_s, {pdf}, &error);
    const QRegularExpressionMatch match
        = QRegularExpression(u"^Page size:\\s+([\\d.]+ x [\\d.]+) pts"_s, QRegularExpression::MultilineOption)
              .match(info);
    return match.captured(1);
}

// The text of the PDF with runs of white space (no-break spaces included) as one space.
QString pdfText(const QString& pdf)
{
    QString error;
    QString text = run(u"pdftotext"_s, {pdf, u"-"_s}, &error);
    // Compatibility forms undo what typesetting did: ligatures ("ﬀ" → "ff"), no-break spaces.
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

// Every page as a PNG at `dpi`, in page order.
QList<QImage> pdfPages(const QString& pdf, const QString& directory, int dpi = 150)
{
    QString error;
    const QString prefix = QDir(directory).filePath(u"page"_s);
    if (run(u"pdftoppm"_s, {u"-r"_s, QString::number(dpi), u"-png"_s, pdf, prefix}, &error).isNull()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    QDir dir(directory);
    QStringList files = dir.entryList({u"page-*.png"_s}, QDir::Files, QDir::Name);
    // pdftoppm pads the page number to the width of the last one: page-1 … page-9, or page-01 … page-13.
    std::sort(files.begin(), files.end(), [](const QString& a, const QString& b) {
        return a.section(u'-', -1).section(u'.', 0, 0).toInt() < b.section(u'-', -1).section(u'.', 0, 0).toInt();
    });
    QList<QImage> pages;
    for (const QString& file : files)
        pages.append(QImage(dir.filePath(file)));
    return pages;
}

// Every QR code ZXing-C++ (a decoder independent of libqrencode) finds on the picture.
QStringList decodeAll(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(
        gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    QStringList texts;
    for (const ZXing::Result& result : ZXing::ReadBarcodes(view, hints)) {
        if (result.isValid())
            texts.append(QString::fromStdString(result.text()));
    }
    return texts;
}

} // namespace

class TstPrintSheets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void invoiceSheet_data();
    void invoiceSheet();
    void invoiceDateTimeHasZone();
    void letterPageSize();
    void addressSheet_data();
    void addressSheet();
    void addressSheetShowsMemo();
    void renderOnPrinter();
    void writePdfFails();
    void screenshot();

private:
    QTemporaryDir m_dir;
};

void TstPrintSheets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // PAYDESK_KEEP_PDFS=1 keeps the PDFs written here for a look.
    if (!qEnvironmentVariableIsEmpty("PAYDESK_KEEP_PDFS")) {
        m_dir.setAutoRemove(false);
        qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
    }
    for (const QString& program : {u"pdfinfo"_s, u"pdftoppm"_s, u"pdftotext"_s}) {
        if (tool(program).isEmpty()) {
            const QString missing = program + u" (poppler-utils) is not installed; scripts/setup installs it"_s;
            if (qEnvironmentVariableIntValue("PAYDESK_REQUIRE_TOOLS") == 1)
                QFAIL(qPrintable(missing));
            QSKIP(qPrintable(missing));
        }
    }
}

void TstPrintSheets::invoiceSheet_data()
{
    QTest::addColumn<Payment>("payment");
    QTest::addColumn<QString>("merchant");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("amountText");
    QTest::addColumn<QString>("expectedQr");

    QTest::newRow("bip21-en_US") << bitcoinInvoice() << u"Northwind Coffee Roasters"_s
                                 << QLocale(QLocale::English, QLocale::UnitedStates) << u"1,249.90 EUR"_s
                                 << u"bitcoin:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh?amount=0.0147321"_s;
    QTest::newRow("bip21-de_DE") << bitcoinInvoice() << u"Kaffeerösterei Nordwind"_s
                                 << QLocale(QLocale::German, QLocale::Germany) << u"1.249,90 EUR"_s
                                 << u"bitcoin:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh?amount=0.0147321"_s;
    QTest::newRow("hosted-fr_FR") << hostedInvoice() << u"shop-us-main"_s << QLocale(QLocale::French, QLocale::France)
                                  << u"12 345,67 USD"_s << hostedInvoice().paymentUrl;
}

void TstPrintSheets::invoiceSheet()
{
    QFETCH(Payment, payment);
    QFETCH(QString, merchant);
    QFETCH(QLocale, locale);
    QFETCH(QString, amountText);
    QFETCH(QString, expectedQr);
    QCOMPARE(invoiceQrText(payment), expectedQr);

    const InvoiceSheet sheet(payment, merchant, locale, QTimeZone::utc());
    QCOMPARE(sheet.amountText().replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' '), amountText);
    const QString pdf = m_dir.filePath(u"%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    QString error;
    QVERIFY2(sheet.writePdf(pdf, &error), qPrintable(error));
    QCOMPARE(pdfPageCount(pdf), 1);
    QCOMPARE(pdfPageSize(pdf), u"595 x 842"_s); // A4 (Qt rounds to whole points)

    QTemporaryDir pages;
    const QList<QImage> images = pdfPages(pdf, pages.path());
    QCOMPARE(images.size(), 1);
    QCOMPARE(decodeAll(images.first()), QStringList{expectedQr});

    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(amountText), qPrintable(text));
    QVERIFY2(text.contains(payment.paymentUrl), qPrintable(text));
    QVERIFY2(text.contains(merchant), qPrintable(text));
    QVERIFY2(text.contains(payment.orderId), qPrintable(text));
    QVERIFY2(text.contains(gatewayDisplayName(payment.gateway)), qPrintable(text));
    QVERIFY2(text.contains(sheet.dateTimeText(payment.expires)), qPrintable(text));
    if (!payment.description.isEmpty())
        QVERIFY2(text.contains(payment.description), qPrintable(text));
}

void TstPrintSheets::invoiceDateTimeHasZone()
{
    const Payment payment = bitcoinInvoice();
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const InvoiceSheet utc(payment, u"m"_s, locale, QTimeZone::utc());
    QVERIFY2(utc.dateTimeText(payment.created).endsWith(u"UTC"_s), qPrintable(utc.dateTimeText(payment.created)));
    QVERIFY2(utc.dateTimeText(payment.created).contains(u"9:41"_s), qPrintable(utc.dateTimeText(payment.created)));
    // The same instant in Tokyo: the local time moves, the zone is named.
    const InvoiceSheet tokyo(payment, u"m"_s, locale, QTimeZone("Asia/Tokyo"));
    const QString text = tokyo.dateTimeText(payment.created);
    QVERIFY2(text.contains(u"6:41"_s) && (text.contains(u"JST"_s) || text.contains(u"+09"_s)), qPrintable(text));
    QCOMPARE(utc.dateTimeText({}), u"—"_s);
}

void TstPrintSheets::letterPageSize()
{
    const InvoiceSheet sheet(bitcoinInvoice(), u"Northwind"_s, QLocale(QLocale::English, QLocale::UnitedStates));
    const QString pdf = m_dir.filePath(u"letter.pdf"_s);
    QString error;
    QVERIFY2(sheet.writePdf(pdf, &error, QPageSize(QPageSize::Letter)), qPrintable(error));
    QCOMPARE(pdfPageSize(pdf), u"612 x 792"_s);
    QTemporaryDir pages;
    const QList<QImage> images = pdfPages(pdf, pages.path());
    QCOMPARE(images.size(), 1);
    QCOMPARE(decodeAll(images.first()), QStringList{invoiceQrText(bitcoinInvoice())});
}

void TstPrintSheets::addressSheet_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("expectedPages");
    QTest::addColumn<int>("dpi");

    QTest::newRow("one") << 1 << 2 << 3 << 1 << 150;
    QTest::newRow("full page") << 6 << 2 << 3 << 1 << 150;
    QTest::newRow("eight") << 8 << 2 << 3 << 2 << 150;
    QTest::newRow("thirteen") << 13 << 2 << 3 << 3 << 150;
    // Twelve to a page leaves codes of about 2 cm: read at a printer's resolution.
    QTest::newRow("3x4 grid") << 13 << 3 << 4 << 2 << 300;
}

void TstPrintSheets::addressSheet()
{
    QFETCH(int, count);
    QFETCH(int, columns);
    QFETCH(int, rows);
    QFETCH(int, expectedPages);
    QFETCH(int, dpi);

    QList<DedicatedAddress> addresses;
    for (int i = 0; i < count; ++i)
        addresses.append(address(i));
    AddressQrSheet sheet(addresses);
    sheet.setGrid(columns, rows);
    QCOMPARE(sheet.pageCount(), expectedPages);

    const QString pdf = m_dir.filePath(u"addresses-%1.pdf"_s.arg(count * 100 + columns * 10 + rows));
    QString error;
    QVERIFY2(sheet.writePdf(pdf, &error), qPrintable(error));
    QCOMPARE(pdfPageCount(pdf), expectedPages);

    QTemporaryDir pages;
    const QList<QImage> images = pdfPages(pdf, pages.path(), dpi);
    QCOMPARE(images.size(), expectedPages);
    const int perPage = columns * rows;
    for (int page = 0; page < expectedPages; ++page) {
        QStringList expected;
        for (int i = page * perPage; i < std::min(count, (page + 1) * perPage); ++i)
            expected.append(AddressQrSheet::qrText(addresses.at(i)));
        QStringList decoded = decodeAll(images.at(page));
        expected.sort();
        decoded.sort();
        QCOMPARE(decoded, expected);
    }

    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(expectedPages).arg(expectedPages)), qPrintable(text));
    for (const DedicatedAddress& a : addresses)
        QVERIFY2(text.contains(a.label), qPrintable(a.label));
}

void TstPrintSheets::addressSheetShowsMemo()
{
    const QList<DedicatedAddress> addresses{address(0), address(3), address(7)};
    QCOMPARE(AddressQrSheet::qrText(addresses.at(1)), addresses.at(1).address); // the memo is not encoded
    const AddressQrSheet sheet(addresses, u"Till 3 deposit codes"_s);
    const QString pdf = m_dir.filePath(u"memo.pdf"_s);
    QString error;
    QVERIFY2(sheet.writePdf(pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"Till 3 deposit codes"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Memo / tag: 104857"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Memo / tag: 900117"_s), qPrintable(text));
    QVERIFY2(text.contains(u"XRP on ripple"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Reference: cust-5000"_s), qPrintable(text));
    // An address in a fixed-pitch font wraps anywhere: its characters come out in order (pdftotext may split it).
    QString compact = text;
    compact.remove(u' ');
    QVERIFY2(compact.contains(addresses.at(2).address), qPrintable(text));
}

// The print path: a QPrinter (here printing to a PDF file) with its own margins, US Letter, a page range.
void TstPrintSheets::renderOnPrinter()
{
    QList<DedicatedAddress> addresses;
    for (int i = 0; i < 8; ++i)
        addresses.append(address(i));
    const AddressQrSheet sheet(addresses);
    QCOMPARE(sheet.pageCount(), 2);

    const QString pdf = m_dir.filePath(u"printer.pdf"_s);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setPageSize(QPageSize(QPageSize::Letter));
        printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        QVERIFY(sheet.render(printer, 1, 1)); // the second page only
    }
    QCOMPARE(pdfPageCount(pdf), 1);
    QCOMPARE(pdfPageSize(pdf), u"612 x 792"_s);
    QTemporaryDir pages;
    const QList<QImage> images = pdfPages(pdf, pages.path());
    QCOMPARE(images.size(), 1);
    QStringList decoded = decodeAll(images.first());
    decoded.sort();
    QStringList expected{AddressQrSheet::qrText(addresses.at(6)), AddressQrSheet::qrText(addresses.at(7))};
    expected.sort();
    QCOMPARE(decoded, expected);
    QVERIFY2(pdfText(pdf).contains(u"Page 2 of 2"_s), qPrintable(pdfText(pdf)));
}

void TstPrintSheets::writePdfFails()
{
    const InvoiceSheet sheet(bitcoinInvoice(), u"Northwind"_s);
    const QString path = m_dir.filePath(u"missing-directory/invoice.pdf"_s);
    QString error;
    QVERIFY(!sheet.writePdf(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

// Renders the sample invoice and an address sheet as PNG next to the test binary, for docs/screenshots/.
void TstPrintSheets::screenshot()
{
    const QString out = QDir(QCoreApplication::applicationDirPath()).filePath(u"screenshots"_s);
    QVERIFY(QDir().mkpath(out));
    const InvoiceSheet invoice(bitcoinInvoice(), u"Northwind Coffee Roasters"_s,
        QLocale(QLocale::English, QLocale::UnitedStates), QTimeZone("Europe/Paris"));
    const QString pdf = QDir(out).filePath(u"invoice-print.pdf"_s);
    QString error;
    QVERIFY2(invoice.writePdf(pdf, &error), qPrintable(error));
    QTemporaryDir pages;
    QList<QImage> images = pdfPages(pdf, pages.path(), 110);
    QCOMPARE(images.size(), 1);
    QVERIFY(images.first().save(QDir(out).filePath(u"invoice-print.png"_s)));
    QCOMPARE(decodeAll(images.first()), QStringList{invoiceQrText(bitcoinInvoice())});

    QList<DedicatedAddress> addresses;
    for (int i = 0; i < 6; ++i)
        addresses.append(address(i));
    const AddressQrSheet sheet(addresses);
    const QString sheetPdf = QDir(out).filePath(u"address-qr-sheet.pdf"_s);
    QVERIFY2(sheet.writePdf(sheetPdf, &error), qPrintable(error));
    QTemporaryDir sheetPages;
    images = pdfPages(sheetPdf, sheetPages.path(), 110);
    QCOMPARE(images.size(), 1);
    QVERIFY(images.first().save(QDir(out).filePath(u"address-qr-sheet.png"_s)));
}

QTEST_MAIN(TstPrintSheets)
#include "tst_PrintSheets.moc"
