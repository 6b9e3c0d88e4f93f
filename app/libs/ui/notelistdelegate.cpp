#include "ui/notelistdelegate.h"

#include <QApplication>
#include <QPainter>

namespace DockPrep {

namespace {
constexpr int padding = 3;

// The note's line, and what it is about when the model says (NoteListModel in "All notes").
std::pair<QString, QString> lines(const QModelIndex &index)
{
    const QString text = index.data().toString();
    const qsizetype newline = text.indexOf(u'\n');
    return newline < 0 ? std::pair{text, QString()} : std::pair{text.left(newline), text.mid(newline + 1)};
}

QFont topicFont(const QFont &font)
{
    QFont smaller = font;
    smaller.setPointSizeF(font.pointSizeF() * 0.9);
    return smaller;
}
} // namespace

QSize NoteListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto [note, topic] = lines(index);
    const QFontMetrics topicMetrics(topicFont(option.font));
    const int width = std::max(option.fontMetrics.horizontalAdvance(note), topic.isEmpty() ? 0 : topicMetrics.horizontalAdvance(topic));
    const int height = option.fontMetrics.height() + (topic.isEmpty() ? 0 : topicMetrics.height());
    return {width + 4 * padding, height + 2 * padding};
}

void NoteListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const auto [note, topic] = lines(index);
    const bool selected = option.state & QStyle::State_Selected;
    const QRect area = option.rect.adjusted(2 * padding, padding, -padding, -padding);
    painter->save();
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(area.topLeft(), QSize(area.width(), option.fontMetrics.height())), Qt::AlignLeft | Qt::AlignVCenter, note);
    if (!topic.isEmpty()) {
        const QFont font = topicFont(option.font);
        painter->setFont(font);
        // Quieter than the note: the placeholder colour, or the selected text's own colour.
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(QRect(area.left(), area.top() + option.fontMetrics.height(), area.width(), QFontMetrics(font).height()),
                          Qt::AlignLeft | Qt::AlignVCenter, topic);
    }
    painter->restore();
}

} // namespace DockPrep
