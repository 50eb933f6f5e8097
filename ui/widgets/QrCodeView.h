#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

#include <memory>

namespace paydesk {

class QrCode;

// A QR code drawn crisp at any size (whole pixels per module, black on white with the quiet zone), for scanning
// from the screen: invoices and dedicated addresses. The text is encoded locally with libqrencode (core QrCode).
// Shows a plain-words note instead when the text cannot be encoded.
class QrCodeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeView)

public:
    explicit QrCodeView(QWidget* parent = nullptr);
    ~QrCodeView() override;

    void setText(const QString& text);
    QString text() const { return m_text; }
    bool hasCode() const;
    // The code as an image of `pixels` × `pixels` (for copy, save as PNG, print); null without a code.
    QImage image(int pixels) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    QString m_problem;
    std::shared_ptr<const QrCode> m_code;
};

} // namespace paydesk
