// Makes a DockPrep data folder holding `count` realistic notes, for start-up runs with
// `dockprep --data-dir FOLDER`. The curriculum's search index is built too, as the app's first
// start would, so later starts measure an ordinary start and not a one-time indexing.
// Usage: dockprep_bench_seed FOLDER COUNT
#include "noteseed.h"

#include "store/database.h"
#include "store/notestore.h"
#include "store/search.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace DockPrep;
using namespace DockPrep::Bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool numeric = false;
    const int count = args.value(2).toInt(&numeric);
    if (args.size() != 3 || !numeric || count < 0) {
        std::fprintf(stderr, "usage: dockprep_bench_seed FOLDER COUNT\n");
        return 2;
    }
    const QDir folder(args.at(1));
    if (!folder.mkpath(QStringLiteral(".")))
        qFatal("cannot create %s", qPrintable(folder.path()));

    const BuiltInContent loaded = loadBuiltInContent();
    const DiagramCatalog &catalog = loaded.catalog;
    Database db;
    if (!db.open(folder.filePath(QStringLiteral("dockprep.sqlite"))).ok())
        qFatal("cannot create the database in %s", qPrintable(folder.path()));
    const Search::IndexResult indexed = Search(db).indexCurriculum(loaded.curriculum);
    if (!indexed.ok)
        qFatal("cannot index the curriculum: %s", qPrintable(indexed.error));
    NoteStore store(db);
    QString error;
    if (!seedNotes(store, realisticNotes(count, NoteSource::from(loaded.curriculum, catalog)), &error))
        qFatal("seeding failed: %s", qPrintable(error));
    // Folded into the main file, so a copy of the folder is a complete database.
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return 0;
}
