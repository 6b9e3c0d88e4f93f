// Fuzzes what the user types into search (Ctrl+K, `dockprep search`): Search::buildMatchQuery must
// turn any text into an FTS5 query that is never a syntax error. Each query runs against the real
// schema (a scratch database made by Database, with notes indexed by the real triggers), so a
// MATCH error is a finding, not just a crash.
#include "fuzzsupport.h"

#include "store/database.h"
#include "store/notestore.h"
#include "store/search.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace DockPrep;

namespace {

struct Scratch {
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<NoteStore> notes;
    std::unique_ptr<Search> search;

    Scratch()
    {
        if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("fuzz.sqlite"))).ok())
            Fuzz::fail("cannot make the scratch database");
        notes = std::make_unique<NoteStore>(db);
        for (const char *body : {"docker-compose up -d", "C++ build with **cache** mounts", "key: value \"quoted\" NEAR(a b)"}) {
            Note note{{}, {}, QString::fromUtf8(body), {}, {}};
            if (!notes->saveNote(note))
                Fuzz::fail("cannot save a seed note");
        }
        search = std::make_unique<Search>(db);
    }
};

Scratch *scratch = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    static Scratch instance;  // destroyed at exit, before the application (made first)
    scratch = &instance;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::inputText(data, size);
    const QString match = Search::buildMatchQuery(text);
    if (!match.isEmpty()) {
        // The query straight into FTS5, as searchNotes() runs it.
        QSqlQuery query = scratch->db.query();
        QString error;
        if (!scratch->db.exec(query, QStringLiteral("SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?"), {match}, &error))
            Fuzz::fail("MATCH rejected the built query", match + QStringLiteral(" → ") + error);
    }
    // And the whole search path: both indexes, snippets, highlighting.
    const QList<SearchResult> results = scratch->search->search(text);
    if (!scratch->search->lastError().isEmpty())
        Fuzz::fail("search failed", scratch->search->lastError());
    for (const SearchResult &result : results) {
        // The ranges every reader marks by: in order, not empty, inside the text.
        qsizetype from = 0;
        for (const MatchRange &match : result.snippet.matches) {
            if (match.offset < from || match.length <= 0 || match.offset + match.length > result.snippet.text.size())
                Fuzz::fail("match range out of place", result.snippet.text);
            from = match.offset + match.length;
        }
    }
    return 0;
}
