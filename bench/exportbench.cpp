// Exporting 10,000 notes to every format, through exportStudy as File > Export does: the time
// of each export and the size of the file it writes. Reading the notes (snapshotOf) is timed
// separately, since every format pays it once.
// Usage: dockprep_bench_export [--notes N] [--rows FILE]
#include "benchrows.h"
#include "noteseed.h"
#include "stats.h"

#include "exchange/exporter.h"
#include "store/database.h"
#include "store/notestore.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

using namespace DockPrep;
using namespace DockPrep::Bench;

int main(int argc, char *argv[])
{
    // The PDF export lays out text, so it needs fonts: a GUI application without a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const BenchRows rows = BenchRows::fromArguments(args);
    const int count = integerOption(args, QStringLiteral("--notes"), 10000);
    QTextStream out(stdout);

    const BuiltInContent loaded = loadBuiltInContent();
    const DiagramCatalog &catalog = loaded.catalog;
    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(QStringLiteral("dockprep.sqlite"))).ok())
        qFatal("cannot create the database");
    NoteStore store(db);
    QString error;
    if (!seedNotes(store, realisticNotes(count, NoteSource::from(loaded.curriculum, catalog)), &error))
        qFatal("seeding failed: %s", qPrintable(error));

    const QString label = QStringLiteral("%1 notes").arg(QLocale(QLocale::English).toString(count));
    ExportRequest request;
    const double snapshotMs = millisecondsOf([&] { request.snapshot = snapshotOf(store); });
    request.curriculum = &loaded.curriculum;
    request.exportedAt = QDateTime::currentDateTimeUtc();
    out << QStringLiteral("export of %1: reading them (snapshotOf) %2 ms\n").arg(label).arg(snapshotMs, 0, 'f', 1);
    rows.add(QStringLiteral("Export (exportStudy)"), QStringLiteral("read %1 (snapshotOf)").arg(label),
             {{QStringLiteral("ms"), snapshotMs}});

    out << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("format"), -18).arg(QStringLiteral("ms"), 9).arg(QStringLiteral("MB"), 8);
    for (const ExportFormat format : exportFormats()) {
        const QString path = dir.filePath(QStringLiteral("export.") + exportFileSuffix(format));
        // The PDF takes long enough that one run says it; the others take the median of three.
        const int runs = format == ExportFormat::Pdf ? 1 : 3;
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            times.append(millisecondsOf([&] {
                const ExportResult result = exportStudy(request, format, path);
                if (!result.ok)
                    qFatal("export failed: %s", qPrintable(result.message));
            }));
        }
        const double ms = median(times);
        const double megabytes = double(QFileInfo(path).size()) / 1e6;
        out << QStringLiteral("%1 %2 %3\n").arg(exportFormatTitle(format), -18).arg(ms, 9, 'f', 0).arg(megabytes, 8, 'f', 2);
        out.flush();
        rows.add(QStringLiteral("Export (exportStudy)"), QStringLiteral("%1, %2").arg(exportFormatTitle(format), label),
                 {{QStringLiteral("ms"), ms}, {QStringLiteral("size_mb"), megabytes}, {QStringLiteral("runs"), runs}});
    }
    return 0;
}
