#pragma once

#include <QtGlobal>

class QColor;
class QFont;
class QPainter;
class QPointF;
class QRectF;
class QTextDocument;

namespace DockPrep::ReaderLayout {

// The measure the reader keeps: lines of about this many characters of running text, the width
// good documentation and books use; wider lines make the eye lose its place on the way back.
constexpr int measureCharacters = 75;

// The left and right margin that centres a column of `measureCharacters` in a viewport this
// wide (at least `minimum`, so a narrow window still keeps the text off its edges).
int sideMargin(const QFont &font, int viewportWidth, int minimum);

// Applies what the HTML subset of QTextDocument cannot express: roomier lines for prose, and
// snippets that wrap inside their box (marked so their continuation lines can be drawn).
void prepare(QTextDocument *document);

// Draws a ↪ before every line of a snippet that continues the line above it (a wrap, not a
// line break of the snippet), in document coordinates moved by `offset`, inside `clip`.
void paintContinuationMarkers(QPainter &painter, QTextDocument *document, const QPointF &offset, const QRectF &clip,
                              const QColor &color);

// How many wrapped (continued) lines the snippets of `document` have at its current width.
int continuationLineCount(QTextDocument *document);

} // namespace DockPrep::ReaderLayout
