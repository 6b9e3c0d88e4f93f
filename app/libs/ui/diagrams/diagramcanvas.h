#pragma once

#include "diagrams/diagramexport.h"
#include "diagrams/diagramgeometry.h"
#include "diagrams/diagrammetadata.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QStringList>

class QSvgRenderer;
class QVariantAnimation;

namespace DockPrep {

// Draws one diagram crisply at any zoom and device pixel ratio and makes its elements
// interactive: hover, click, Tab order, zoom and pan. The SVG is rendered once per view into a
// cache; every highlight is an overlay painted on top, so animations never touch the SVG. After
// a zoom the new rendering is made on a worker thread (a busy diagram takes 26-44 ms), and the
// previous one, scaled, stands in until it is ready.
class DiagramCanvas final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr qreal minimumZoom = 0.25;
    static constexpr qreal maximumZoom = 4.0;

    explicit DiagramCanvas(QWidget *parent = nullptr);
    ~DiagramCanvas() override;

    // Loads the drawing; false (and nothing shown) when the SVG cannot be read.
    bool setDiagram(const DiagramMetadata &diagram);
    const DiagramMetadata &diagram() const { return m_diagram; }
    const DiagramGeometry &geometry() const { return m_geometry; }
    QSvgRenderer *renderer() const { return m_renderer; }

    QString hoveredElement() const { return m_hovered; }
    QString focusedElement() const { return m_focused; }
    void setFocusedElement(const QString &id);
    void setSelectedElement(const QString &id);
    // Step-through: everything else is dimmed. Empty clears.
    void setActiveElements(const QStringList &ids);
    QStringList activeElements() const { return m_active; }
    // The simulation's marks: element id -> colour. Empty clears.
    void setMarkedElements(const QHash<QString, QColor> &marks);
    // The rectangles an export should show highlighted, in document coordinates.
    QList<QRectF> highlightedRects() const;
    // What the screen and both exports draw over the drawing (hover and focus aside).
    DiagramHighlights highlights() const;

    // False while a worker renders the drawing at the current zoom and a scaled copy of the
    // previous rendering stands in.
    bool isRenderCurrent() const { return m_wantedRender.key.isEmpty(); }

    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    // Whether a resize fits the drawing to the window again: true after loading and Fit, false
    // once the user zooms. A side panel opening sets it false so the drawing keeps its size.
    bool fitsOnResize() const { return m_fitting; }
    void setFitsOnResize(bool fits);
    void ensureElementVisible(const QString &id);

    // The current mapping from document to this widget's viewport() coordinates.
    DiagramViewport currentViewport() const;
    // Centre of an element's visible part in viewport() coordinates (for tests and tooltips).
    QPoint elementPosition(const QString &id) const;

    // Paints the highlights for a target where the document is mapped by `documentToTarget`.
    void paintHighlights(QPainter *painter, const QTransform &documentToTarget, const QRectF &targetArea,
                         bool interactive) const;

Q_SIGNALS:
    void elementHovered(const QString &id);     // empty when leaving every element
    void elementActivated(const QString &id);   // click or Enter
    void focusedElementChanged(const QString &id);
    void zoomChanged(qreal zoom);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // What to render: `target` (logical pixels) on an image of `pixels` device pixels.
    struct RenderRequest {
        QString key;  // names the rendering: drawing, zoom or view, scale and background
        QString svgFile;
        QSize pixels;
        qreal devicePixelRatio = 1;
        QRectF target;
        QColor background;
    };
    static QImage renderDrawing(const RenderRequest &request, QSvgRenderer &renderer);
    void renderBehind(const RenderRequest &request);
    void startRender(const RenderRequest &request);
    void renderFinished();

    void setZoomAround(qreal zoom, QPointF anchor);
    void updateScrollBars();
    void setHovered(const QString &id);
    void updateAccessibleName();
    QString elementAtViewportPoint(QPointF point) const;

    DiagramMetadata m_diagram;
    QSvgRenderer *m_renderer = nullptr;
    DiagramGeometry m_geometry;
    QStringList m_order;
    QString m_hovered;
    QString m_previousHovered;  // fades out while m_hovered fades in
    QString m_focused;
    QString m_selected;
    QStringList m_active;
    QHash<QString, QColor> m_marks;
    QVariantAnimation *m_hoverFade = nullptr;
    qreal m_zoom = 1.0;
    bool m_fitting = true;  // keep fitting the window on resize until the user zooms
    QPoint m_pressPosition;
    QPoint m_pressScroll;
    bool m_dragging = false;
    bool m_pressed = false;
    QImage m_cache;
    QString m_cacheKey;
    QFutureWatcher<QImage> *m_renderWatcher = nullptr;
    RenderRequest m_wantedRender;  // the rendering the view waits for; empty key when none
    QString m_renderingKey;        // what the worker renders now; empty when it is idle
};

} // namespace DockPrep
