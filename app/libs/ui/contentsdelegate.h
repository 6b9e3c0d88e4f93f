#pragma once

#include <QStyledItemDelegate>

namespace DockPrep {

// Draws a question row with its level badge on the right and markers for studied (✓) and
// bookmarked (★) entries, and a chapter row with its studied/total count, so progress is visible
// at a glance. A title cut by a narrow panel shows whole in its tooltip (the model's).
class ContentsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor levelColor(int level);
    static QString levelBadge(int level);  // "J", "M", "S", "P"

private:
    void paintChapter(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace DockPrep
