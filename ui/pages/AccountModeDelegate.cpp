#include "ui/pages/AccountModeDelegate.h"

#include "models/ModelRoles.h"

#include <QApplication>
#include <QPainter>

namespace paydesk {

AccountModeDelegate::AccountModeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

AccountModeDelegate::~AccountModeDelegate() = default;

void AccountModeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Background and selection as usual, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QStyle* style = background.widget ? background.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    const bool live = index.data(SortRole).toBool();
    const QFontMetrics metrics(option.font);
    const int padding = metrics.height() / 2;
    const int height = qMin(option.rect.height() - 4, metrics.height() + 4);
    const int width = metrics.horizontalAdvance(text) + 2 * padding;
    const QRect pill(option.rect.left() + 4, option.rect.top() + (option.rect.height() - height) / 2, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(live ? QColor(0x1e, 0x8e, 0x3e) : QColor(0xf2, 0xa6, 0x00));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(live ? QColor(Qt::white) : QColor(0x30, 0x22, 0x00));
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize AccountModeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + metrics.height() + 8);
    return size;
}

} // namespace paydesk
