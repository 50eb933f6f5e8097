#include "core/Decimal.h"
#include "core/qr/PaymentUri.h"
#include "core/qr/QrCode.h"
#include "models/QrImage.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/ReadBarcode.h>
#include <string>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

Q_DECLARE_METATYPE(paydesk::QrCode::ErrorCorrection)

namespace {

struct Decoded
{
    bool valid = false;
    QString text;
    QString ecLevel;
    QString error;
};

// Reads the picture with ZXing-C++, a decoder written independently of libqrencode, looking for QR codes only.
Decoded decode(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(
        gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    Decoded decoded;
    decoded.valid = result.isValid();
    decoded.text = QString::fromStdString(result.text());
    decoded.ecLevel = QString::fromStdString(result.ecLevel());
    decoded.error = QString::fromStdString(result.error().msg());
    return decoded;
}

QString levelLetter(QrCode::ErrorCorrection level)
{
    switch (level) {
    case QrCode::ErrorCorrection::Low:
        return u"L"_s;
    case QrCode::ErrorCorrection::Medium:
        return u"M"_s;
    case QrCode::ErrorCorrection::Quartile:
        return u"Q"_s;
    case QrCode::ErrorCorrection::High:
        return u"H"_s;
    }
    return {};
}

QString uriText(QStringView address, QStringView asset, QStringView network, QStringView amount)
{
    const auto uri = PaymentUri::build(address, asset, network, Decimal::fromString(amount));
    return uri ? uri->text() : QString();
}

QString repeated(QStringView unit, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        text += unit;
    }
    return text;
}

// Every pixel is pure black or pure white: nothing was smoothed.
bool onlyBlackAndWhite(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (line[x] != 0 && line[x] != 255) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TstQrImage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void pixelsFollowModules();
    void renderToSize_data();
    void renderToSize();
    void refusesWhatDoesNotFit();
    void decoderCanFail();
    void savePng();
    void savePngFails();
    void svgRoundTrip_data();
    void svgRoundTrip();
};

void TstQrImage::initTestCase()
{
    QVERIFY2(QrCode::isAvailable(), "tst_qrimage is only built with PAYDESK_WITH_QRENCODE");
}

void TstQrImage::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QrCode::ErrorCorrection>("level");
    QTest::addColumn<int>("scale");

    using L = QrCode::ErrorCorrection;
    QTest::newRow("crypto.com pay url") << u"https://pay.crypto.com/pay/6f8e4b1f-0a1b-4c2d-9e3f-1234567890ab"_s
                                        << L::Medium << 4;
    QTest::newRow("cryptomus pay url") << u"https://pay.cryptomus.com/pay/0f9d8c7b-6a5e-4d3c-2b1a-0f9e8d7c6b5a"_s
                                       << L::Medium << 3;
    QTest::newRow("url with query and case")
        << u"https://checkout.example.org/Invoice?id=AbC123&lang=de-DE&return=https%3A%2F%2Fshop.example%2F"_s
        << L::Quartile << 3;
    QTest::newRow("bip21") << uriText(u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", u"BTC", u"bitcoin", u"0.00123")
                           << L::Medium << 4;
    QTest::newRow("bip21 legacy at L") << uriText(u"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", u"BTC", u"", u"12.5") << L::Low
                                       << 2;
    QTest::newRow("litecoin") << uriText(u"ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea", u"LTC", u"ltc", u"1.5")
                              << L::High << 3;
    QTest::newRow("eip681") << uriText(u"0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359", u"ETH", u"ethereum", u"0.0421")
                            << L::Medium << 3;
    QTest::newRow("tron address") << uriText(u"TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf", u"USDT", u"tron", u"10")
                                  << L::Medium << 5;
    QTest::newRow("one character") << u"x"_s << L::Medium << 6;
    QTest::newRow("digits") << u"0123456789012345678901234567890123456789"_s << L::Medium << 4;
    QTest::newRow("short utf8") << u"Café €5"_s << L::Medium << 4;
    QTest::newRow("emoji") << u"Paid 💶 ✓ 🎉"_s << L::Quartile << 4;
    QTest::newRow("long utf8") << repeated(u"Zahlung für Bestellung №42 — 支付订单 — оплата заказа ✓ ", 12) << L::Medium
                               << 2;
    // ZXing's detector (outside its "pure" mode) needs 3 px per module to find a version 40 symbol: at 2 px it gives
    // up, although the same picture decodes in pure mode.
    QTest::newRow("near capacity 40-L") << repeated(u"paydesk/", 360) << L::Low << 3;
}

// Encode with libqrencode, paint, decode with ZXing: the exact text comes back, at the level asked for.
void TstQrImage::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QrCode::ErrorCorrection, level);
    QFETCH(int, scale);
    QVERIFY(!text.isEmpty());

    const auto code = QrCode::encode(text, level);
    QVERIFY(code);
    const QImage image = QrImage::render(*code, scale);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), (code->size() + 8) * scale);
    QCOMPARE(image.height(), image.width());
    QVERIFY(onlyBlackAndWhite(image));

    const Decoded decoded = decode(image);
    QVERIFY2(decoded.valid, qPrintable(decoded.error));
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.ecLevel, levelLetter(level));
}

void TstQrImage::pixelsFollowModules()
{
    const auto code = QrCode::encode(u"https://pay.example/p/42");
    QVERIFY(code);
    const int scale = 3;
    const int quiet = 2;
    const QImage image = QrImage::render(*code, scale, quiet);
    QCOMPARE(image.width(), (code->size() + 2 * quiet) * scale);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool dark = code->isDark(x / scale - quiet, y / scale - quiet);
            const int gray = qGray(image.pixel(x, y));
            QVERIFY2(gray == (dark ? 0 : 255), qPrintable(u"pixel (%1,%2) is %3"_s.arg(x).arg(y).arg(gray)));
        }
    }
}

void TstQrImage::renderToSize_data()
{
    QTest::addColumn<int>("pixelSize");
    QTest::addColumn<int>("quietZone");
    QTest::newRow("200") << 200 << 4;
    QTest::newRow("333 odd") << 333 << 4;
    QTest::newRow("512") << 512 << 4;
    QTest::newRow("quiet 6") << 256 << 6;
}

void TstQrImage::renderToSize()
{
    QFETCH(int, pixelSize);
    QFETCH(int, quietZone);

    const QString text = u"bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.5"_s;
    const auto code = QrCode::encode(text);
    QVERIFY(code);
    const QImage image = QrImage::renderToSize(*code, pixelSize, quietZone);
    QCOMPARE(image.size(), QSize(pixelSize, pixelSize));
    QVERIFY(onlyBlackAndWhite(image));

    const int scale = QrImage::moduleScaleFor(*code, pixelSize, quietZone);
    QCOMPARE(scale, pixelSize / (code->size() + 2 * quietZone));
    QVERIFY(scale >= 1);

    // The symbol is centred; everything outside it is light, at least quietZone modules wide on every side.
    int left = pixelSize;
    int top = pixelSize;
    int right = -1;
    int bottom = -1;
    for (int y = 0; y < pixelSize; ++y) {
        for (int x = 0; x < pixelSize; ++x) {
            if (qGray(image.pixel(x, y)) == 0) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    QCOMPARE(right - left + 1, code->size() * scale); // finder patterns reach every edge of the symbol
    QCOMPARE(bottom - top + 1, code->size() * scale);
    QVERIFY(left >= quietZone * scale);
    QVERIFY(pixelSize - 1 - right >= quietZone * scale);
    QVERIFY(std::abs(left - (pixelSize - 1 - right)) <= 1);
    QCOMPARE(top, left);

    const Decoded decoded = decode(image);
    QVERIFY2(decoded.valid, qPrintable(decoded.error));
    QCOMPARE(decoded.text, text);
}

void TstQrImage::refusesWhatDoesNotFit()
{
    const auto code = QrCode::encode(u"https://pay.example/p/42");
    QVERIFY(code);
    const int modules = code->size() + 8;
    QVERIFY(QrImage::renderToSize(*code, modules - 1).isNull());
    QCOMPARE(QrImage::moduleScaleFor(*code, modules - 1), 0);
    QCOMPARE(QrImage::renderToSize(*code, modules).size(), QSize(modules, modules));
    QVERIFY(QrImage::render(*code, 0).isNull());
    QVERIFY(QrImage::render(*code, 3, -1).isNull());
    QVERIFY(QrImage::render(*code, QrImage::kMaxPixelSize).isNull());
    QVERIFY(QrImage::renderToSize(*code, QrImage::kMaxPixelSize + 1).isNull());
}

// Controls: the decoder does not report success for a blank picture or for a symbol damaged beyond its
// error correction, so the round trips above mean something.
void TstQrImage::decoderCanFail()
{
    QImage blank(200, 200, QImage::Format_Grayscale8);
    blank.fill(255);
    QVERIFY(!decode(blank).valid);

    const QString text = u"https://pay.example/p/damaged?"_s + repeated(u"x", 70); // version 5-L: 37 modules
    const auto code = QrCode::encode(text, QrCode::ErrorCorrection::Low);
    QVERIFY(code);
    const int scale = 4;
    QImage image = QrImage::render(*code, scale);
    QCOMPARE(decode(image).text, text); // intact, it reads

    // Invert the data region right of the top-left finder down to the bottom: far more than 7 % of the codewords.
    const int quiet = 4 * scale;
    for (int y = quiet + 9 * scale; y < quiet + (code->size() - 9) * scale; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = quiet + 9 * scale; x < quiet + (code->size() - 9) * scale; ++x) {
            line[x] = 255 - line[x];
        }
    }
    const Decoded damaged = decode(image);
    QVERIFY(damaged.text != text);
}

void TstQrImage::savePng()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"invoice.png"_s);
    const QString text = uriText(u"0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359", u"ETH", u"ethereum", u"1.25");
    const auto code = QrCode::encode(text);
    QVERIFY(code);
    const QImage image = QrImage::render(*code, 5);

    QString error = u"stale"_s;
    QVERIFY2(QrImage::savePng(image, path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    file.close();

    const QImage loaded(path);
    QCOMPARE(loaded.size(), image.size());
    const Decoded decoded = decode(loaded);
    QVERIFY2(decoded.valid, qPrintable(decoded.error));
    QCOMPARE(decoded.text, text);
}

void TstQrImage::savePngFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"no-such-folder/invoice.png"_s);
    const auto code = QrCode::encode(u"x");
    QVERIFY(code);

    QString error;
    QVERIFY(!QrImage::savePng(QrImage::render(*code, 4), path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));

    error.clear();
    QVERIFY(!QrImage::savePng(QImage(), dir.filePath(u"empty.png"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"empty.png"_s)));
}

void TstQrImage::svgRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pixelsPerModule");
    QTest::newRow("payment url") << u"https://pay.crypto.com/pay/6f8e4b1f-0a1b-4c2d-9e3f-1234567890ab"_s << 4;
    QTest::newRow("bip21") << uriText(u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", u"BTC", u"bitcoin", u"0.00123")
                           << 3;
    QTest::newRow("utf8") << repeated(u"Счёт №7 — 5 € ✓ ", 8) << 3;
}

// The SVG, drawn by Qt SVG (no antialiasing, whole pixels per module), reads back to the same text.
void TstQrImage::svgRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, pixelsPerModule);

    const auto code = QrCode::encode(text);
    QVERIFY(code);
    QSvgRenderer renderer(code->toSvg().toUtf8());
    QVERIFY(renderer.isValid());
    const int side = (code->size() + 8) * pixelsPerModule;
    QCOMPARE(renderer.viewBox(), QRect(0, 0, code->size() + 8, code->size() + 8));

    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::red); // the SVG must paint its own light background
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, false);
        renderer.render(&painter, QRectF(0, 0, side, side));
    }
    QVERIFY(onlyBlackAndWhite(image));
    QCOMPARE(image, QrImage::render(*code, pixelsPerModule).convertToFormat(QImage::Format_RGB32));

    const Decoded decoded = decode(image);
    QVERIFY2(decoded.valid, qPrintable(decoded.error));
    QCOMPARE(decoded.text, text);
}

QTEST_GUILESS_MAIN(TstQrImage)
#include "tst_QrImage.moc"
