#pragma once

#include <QStyledItemDelegate>

namespace DockPrep {

// Draws a question row with its level badge on the right and markers for studied (✓) and
// bookmarked (★) entries, so progress is visible at a glance.
class ContentsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor levelColor(int level);
    static QString levelBadge(int level);  // "J", "M", "S", "P"
};

} // namespace DockPrep
