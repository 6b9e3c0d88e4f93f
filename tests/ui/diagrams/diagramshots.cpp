// Not a test: writes a PNG of every shipped diagram and of a few states people review by eye
// (a hover, an open panel, steps, the layer simulation, a zoom) into the folder it is given.
// Run by `scripts/dev.sh diagram-shots [FOLDER]`; ctest never runs it.
#include "support/diagramtestdata.h"

#include "curriculum/contentloader.h"
#include "curriculum/curriculumresources.h"
#include "ui/diagrams/diagramcanvas.h"
#include "ui/diagrams/diagrampage.h"
#include "ui/diagrams/layersimulationpanel.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QTest>
#include <QTextStream>

using namespace DockPrep;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() != 2) {
        err << "usage: diagramshots FOLDER\n";
        return 2;
    }
    const QString folder = arguments.at(1);
    if (!QDir().mkpath(folder)) {
        err << "diagramshots: cannot make " << folder << '\n';
        return 1;
    }

    const ContentLoadResult loaded = loadCurriculum(builtInContentFolder(), builtInDiagramCatalog());
    if (!loaded.ok()) {
        err << "diagramshots: " << loaded.errors.value(0).toString() << '\n';
        return 1;
    }
    const DiagramCatalog &catalog = DiagramTestData::catalog();
    DiagramPage page(catalog);
    page.setQuestionIndex(DiagramQuestionIndex(loaded.curriculum, catalog));
    page.resize(1280, 900);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page)) {
        err << "diagramshots: the window never showed\n";
        return 1;
    }
    DiagramCanvas *canvas = page.canvas();

    int failures = 0;
    const auto shot = [&](const QString &name) {
        QCoreApplication::processEvents();
        QTest::qWait(200);  // let the hover fade finish
        const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".png");
        if (page.grab().save(path)) {
            QTextStream(stdout) << path << '\n';
        } else {
            err << "diagramshots: cannot write " << path << '\n';
            ++failures;
        }
    };
    const auto show = [&](const QString &id) {
        if (!page.showDiagram(id)) {
            err << "diagramshots: no diagram " << id << '\n';
            ++failures;
        }
    };

    for (const DiagramMetadata &diagram : catalog.diagrams()) {
        show(diagram.id);
        shot(diagram.id);
    }
    show(QStringLiteral("engine-chain"));
    QTest::mouseMove(canvas->viewport(), canvas->elementPosition(QStringLiteral("shim")));
    shot(QStringLiteral("hover-engine-chain-shim"));
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, canvas->elementPosition(QStringLiteral("shim")));
    shot(QStringLiteral("panel-engine-chain-shim"));
    page.closePanel();
    QTest::mouseMove(canvas->viewport(), QPoint(2, 2));
    auto *next = page.findChild<QPushButton *>(QStringLiteral("nextStep"));
    const auto stepTo = [&](int step) {
        for (int i = 0; i < step; ++i)
            QTest::mouseClick(next, Qt::LeftButton);
    };
    stepTo(4);
    shot(QStringLiteral("step-engine-chain-containerd-crash-4"));
    show(QStringLiteral("run-sequence"));
    stepTo(3);
    shot(QStringLiteral("step-run-sequence-3"));
    show(QStringLiteral("build-cache"));
    stepTo(6);
    shot(QStringLiteral("step-build-cache-6"));
    show(QStringLiteral("layers"));
    page.simulationPanel()->write(0, QStringLiteral("/etc/passwd"), QStringLiteral("edited"));
    shot(QStringLiteral("layers-copy-up"));
    page.simulationPanel()->remove(1, QStringLiteral("/etc/os-release"));
    shot(QStringLiteral("layers-whiteout"));
    show(QStringLiteral("isolation"));
    canvas->setZoom(2.0);
    shot(QStringLiteral("isolation-zoom-2"));
    return failures == 0 ? 0 : 1;
}
