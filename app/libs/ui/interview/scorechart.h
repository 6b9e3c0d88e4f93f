#pragma once

#include "store/interviewstore.h"

#include <QWidget>

namespace DockPrep {

// Scores over time as a line with a dot per finished session, drawn with QPainter (Qt Charts is
// not a dependency). The x axis is session order, labelled with the first and last dates, so
// sessions close in time stay readable.
class ScoreChart final : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreChart(QWidget *parent = nullptr);

    void setPoints(const QList<ScorePoint> &points, const QString &caption);
    const QList<ScorePoint> &points() const { return m_points; }

    QSize sizeHint() const override { return {480, 220}; }
    QSize minimumSizeHint() const override { return {240, 140}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<ScorePoint> m_points;
    QString m_caption;
};

} // namespace DockPrep
