#include "ui/print/AddressQrSheet.h"

#include "core/qr/QrCode.h"

#include <QPainter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

const QColor kMuted(0x55, 0x5b, 0x66);
const QColor kCellBorder(0xc8, 0xcc, 0xd2);
constexpr int kQuietZoneModules = 4;
constexpr qreal kQrMaxMm = 60.0;
constexpr qreal kPaddingMm = 4.0;
constexpr int kCentredAnywhere = Qt::AlignHCenter | Qt::TextWrapAnywhere;
constexpr int kCentredWords = Qt::AlignHCenter | Qt::TextWordWrap;

} // namespace

AddressQrSheet::AddressQrSheet(const QList<DedicatedAddress>& addresses, const QString& title)
    : m_addresses(addresses)
    , m_title(title.isEmpty() ? tr("Deposit addresses") : title)
{
}

void AddressQrSheet::setGrid(int columns, int rows)
{
    m_columns = std::max(1, columns);
    m_rows = std::max(1, rows);
}

int AddressQrSheet::pageCount() const
{
    const int perPage = addressesPerPage();
    return std::max(1, int((m_addresses.size() + perPage - 1) / perPage));
}

QString AddressQrSheet::documentTitle() const
{
    return m_title;
}

QString AddressQrSheet::qrText(const DedicatedAddress& address)
{
    return address.address;
}

QString AddressQrSheet::assetText(const DedicatedAddress& address)
{
    return address.network.isEmpty() ? address.currency : tr("%1 on %2").arg(address.currency, address.network);
}

void AddressQrSheet::paintPage(QPainter& painter, const QRectF& area, int page) const
{
    const qreal width = area.width();
    const qreal left = area.left();
    qreal y = area.top();
    painter.setPen(Qt::black);

    // Header: the title, "Page n of m", a rule.
    const QFont titleFont = textFont(14, true);
    const QFont pageFont = textFont(9.5);
    const qreal titleHeight
        = drawText(painter, QPointF(left, y), width * 0.7, m_title, titleFont, Qt::AlignLeft | Qt::TextWordWrap, 1);
    painter.setPen(kMuted);
    const QString pageText = tr("Page %1 of %2").arg(QLocale().toString(page + 1), QLocale().toString(pageCount()));
    const qreal pageHeight = textHeight(painter, width * 0.3, pageText, pageFont, Qt::AlignRight, 1);
    drawText(painter, QPointF(left + width * 0.7, y + titleHeight - pageHeight), width * 0.3, pageText, pageFont,
        Qt::AlignRight, 1);
    painter.setPen(Qt::black);
    y += titleHeight + mm(painter, 2);
    drawRule(painter, left, y, width);
    y += mm(painter, 4);

    if (m_addresses.isEmpty()) {
        painter.setPen(kMuted);
        drawText(painter, QPointF(left, y), width, tr("No addresses were selected."), textFont(12));
        return;
    }

    const qreal spacing = mm(painter, 4);
    const qreal cellWidth = (width - spacing * (m_columns - 1)) / m_columns;
    const qreal cellHeight = (area.bottom() - y - spacing * (m_rows - 1)) / m_rows;
    const int first = page * addressesPerPage();
    const int last = std::min(int(m_addresses.size()), first + addressesPerPage());
    // One QR size for the whole page: what the cell leaves after the tallest text of the page.
    const qreal padding = mm(painter, kPaddingMm);
    const qreal innerWidth = cellWidth - 2 * padding;
    const qreal innerHeight = cellHeight - 2 * padding;
    qreal tail = 0;
    for (int i = first; i < last; ++i)
        tail = std::max(tail, tailHeight(painter, innerWidth, m_addresses.at(i)));
    const qreal head = headHeight(painter);
    const qreal box = std::clamp(innerHeight - head - tail, qreal(0), std::min(innerWidth, mm(painter, kQrMaxMm)));
    for (int i = first; i < last; ++i) {
        const int slot = i - first;
        const QRectF cell(left + (slot % m_columns) * (cellWidth + spacing),
            y + (slot / m_columns) * (cellHeight + spacing), cellWidth, cellHeight);
        painter.save();
        paintCell(painter, cell, m_addresses.at(i), box, head + box + tail);
        painter.restore();
    }
}

AddressQrSheet::CellFonts AddressQrSheet::cellFonts()
{
    return {textFont(12, true), textFont(9.5), monoFont(8.5), textFont(9.5, true)};
}

QString AddressQrSheet::memoText(const DedicatedAddress& address)
{
    return address.tag.isEmpty() ? QString() : tr("Memo / tag: %1").arg(address.tag);
}

QString AddressQrSheet::referenceText(const DedicatedAddress& address)
{
    return address.customerReference.isEmpty() ? QString() : tr("Reference: %1").arg(address.customerReference);
}

qreal AddressQrSheet::headHeight(const QPainter& painter) const
{
    const CellFonts fonts = cellFonts();
    return textHeight(painter, 1e6, u"X"_s, fonts.heading) + textHeight(painter, 1e6, u"X"_s, fonts.label);
}

qreal AddressQrSheet::tailHeight(const QPainter& painter, qreal width, const DedicatedAddress& address) const
{
    const CellFonts fonts = cellFonts();
    return mm(painter, 2) + textHeight(painter, width, address.address, fonts.address, kCentredAnywhere, 4)
        + textHeight(painter, width, memoText(address), fonts.memo, kCentredAnywhere, 2)
        + textHeight(painter, width, referenceText(address), fonts.label, kCentredWords, 1);
}

void AddressQrSheet::paintCell(
    QPainter& painter, const QRectF& cell, const DedicatedAddress& address, qreal box, qreal contentHeight) const
{
    // A light frame to cut along.
    painter.save();
    QPen border(kCellBorder);
    border.setWidthF(mm(painter, 0.3));
    border.setStyle(Qt::DashLine);
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cell);
    painter.restore();

    const qreal padding = mm(painter, kPaddingMm);
    const QRectF inner = cell.adjusted(padding, padding, -padding, -padding);
    const qreal width = inner.width();
    const qreal left = inner.left();
    const CellFonts fonts = cellFonts();

    // Every cell of the page starts its content at the same height, so the codes line up; the tallest content of
    // the page is centred in its cell.
    qreal y = inner.top() + std::max(qreal(0), (inner.height() - contentHeight) / 2);
    painter.setPen(Qt::black);
    const qreal head = headHeight(painter);
    drawText(painter, QPointF(left, y), width, assetText(address), fonts.heading, kCentredWords, 1);
    painter.setPen(kMuted);
    drawText(painter, QPointF(left, y + textHeight(painter, 1e6, u"X"_s, fonts.heading)), width, address.label,
        fonts.label, kCentredWords, 1);
    painter.setPen(Qt::black);
    y += head;

    QrCode::Error error = QrCode::Error::None;
    const std::optional<QrCode> code = QrCode::encode(qrText(address), QrCode::ErrorCorrection::Medium, &error);
    if (code && box > 0) {
        const qreal side = box * code->size() / (code->size() + 2 * kQuietZoneModules);
        drawQrCode(painter, *code, QRectF(left + (width - side) / 2, y + (box - side) / 2, side, side));
    } else {
        painter.setPen(kMuted);
        const QString why = code ? tr("No room for the QR code.") : QrCode::errorText(error);
        drawText(painter, QPointF(left, y + box / 2), width, why, fonts.label, kCentredWords, 2);
        painter.setPen(Qt::black);
    }
    y += box + mm(painter, 2);
    y += drawText(painter, QPointF(left, y), width, address.address, fonts.address, kCentredAnywhere, 4);
    y += drawText(painter, QPointF(left, y), width, memoText(address), fonts.memo, kCentredAnywhere, 2);
    painter.setPen(kMuted);
    drawText(painter, QPointF(left, y), width, referenceText(address), fonts.label, kCentredWords, 1);
}

} // namespace paydesk
