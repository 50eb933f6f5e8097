#include "ui/print/InvoiceSheet.h"

#include "core/qr/InvoiceQr.h"
#include "core/qr/QrCode.h"
#include "models/StatusText.h"
#include "ui/pages/PaymentText.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

const QColor kMuted(0x55, 0x5b, 0x66);

// The QR code's box side in millimetres: as large as fits, no larger than a phone needs at arm's length.
constexpr qreal kQrMaxMm = 85.0;
constexpr qreal kQrMinMm = 35.0;
constexpr int kQuietZoneModules = 4;

} // namespace

InvoiceSheet::InvoiceSheet(
    const Payment& payment, const QString& merchantName, const QLocale& locale, const QTimeZone& timeZone)
    : m_payment(payment)
    , m_merchantName(merchantName)
    , m_locale(locale)
    , m_timeZone(timeZone)
{
}

QString InvoiceSheet::documentTitle() const
{
    return tr("Invoice %1").arg(m_payment.orderId.isEmpty() ? m_payment.id : m_payment.orderId);
}

QString InvoiceSheet::qrText() const
{
    return invoiceQrText(m_payment);
}

QString InvoiceSheet::amountText() const
{
    return PaymentText::money(m_payment.amount, m_locale);
}

QString InvoiceSheet::dateTimeText(const QDateTime& time) const
{
    if (!time.isValid())
        return PaymentText::none();
    const QDateTime local = time.toTimeZone(m_timeZone);
    QString zone = m_timeZone.abbreviation(time);
    if (zone.isEmpty() || zone.startsWith(u'+') || zone.startsWith(u'-'))
        zone = m_timeZone.displayName(time, QTimeZone::OffsetName);
    return tr("%1 %2", "date and time, time zone")
        .arg(m_locale.toString(local.date(), QLocale::ShortFormat) + u' '
                + m_locale.toString(local.time(), QLocale::ShortFormat),
            zone);
}

QList<QPair<QString, QString>> InvoiceSheet::detailRows() const
{
    const Payment& p = m_payment;
    QList<QPair<QString, QString>> rows;
    if (!p.orderId.isEmpty())
        rows.append({tr("Order id"), p.orderId});
    rows.append({tr("Invoice id"), p.id});
    rows.append({tr("Gateway"), gatewayDisplayName(p.gateway)});
    rows.append({tr("Status"), StatusText::payment(p.status)});
    rows.append({tr("Created"), dateTimeText(p.created)});
    if (p.expires.isValid())
        rows.append({tr("Expires"), dateTimeText(p.expires)});
    if (!p.address.isEmpty())
        rows.append({tr("Deposit address"), p.address});
    if (!p.network.isEmpty())
        rows.append({tr("Network"), p.network});
    if (!p.liveMode)
        rows.append({tr("Mode"), tr("Test: no real money is moved")});
    return rows;
}

void InvoiceSheet::paintPage(QPainter& painter, const QRectF& area, int page) const
{
    Q_UNUSED(page)
    const Payment& p = m_payment;
    const qreal width = area.width();
    const qreal left = area.left();
    const qreal gap = mm(painter, 4);
    painter.setPen(Qt::black);

    const QFont titleFont = textFont(20, true);
    const QFont headingFont = textFont(20);
    const QFont labelFont = textFont(9.5);
    const QFont amountFont = textFont(26, true);
    const QFont bodyFont = textFont(12);
    const QFont smallFont = textFont(10);
    const QFont urlFont = monoFont(9.5);
    const QFont addressFont = monoFont(9.5);

    // What goes under the QR code and at the bottom, measured first: the QR code takes the height left over.
    const QString payLine = p.payAmount.isValid() && p.payAmount != p.amount
        ? (p.network.isEmpty() ? tr("Pay exactly %1").arg(PaymentText::money(p.payAmount, m_locale))
                               : tr("Pay exactly %1 on %2").arg(PaymentText::money(p.payAmount, m_locale), p.network))
        : QString();
    const QList<QPair<QString, QString>> rows = detailRows();
    qreal labelWidth = 0;
    {
        const QFontMetricsF metrics(smallFont, painter.device());
        for (const auto& row : rows)
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(row.first));
        labelWidth += mm(painter, 6);
    }
    const qreal valueWidth = width - labelWidth;
    // Sentences wrap at words; ids, addresses and other unbroken values anywhere.
    const auto rowFlags = [](const QString& value) {
        return value.contains(u' ') ? int(Qt::AlignLeft | Qt::TextWordWrap) : int(Qt::AlignLeft | Qt::TextWrapAnywhere);
    };
    // The deposit address in the fixed-pitch face, as on screen.
    const auto rowFont = [&](const QString& value) { return value == p.address ? addressFont : smallFont; };
    qreal detailsHeight = 0;
    for (const auto& row : rows)
        detailsHeight += textHeight(painter, valueWidth, row.second, rowFont(row.second), rowFlags(row.second), 3)
            + mm(painter, 1.2);

    const QString url = p.paymentUrl;
    const qreal urlHeight = url.isEmpty() ? 0
                                          : textHeight(painter, width, tr("Payment page"), labelFont)
            + textHeight(painter, width, url, urlFont, Qt::AlignHCenter | Qt::TextWrapAnywhere, 3);

    // Header: the merchant, "Invoice", a rule.
    qreal y = area.top();
    const qreal headerHeight = std::max(drawText(painter, QPointF(left, y), width * 0.66, m_merchantName, titleFont,
                                            Qt::AlignLeft | Qt::TextWordWrap, 2),
        [&] {
            painter.setPen(kMuted);
            const qreal h = drawText(painter, QPointF(left + width * 0.66, y), width * 0.34, tr("Invoice"), headingFont,
                Qt::AlignRight | Qt::TextWordWrap, 1);
            painter.setPen(Qt::black);
            return h;
        }());
    y += headerHeight + mm(painter, 2);
    drawRule(painter, left, y, width);
    y += gap * 1.5;

    // The amount due, what to send in crypto, the description.
    painter.setPen(kMuted);
    y += drawText(painter, QPointF(left, y), width, tr("Amount due"), labelFont);
    painter.setPen(Qt::black);
    y += drawText(painter, QPointF(left, y), width, amountText(), amountFont, Qt::AlignLeft | Qt::TextWrapAnywhere, 2);
    y += drawText(painter, QPointF(left, y), width, payLine, bodyFont, Qt::AlignLeft | Qt::TextWordWrap, 2);
    if (!p.description.isEmpty()) {
        y += mm(painter, 2);
        y += drawText(painter, QPointF(left, y), width, p.description, bodyFont, Qt::AlignLeft | Qt::TextWordWrap, 4);
    }
    y += gap;

    // The QR code with its quiet zone, centred, as large as the rest of the page allows.
    const QString text = qrText();
    QrCode::Error error = QrCode::Error::None;
    const std::optional<QrCode> code
        = text.isEmpty() ? std::nullopt : QrCode::encode(text, QrCode::ErrorCorrection::Medium, &error);
    const qreal captionHeight = textHeight(painter, width, tr("Scan to pay"), smallFont);
    const qreal below = captionHeight + gap + urlHeight + gap * 2 + detailsHeight;
    const qreal box
        = std::clamp(area.bottom() - y - below, mm(painter, kQrMinMm), std::min(mm(painter, kQrMaxMm), width));
    if (code) {
        const qreal inner = box * code->size() / (code->size() + 2 * kQuietZoneModules);
        drawQrCode(painter, *code, QRectF(left + (width - inner) / 2, y + (box - inner) / 2, inner, inner));
        y += box;
        painter.setPen(kMuted);
        y += drawText(painter, QPointF(left, y), width, tr("Scan to pay"), smallFont, Qt::AlignHCenter);
        painter.setPen(Qt::black);
    } else {
        const QString why = text.isEmpty() ? tr("This invoice has no payment page or deposit address to scan.")
                                           : QrCode::errorText(error);
        painter.setPen(kMuted);
        y += drawText(painter, QPointF(left, y), width, why, bodyFont, Qt::AlignHCenter | Qt::TextWordWrap, 3);
        painter.setPen(Qt::black);
    }
    y += gap;

    // The payment page as text, for typing or for a reader without a camera.
    if (!url.isEmpty()) {
        painter.setPen(kMuted);
        y += drawText(painter, QPointF(left, y), width, tr("Payment page"), labelFont, Qt::AlignHCenter);
        painter.setPen(Qt::black);
        y += drawText(painter, QPointF(left, y), width, url, urlFont, Qt::AlignHCenter | Qt::TextWrapAnywhere, 3);
    }
    y += gap;
    drawRule(painter, left, y, width);
    y += gap;

    // The details table.
    for (const auto& row : rows) {
        painter.setPen(kMuted);
        drawText(painter, QPointF(left, y), labelWidth, row.first, smallFont, Qt::AlignLeft, 1);
        painter.setPen(Qt::black);
        y += drawText(painter, QPointF(left + labelWidth, y), valueWidth, row.second, rowFont(row.second),
                 rowFlags(row.second), 3)
            + mm(painter, 1.2);
    }
}

} // namespace paydesk
