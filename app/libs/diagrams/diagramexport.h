#pragma once

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QRectF>

namespace DockPrep {

// The colours the diagram page marks elements with. The screen, the PNG export and the SVG
// export all take them from here, so an exported drawing shows what the screen showed.
namespace DiagramHighlightColors {
inline constexpr QColor selected{37, 99, 235};   // the element whose panel is open: blue
inline constexpr QColor step{217, 119, 6};       // the elements a step-through lights up: amber
inline constexpr QColor veil{15, 23, 42, 90};    // over the rest of the drawing while stepping
inline constexpr int markFillAlpha = 50;         // a simulation mark is filled with its colour, this opaque
} // namespace DiagramHighlightColors

// One outlined (and perhaps filled) rounded rectangle, in document coordinates, padding included.
struct DiagramHighlight {
    QRectF rect;
    QColor stroke;
    QColor fill = Qt::transparent;
};

// Everything drawn over the drawing to show its state, in paint order.
struct DiagramHighlights {
    QList<QRectF> spotlight;            // while stepping: these stay bright, the rest is veiled
    QList<DiagramHighlight> outlines;
};

// The pen of an outline, in document units: 3.5 pixels in the PNG, which is twice the document size.
inline constexpr qreal diagramExportPenWidth = 1.75;
inline constexpr qreal diagramHighlightRadius = 5.0;

// The source SVG made fit to hand out: without the comments its authors wrote for each other, and
// with the highlights added as a last group (the veil over `area`, then the outlines), so an
// exported file looks like the screen and stays editable. Returns an empty array when `svg` has
// no closing </svg>.
QByteArray svgForExport(const QByteArray &svg, const DiagramHighlights &highlights, const QRectF &area);

// `svg` without its <!-- comments --> (CDATA sections are left as they are); a line that held
// only a comment goes with it.
QByteArray withoutXmlComments(const QByteArray &svg);

} // namespace DockPrep
