#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QPrinter;
class QWidget;

namespace paydesk {

class QrCode;

// A printable document of one or more pages drawn with QPainter in vector form (text as text, QR codes as filled
// module rectangles, never a scaled bitmap), so it stays crisp on any printer and in any PDF viewer. Subclasses lay
// out one page at a time inside the area they are given; this base class drives the pages on any QPagedPaintDevice
// (QPdfWriter for files, QPrinter for printing) with at least kMinimumMarginMm of white around the content, and
// offers the two ways out: writePdf() and print() through a QPrintDialog.
class PrintSheet
{
    Q_DECLARE_TR_FUNCTIONS(PrintSheet)

public:
    // White kept around the content on every side, added to what the device's own margins leave.
    static constexpr qreal kMinimumMarginMm = 15.0;

    virtual ~PrintSheet();

    virtual int pageCount() const = 0;
    // The document's title (PDF metadata, print job name).
    virtual QString documentTitle() const = 0;
    // Paints page `page` (0-based) inside `area`, in the painter's coordinates (device pixels of painter.device(),
    // whose logical DPI converts millimetres and points).
    virtual void paintPage(QPainter& painter, const QRectF& area, int page) const = 0;

    // Paints pages firstPage … lastPage (0-based, clamped; -1 = the last page) on `device`, a new device page for
    // each. False when the painter cannot begin on the device (a file that cannot be opened, a printer error).
    bool render(QPagedPaintDevice& device, int firstPage = 0, int lastPage = -1) const;
    // Writes the whole document as a PDF file (atomically: QSaveFile) on pages of `pageSize`. On failure returns
    // false and, if errorString is given, a translated message naming the file.
    bool writePdf(const QString& path, QString* errorString = nullptr,
        const QPageSize& pageSize = QPageSize(QPageSize::A4)) const;

    // Opens a QPrintDialog for `printer` (open(), no nested event loop) and prints `sheet` on it when accepted,
    // honouring the page range chosen. The printer keeps the user's choices; it must outlive the dialog (keep it
    // in the widget that asks). Returns at once.
    static void print(std::shared_ptr<const PrintSheet> sheet, QPrinter* printer, QWidget* parent);

protected:
    PrintSheet() = default;
    PrintSheet(const PrintSheet&) = default;
    PrintSheet& operator=(const PrintSheet&) = default;

    // Device pixels for `mm` millimetres on the painter's device.
    static qreal mm(const QPainter& painter, qreal mm);
    // The sheets' fonts: a sans-serif text face and a fixed-pitch one for addresses, in points.
    static QFont textFont(qreal pointSize, bool bold = false);
    static QFont monoFont(qreal pointSize);
    // Draws `text` wrapped to `width` from `topLeft` (Qt::TextWordWrap or Qt::TextWrapAnywhere plus alignment), at
    // most maxLines lines (0 = no limit; the last shown line is elided). Returns the height used (0 for no text).
    static qreal drawText(QPainter& painter, const QPointF& topLeft, qreal width, const QString& text,
        const QFont& font, int flags = Qt::AlignLeft | Qt::TextWordWrap, int maxLines = 0);
    // The height drawText() would use.
    static qreal textHeight(const QPainter& painter, qreal width, const QString& text, const QFont& font,
        int flags = Qt::AlignLeft | Qt::TextWordWrap, int maxLines = 0);
    // Fills the dark modules of `code` as black rectangles inside `square` (a whole number of device pixels per
    // module where the device is fine enough, centred), on white; the caller leaves the quiet zone around it.
    static void drawQrCode(QPainter& painter, const QrCode& code, const QRectF& square);
    // A thin horizontal rule across `width` at `y`.
    static void drawRule(QPainter& painter, qreal left, qreal y, qreal width);
};

} // namespace paydesk
