#pragma once

#include "core/qr/QrCode.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace paydesk {

// Raster pictures of a QrCode: black modules on white, each module a whole number of pixels (no smoothing, no
// resampling), with a light quiet zone around the symbol. Format_Grayscale8 with pixels 0 or 255 only.
class QrImage final
{
    Q_DECLARE_TR_FUNCTIONS(QrImage)

public:
    // Largest picture side rendered, in pixels; a bigger request gives a null QImage.
    static constexpr int kMaxPixelSize = 8192;

    QrImage() = delete;

    // (size + 2 × quietZoneModules) × moduleScale pixels square. A null QImage for moduleScale < 1, a negative
    // quiet zone, or a picture over kMaxPixelSize.
    static QImage render(const QrCode& code, int moduleScale, int quietZoneModules = 4);
    // Exactly pixelSize × pixelSize: the largest whole module scale that fits with the quiet zone, centred, the
    // pixels left over added to the light margin. A null QImage when not even one pixel per module fits, for a
    // negative quiet zone, or beyond kMaxPixelSize.
    static QImage renderToSize(const QrCode& code, int pixelSize, int quietZoneModules = 4);
    // The module scale renderToSize() uses (0 when nothing fits).
    static int moduleScaleFor(const QrCode& code, int pixelSize, int quietZoneModules = 4);

    // Writes `image` as PNG to `path` atomically (QSaveFile). On failure returns false and, if errorString is given,
    // a translated message naming the file.
    static bool savePng(const QImage& image, const QString& path, QString* errorString = nullptr);
};

} // namespace paydesk
