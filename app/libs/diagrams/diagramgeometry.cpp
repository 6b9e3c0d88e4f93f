#include "diagrams/diagramgeometry.h"

#include <QSvgRenderer>

namespace DockPrep {

QTransform DiagramViewport::documentToLogical() const
{
    QTransform t;
    t.translate(origin.x(), origin.y());
    t.scale(zoom, zoom);
    t.translate(-viewBox.x(), -viewBox.y());
    return t;
}

QPointF DiagramViewport::logicalToDocument(QPointF logical) const
{
    return documentToLogical().inverted().map(logical);
}

QPointF DiagramViewport::deviceToDocument(QPointF devicePixel) const
{
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    return logicalToDocument(devicePixel / dpr);
}

DiagramGeometry::DiagramGeometry(const QSvgRenderer &renderer, const QStringList &idsInPaintOrder)
    : m_viewBox(renderer.viewBoxF())
{
    for (const QString &id : idsInPaintOrder) {
        if (!renderer.elementExists(id)) {
            m_missing.append(id);
            continue;
        }
        // boundsOnElement ignores the parents' transforms; transformForElement supplies them.
        const QRectF rect = renderer.transformForElement(id).mapRect(renderer.boundsOnElement(id));
        m_ids.append(id);
        m_rects.insert(id, rect);
    }
}

QString DiagramGeometry::elementAtDocumentPoint(QPointF point) const
{
    for (auto it = m_ids.crbegin(); it != m_ids.crend(); ++it) {
        if (m_rects.value(*it).contains(point))
            return *it;
    }
    return {};
}

QString DiagramGeometry::elementAt(QPointF devicePixel, const DiagramViewport &viewport) const
{
    return elementAtDocumentPoint(viewport.deviceToDocument(devicePixel));
}

} // namespace DockPrep
