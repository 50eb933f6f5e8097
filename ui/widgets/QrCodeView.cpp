#include "ui/widgets/QrCodeView.h"

#include "core/qr/QrCode.h"
#include "models/QrImage.h"

#include <QPainter>

namespace paydesk {

QrCodeView::QrCodeView(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("QR code"));
}

QrCodeView::~QrCodeView() = default;

void QrCodeView::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_problem.clear();
    m_code.reset();
    if (!text.isEmpty()) {
        QrCode::Error error = QrCode::Error::None;
        if (auto code = QrCode::encode(text, QrCode::ErrorCorrection::Medium, &error))
            m_code = std::make_shared<const QrCode>(std::move(*code));
        else
            m_problem = QrCode::errorText(error);
    }
    setToolTip(text);
    update();
}

bool QrCodeView::hasCode() const
{
    return m_code != nullptr;
}

QImage QrCodeView::image(int pixels) const
{
    return m_code ? QrImage::renderToSize(*m_code, pixels) : QImage();
}

QSize QrCodeView::sizeHint() const
{
    return {280, 280};
}

QSize QrCodeView::minimumSizeHint() const
{
    return {120, 120};
}

void QrCodeView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const int side = std::min(width(), height());
    const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
    if (!m_code) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(
            rect(), Qt::AlignCenter | Qt::TextWordWrap, m_problem.isEmpty() ? tr("No QR code") : m_problem);
        return;
    }
    // Whole device pixels per module, so the code stays crisp on every screen scale.
    const qreal ratio = devicePixelRatioF();
    QImage code = QrImage::renderToSize(*m_code, static_cast<int>(side * ratio));
    code.setDevicePixelRatio(ratio);
    painter.drawImage(square.topLeft(), code);
}

} // namespace paydesk
