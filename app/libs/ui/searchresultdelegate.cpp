#include "ui/searchresultdelegate.h"

#include "store/search.h"
#include "store/searchresultsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

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

    // The snippet's matches in bold, on one line: what does not fit is left out.
    QTextLayout snippet(index.data(SearchResultsModel::SnippetRole).toString(), option.font);
    QTextCharFormat matched;
    matched.setFontWeight(QFont::Bold);
    QList<QTextLayout::FormatRange> formats;
    const auto matches = index.data(SearchResultsModel::MatchesRole).value<QList<MatchRange>>();
    for (const MatchRange &match : matches)
        formats.append({int(match.offset), int(match.length), matched});
    snippet.setFormats(formats);
    QTextOption wrapping;
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    snippet.setTextOption(wrapping);
    snippet.beginLayout();
    QTextLine line = snippet.createLine();
    if (line.isValid())
        line.setLineWidth(area.width());
    snippet.endLayout();
    const QPoint topLeft(area.left(), area.top() + option.fontMetrics.height() + padding);
    painter->setClipRect(QRect(topLeft, QSize(area.width(), option.fontMetrics.height() + 2)));
    snippet.draw(painter, topLeft);
    painter->restore();
}

} // namespace DockPrep
