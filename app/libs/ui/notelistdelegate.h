#pragma once

#include <QStyledItemDelegate>

namespace DockPrep {

// A note in the notes list: its first line as written, never elided (the list scrolls
// sideways), and in "All notes" a second, quieter line saying what the note is about.
class NoteListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace DockPrep
