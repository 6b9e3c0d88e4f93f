#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTransform>

class QSvgRenderer;

namespace DockPrep {

// How the document is shown: its viewBox scaled by `zoom` and placed with its top-left corner at
// `origin` (in logical widget pixels), on a screen with `devicePixelRatio` device pixels per
// logical pixel.
struct DiagramViewport {
    QRectF viewBox;
    qreal zoom = 1.0;
    QPointF origin;
    qreal devicePixelRatio = 1.0;

    QTransform documentToLogical() const;
    QPointF logicalToDocument(QPointF logical) const;
    QPointF deviceToDocument(QPointF devicePixel) const;
    QRectF documentToLogical(const QRectF &rect) const { return documentToLogical().mapRect(rect); }
};

// Where each clickable element sits in document coordinates, and which one a point lands on.
class DiagramGeometry
{
public:
    DiagramGeometry() = default;
    // `idsInPaintOrder`: the clickable ids, bottom first (SvgOutline gives the document order). Ids
    // the renderer does not know are left out and listed by missing(): asking Qt Svg for an
    // unknown id would silently return the whole document.
    DiagramGeometry(const QSvgRenderer &renderer, const QStringList &idsInPaintOrder);

    QRectF viewBox() const { return m_viewBox; }
    QStringList ids() const { return m_ids; }  // paint order
    QStringList missing() const { return m_missing; }
    QRectF rect(const QString &id) const { return m_rects.value(id); }
    const QHash<QString, QRectF> &rects() const { return m_rects; }

    // The topmost element under a point, or an empty string.
    QString elementAtDocumentPoint(QPointF point) const;
    QString elementAt(QPointF devicePixel, const DiagramViewport &viewport) const;

private:
    QRectF m_viewBox;
    QStringList m_ids;
    QStringList m_missing;
    QHash<QString, QRectF> m_rects;
};

} // namespace DockPrep
