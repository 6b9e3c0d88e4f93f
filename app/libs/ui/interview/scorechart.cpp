#include "ui/interview/scorechart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace DockPrep {

ScoreChart::ScoreChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Scores over time"));
}

void ScoreChart::setPoints(const QList<ScorePoint> &points, const QString &caption)
{
    m_points = points;
    m_caption = caption;
    QStringList scores;
    for (const ScorePoint &point : points)
        scores.append(QString::number(point.score));
    setAccessibleDescription(scores.join(QStringLiteral(", ")));
    update();
}

void ScoreChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics metrics(font());
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("100")) + 8;
    const QRect plot = rect().adjusted(labelWidth + 4, metrics.height() + 10, -16, -metrics.height() - 10);

    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRect(plot.left(), 2, plot.width(), metrics.height() + 4), Qt::AlignLeft | Qt::AlignVCenter, m_caption);

    // Grid at 0, 25, 50, 75 and 100, the score scale every point lives on.
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.18f);
    for (int value = 0; value <= 100; value += 25) {
        const int y = plot.bottom() - plot.height() * value / 100;
        painter.setPen(grid);
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(0, y - metrics.height() / 2, labelWidth, metrics.height()), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(value));
    }

    if (m_points.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No finished sessions yet"));
        return;
    }

    const auto pointAt = [&](qsizetype i) {
        const qreal x = m_points.size() == 1 ? plot.center().x()
                                             : plot.left() + qreal(plot.width()) * qreal(i) / qreal(m_points.size() - 1);
        const qreal y = plot.bottom() - qreal(plot.height()) * qreal(m_points.at(i).score) / 100.0;
        return QPointF(x, y);
    };
    const QColor line = pal.color(QPalette::Highlight);
    QPainterPath path;
    path.moveTo(pointAt(0));
    for (qsizetype i = 1; i < m_points.size(); ++i)
        path.lineTo(pointAt(i));
    painter.setPen(QPen(line, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setBrush(line);
    for (qsizetype i = 0; i < m_points.size(); ++i)
        painter.drawEllipse(pointAt(i), 3.5, 3.5);
    // The latest score is the one the user looks for.
    painter.setPen(pal.color(QPalette::Text));
    const QPointF last = pointAt(m_points.size() - 1);
    painter.drawText(QRectF(last.x() - 40, last.y() - metrics.height() - 6, 80, metrics.height()), Qt::AlignCenter,
                     QString::number(m_points.last().score));

    painter.setPen(pal.color(QPalette::PlaceholderText));
    const QLocale locale;
    const QRect dates(plot.left(), plot.bottom() + 4, plot.width(), metrics.height() + 4);
    painter.drawText(dates, Qt::AlignLeft | Qt::AlignTop, locale.toString(m_points.first().when.toLocalTime().date(), QLocale::ShortFormat));
    if (m_points.size() > 1)
        painter.drawText(dates, Qt::AlignRight | Qt::AlignTop, locale.toString(m_points.last().when.toLocalTime().date(), QLocale::ShortFormat));
}

} // namespace DockPrep
