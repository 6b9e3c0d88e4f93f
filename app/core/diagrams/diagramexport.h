#pragma once

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QRectF>

namespace DockPrep {

// The source SVG with the current highlight added as a last group of outlined rectangles (in
// document coordinates), so an exported file looks like the screen and stays editable. Returns an
// empty array when `svg` has no closing </svg>.
QByteArray svgWithHighlight(const QByteArray &svg, const QList<QRectF> &rects, const QColor &color);

} // namespace DockPrep
