#include "ui/challenges/layerstackview.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace DockPrep {

namespace {

constexpr qreal columnWidth = 280;
constexpr qreal columnGap = 24;
constexpr qreal boxHeight = 34;
constexpr qreal boxGap = 4;
constexpr qreal headerHeight = 44;
constexpr qreal margin = 16;

QColor fillFor(const LayerBox &box)
{
    using Fill = LayerStackView::Fill;
    if (box.status == CacheStep::Status::Skipped)
        return LayerStackView::fillColour(Fill::Skipped);
    if (box.status == CacheStep::Status::Miss)
        return LayerStackView::fillColour(Fill::Miss);
    return LayerStackView::fillColour(box.base ? Fill::Base : Fill::Layer);
}

} // namespace

// The diagrams' colours: hits in calm teal, misses in amber-red, bases in slate.
QColor LayerStackView::fillColour(Fill fill)
{
    switch (fill) {
    case Fill::Base: return QColor(0x60, 0x7d, 0x8b);
    case Fill::Layer: return QColor(0x26, 0x9b, 0x8f);
    case Fill::Miss: return QColor(0xe5, 0x6a, 0x3c);
    case Fill::Skipped: return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

LayerStackView::LayerStackView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("layerStack"));
    setMouseTracking(false);
    layout();
}

void LayerStackView::setStages(const QList<StageColumn> &stages)
{
    m_stages = stages;
    m_selected = -1;
    layout();
    updateGeometry();
    update();
}

void LayerStackView::setSelectedInstruction(int instruction)
{
    m_selected = instruction;
    update();
    Q_EMIT selectionChanged(boxRect(instruction));
}

QString LayerStackView::placeholderText()
{
    return tr("Paste a Dockerfile to see its stages and layers.");
}

QRect LayerStackView::placeholderRect() const
{
    // Wrapped to the width the view has now: a narrow pane still shows all of it.
    const int width = qMax(int(columnWidth / 2), this->width() - int(2 * margin));
    return fontMetrics().boundingRect(QRect(int(margin), int(margin), width, 10000),
                                      Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, placeholderText());
}

QSize LayerStackView::minimumSizeHint() const
{
    // Without stages the view takes the room it is given (the hint wraps); with them, its drawing.
    return m_stages.isEmpty() ? QSize(int(columnWidth / 2 + 2 * margin), int(2 * margin)) : sizeHint();
}

void LayerStackView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        layout();
        updateGeometry();
    }
}

QRectF LayerStackView::boxRect(int instruction) const
{
    for (const auto &[index, rect] : m_boxRects) {
        if (index == instruction)
            return rect;
    }
    return {};
}

QSize LayerStackView::sizeHint() const
{
    return m_size;
}

void LayerStackView::layout()
{
    m_boxRects.clear();
    m_columnRects.clear();
    if (m_stages.isEmpty()) {
        const QRect hint = fontMetrics().boundingRect(QRect(0, 0, int(columnWidth), 10000), Qt::TextWordWrap, placeholderText());
        m_size = QSize(int(2 * margin + columnWidth), int(2 * margin + hint.height()));
        return;
    }
    qsizetype tallest = 1;
    for (const StageColumn &stage : std::as_const(m_stages))
        tallest = qMax(tallest, stage.boxes.size());
    const qreal stackHeight = tallest * (boxHeight + boxGap);
    const qreal bottom = margin + headerHeight + stackHeight;
    for (int s = 0; s < m_stages.size(); ++s) {
        const qreal x = margin + s * (columnWidth + columnGap);
        m_columnRects.append({s, QRectF(x, margin, columnWidth, headerHeight - 8)});
        const StageColumn &stage = m_stages.at(s);
        for (int b = 0; b < stage.boxes.size(); ++b) {
            const qreal y = bottom - (b + 1) * (boxHeight + boxGap);
            m_boxRects.append({stage.boxes.at(b).instruction, QRectF(x, y, columnWidth, boxHeight)});
        }
    }
    const int columns = qMax(1, int(m_stages.size()));
    m_size = QSize(int(2 * margin + columns * columnWidth + (columns - 1) * columnGap), int(bottom + margin));
}

void LayerStackView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (m_stages.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(placeholderRect(), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, placeholderText());
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    int boxIndex = 0;
    for (int s = 0; s < m_stages.size(); ++s) {
        const StageColumn &stage = m_stages.at(s);
        painter.setOpacity(stage.needed ? 1.0 : 0.45);
        const QRectF header = m_columnRects.at(s).second;
        painter.setPen(pal.color(QPalette::WindowText));
        painter.setFont(bold);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, stage.title);
        painter.setFont(font());
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const QString role = stage.inImage ? tr("in the final image") : stage.needed ? tr("build stage") : tr("not needed by the target");
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, role);

        for (const LayerBox &box : stage.boxes) {
            const QRectF r = m_boxRects.at(boxIndex++).second;
            QPainterPath path;
            path.addRoundedRect(r, 5, 5);
            QColor fill = fillFor(box);
            painter.fillPath(path, fill);
            if (!stage.inImage && !box.base) {
                // Build-stage layers are dashed: they never ship.
                painter.setPen(QPen(fill.darker(140), 1.5, Qt::DashLine));
                painter.fillPath(path, QColor(255, 255, 255, 60));
            } else {
                painter.setPen(QPen(fill.darker(130), 1));
            }
            painter.drawPath(path);
            if (box.instruction == m_selected) {
                painter.setPen(QPen(pal.color(QPalette::Highlight), 3));
                painter.drawRoundedRect(r.adjusted(-2, -2, 2, 2), 6, 6);
            }
            painter.setPen(Qt::white);
            const QRectF textRect = r.adjusted(10, 0, -44, 0);
            painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                             painter.fontMetrics().elidedText(box.text, Qt::ElideRight, int(textRect.width())));
            painter.drawText(r.adjusted(0, 0, -8, 0), Qt::AlignVCenter | Qt::AlignRight, tr("L%1").arg(box.line));
        }
    }
}

void LayerStackView::mousePressEvent(QMouseEvent *event)
{
    for (const auto &[instruction, rect] : std::as_const(m_boxRects)) {
        if (rect.contains(event->position())) {
            setSelectedInstruction(instruction);
            Q_EMIT layerClicked(instruction);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace DockPrep
