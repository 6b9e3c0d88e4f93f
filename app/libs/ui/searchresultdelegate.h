#pragma once

#include <QStyledItemDelegate>

namespace DockPrep {

// A search result as two lines: the title in bold, then the snippet with the matched words in
// bold (the snippet is plain text; the model says where its matches are).
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace DockPrep
