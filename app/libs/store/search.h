#pragma once

#include "store/searchquery.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantList>

#include <functional>

class QSqlQuery;

namespace DockPrep {

class Curriculum;
class Database;

// Where a text holds words the search matched: `length` characters (UTF-16 code units, as
// QString counts them) from `offset`.
struct MatchRange {
    qsizetype offset = 0;
    qsizetype length = 0;
    friend bool operator==(const MatchRange &, const MatchRange &) = default;
};

// Plain text with the words a search matched in it, for each reader to mark its own way (bold
// in the popup, [brackets] in a terminal): no markup to escape or to take apart again.
struct MarkedText {
    QString text;               // one line, no control characters
    QList<MatchRange> matches;  // in order, none empty, none overlapping, all inside `text`
};

struct SearchResult {
    enum class Kind { Entry, Note };
    Kind kind = Kind::Entry;
    QString id;           // entry id or note id
    QString title;        // plain text: the entry's title, or the note's first line
    MarkedText snippet;   // the words around the best matches, as a reader sees them
    QString target;       // notes only: what the note is attached to ("entry:<id>"…)
    double score = 0;     // minus the field-weighted hits (weighedHits() in search.cpp); lower is better
    bool literal = false; // the text spells the query's hyphenated or dotted words as typed
};

// One full-text search over the curriculum and the user's notes (FTS5, as you type). The notes
// index follows the notes table through triggers; the curriculum index is rebuilt only when the
// curriculum's text changes.
class Search
{
public:
    static constexpr int maxTokens = SearchQuery::maxTokens;
    static constexpr int maxInputLength = SearchQuery::maxInputLength;
    static constexpr int maxLimit = 200;
    // bm25 costs FTS5 about 2 µs for each matching note it ranks, so a prefix most notes share
    // ("co", on the way to "compose", matches 87 % of them) cost 127 ms at 100,000 notes. When
    // more notes match than this, only the newest this many of them are ranked: the search then
    // costs about what it does at a few thousand notes however many there are, and the next
    // keystroke usually narrows the matches below it again.
    static constexpr int rankedNotesMax = 2000;

    struct IndexResult {
        bool ok = false;
        bool rebuilt = false;  // false when the stored index already matched the curriculum
        QString error;
    };

    explicit Search(Database &db);

    // `hash` is contentHash(curriculum) when the caller has it already (the app computes it while
    // loading the curriculum on another thread); computed here when empty.
    IndexResult indexCurriculum(const Curriculum &curriculum, QString hash = {});

    // Asked between statements and before each row a search reads: true stops it there.
    using Cancelled = std::function<bool()>;

    // Best matches first, entries and notes merged. Blank or punctuation-only text gives no
    // results and no error; lastError() is set only when the database itself failed, to what
    // it said (for a message such as "Search failed: %1"). Once
    // `cancelled` says so the search stops and returns nothing (wasCancelled()).
    QList<SearchResult> search(const QString &text, int limit = 20, const Cancelled &cancelled = {});
    const QString &lastError() const { return m_lastError; }
    bool wasCancelled() const { return m_wasCancelled; }
    // How the last search read text it could not take as typed (an unclosed quote…).
    SearchQuery::Hint lastHint() const { return m_hint; }
    // True when the last search found more than rankedNotesMax notes and ranked the newest only.
    bool notesNarrowedToNewest() const { return m_notesNarrowed; }

    // The user's words as the FTS5 query SearchQuery::parse makes of them; empty when there is
    // nothing to look for.
    static QString buildMatchQuery(const QString &userText);
    // Text marked by snippet() with \x02…\x03 as plain text and the ranges between the marks.
    // A mark that does not pair is dropped (an unclosed one ends at the end), so the ranges are
    // sound even if the text itself held a marker character; other controls become spaces.
    static MarkedText markedText(const QString &marked);
    // The database this search reads, for a worker to open a connection of its own to it.
    const Database &database() const { return m_db; }
    // Identifies what indexCurriculum() writes, so an unchanged curriculum is not reindexed.
    static QString contentHash(const Curriculum &curriculum);

private:
    bool searchEntries(const SearchQuery &query, int limit, QList<SearchResult> &results);
    bool searchNotes(const SearchQuery &query, int limit, QList<SearchResult> &results);
    // Runs `select` (up to its WHERE conditions) rank-ordered, first for the rows spelling the
    // query's preferred literals, then for the others, until `limit` rows went to `read` with
    // whether they spell them. `text` is the SQL expression the literals are looked for in.
    bool eachRankedRow(const QString &select, const QVariantList &binds, const QString &text, const SearchQuery &query,
                       int limit, const std::function<void(const QSqlQuery &, bool literal)> &read);
    // Whether the caller of search() wants it stopped (and remembers that it did).
    bool stopping();

    Database &m_db;
    Cancelled m_cancelled;
    bool m_wasCancelled = false;
    QString m_lastError;
    bool m_notesNarrowed = false;
    SearchQuery::Hint m_hint = SearchQuery::Hint::None;
};

} // namespace DockPrep

// For SearchResultsModel::MatchesRole.
Q_DECLARE_METATYPE(DockPrep::MatchRange)
