#include "ui/contentsdelegate.h"

#include "content/contentsmodel.h"
#include "content/level.h"

#include <QApplication>
#include <QPainter>

namespace DockPrep {

QColor ContentsDelegate::levelColor(int level)
{
    // Dark enough for the white letter to keep 4.5:1 (tst_contrast).
    switch (Level(level)) {
    case Level::Junior: return QColor(0x1f, 0x7a, 0x46);
    case Level::Mid: return QColor(0x2b, 0x6c, 0xb0);
    case Level::Senior: return QColor(0xa8, 0x5a, 0x0a);
    case Level::Principal: return QColor(0x9b, 0x3f, 0xc4);
    }
    return Qt::gray;
}

QString ContentsDelegate::levelBadge(int level)
{
    static const QString badges[] = {tr("J", "junior badge"), tr("M", "mid-level badge"), tr("S", "senior badge"),
                                     tr("P", "principal badge")};
    return level >= 0 && level < 4 ? badges[level] : QString();
}

QSize ContentsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    return size;
}

// A chapter row: its title in bold, and how many of its questions are studied ("3/12") at the
// right, in a quieter colour, so progress is visible without opening anything.
void ContentsDelegate::paintChapter(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int total = index.data(ContentsModel::EntryCountRole).toInt();
    const QString progress = total > 0 ? QStringLiteral("%1/%2").arg(index.data(ContentsModel::StudiedCountRole).toInt()).arg(total)
                                       : QString();
    const int progressWidth = progress.isEmpty() ? 0 : option.fontMetrics.horizontalAdvance(progress) + 10;
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    QStyleOptionViewItem title = option;
    initStyleOption(&title, index);
    title.font.setBold(true);
    title.fontMetrics = QFontMetrics(title.font);
    title.rect.setRight(option.rect.right() - progressWidth);
    title.backgroundBrush = Qt::NoBrush;
    title.state &= ~QStyle::State_HasFocus;
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &title, painter, option.widget);
    if (progress.isEmpty())
        return;
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    QColor colour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (!selected)
        colour.setAlphaF(0.7f);
    painter->setPen(colour);
    painter->setFont(option.font);
    painter->drawText(option.rect.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, progress);
    painter->restore();
}

void ContentsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool isEntry = !index.data(ContentsModel::EntryIdRole).toString().isEmpty();
    if (!isEntry) {
        paintChapter(painter, option, index);
        return;
    }
    const int badgeWidth = option.fontMetrics.height() + 4;
    const int dotSize = qMax(5, option.fontMetrics.height() / 3);  // the due-for-review dot
    const int markerWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("✓★")) + 6 + dotSize + 3;
    QStyleOptionViewItem text = option;
    text.rect.setRight(option.rect.right() - badgeWidth - markerWidth);
    // The full row gets the selection background; the text is drawn into the narrower rect.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    initStyleOption(&text, index);
    text.backgroundBrush = Qt::NoBrush;
    text.state &= ~QStyle::State_HasFocus;
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &text, painter, option.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect badge(option.rect.right() - badgeWidth + 2, option.rect.top() + (option.rect.height() - badgeWidth + 6) / 2,
                      badgeWidth - 6, badgeWidth - 6);
    const int level = index.data(ContentsModel::LevelRole).toInt();
    painter->setPen(Qt::NoPen);
    painter->setBrush(levelColor(level));
    painter->drawRoundedRect(badge, 3, 3);
    QFont small = option.font;
    small.setBold(true);
    small.setPointSizeF(small.pointSizeF() * 0.75);
    painter->setFont(small);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, levelBadge(level));

    const QColor markerColor = option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText)
                                                                     : option.palette.color(QPalette::Text);
    if (index.data(ContentsModel::DueRole).toBool()) {
        // A small quiet dot at the left of the markers: there is something to review here.
        const QColor dot = option.state & QStyle::State_Selected ? markerColor : option.palette.color(QPalette::Link);
        painter->setPen(Qt::NoPen);
        painter->setBrush(dot);
        painter->drawEllipse(QRectF(badge.left() - markerWidth + 1, option.rect.center().y() - dotSize / 2.0, dotSize, dotSize));
    }
    QString markers;
    if (index.data(ContentsModel::StudiedRole).toBool())
        markers += QStringLiteral("✓");
    if (index.data(ContentsModel::BookmarkedRole).toBool())
        markers += QStringLiteral("★");
    if (!markers.isEmpty()) {
        const QRect markerRect(badge.left() - markerWidth, option.rect.top(), markerWidth - 2, option.rect.height());
        painter->setFont(option.font);
        painter->setPen(markerColor);
        painter->drawText(markerRect, Qt::AlignRight | Qt::AlignVCenter, markers);
    }
    painter->restore();
}

} // namespace DockPrep
