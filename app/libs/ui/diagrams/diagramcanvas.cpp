#include "ui/diagrams/diagramcanvas.h"

#include "diagrams/svgoutline.h"
#include "diagrams/traversalorder.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSvgRenderer>
#include <QToolTip>
#include <QVariantAnimation>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <utility>

namespace DockPrep {

namespace {

constexpr qreal margin = 16.0;      // logical pixels around the drawing
constexpr qreal zoomStep = 1.25;
constexpr qreal highlightPen = diagramExportPenWidth * 2;  // target pixels; the PNG export is twice the document size
const QColor accent = DiagramHighlightColors::selected;

// How far content overflows a view. The fitted zoom makes the drawing exactly as large as the view,
// give or take a rounding error; a fraction of a pixel must not bring up a scroll bar.
int overflow(qreal content, int view)
{
    return qMax(0, qRound(content) - view);
}

QRectF padded(const QRectF &rect, qreal by)
{
    return rect.adjusted(-by, -by, by, by);
}

} // namespace

DiagramCanvas::DiagramCanvas(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_renderer(new QSvgRenderer(this))
    , m_hoverFade(new QVariantAnimation(this))
    , m_renderWatcher(new QFutureWatcher<QImage>(this))
{
    connect(m_renderWatcher, &QFutureWatcher<QImage>::finished, this, &DiagramCanvas::renderFinished);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Diagram"));
    m_hoverFade->setStartValue(0.0);
    m_hoverFade->setEndValue(1.0);
    m_hoverFade->setDuration(140);
    connect(m_hoverFade, &QVariantAnimation::valueChanged, viewport(), qOverload<>(&QWidget::update));
}

DiagramCanvas::~DiagramCanvas() = default;

bool DiagramCanvas::setDiagram(const DiagramMetadata &diagram)
{
    m_diagram = diagram;
    m_hovered.clear();
    m_previousHovered.clear();
    m_focused.clear();
    m_selected.clear();
    m_active.clear();
    m_marks.clear();
    m_cacheKey.clear();
    m_cache = QImage();
    m_wantedRender = {};  // a rendering still under way for the previous drawing is dropped
    const bool ok = m_renderer->load(diagram.svgFile);
    if (ok) {
        // Only the described elements are clickable, in the SVG's paint order so the topmost wins.
        const SvgOutline outline = SvgOutline::read(diagram.svgFile);
        QStringList clickable;
        for (const QString &id : outline.idsInPaintOrder()) {
            if (diagram.element(id))
                clickable.append(id);
        }
        m_geometry = DiagramGeometry(*m_renderer, clickable);
        m_order = traversalOrder(m_geometry.rects(), diagram.order);
    } else {
        m_geometry = DiagramGeometry();
        m_order.clear();
    }
    updateAccessibleName();
    m_fitting = true;
    fitToWindow();
    viewport()->update();
    return ok;
}

void DiagramCanvas::setFocusedElement(const QString &id)
{
    if (id == m_focused)
        return;
    m_focused = id;
    if (!id.isEmpty())
        ensureElementVisible(id);
    updateAccessibleName();
    viewport()->update();
    Q_EMIT focusedElementChanged(id);
}

void DiagramCanvas::setSelectedElement(const QString &id)
{
    m_selected = id;
    viewport()->update();
}

void DiagramCanvas::setActiveElements(const QStringList &ids)
{
    m_active = ids;
    viewport()->update();
}

void DiagramCanvas::setMarkedElements(const QHash<QString, QColor> &marks)
{
    m_marks = marks;
    viewport()->update();
}

QList<QRectF> DiagramCanvas::highlightedRects() const
{
    QStringList ids = m_active;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it)
        ids.append(it.key());
    if (!m_selected.isEmpty())
        ids.append(m_selected);
    QList<QRectF> rects;
    for (const QString &id : std::as_const(ids)) {
        const QRectF rect = m_geometry.rect(id);
        if (!rect.isEmpty() && !rects.contains(rect))
            rects.append(rect);
    }
    return rects;
}

DiagramHighlights DiagramCanvas::highlights() const
{
    DiagramHighlights shown;
    for (const QString &id : m_active) {
        const QRectF rect = padded(m_geometry.rect(id), 4);
        shown.spotlight.append(rect);
        shown.outlines.append({rect, DiagramHighlightColors::step});
    }
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        QColor fill = it.value();
        fill.setAlpha(DiagramHighlightColors::markFillAlpha);
        shown.outlines.append({padded(m_geometry.rect(it.key()), 5), it.value(), fill});
    }
    if (!m_selected.isEmpty())
        shown.outlines.append({padded(m_geometry.rect(m_selected), 5), DiagramHighlightColors::selected});
    return shown;
}

void DiagramCanvas::setZoom(qreal zoom)
{
    m_fitting = false;
    setZoomAround(zoom, QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
}

void DiagramCanvas::zoomIn()
{
    setZoom(m_zoom * zoomStep);
}

void DiagramCanvas::zoomOut()
{
    setZoom(m_zoom / zoomStep);
}

void DiagramCanvas::fitToWindow()
{
    m_fitting = true;
    const QSizeF size = m_geometry.viewBox().size();
    if (size.isEmpty())
        return;
    // The whole area, as if no scroll bar showed: a fitted drawing needs none, and fitting to the
    // area a scroll bar left would leave the drawing smaller than the window once it hides.
    const QSize area = maximumViewportSize();
    const qreal zoom = qMin((area.width() - 2 * margin) / size.width(), (area.height() - 2 * margin) / size.height());
    setZoomAround(qMax(zoom, minimumZoom), QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
}

void DiagramCanvas::setFitsOnResize(bool fits)
{
    m_fitting = fits;
}

void DiagramCanvas::setZoomAround(qreal zoom, QPointF anchor)
{
    zoom = qBound(minimumZoom, zoom, maximumZoom);
    const QPointF documentAnchor = currentViewport().logicalToDocument(anchor);
    const bool changed = !qFuzzyCompare(zoom, m_zoom);
    m_zoom = zoom;
    updateScrollBars();
    // Keep the document point under the anchor where it was.
    const QPointF moved = currentViewport().documentToLogical().map(documentAnchor) - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
    viewport()->update();
    if (changed)
        Q_EMIT zoomChanged(m_zoom);
}

void DiagramCanvas::updateScrollBars()
{
    const QSizeF content = m_geometry.viewBox().size() * m_zoom + QSizeF(2 * margin, 2 * margin);
    const QSize view = viewport()->size();
    horizontalScrollBar()->setRange(0, overflow(content.width(), view.width()));
    verticalScrollBar()->setRange(0, overflow(content.height(), view.height()));
    horizontalScrollBar()->setPageStep(view.width());
    verticalScrollBar()->setPageStep(view.height());
    horizontalScrollBar()->setSingleStep(24);
    verticalScrollBar()->setSingleStep(24);
}

DiagramViewport DiagramCanvas::currentViewport() const
{
    DiagramViewport v;
    v.viewBox = m_geometry.viewBox();
    v.zoom = m_zoom;
    v.devicePixelRatio = devicePixelRatioF();
    const QSizeF content = v.viewBox.size() * m_zoom;
    const QSize view = viewport()->size();
    // Centred while it fits, scrolled otherwise.
    const qreal x = overflow(content.width() + 2 * margin, view.width()) == 0 ? (view.width() - content.width()) / 2.0
                                                                               : margin - horizontalScrollBar()->value();
    const qreal y = overflow(content.height() + 2 * margin, view.height()) == 0 ? (view.height() - content.height()) / 2.0
                                                                                 : margin - verticalScrollBar()->value();
    v.origin = QPointF(x, y);
    return v;
}

QPoint DiagramCanvas::elementPosition(const QString &id) const
{
    const QRectF rect = currentViewport().documentToLogical(m_geometry.rect(id)) & QRectF(viewport()->rect());
    return rect.isEmpty() ? QPoint(-1, -1) : rect.center().toPoint();
}

void DiagramCanvas::ensureElementVisible(const QString &id)
{
    const QRectF rect = currentViewport().documentToLogical(m_geometry.rect(id));
    if (rect.isEmpty())
        return;
    const QRectF view(viewport()->rect());
    if (rect.right() > view.right())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qCeil(rect.right() - view.right() + margin));
    if (rect.left() < view.left())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - qCeil(view.left() - rect.left() + margin));
    if (rect.bottom() > view.bottom())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + qCeil(rect.bottom() - view.bottom() + margin));
    if (rect.top() < view.top())
        verticalScrollBar()->setValue(verticalScrollBar()->value() - qCeil(view.top() - rect.top() + margin));
}

QString DiagramCanvas::elementAtViewportPoint(QPointF point) const
{
    const DiagramViewport v = currentViewport();
    return m_geometry.elementAt(point * v.devicePixelRatio, v);
}

QImage DiagramCanvas::renderDrawing(const RenderRequest &request, QSvgRenderer &renderer)
{
    QImage image(request.pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(request.devicePixelRatio);
    image.fill(request.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, request.target);
    return image;
}

void DiagramCanvas::renderBehind(const RenderRequest &request)
{
    if (request.key == m_wantedRender.key)
        return;
    m_wantedRender = request;
    if (m_renderingKey.isEmpty())
        startRender(request);
    // else renderFinished() starts the newest wanted one: zooming fast renders each step at most once
}

void DiagramCanvas::startRender(const RenderRequest &request)
{
    m_renderingKey = request.key;
    // The worker loads the drawing into a renderer of its own: QSvgRenderer is not shared between
    // threads. It gets a copy of the request, so a canvas closed meanwhile just never hears of the result.
    m_renderWatcher->setFuture(QtConcurrent::run([request] {
        QSvgRenderer renderer(request.svgFile);
        return renderDrawing(request, renderer);
    }));
}

void DiagramCanvas::renderFinished()
{
    const QFuture<QImage> done = m_renderWatcher->future();
    const QString key = std::exchange(m_renderingKey, QString());
    if (key == m_wantedRender.key && done.resultCount() > 0) {
        m_cache = done.result();
        m_cacheKey = key;
        m_wantedRender = {};
        viewport()->update();
    } else if (!m_wantedRender.key.isEmpty()) {
        startRender(m_wantedRender);  // the zoom moved on while this one was rendered
    }
}

void DiagramCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const DiagramViewport v = currentViewport();
    const QSize view = viewport()->size();
    // The whole document is cached at this zoom and device pixel ratio (sharp at dpr 2), and
    // panning or hovering just blits it. Past 4096² device pixels only the visible part is
    // cached, re-rendered when scrolled.
    RenderRequest request;
    request.svgFile = m_diagram.svgFile;
    request.devicePixelRatio = devicePixelRatioF();
    request.background = palette().color(QPalette::Base);
    const QSizeF documentPixels = v.viewBox.size() * m_zoom * request.devicePixelRatio;
    const bool wholeDocument = documentPixels.width() * documentPixels.height() <= 4096.0 * 4096.0;
    // Everything but the zoom: a rendering with the same scope, scaled, can stand in for another.
    const QString scope = QStringLiteral("%1|%2|%3|%4|")
                              .arg(wholeDocument ? QStringLiteral("doc") : QStringLiteral("view"), m_diagram.svgFile)
                              .arg(request.devicePixelRatio)
                              .arg(request.background.name());
    if (wholeDocument) {
        request.key = scope + QString::number(m_zoom);
        request.pixels = documentPixels.toSize();
        request.target = QRectF(QPointF(0, 0), v.viewBox.size() * m_zoom);
    } else {
        request.key = scope + QStringLiteral("%1|%2|%3|%4x%5").arg(m_zoom).arg(v.origin.x()).arg(v.origin.y())
                                  .arg(view.width()).arg(view.height());
        request.pixels = view * request.devicePixelRatio;
        request.target = v.documentToLogical(v.viewBox);
    }
    if (request.key != m_cacheKey) {
        if (wholeDocument && m_cacheKey.startsWith(scope)) {
            renderBehind(request);  // zoomed: m_cache, scaled below, stands in meanwhile
        } else {
            // Nothing of this drawing to show yet (first paint, another diagram or theme).
            m_cache = renderDrawing(request, *m_renderer);
            m_cacheKey = request.key;
            m_wantedRender = {};
        }
    }
    if (wholeDocument) {
        painter.fillRect(viewport()->rect(), request.background);
        painter.drawImage(QRectF(v.origin, v.viewBox.size() * m_zoom), m_cache);
    } else {
        painter.drawImage(0, 0, m_cache);
    }
    paintHighlights(&painter, v.documentToLogical(), QRectF(viewport()->rect()), true);
}

void DiagramCanvas::paintHighlights(QPainter *painter, const QTransform &toTarget, const QRectF &targetArea,
                                    bool interactive) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal scale = std::sqrt(qAbs(toTarget.determinant()));
    auto area = [&](const QString &id, qreal pad) { return padded(toTarget.mapRect(m_geometry.rect(id)), pad * qMax(scale, 0.5)); };
    const qreal radius = diagramHighlightRadius * 2;  // in target pixels, as wide as in the PNG export
    const DiagramHighlights shown = highlights();
    if (!shown.spotlight.isEmpty()) {
        // The active path stays bright; the rest of the drawing steps back.
        QPainterPath veil;
        veil.addRect(targetArea);
        for (const QRectF &rect : shown.spotlight)
            veil.addRoundedRect(toTarget.mapRect(rect), radius, radius);
        veil.setFillRule(Qt::OddEvenFill);
        painter->fillPath(veil, DiagramHighlightColors::veil);
    }
    for (const DiagramHighlight &highlight : shown.outlines) {
        painter->setBrush(highlight.fill);
        painter->setPen(QPen(highlight.stroke, highlightPen));
        painter->drawRoundedRect(toTarget.mapRect(highlight.rect), radius, radius);
    }
    if (interactive) {
        const qreal fade = m_hoverFade->currentValue().toReal();
        auto drawHover = [&](const QString &id, qreal strength) {
            if (id.isEmpty() || strength <= 0)
                return;
            QColor fill = accent;
            fill.setAlphaF(0.14 * strength);
            QColor line = accent;
            line.setAlphaF(0.9 * strength);
            painter->setBrush(fill);
            painter->setPen(QPen(line, 2));
            painter->drawRoundedRect(area(id, 3), 9, 9);
        };
        drawHover(m_previousHovered, 1.0 - fade);
        drawHover(m_hovered, fade);
        if (hasFocus() && !m_focused.isEmpty()) {
            QPen pen(palette().color(QPalette::Text), 2, Qt::DashLine);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(pen);
            painter->drawRoundedRect(area(m_focused, 7), 11, 11);
        }
    }
    painter->restore();
}

void DiagramCanvas::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitting)
        fitToWindow();
    else
        updateScrollBars();
}

void DiagramCanvas::scrollContentsBy(int, int)
{
    viewport()->update();
}

void DiagramCanvas::setHovered(const QString &id)
{
    if (id == m_hovered)
        return;
    m_previousHovered = m_hovered;
    m_hovered = id;
    m_hoverFade->stop();
    m_hoverFade->start();
    if (const DiagramElement *element = m_diagram.element(id)) {
        setCursor(Qt::PointingHandCursor);
        setToolTip(element->title);
    } else {
        unsetCursor();
        setToolTip(QString());
        QToolTip::hideText();
    }
    Q_EMIT elementHovered(id);
}

void DiagramCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPosition = event->position().toPoint();
    m_pressScroll = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    event->accept();
}

void DiagramCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (pos - m_pressPosition).manhattanLength() > 6) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            const QPoint delta = pos - m_pressPosition;
            horizontalScrollBar()->setValue(m_pressScroll.x() - delta.x());
            verticalScrollBar()->setValue(m_pressScroll.y() - delta.y());
            return;
        }
    }
    setHovered(elementAtViewportPoint(pos));
}

void DiagramCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const QString id = elementAtViewportPoint(event->position());
    if (!id.isEmpty()) {
        setFocusedElement(id);
        Q_EMIT elementActivated(id);
    }
}

void DiagramCanvas::leaveEvent(QEvent *event)
{
    setHovered(QString());
    QAbstractScrollArea::leaveEvent(event);
}

void DiagramCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0) {
            m_fitting = false;
            setZoomAround(m_zoom * std::pow(zoomStep, steps), event->position());
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool DiagramCanvas::event(QEvent *event)
{
    // Tab walks the elements; past either end it leaves the canvas like any other widget.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        const bool backtab = key->key() == Qt::Key_Backtab
            || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier));
        if (tab || backtab) {
            const QString next = nextInOrder(m_order, m_focused, !backtab);
            if (!next.isEmpty()) {
                setFocusedElement(next);
                return true;
            }
            setFocusedElement(QString());
        }
    }
    return QAbstractScrollArea::event(event);
}

void DiagramCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_focused.isEmpty()) {
            Q_EMIT elementActivated(m_focused);
            return;
        }
        break;
    case Qt::Key_Escape:
        event->ignore();  // the page closes its panel
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void DiagramCanvas::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    // Entering with Tab lands on the first element, with Shift+Tab on the last.
    if (m_focused.isEmpty() && !m_order.isEmpty()) {
        if (event->reason() == Qt::TabFocusReason)
            setFocusedElement(m_order.first());
        else if (event->reason() == Qt::BacktabFocusReason)
            setFocusedElement(m_order.last());
    }
    viewport()->update();
}

void DiagramCanvas::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void DiagramCanvas::updateAccessibleName()
{
    // Screen readers announce the focused element through the canvas's name and description;
    // setAccessibleName sends the NameChanged event itself.
    const DiagramElement *element = m_diagram.element(m_focused);
    if (element) {
        setAccessibleName(tr("%1: %2").arg(m_diagram.title, element->title));
        setAccessibleDescription(element->text);
    } else {
        setAccessibleName(tr("Diagram: %1").arg(m_diagram.title));
        setAccessibleDescription(tr("Use Tab to move between the parts of the diagram and Enter to open one."));
    }
}

} // namespace DockPrep
