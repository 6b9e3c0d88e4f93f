#pragma once

#include "analyzers/buildcache.h"

#include <QList>
#include <QRectF>
#include <QWidget>

namespace DockPrep {

// One box of the drawing: a stage's base image (at the bottom) or a filesystem layer.
struct LayerBox {
    int instruction = -1;  // index into the parsed file's instructions
    int line = 0;
    QString text;          // "RUN apt-get update && …"
    bool base = false;     // the FROM line
    CacheStep::Status status = CacheStep::Status::Hit;
    QString explanation;   // why it hits or misses the cache
};

struct StageColumn {
    QString title;         // "build", "stage 0"
    bool inImage = false;  // its files end up in the final image
    bool needed = true;    // the build of the target needs it
    QList<LayerBox> boxes; // bottom (FROM) to top
};

// Stages drawn side by side as stacks of layers, bottom-up like an image's layer stack. A layer
// whose cache is lost is drawn in the warning colour, stages the target does not need are faded.
// Clicking a box selects it and emits layerClicked.
class LayerStackView final : public QWidget
{
    Q_OBJECT

public:
    explicit LayerStackView(QWidget *parent = nullptr);

    // What a box's fill colour says, for the drawing and its legend.
    enum class Fill { Base, Layer, Miss, Skipped };
    static QColor fillColour(Fill fill);

    void setStages(const QList<StageColumn> &stages);
    const QList<StageColumn> &stages() const { return m_stages; }
    // Where the box of `instruction` is drawn (empty when it has none), in widget coordinates.
    QRectF boxRect(int instruction) const;
    void setSelectedInstruction(int instruction);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Where the hint shown before there is a Dockerfile is drawn: wrapped to the view's width, so
    // a longer translation in a narrow pane is never cut off.
    QRect placeholderRect() const;
    static QString placeholderText();

Q_SIGNALS:
    void layerClicked(int instruction);
    void selectionChanged(const QRectF &box);  // the selected box, empty when none

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void layout();

    QList<StageColumn> m_stages;
    QList<QPair<int, QRectF>> m_boxRects;       // instruction → rect
    QList<QPair<int, QRectF>> m_columnRects;    // stage → header rect
    int m_selected = -1;
    QSize m_size;
};

} // namespace DockPrep
