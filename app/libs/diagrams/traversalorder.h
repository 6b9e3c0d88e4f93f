#pragma once

#include <QHash>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace DockPrep {

// The order Tab walks through a diagram's elements. With an explicit order (from the metadata)
// that order wins, keeping only ids that have a rectangle. Otherwise reading order: rows from top
// to bottom, left to right within a row; elements whose tops differ by at most `rowTolerance`
// document units share a row, so slightly misaligned boxes still read left to right.
QStringList traversalOrder(const QHash<QString, QRectF> &rects, const QStringList &explicitOrder = {},
                           qreal rowTolerance = 12.0);

// The next element after `current` in `order` (backwards when `forward` is false), or an empty
// string past either end. An empty `current` starts at the first (or last) element.
QString nextInOrder(const QStringList &order, const QString &current, bool forward);

} // namespace DockPrep
