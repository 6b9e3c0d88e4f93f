// loadCurriculum, as the app calls it at every start: the curriculum compiled into the binary
// (":/content", what users get) and the same files read from content/ on disk (--content).
// Usage: dockprep_bench_curriculum [--runs N] [--rows FILE]
#include "benchrows.h"
#include "curriculum/curriculumresources.h"
#include "stats.h"

#include "curriculum/contentloader.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace DockPrep;
using namespace DockPrep::Bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const BenchRows rows = BenchRows::fromArguments(args);
    const int runs = qMax(1, integerOption(args, QStringLiteral("--runs"), 21));
    QTextStream out(stdout);

    const struct {
        QString label;
        QString content;
        QString catalog;
    } sources[] = {
        {QStringLiteral("built in (:/content)"), builtInContentFolder(), builtInDiagramCatalog()},
        {QStringLiteral("on disk (content/)"), QStringLiteral(DOCKPREP_SOURCE_DIR "/content"),
         QStringLiteral(DOCKPREP_SOURCE_DIR "/diagrams/catalog.yaml")},
    };
    for (const auto &source : sources) {
        int entries = 0;
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            times.append(millisecondsOf([&] {
                const ContentLoadResult loaded = loadCurriculum(source.content, source.catalog);
                if (!loaded.ok())
                    qFatal("%s", qPrintable(loaded.errors.constFirst().toString()));
                entries = loaded.curriculum.entryCount();
            }));
        }
        const Percentiles figures = percentiles(times);
        out << QStringLiteral("loadCurriculum %1: %2 entries, median %3 ms, first run %4 ms, max %5 ms (%6 runs)\n")
                   .arg(source.label).arg(entries).arg(figures.p50, 0, 'f', 1).arg(times.constFirst(), 0, 'f', 1)
                   .arg(figures.max, 0, 'f', 1).arg(runs);
        rows.add(QStringLiteral("Curriculum load (loadCurriculum)"), source.label,
                 {{QStringLiteral("median_ms"), figures.p50}, {QStringLiteral("first_ms"), times.constFirst()},
                  {QStringLiteral("max_ms"), figures.max}, {QStringLiteral("entries"), entries}});
    }
    return 0;
}
