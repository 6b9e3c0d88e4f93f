#pragma once

#include <QStyledItemDelegate>

namespace DockPrep {

// One challenge per row of the list: its title (ticked when solved) and, right-aligned in the
// quieter placeholder colour, its level, so which one to take next shows at a glance.
class ChallengeListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int levelRole = Qt::UserRole + 3;  // the level's name, shown on the right

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static int levelWidth(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace DockPrep
