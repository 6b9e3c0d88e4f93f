// Render time of every diagram at 1920×1080 (device pixel ratio 1 and 2) and hover hit-test time.
// Targets: a frame under 16 ms, a hit-test under 1 ms. The page renders the SVG once per zoom
// level into a cache; a frame while hovering or panning is a blit of that cache plus the overlay,
// measured as "frame ms". The full render ("render ms") happens on a worker after a zoom; what a
// zoom step costs the GUI thread is measured on a real DiagramCanvas ("zoom step").
// Usage: diagram_bench [--rows FILE] (rows for the suite's table, see benchrows.h)
#include "benchrows.h"
#include "diagrams/diagramcatalog.h"
#include "diagrams/diagramgeometry.h"
#include "ui/diagrams/diagramcanvas.h"
#include "diagrams/svgoutline.h"

#include <QElapsedTimer>
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSvgRenderer>
#include <QTextStream>

#include <algorithm>

using namespace DockPrep;
using DockPrep::Bench::BenchRows;

namespace {

// Median of `runs` timings in milliseconds.
template<typename F>
double medianMs(int runs, F &&work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const BenchRows rows = BenchRows::fromArguments(app.arguments());
    QList<ContentError> errors;
    const DiagramCatalog catalog = DiagramCatalog::load(QStringLiteral(DOCKPREP_SOURCE_DIR "/diagrams/catalog.yaml"), errors);
    if (!errors.isEmpty()) {
        QTextStream(stderr) << errors.first().toString() << '\n';
        return 1;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n").arg(QStringLiteral("diagram"), -14).arg(QStringLiteral("load ms"), 9)
               .arg(QStringLiteral("render 1080p"), 13).arg(QStringLiteral("render 2160p"), 13)
               .arg(QStringLiteral("frame 1080p"), 12).arg(QStringLiteral("hit-test µs"), 12).arg(QStringLiteral("zoom step"), 10);
    bool withinTargets = true;
    for (const DiagramMetadata &diagram : catalog.diagrams()) {
        QSvgRenderer renderer;
        const double loadMs = medianMs(9, [&] { renderer.load(diagram.svgFile); });
        const QStringList ids = SvgOutline::read(diagram.svgFile).idsInPaintOrder();
        const DiagramGeometry geometry(renderer, ids);

        auto render = [&](qreal dpr) {
            QImage image(QSize(1920, 1080) * dpr, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(dpr);
            const QSizeF box = geometry.viewBox().size();
            const qreal zoom = qMin(1920 / box.width(), 1080 / box.height());
            return medianMs(15, [&] {
                image.fill(Qt::white);
                QPainter painter(&image);
                painter.setRenderHint(QPainter::Antialiasing);
                renderer.render(&painter, QRectF(QPointF(0, 0), box * zoom));
            });
        };
        const double render1 = render(1.0);
        const double render2 = render(2.0);

        // One hover frame at 1080p: the cached drawing blitted, one highlight painted over it.
        QImage cached(QSize(1920, 1080), QImage::Format_ARGB32_Premultiplied);
        {
            cached.fill(Qt::white);
            QPainter painter(&cached);
            renderer.render(&painter, QRectF(0, 0, 1920, 1080));
        }
        QImage screen(QSize(1920, 1080), QImage::Format_ARGB32_Premultiplied);
        const QRectF highlight = geometry.rect(geometry.ids().value(0));
        const qreal zoom = qMin(1920 / geometry.viewBox().width(), 1080 / geometry.viewBox().height());
        const double frame1 = medianMs(51, [&] {
            QPainter painter(&screen);
            painter.drawImage(0, 0, cached);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setBrush(QColor(37, 99, 235, 36));
            painter.setPen(QPen(QColor(37, 99, 235), 2));
            painter.drawRoundedRect(QRectF(highlight.topLeft() * zoom, highlight.size() * zoom), 9, 9);
        });

        // Hover: random points over the whole view at zoom 1.6, dpr 2.
        DiagramViewport viewport;
        viewport.viewBox = geometry.viewBox();
        viewport.zoom = 1.6;
        viewport.devicePixelRatio = 2.0;
        QList<QPointF> points;
        QRandomGenerator random(42);
        for (int i = 0; i < 100000; ++i)
            points.append(QPointF(random.bounded(3840.0), random.bounded(2160.0)));
        int hits = 0;
        const double totalMs = medianMs(5, [&] {
            for (const QPointF &p : std::as_const(points))
                hits += !geometry.elementAt(p, viewport).isEmpty();
        });
        const double hitMicros = totalMs * 1000.0 / points.size();

        // A zoom step as the diagram page takes it (1080p view): the GUI thread paints the new
        // zoom with the previous rendering scaled, while a worker renders the SVG (then waited for,
        // so every step starts from a sharp drawing).
        DiagramCanvas canvas;
        canvas.resize(1920, 1080);
        canvas.setDiagram(diagram);
        canvas.viewport()->grab();
        QList<double> zoomSteps;
        for (int i = 0; i < 9; ++i) {
            const qreal next = i % 2 == 0 ? canvas.zoom() * 1.25 : canvas.zoom() / 1.25;
            QElapsedTimer step;
            step.start();
            canvas.setZoom(next);
            canvas.viewport()->grab();
            zoomSteps.append(step.nsecsElapsed() / 1e6);
            while (!canvas.isRenderCurrent())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        std::sort(zoomSteps.begin(), zoomSteps.end());
        const double zoomStep = zoomSteps.at(zoomSteps.size() / 2);

        const bool diagramWithinTargets = frame1 < 16.0 && hitMicros < 1000.0 && zoomStep < 16.0;
        withinTargets = withinTargets && diagramWithinTargets;
        rows.add(QStringLiteral("Diagrams: render and hover hit-test (diagram_bench, medians)"), diagram.id,
                 {{QStringLiteral("load_ms"), loadMs}, {QStringLiteral("render_1080p_ms"), render1},
                  {QStringLiteral("render_2160p_ms"), render2}, {QStringLiteral("frame_1080p_ms"), frame1},
                  {QStringLiteral("hit_test_us"), hitMicros}, {QStringLiteral("zoom_step_gui_thread_ms"), zoomStep}},
                 QStringLiteral("frame and zoom step < 16 ms, hit-test < 1 ms"), Bench::verdictFor(diagramWithinTargets));
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n").arg(diagram.id, -14).arg(loadMs, 9, 'f', 2).arg(render1, 13, 'f', 2)
                   .arg(render2, 13, 'f', 2).arg(frame1, 12, 'f', 2).arg(hitMicros, 12, 'f', 3).arg(zoomStep, 10, 'f', 2);
        Q_UNUSED(hits)
    }
    out << (withinTargets ? "all within targets (frame and zoom step < 16 ms at 1080p, hit-test < 1 ms)\n"
                          : "OVER TARGET: see the rows above\n");
    return 0;
}
