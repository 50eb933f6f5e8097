#include "models/QrImage.h"

#include <QDir>
#include <QImageWriter>
#include <QSaveFile>

#include <cstring>

namespace paydesk {

namespace {

constexpr uchar kLight = 255;
constexpr uchar kDark = 0;

// The symbol drawn at `scale` pixels per module with its top-left module at pixel (offset, offset) on a light
// square of `side` pixels. The caller has checked that it fits.
QImage paint(const QrCode& code, int side, int offset, int scale)
{
    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull()) {
        return {}; // out of memory
    }
    image.fill(kLight);
    for (int y = 0; y < code.size(); ++y) {
        uchar* firstLine = image.scanLine(offset + y * scale);
        for (int x = 0; x < code.size(); ++x) {
            if (code.isDark(x, y)) {
                std::memset(firstLine + offset + x * scale, kDark, static_cast<std::size_t>(scale));
            }
        }
        for (int row = 1; row < scale; ++row) {
            std::memcpy(image.scanLine(offset + y * scale + row), firstLine, static_cast<std::size_t>(side));
        }
    }
    return image;
}

} // namespace

QImage QrImage::render(const QrCode& code, int moduleScale, int quietZoneModules)
{
    if (moduleScale < 1 || quietZoneModules < 0 || code.size() < 1) {
        return {};
    }
    const qint64 modules = qint64(code.size()) + 2 * qint64(quietZoneModules);
    const qint64 side = modules * moduleScale;
    if (side > kMaxPixelSize) {
        return {};
    }
    return paint(code, int(side), quietZoneModules * moduleScale, moduleScale);
}

int QrImage::moduleScaleFor(const QrCode& code, int pixelSize, int quietZoneModules)
{
    if (pixelSize < 1 || quietZoneModules < 0 || code.size() < 1) {
        return 0;
    }
    const qint64 modules = qint64(code.size()) + 2 * qint64(quietZoneModules);
    return int(pixelSize / modules);
}

QImage QrImage::renderToSize(const QrCode& code, int pixelSize, int quietZoneModules)
{
    if (pixelSize > kMaxPixelSize) {
        return {};
    }
    const int scale = moduleScaleFor(code, pixelSize, quietZoneModules);
    if (scale < 1) {
        return {};
    }
    const int symbol = code.size() * scale;
    return paint(code, pixelSize, (pixelSize - symbol) / 2, scale);
}

bool QrImage::savePng(const QImage& image, const QString& path, QString* errorString)
{
    const auto fail = [&](const QString& reason) {
        if (errorString) {
            *errorString = tr("Could not save the QR code to %1: %2").arg(QDir::toNativeSeparators(path), reason);
        }
        return false;
    };
    if (image.isNull()) {
        return fail(tr("there is no picture to save."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(file.errorString());
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return fail(writer.errorString());
    }
    if (!file.commit()) {
        return fail(file.errorString());
    }
    if (errorString) {
        errorString->clear();
    }
    return true;
}

} // namespace paydesk
