#include "ui/print/PrintSheet.h"

#include "core/qr/QrCode.h"

#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

QTextOption::WrapMode wrapModeFor(int flags)
{
    if (flags & Qt::TextWrapAnywhere)
        return QTextOption::WrapAnywhere;
    if (flags & Qt::TextWordWrap)
        return QTextOption::WrapAtWordBoundaryOrAnywhere;
    return QTextOption::NoWrap;
}

struct LaidOut
{
    qreal height = 0;
    int shownLines = 0;
    bool elided = false;
};

// Lays `text` out in `layout` and tells how much of it is shown within maxLines.
LaidOut layOut(QTextLayout& layout, const QPaintDevice* device, qreal width, int flags, int maxLines)
{
    QTextOption option;
    option.setWrapMode(wrapModeFor(flags));
    option.setAlignment(Qt::Alignment(flags & Qt::AlignHorizontal_Mask));
    layout.setTextOption(option);
    const QFontMetricsF metrics(layout.font(), device);
    LaidOut result;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        if (maxLines > 0 && result.shownLines == maxLines) {
            result.elided = true;
            break;
        }
        line.setLineWidth(width);
        line.setPosition(QPointF(0, result.height));
        result.height += metrics.lineSpacing();
        ++result.shownLines;
    }
    layout.endLayout();
    return result;
}

QString prepared(const QString& text)
{
    QString copy = text;
    copy.replace(u'\n', QChar::LineSeparator);
    return copy;
}

} // namespace

PrintSheet::~PrintSheet() = default;

bool PrintSheet::render(QPagedPaintDevice& device, int firstPage, int lastPage) const
{
    const int count = pageCount();
    if (count <= 0)
        return false;
    if (lastPage < 0 || lastPage >= count)
        lastPage = count - 1;
    firstPage = qBound(0, firstPage, lastPage);

    QPainter painter;
    if (!painter.begin(&device))
        return false;
    // The painter's origin is the top-left of the device's paint rectangle; keep kMinimumMarginMm of the full page
    // white on every side whatever margins the device has.
    const QPageLayout layout = device.pageLayout();
    const int dpi = device.logicalDpiX();
    const QRectF full = layout.fullRectPixels(dpi);
    const QRectF paint = layout.paintRectPixels(dpi);
    const qreal margin = kMinimumMarginMm * dpi / 25.4;
    QRectF area = full.adjusted(margin, margin, -margin, -margin).intersected(paint);
    area.translate(-paint.topLeft());

    for (int page = firstPage; page <= lastPage; ++page) {
        if (page > firstPage && !device.newPage()) {
            painter.end();
            return false;
        }
        painter.save();
        paintPage(painter, area, page);
        painter.restore();
    }
    return painter.end();
}

bool PrintSheet::writePdf(const QString& path, QString* errorString, const QPageSize& pageSize) const
{
    const auto fail = [&](const QString& reason) {
        if (errorString)
            *errorString = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(documentTitle());
        writer.setCreator(u"Paydesk"_s);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF()));
        if (!render(writer)) {
            file.cancelWriting();
            return fail(tr("the page could not be drawn"));
        }
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

void PrintSheet::print(std::shared_ptr<const PrintSheet> sheet, QPrinter* printer, QWidget* parent)
{
    if (!sheet || !printer)
        return;
    const int pages = sheet->pageCount();
    printer->setDocName(sheet->documentTitle());
    auto* dialog = new QPrintDialog(printer, parent);
    dialog->setObjectName(u"printDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print %1").arg(sheet->documentTitle()));
    dialog->setMinMax(1, pages);
    dialog->setOption(QAbstractPrintDialog::PrintPageRange, pages > 1);
    QObject::connect(dialog, qOverload<QPrinter*>(&QPrintDialog::accepted), dialog, [sheet](QPrinter* chosen) {
        int first = 0;
        int last = -1;
        if (chosen->printRange() == QPrinter::PageRange) {
            first = chosen->fromPage() - 1;
            last = chosen->toPage() - 1;
        }
        sheet->render(*chosen, first, last);
    });
    dialog->open();
}

qreal PrintSheet::mm(const QPainter& painter, qreal mm)
{
    return mm * painter.device()->logicalDpiY() / 25.4;
}

QFont PrintSheet::textFont(qreal pointSize, bool bold)
{
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QFont PrintSheet::monoFont(qreal pointSize)
{
    QFont font(u"DejaVu Sans Mono"_s);
    font.setStyleHint(QFont::TypeWriter);
    font.setFixedPitch(true);
    font.setPointSizeF(pointSize);
    return font;
}

qreal PrintSheet::textHeight(
    const QPainter& painter, qreal width, const QString& text, const QFont& font, int flags, int maxLines)
{
    if (text.isEmpty())
        return 0;
    QTextLayout layout(prepared(text), font, painter.device());
    return layOut(layout, painter.device(), width, flags, maxLines).height;
}

qreal PrintSheet::drawText(QPainter& painter, const QPointF& topLeft, qreal width, const QString& text,
    const QFont& font, int flags, int maxLines)
{
    if (text.isEmpty())
        return 0;
    const QString shown = prepared(text);
    QTextLayout layout(shown, font, painter.device());
    const LaidOut result = layOut(layout, painter.device(), width, flags, maxLines);
    const int drawn = result.elided ? result.shownLines - 1 : result.shownLines;
    for (int i = 0; i < drawn; ++i)
        layout.lineAt(i).draw(&painter, topLeft);
    if (result.elided && result.shownLines > 0) {
        // The last line shown holds the rest of the text, cut with an ellipsis.
        const QTextLine last = layout.lineAt(result.shownLines - 1);
        const QFontMetricsF metrics(font, painter.device());
        QString rest = shown.mid(last.textStart());
        rest.replace(QChar::LineSeparator, u' ');
        const QString elided = metrics.elidedText(rest, Qt::ElideRight, width);
        qreal x = topLeft.x();
        if (flags & Qt::AlignHCenter)
            x += (width - metrics.horizontalAdvance(elided)) / 2;
        else if (flags & Qt::AlignRight)
            x += width - metrics.horizontalAdvance(elided);
        painter.save();
        painter.setFont(font);
        painter.drawText(QPointF(x, topLeft.y() + last.y() + metrics.ascent()), elided);
        painter.restore();
    }
    return result.height;
}

void PrintSheet::drawQrCode(QPainter& painter, const QrCode& code, const QRectF& square)
{
    const int modules = code.size();
    if (modules <= 0 || square.isEmpty())
        return;
    qreal module = qMin(square.width(), square.height()) / modules;
    // Whole device pixels per module where that costs little, so a printer draws every module the same size.
    if (module >= 4)
        module = std::floor(module);
    const qreal side = module * modules;
    const QPointF origin(std::round(square.center().x() - side / 2), std::round(square.center().y() - side / 2));

    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < modules; ++y) {
        int x = 0;
        while (x < modules) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < modules && code.isDark(x, y))
                ++x;
            path.addRect(QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(square, Qt::white);
    painter.fillPath(path, Qt::black);
    painter.restore();
}

void PrintSheet::drawRule(QPainter& painter, qreal left, qreal y, qreal width)
{
    painter.save();
    QPen pen(QColor(0x99, 0x99, 0x99));
    pen.setWidthF(mm(painter, 0.25));
    painter.setPen(pen);
    painter.drawLine(QPointF(left, y), QPointF(left + width, y));
    painter.restore();
}

} // namespace paydesk
