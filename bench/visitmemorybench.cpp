// DockPrep's resident memory while a user goes through everything: the main window built as
// main() builds it (offscreen, 10,000 notes in the database), then every curriculum entry opened
// in reading order and every element of every diagram opened, twice. Memory that grows again in
// the second round, with the same pages seen before, is memory that is never given back.
// RSS is read after malloc_trim(0), so freed memory glibc keeps for reuse is not taken for growth.
// Usage: dockprep_bench_visits [--notes N] [--rounds N] [--rows FILE]
#include "benchrows.h"
#include "noteseed.h"

#include "store/challengestore.h"
#include "diagrams/diagramcatalog.h"
#include "store/interviewstore.h"
#include "ui/mainwindow.h"
#include "ui/studypages.h"
#include "store/database.h"
#include "store/notestore.h"
#include "store/search.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <malloc.h>

using namespace DockPrep;
using namespace DockPrep::Bench;

namespace {

double residentMb()
{
    malloc_trim(0);
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

// Lets the window lay out and paint what was just opened, as the event loop would.
void settle(QWidget &window)
{
    QApplication::processEvents();
    window.repaint();
    QApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const BenchRows rows = BenchRows::fromArguments(args);
    const int noteCount = integerOption(args, QStringLiteral("--notes"), 10000);
    const int rounds = qMax(2, integerOption(args, QStringLiteral("--rounds"), 2));
    QTextStream out(stdout);

    const BuiltInContent loaded = loadBuiltInContent();
    const DiagramCatalog &catalog = loaded.catalog;
    QTemporaryDir dir;
    Database database;
    if (!database.open(dir.filePath(QStringLiteral("dockprep.sqlite"))).ok())
        qFatal("cannot create the database");
    NoteStore store(database);
    Search search(database);
    search.indexCurriculum(loaded.curriculum);
    QString error;
    if (!seedNotes(store, realisticNotes(noteCount, NoteSource::from(loaded.curriculum, catalog)), &error))
        qFatal("seeding failed: %s", qPrintable(error));

    // The window as main() composes it.
    InterviewStore interviews(database);
    ChallengeStore attempts(database);
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow window(loaded.curriculum, &store, &search, &settings);
    window.setPages(builtInStudyPages(loaded.curriculum, catalog, interviews, attempts,
                                      dir.path()));
    window.restoreSession();
    window.show();
    settle(window);

    QStringList diagramLinks;
    for (const DiagramMetadata &diagram : catalog.diagrams()) {
        for (const DiagramElement &element : diagram.elements)
            diagramLinks.append(diagram.id + u'#' + element.id);
    }
    const QString group = QStringLiteral("DockPrep memory while visiting everything (in-process, offscreen, %1 notes)")
                              .arg(QLocale(QLocale::English).toString(noteCount));
    QList<double> resident{residentMb()};
    out << QStringLiteral("after start-up: %1 MB\n").arg(resident.last(), 0, 'f', 1);
    rows.add(group, QStringLiteral("after start-up"), {{QStringLiteral("rss_mb"), resident.last()}});
    for (int round = 1; round <= rounds; ++round) {
        for (const QString &id : loaded.curriculum.readingOrder()) {
            window.openEntry(id);
            settle(window);
        }
        for (const QString &link : std::as_const(diagramLinks)) {
            window.showDiagramLink(link);
            settle(window);
        }
        resident.append(residentMb());
        const double growth = resident.last() - resident.at(resident.size() - 2);
        out << QStringLiteral("after round %1 (%2 entries, %3 diagram elements): %4 MB (%5%6 MB)\n")
                   .arg(round).arg(loaded.curriculum.entryCount()).arg(diagramLinks.size()).arg(resident.last(), 0, 'f', 1)
                   .arg(growth >= 0 ? QStringLiteral("+") : QString()).arg(growth, 0, 'f', 1);
        out.flush();
        // The first round may fill caches (highlighting definitions, rendered diagrams); from the
        // second on, growth beyond noise (1 MB) is a leak.
        const bool judged = round >= 2;
        rows.add(group,
                 QStringLiteral("after round %1 (%2 entries + %3 diagram elements)").arg(round).arg(loaded.curriculum.entryCount()).arg(diagramLinks.size()),
                 {{QStringLiteral("rss_mb"), resident.last()}, {QStringLiteral("growth_mb"), growth}},
                 judged ? QStringLiteral("growth < 1 MB") : QString(), judged ? verdictFor(growth < 1.0) : Verdict::None);
    }
    return 0;
}
