#include "store/search.h"

#include "content/curriculum.h"
#include "store/database.h"

#include "text/markdownhtml.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace DockPrep {

namespace {

constexpr QChar markStart = u'\x02';
constexpr QChar markEnd = u'\x03';
constexpr int noteTitleLength = 80;

// Bump when the columns or what goes into them change, so existing indexes are rebuilt.
constexpr auto indexFormat = "entries-fts-2";  // 2: prose indexed as plain text, not Markdown
const QString hashKey = QStringLiteral("entries_index_hash");

// One entry as the index sees it: prose, key points and code kept apart so each can be weighted.
struct IndexedEntry {
    QString id, title, question, answer, keyPoints, snippets, tags;

    explicit IndexedEntry(const Entry &entry)
        : id(entry.id)
        , title(entry.title)
        , question(markdownToPlainText(entry.question))
        , tags(entry.tags.join(u' '))
    {
        // Prose is indexed as the words a reader sees, so snippets carry no Markdown marks.
        QStringList prose;
        QStringList code;
        const auto split = [&](const BlockList &blocks) {
            for (const ContentBlock &block : blocks) {
                if (block.kind == ContentBlock::Kind::Code)
                    code.append(block.text);
                else
                    prose.append(markdownToPlainText(block.text));
            }
        };
        split(entry.answer);
        for (const FollowUp &followUp : entry.followUps) {
            prose.append(markdownToPlainText(followUp.question));
            split(followUp.answer);
        }
        split(entry.whatChanged);
        answer = prose.join(u'\n');
        snippets = code.join(u'\n');
        QStringList points;
        for (const KeyPoint &point : entry.keyPoints)
            points.append(markdownToPlainText(point.text) + u' ' + point.matchTerms.join(u' '));
        keyPoints = points.join(u'\n');
    }

    QStringList columns() const { return {id, title, question, answer, keyPoints, snippets, tags}; }
};

QString noteTitle(const QString &body)
{
    const QStringList lines = body.split(u'\n');
    for (const QString &line : lines) {
        // The words of its first line, as the notes list shows it: no "## ", "**" or "`".
        QString title = markdownToPlainText(line).simplified();
        if (title.isEmpty())
            continue;
        if (title.size() > noteTitleLength)
            title = title.left(noteTitleLength - 1).trimmed() + u'…';
        return title;
    }
    return QStringLiteral("Note");
}

// How well a result matches, on one scale for entries and notes. bm25 cannot be that scale: its
// IDF comes from each table, and in a notes table of a few notes every word is in "most"
// notes, so FTS5 clamps the IDF to almost nothing and every note scored about 0, below any
// entry that merely mentioned the word. So each field's hits count with the field's weight,
// at most three of them (the tenth mention of a word says little more than the third):
// an entry's title 10, question 3, key points 2, answer 1, code 1, tags 4; a note's first
// line, its title, 10, like an entry's, and the rest of the note 2: the user wrote it about
// this, so a mention there says more than a passing one in a long answer. bm25 orders results
// of one kind that score the same.
constexpr int countedHits = 3;

int weighedHits(const QString &marked, int weight)
{
    return weight * int(std::min<qsizetype>(marked.count(markStart), countedHits));
}

// The note's first line that has text, as noteTitle() takes it, and the rest.
std::pair<QString, QString> splitNoteTitle(const QString &marked)
{
    qsizetype start = 0;
    while (start < marked.size()) {
        qsizetype end = marked.indexOf(u'\n', start);
        if (end < 0)
            end = marked.size();
        const QString line = marked.mid(start, end - start);
        if (line.contains(markStart) || !QString(line).remove(markEnd).trimmed().isEmpty())
            return {line, marked.mid(end)};
        start = end + 1;
    }
    return {};
}

// A note's snippet as the words a reader sees: FTS5 cut it from the Markdown the user wrote.
QString plainNoteSnippet(QString marked)
{
    const QChar ellipsis(u'…');
    const bool before = marked.startsWith(ellipsis);
    const bool after = marked.endsWith(ellipsis) && marked.size() > 1;
    marked = marked.mid(before ? 1 : 0, marked.size() - (before ? 1 : 0) - (after ? 1 : 0));
    QString plain = markdownToPlainText(marked);
    if (before)
        plain.prepend(ellipsis);
    if (after)
        plain.append(ellipsis);
    return plain;
}

// "instr(lower(text), ?) > 0" for each literal, joined with AND; the literals go to `binds`.
// A substring is enough: "docker-comp", typed so far, is in "docker-compose".
QString containsAll(const QString &text, const QStringList &literals, QVariantList &binds)
{
    QStringList conditions;
    for (const QString &literal : literals) {
        conditions.append(QStringLiteral("instr(lower(%1), ?) > 0").arg(text));
        binds.append(literal);
    }
    return conditions.join(QLatin1String(" AND "));
}

// Like containsAll(), for literals that must be whole words: where a literal begins or ends with
// a letter or digit, the text must not go on with one there (GLOB on the lower-cased text,
// padded so a literal at its very start or end has a neighbour). LIKE, case-insensitive for
// ASCII as the literals are, first rules out most rows without copying the text: a rare
// literal ("C++") is looked for in each of up to rankedNotesMax notes.
QString containsAllWords(const QString &text, const QStringList &literals, QVariantList &binds)
{
    const auto isWordEdge = [](QChar c) { return c.isLetterOrNumber(); };
    QStringList conditions;
    for (const QString &literal : literals) {
        QString glob;
        QString like;
        for (const QChar c : literal) {
            if (c == u'*' || c == u'?' || c == u'[')
                glob += u'[' + QString(c) + u']';  // GLOB's own characters, matched as themselves
            else
                glob += c;
            if (c == u'%' || c == u'_' || c == u'\\')
                like += u'\\';  // LIKE's, escaped
            like += c;
        }
        const QString boundary = QStringLiteral("[^a-z0-9]");
        glob = (isWordEdge(literal.front()) ? u'*' + boundary : QStringLiteral("*")) + glob
            + (isWordEdge(literal.back()) ? boundary + u'*' : QStringLiteral("*"));
        conditions.append(QStringLiteral("%1 LIKE ? ESCAPE '\\' AND (' ' || lower(%1) || ' ') GLOB ?").arg(text));
        binds << QString(u'%' + like + u'%') << glob;
    }
    return conditions.join(QLatin1String(" AND "));
}

// Orders results: those spelling the query's words as typed first, then by weighted hits, then
// (as they come in, already sorted by bm25 per kind) entries before notes.
void sortByMatch(QList<SearchResult> &results)
{
    std::stable_sort(results.begin(), results.end(), [](const SearchResult &a, const SearchResult &b) {
        if (a.literal != b.literal)
            return a.literal;
        return a.score < b.score;
    });
}

// One ranked query over an FTS5 table: the condition after its MATCH and what it binds, and
// whether the rows it finds spell the query's preferred literals.
struct Pass {
    QString condition;
    QVariantList binds;
    bool literal = false;
};

// The rows spelling the preferred literals first, then the others: two queries each ordered
// by FTS5's own rank, so each reads the index once and runs highlight() and snippet() only for
// the rows it returns (a rowid IN (…) list made FTS5 evaluate the MATCH again for every row:
// 84 ms instead of 10 at 100,000 notes). One query when there is nothing to prefer.
QList<Pass> passes(const QString &text, const SearchQuery &query)
{
    Pass all;
    if (!query.requiredLiterals.isEmpty())
        all.condition = QLatin1String(" AND ") + containsAllWords(text, query.requiredLiterals, all.binds);
    if (query.preferredLiterals.isEmpty())
        return {all};
    Pass spelled = all;
    const QString preferred = containsAll(text, query.preferredLiterals, spelled.binds);
    spelled.condition += QLatin1String(" AND ") + preferred;
    spelled.literal = true;
    Pass others = spelled;
    others.condition = all.condition + QLatin1String(" AND NOT (") + preferred + u')';
    others.literal = false;
    return {spelled, others};
}

} // namespace

Search::Search(Database &db)
    : m_db(db)
{
}

QString Search::buildMatchQuery(const QString &userText)
{
    return SearchQuery::parse(userText).match;
}

MarkedText Search::markedText(const QString &marked)
{
    MarkedText result;
    result.text.reserve(marked.size());
    qsizetype openedAt = -1;  // where the open match began in result.text; -1 when none is open
    const auto close = [&] {
        const qsizetype length = result.text.size() - openedAt;
        if (length > 0)
            result.matches.append({openedAt, length});
        openedAt = -1;
    };
    for (const QChar c : marked) {
        if (c == markStart) {
            if (openedAt < 0)
                openedAt = result.text.size();
        } else if (c == markEnd) {
            if (openedAt >= 0)
                close();
        } else {
            // A snippet is one line, and a terminal must not get escape sequences from it.
            result.text += c.category() == QChar::Other_Control ? QChar(u' ') : c;
        }
    }
    if (openedAt >= 0)
        close();
    return result;
}

QString Search::contentHash(const Curriculum &curriculum)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(indexFormat));
    for (const QString &id : curriculum.readingOrder()) {
        const Entry *entry = curriculum.entry(id);
        if (!entry)
            continue;
        // Length-prefixed, so moving text from one column to the next changes the hash.
        const QStringList columns = IndexedEntry(*entry).columns();
        for (const QString &column : columns) {
            const QByteArray utf8 = column.toUtf8();
            hash.addData(QByteArray(QByteArray::number(utf8.size()) + ':' + utf8));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

Search::IndexResult Search::indexCurriculum(const Curriculum &curriculum, QString hash)
{
    IndexResult result;
    if (hash.isEmpty())
        hash = contentHash(curriculum);
    QSqlQuery stored = m_db.query();
    QString error;
    if (!m_db.exec(stored, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {hashKey}, &error)) {
        result.error = QStringLiteral("Could not read the search index: %1").arg(error);
        return result;
    }
    const bool current = stored.next() && stored.value(0).toString() == hash;
    stored.finish();
    if (current) {
        result.ok = true;
        return result;
    }
    if (m_db.isReadOnly()) {
        result.error = QStringLiteral("The search index is out of date and the database is read-only.");
        return result;
    }

    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        result.error = QStringLiteral("Could not update the search index: %1").arg(transaction.error());
        return result;
    }
    if (!m_db.exec(QStringLiteral("DELETE FROM entries_fts"), {}, &error)) {
        result.error = QStringLiteral("Could not update the search index: %1").arg(error);
        return result;
    }
    QSqlQuery insert = m_db.query();
    if (!insert.prepare(QStringLiteral("INSERT INTO entries_fts (entry_id, title, question, answer, key_points, snippets, tags)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?)"))) {
        result.error = QStringLiteral("Could not update the search index: %1").arg(insert.lastError().text());
        return result;
    }
    for (const QString &id : curriculum.readingOrder()) {
        const Entry *entry = curriculum.entry(id);
        if (!entry)
            continue;
        const QStringList columns = IndexedEntry(*entry).columns();
        for (qsizetype i = 0; i < columns.size(); ++i)
            insert.bindValue(int(i), columns.at(i));
        if (!insert.exec()) {
            result.error = QStringLiteral("Could not index %1: %2").arg(id, insert.lastError().text());
            return result;
        }
    }
    if (!m_db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {hashKey, hash}, &error)
        || !transaction.commit()) {
        result.error = QStringLiteral("Could not update the search index: %1").arg(error.isEmpty() ? transaction.error() : error);
        return result;
    }
    result.ok = true;
    result.rebuilt = true;
    return result;
}

bool Search::searchEntries(const SearchQuery &query, int limit, QList<SearchResult> &results)
{
    // Weights follow the column order: entry_id (not indexed), title, question, answer,
    // key points, snippets, tags. They order the entries FTS5 hands over (the best `limit`);
    // the weighted hits below order them against the notes.
    // An empty column was bound as NULL, and NULL || anything is NULL.
    static const QString text = QStringLiteral("(ifnull(title, '') || ' ' || ifnull(question, '') || ' ' || ifnull(answer, '')"
                                               " || ' ' || ifnull(key_points, '') || ' ' || ifnull(snippets, '') || ' ' || ifnull(tags, ''))");
    // Result columns 5… are the snippets of the question, answer, key points and code.
    static constexpr int snippetWeights[] = {3, 1, 2, 1};
    // highlight() counts the hits in the short title and tags; the snippets of the other
    // columns count theirs (in the best window of each: highlighting whole answers as well cost
    // FTS5 a second pass over the longest text), and the one shown is cut from the prose or
    // code that matched best, never from the title (shown above it) or the tags.
    return eachRankedRow(QStringLiteral("SELECT entry_id, title, rank,"
                                        " highlight(entries_fts, 1, char(2), char(3)), highlight(entries_fts, 6, char(2), char(3)),"
                                        " snippet(entries_fts, 2, char(2), char(3), '…', 12), snippet(entries_fts, 3, char(2), char(3), '…', 12),"
                                        " snippet(entries_fts, 4, char(2), char(3), '…', 12), snippet(entries_fts, 5, char(2), char(3), '…', 12)"
                                        " FROM entries_fts WHERE entries_fts MATCH ?"
                                        " AND rank MATCH 'bm25(0.0, 10.0, 3.0, 1.0, 2.0, 1.0, 4.0)'"),
                         {query.match}, text, query, limit, [&results](const QSqlQuery &rows, bool literal) {
        int hits = weighedHits(rows.value(3).toString(), 10) + weighedHits(rows.value(4).toString(), 4);
        // The snippet shown: the question, answer, key points or code with the most hits;
        // the answer on a tie; the question's start when only the title or tags matched.
        int snippetColumn = 0;
        int snippetHits = 0;
        for (const int column : {1, 0, 2, 3}) {  // answer, question, key points, code
            const QString snippet = rows.value(5 + column).toString();
            hits += weighedHits(snippet, snippetWeights[column]);
            const int columnHits = int(snippet.count(markStart));
            if (columnHits > snippetHits) {
                snippetHits = columnHits;
                snippetColumn = column;
            }
        }
        results.append({SearchResult::Kind::Entry, rows.value(0).toString(), rows.value(1).toString(),
                        markedText(rows.value(5 + snippetColumn).toString()), {}, -double(hits), literal});
    });
}

bool Search::searchNotes(const SearchQuery &query, int limit, QList<SearchResult> &results)
{
    // FTS5 hands out matches in rowid order without ranking them, which costs next to nothing;
    // the rowid of the match just past the newest rankedNotesMax (notes.num grows with each new
    // note) bounds the ranked query below when there are more matches than that.
    QSqlQuery newest = m_db.query();
    if (!m_db.exec(newest,
                   QStringLiteral("SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?"
                                  " ORDER BY rowid DESC LIMIT 1 OFFSET ?"),
                   {query.match, rankedNotesMax}, &m_lastError)) {
        return false;
    }
    m_notesNarrowed = newest.next();
    const qint64 rowidAbove = m_notesNarrowed ? newest.value(0).toLongLong() : std::numeric_limits<qint64>::min();
    newest.finish();

    // As for entries: FTS5 sorts by rank and SQLite stops after `limit` rows, so the note's id
    // and target (correlated subqueries), highlight() and snippet() run for those rows only.
    // Before, with bm25() in ORDER BY and notes joined in FROM, every matching note's body was
    // read and given a snippet before sorting ("health" at 100,000 notes: 27 ms, then 9 ms).
    return eachRankedRow(QStringLiteral("SELECT (SELECT id FROM notes WHERE num = notes_fts.rowid),"
                                        " (SELECT target FROM notes WHERE num = notes_fts.rowid),"
                                        " substr(body, 1, 400), highlight(notes_fts, 0, char(2), char(3)),"
                                        " snippet(notes_fts, 0, char(2), char(3), '…', 12)"
                                        " FROM notes_fts WHERE notes_fts MATCH ? AND rowid > ?"),
                         {query.match, rowidAbove}, QStringLiteral("body"), query, limit, [&results](const QSqlQuery &rows, bool literal) {
        const auto [title, rest] = splitNoteTitle(rows.value(3).toString());
        const int hits = weighedHits(title, 10) + weighedHits(rest, 2);
        results.append({SearchResult::Kind::Note, rows.value(0).toString(), noteTitle(rows.value(2).toString()),
                        markedText(plainNoteSnippet(rows.value(4).toString())), rows.value(1).toString(), -double(hits),
                        literal});
    });
}

bool Search::eachRankedRow(const QString &select, const QVariantList &binds, const QString &text, const SearchQuery &query,
                           int limit, const std::function<void(const QSqlQuery &, bool)> &read)
{
    int remaining = limit;
    for (const Pass &pass : passes(text, query)) {
        if (remaining <= 0)
            break;
        if (stopping())
            return false;
        QSqlQuery rows = m_db.query();
        if (!m_db.exec(rows, select + pass.condition + QLatin1String(" ORDER BY rank LIMIT ?"),
                       binds + pass.binds + QVariantList{remaining}, &m_lastError)) {
            return false;
        }
        // Row by row, so a newer query does not wait for highlight() and snippet() of the rest.
        for (; remaining > 0 && rows.next(); --remaining) {
            if (stopping())
                return false;
            read(rows, pass.literal);
        }
    }
    return true;
}

bool Search::stopping()
{
    if (!m_wasCancelled && m_cancelled && m_cancelled())
        m_wasCancelled = true;
    return m_wasCancelled;
}

QList<SearchResult> Search::search(const QString &text, int limit, const Cancelled &cancelled)
{
    m_lastError.clear();
    m_notesNarrowed = false;
    m_wasCancelled = false;
    m_cancelled = cancelled;
    const SearchQuery query = SearchQuery::parse(text);
    m_hint = query.hint;
    QList<SearchResult> results;
    if (query.match.isEmpty() || limit <= 0)
        return results;
    limit = qMin(limit, maxLimit);
    const bool read = searchEntries(query, limit, results) && !stopping() && searchNotes(query, limit, results);
    m_cancelled = {};
    if (m_wasCancelled) {
        m_notesNarrowed = false;
        return {};
    }
    if (!read)
        return {};
    sortByMatch(results);
    if (results.size() > limit)
        results.resize(limit);
    return results;
}

} // namespace DockPrep
