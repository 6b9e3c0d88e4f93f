#include "ui/readerlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

namespace DockPrep::ReaderLayout {

namespace {

// A snippet's lines are drawn with a hanging indent of this many characters: the first line of
// each source line starts at the box's edge, its continuations start further in, beside a ↪.
constexpr qreal hangingIndentCharacters = 2.5;
constexpr int snippetProperty = QTextFormat::UserProperty + 1;
constexpr int proseLineHeightPercent = 145;

// A snippet line that continues the one above (a wrap), not a line of its own.
bool isContinuation(const QTextBlock &block, int lineNumber)
{
    const QTextLine line = block.layout()->lineAt(lineNumber);
    const int start = line.textStart();
    return start > 0 && block.text().at(start - 1) != QChar::LineSeparator;
}

template <typename Visit>
void forEachContinuation(QTextDocument *document, Visit visit)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().boolProperty(snippetProperty) || !block.layout())
            continue;
        for (int i = 1; i < block.layout()->lineCount(); ++i) {
            if (isContinuation(block, i))
                visit(block, block.layout()->lineAt(i));
        }
    }
}

} // namespace

int sideMargin(const QFont &font, int viewportWidth, int minimum)
{
    // The width of real text, not of "x": an English sentence's average advance per character.
    static const QString sample = QStringLiteral("The build context is sent to the daemon before the first instruction runs. ");
    const qreal perCharacter = QFontMetricsF(font).horizontalAdvance(sample) / qreal(sample.size());
    const int column = int(std::ceil(perCharacter * measureCharacters));
    return qMax(minimum, (viewportWidth - column) / 2);
}

void prepare(QTextDocument *document)
{
    // Qt's HTML import marks <pre> blocks "non-breakable": a long line would widen its table and
    // then the whole page would scroll sideways. QTextBrowser cannot scroll one block by itself
    // (a widget per snippet would lose find, selection and copy across the page), so snippets
    // wrap inside their box instead, with a hanging indent and a ↪ marking each continuation.
    const qreal indent = QFontMetricsF(document->defaultFont()).averageCharWidth() * hangingIndentCharacters;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.nonBreakableLines()) {
            format.setNonBreakableLines(false);
            format.setProperty(snippetProperty, true);
            format.setLeftMargin(format.leftMargin() + indent);
            format.setTextIndent(-indent);
        } else if (format.headingLevel() == 0 && !format.hasProperty(QTextFormat::LineHeight)) {
            // Headings keep their tight lines; a block that names its own height keeps it.
            format.setLineHeight(proseLineHeightPercent, QTextBlockFormat::ProportionalHeight);
        } else {
            continue;
        }
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
}

void paintContinuationMarkers(QPainter &painter, QTextDocument *document, const QPointF &offset, const QRectF &clip,
                              const QColor &color)
{
    painter.save();
    painter.setPen(color);
    forEachContinuation(document, [&](const QTextBlock &block, const QTextLine &line) {
        const QRectF blockRect = document->documentLayout()->blockBoundingRect(block);
        const qreal indent = -block.blockFormat().textIndent();
        const QRectF marker(blockRect.left() + line.x() - indent, blockRect.top() + line.y(), indent, line.height());
        const QRectF shown = marker.translated(offset);
        if (!shown.intersects(clip))
            return;
        QFont font = block.charFormat().font();
        painter.setFont(font);
        painter.drawText(shown, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("↪ "));
    });
    painter.restore();
}

int continuationLineCount(QTextDocument *document)
{
    int count = 0;
    forEachContinuation(document, [&count](const QTextBlock &, const QTextLine &) { ++count; });
    return count;
}

} // namespace DockPrep::ReaderLayout
