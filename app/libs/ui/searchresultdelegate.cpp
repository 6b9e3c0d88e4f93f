#include "ui/searchresultdelegate.h"

#include "store/search.h"
#include "store/searchresultsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace DockPrep {

namespace {
constexpr int padding = 6;
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(option.rect.width(), option.fontMetrics.height() * 2 + padding * 3);
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const bool isNote = index.data(SearchResultsModel::KindRole).toInt() == int(SearchResult::Kind::Note);
    const QRect area = option.rect.adjusted(padding, padding, -padding, -padding);

    painter->save();
    QFont titleFont = option.font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QString prefix = isNote ? tr("Note: ") : QString();
    const QString title = QFontMetrics(titleFont).elidedText(prefix + index.data().toString(), Qt::ElideRight, area.width());
    painter->drawText(QRect(area.left(), area.top(), area.width(), option.fontMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, title);

    QTextDocument snippet;
    snippet.setDefaultFont(option.font);
    snippet.setDocumentMargin(0);
    snippet.setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(text.name()));
    snippet.setHtml(QStringLiteral("<body>%1</body>").arg(index.data(SearchResultsModel::SnippetHtmlRole).toString()));
    snippet.setTextWidth(area.width());
    painter->translate(area.left(), area.top() + option.fontMetrics.height() + padding);
    painter->setClipRect(QRect(0, 0, area.width(), option.fontMetrics.height() + 2));
    snippet.drawContents(painter);
    painter->restore();
}

} // namespace DockPrep
