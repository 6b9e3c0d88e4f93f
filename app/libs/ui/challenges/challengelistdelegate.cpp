#include "ui/challenges/challengelistdelegate.h"

#include <QApplication>
#include <QPainter>

namespace DockPrep {

namespace {

constexpr int gap = 12;  // between the title and the level, and after the level

} // namespace

int ChallengeListDelegate::levelWidth(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString level = index.data(levelRole).toString();
    return level.isEmpty() ? 0 : option.fontMetrics.horizontalAdvance(level) + 2 * gap;
}

void ChallengeListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    // The row's background across the whole width, then the title in what the level leaves.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, item.widget);
    const int reserved = levelWidth(item, index);
    QStyleOptionViewItem title = item;
    title.rect.setRight(item.rect.right() - reserved);
    style->drawControl(QStyle::CE_ItemViewItem, &title, painter, item.widget);
    if (reserved == 0)
        return;
    const bool selected = item.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(item.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect levelRect(item.rect.right() - reserved + gap, item.rect.top(), reserved - 2 * gap, item.rect.height());
    painter->drawText(levelRect, Qt::AlignRight | Qt::AlignVCenter, index.data(levelRole).toString());
    painter->restore();
}

QSize ChallengeListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QSize title = QStyledItemDelegate::sizeHint(option, index);
    return {title.width() + levelWidth(item, index), title.height()};
}

} // namespace DockPrep
