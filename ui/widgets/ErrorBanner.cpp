#include "ui/widgets/ErrorBanner.h"

#include "core/ProviderErrorText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace paydesk {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_details(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    const QColor base = tinted.color(QPalette::Window);
    const QColor error(0xd9, 0x3f, 0x3f);
    tinted.setColor(QPalette::Window,
        QColor::fromRgbF(base.redF() * 0.85f + error.redF() * 0.15f, base.greenF() * 0.85f + error.greenF() * 0.15f,
            base.blueF() * 0.85f + error.blueF() * 0.15f));
    setPalette(tinted);

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setVisible(false);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    connect(m_detailsButton, &QToolButton::toggled, m_details, &QLabel::setVisible);
    auto* close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &ErrorBanner::clear);

    auto* texts = new QVBoxLayout;
    texts->addWidget(m_message);
    texts->addWidget(m_details);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_detailsButton, 0, Qt::AlignTop);
    layout->addWidget(close, 0, Qt::AlignTop);
    setVisible(false);
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showError(const ProviderError& error, const QString& accountName)
{
    showMessage(ProviderErrorText::summary(error, accountName), ProviderErrorText::detail(error));
}

void ErrorBanner::showMessage(const QString& message, const QString& details)
{
    m_message->setText(message);
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    setVisible(true);
}

void ErrorBanner::clear()
{
    m_message->clear();
    m_details->clear();
    setVisible(false);
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

QString ErrorBanner::details() const
{
    return m_details->text();
}

} // namespace paydesk
