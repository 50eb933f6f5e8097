#include "ui/widgets/WrapAnywhereLabel.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

// Above this many average characters the size hint asks for no more width; the label wraps within what it gets.
constexpr int kPreferredChars = 50;
// The least width it asks for: a few characters, so that a long value never decides a page's width.
constexpr int kMinimumChars = 8;

// Wide enough for any line on any screen: the text's natural width is measured at this width.
constexpr qreal kUnlimited = 1'000'000;

// Lays `text` out in lines of `width` pixels; QTextLayout breaks at QChar::LineSeparator, not at '\n'.
void layOut(QTextLayout& layout, const QString& text, const QWidget& widget, Qt::Alignment alignment, qreal width)
{
    QString laidOut = text;
    laidOut.replace(u'\n', QChar::LineSeparator);
    layout.setText(laidOut);
    layout.setFont(widget.font());
    QTextOption option(alignment & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(widget.layoutDirection());
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}

} // namespace

WrapAnywhereLabel::WrapAnywhereLabel(QWidget* parent)
    : WrapAnywhereLabel(QString(), parent)
{
}

WrapAnywhereLabel::WrapAnywhereLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

WrapAnywhereLabel::~WrapAnywhereLabel() = default;

QMargins WrapAnywhereLabel::textMargins() const
{
    const int frame = frameWidth();
    const int m = margin();
    return contentsMargins() + QMargins(frame + m, frame + m, frame + m, frame + m);
}

int WrapAnywhereLabel::textWidthFor(int width) const
{
    const QMargins margins = textMargins();
    return std::max(1, width - margins.left() - margins.right());
}

int WrapAnywhereLabel::textHeight(int textWidth) const
{
    if (text().isEmpty())
        return fontMetrics().height();
    QTextLayout layout(QString(), font(), this);
    layOut(layout, text(), *this, alignment(), textWidth);
    return int(std::ceil(layout.boundingRect().height()));
}

QStringList WrapAnywhereLabel::lines(int width) const
{
    QTextLayout layout(QString(), font(), this);
    layOut(layout, text(), *this, alignment(), width);
    QStringList result;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        result.append(text().mid(line.textStart(), line.textLength()));
    }
    return result;
}

QStringList WrapAnywhereLabel::displayedLines() const
{
    return lines(textWidthFor(width()));
}

bool WrapAnywhereLabel::showsWholeText() const
{
    return heightForWidth(width()) <= height();
}

QSize WrapAnywhereLabel::sizeHint() const
{
    const QMargins margins = textMargins();
    QTextLayout layout(QString(), font(), this);
    layOut(layout, text(), *this, alignment(), kUnlimited);
    qreal naturalWidth = 0;
    for (int i = 0; i < layout.lineCount(); ++i)
        naturalWidth = std::max(naturalWidth, layout.lineAt(i).naturalTextWidth());
    const int natural = int(std::ceil(naturalWidth));
    const int textWidth = std::max(1, std::min(natural, fontMetrics().averageCharWidth() * kPreferredChars));
    return {textWidth + margins.left() + margins.right(), textHeight(textWidth) + margins.top() + margins.bottom()};
}

QSize WrapAnywhereLabel::minimumSizeHint() const
{
    const QMargins margins = textMargins();
    const int textWidth = std::min(
        sizeHint().width() - margins.left() - margins.right(), fontMetrics().averageCharWidth() * kMinimumChars);
    return {std::max(1, textWidth) + margins.left() + margins.right(),
        fontMetrics().height() + margins.top() + margins.bottom()};
}

bool WrapAnywhereLabel::hasHeightForWidth() const
{
    return true;
}

int WrapAnywhereLabel::heightForWidth(int width) const
{
    const QMargins margins = textMargins();
    return textHeight(textWidthFor(width)) + margins.top() + margins.bottom();
}

void WrapAnywhereLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    drawFrame(&painter);
    const QRect area = rect().marginsRemoved(textMargins());
    QTextLayout layout(QString(), font(), this);
    layOut(layout, text(), *this, alignment(), area.width());
    const int height = int(std::ceil(layout.boundingRect().height()));
    int top = area.top();
    if (alignment() & Qt::AlignVCenter)
        top += std::max(0, (area.height() - height) / 2);
    else if (alignment() & Qt::AlignBottom)
        top += std::max(0, area.height() - height);
    const QPalette::ColorGroup group = isEnabled() ? QPalette::Normal : QPalette::Disabled;
    painter.setPen(palette().color(group, foregroundRole()));
    layout.draw(&painter, QPointF(area.left(), top));
}

void WrapAnywhereLabel::contextMenuEvent(QContextMenuEvent* event)
{
    if (text().isEmpty()) {
        QLabel::contextMenuEvent(event);
        return;
    }
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Copy"), this, [this] { QGuiApplication::clipboard()->setText(text()); });
    menu->popup(event->globalPos());
}

} // namespace paydesk
