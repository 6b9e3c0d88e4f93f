#include "search.h"

#include "content/curriculum.h"
#include "database.h"

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

bool separates(char32_t c)
{
    if (QChar::isSpace(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

QString noteTitle(const QString &body)
{
    const QStringList lines = body.split(u'\n');
    for (const QString &line : lines) {
        // Markdown markers at the start of a line say nothing about the note's subject.
        QString title = line;
        qsizetype start = 0;
        while (start < title.size() && (title.at(start).isSpace() || QStringLiteral("#>-*+").contains(title.at(start))))
            ++start;
        title = title.mid(start).trimmed();
        if (title.isEmpty())
            continue;
        if (title.size() > noteTitleLength)
            title = title.left(noteTitleLength - 1).trimmed() + u'…';
        return title;
    }
    return QStringLiteral("Note");
}

// Letters and digits in the last run of them in `token` ("copy-up" 2, "C++" 1, "v2" 2): the
// word FTS5 gives the prefix star to.
int trailingWordRun(const QString &token)
{
    const QList<uint> codePoints = token.toUcs4();
    auto it = codePoints.crbegin();
    while (it != codePoints.crend() && !QChar::isLetterOrNumber(*it))
        ++it;
    int run = 0;
    for (; it != codePoints.crend() && QChar::isLetterOrNumber(*it); ++it)
        ++run;
    return run;
}

} // namespace

Search::Search(Database &db)
    : m_db(db)
{
}

QString Search::buildMatchQuery(const QString &userText)
{
    // Reading at most maxInputLength code points keeps a pasted megabyte from costing anything.
    const QList<uint> codePoints = QStringView(userText).left(qsizetype(maxInputLength) * 2).toUcs4();
    QStringList tokens;
    QList<int> tokenWordCharacters;  // letters and digits in each token
    QString current;
    int wordCharacters = 0;
    const auto finishToken = [&] {
        // A token with no letter or digit (a lone ", *, -, an emoji) yields no FTS5 token at all;
        // passing it on would only make an empty phrase.
        if (wordCharacters > 0 && tokens.size() < maxTokens) {
            tokens.append(current);
            tokenWordCharacters.append(wordCharacters);
        }
        current.clear();
        wordCharacters = 0;
    };
    for (qsizetype i = 0; i < codePoints.size() && i < maxInputLength && tokens.size() < maxTokens; ++i) {
        const char32_t c = codePoints.at(i);
        if (separates(c)) {
            finishToken();
            continue;
        }
        current.append(QChar::fromUcs4(c));
        wordCharacters += QChar::isLetterOrNumber(c) ? 1 : 0;
    }
    finishToken();

    // The word being typed is a prefix from its second letter on. A one-letter prefix has no
    // prefix index to read, so FTS5 merges the postings of every term with that letter: "c*"
    // alone cost 220 ms at 100,000 notes, "cgroup v*" 60 ms, "copy-u*" 50 ms. So a single
    // character just typed after other words, or after a hyphen inside one, is left out until it
    // has a second one (the results stay those of the words before it, a superset of what is
    // coming), and a one-letter last word that is more than that ("c" alone, "C++") is whole.
    while (tokens.size() > 1 && tokens.last().size() == 1) {
        tokens.removeLast();
        tokenWordCharacters.removeLast();
    }
    if (tokens.isEmpty())
        return {};
    QString &last = tokens.last();
    if (trailingWordRun(last) == 1 && last.back().isLetterOrNumber() && tokenWordCharacters.last() > 1)
        last.chop(1);

    QStringList quoted;
    for (QString &token : tokens)
        quoted.append(u'"' + token.replace(u'"', QStringLiteral("\"\"")) + u'"');
    // FTS5 splits a quoted token at its punctuation, and the star applies to its last word.
    if (trailingWordRun(tokens.last()) > 1)
        quoted.last() += u'*';
    return quoted.join(u' ');
}

QString Search::highlightedHtml(const QString &marked)
{
    QString html;
    QString run;
    bool open = false;
    const auto flush = [&] {
        html += run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar c : marked) {
        if (c == markStart || c == markEnd) {
            flush();
            if (open != (c == markStart)) {
                html += open ? QStringLiteral("</b>") : QStringLiteral("<b>");
                open = !open;
            }
        } else if (c.category() == QChar::Other_Control) {
            run += u' ';  // a snippet is one line, and most controls are not allowed in HTML
        } else {
            run += c;
        }
    }
    flush();
    if (open)
        html += QStringLiteral("</b>");
    return html;
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

bool Search::searchEntries(const QString &match, int limit, QList<SearchResult> &results)
{
    // Weights follow the column order: entry_id (not indexed), title, question, answer,
    // key points, snippets, tags. A word in the title says the most about what an entry is.
    // Ordering by FTS5's own `rank` (here that weighted bm25) lets FTS5 sort the matches itself,
    // so snippet() runs for the `limit` rows returned, not for every match: with ORDER BY
    // bm25(…) SQLite computed a snippet for each matching entry before sorting.
    QSqlQuery query = m_db.query();
    if (!m_db.exec(query,
                   QStringLiteral("SELECT entry_id, title,"
                                  " snippet(entries_fts, -1, char(2), char(3), '…', 12), rank"
                                  " FROM entries_fts WHERE entries_fts MATCH ?"
                                  " AND rank MATCH 'bm25(0.0, 10.0, 3.0, 1.0, 2.0, 1.0, 4.0)'"
                                  " ORDER BY rank LIMIT ?"),
                   {match, limit}, &m_lastError)) {
        return false;
    }
    while (query.next()) {
        results.append({SearchResult::Kind::Entry, query.value(0).toString(), query.value(1).toString(),
                        highlightedHtml(query.value(2).toString()), {}, query.value(3).toDouble()});
    }
    return true;
}

bool Search::searchNotes(const QString &match, int limit, QList<SearchResult> &results)
{
    // FTS5 hands out matches in rowid order without ranking them, which costs next to nothing;
    // the rowid of the match just past the newest rankedNotesMax (notes.num grows with each new
    // note) bounds the ranked query below when there are more matches than that.
    QSqlQuery newest = m_db.query();
    if (!m_db.exec(newest,
                   QStringLiteral("SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?"
                                  " ORDER BY rowid DESC LIMIT 1 OFFSET ?"),
                   {match, rankedNotesMax}, &m_lastError)) {
        return false;
    }
    m_notesNarrowed = newest.next();
    const qint64 rowidAbove = m_notesNarrowed ? newest.value(0).toLongLong() : std::numeric_limits<qint64>::min();
    newest.finish();

    // As above, FTS5 sorts by rank and SQLite stops after `limit` rows. The note's id and
    // target come from correlated subqueries, run for those rows only. Before, with bm25() in
    // ORDER BY and notes joined in FROM, every matching note's body was read and given a
    // snippet before sorting ("health" at 100,000 notes: 27 ms, now 9 ms).
    QSqlQuery query = m_db.query();
    if (!m_db.exec(query,
                   QStringLiteral("SELECT (SELECT id FROM notes WHERE num = notes_fts.rowid),"
                                  " (SELECT target FROM notes WHERE num = notes_fts.rowid),"
                                  " substr(body, 1, 400),"
                                  " snippet(notes_fts, 0, char(2), char(3), '…', 12), rank"
                                  " FROM notes_fts WHERE notes_fts MATCH ? AND rowid > ? ORDER BY rank LIMIT ?"),
                   {match, rowidAbove, limit}, &m_lastError)) {
        return false;
    }
    while (query.next()) {
        results.append({SearchResult::Kind::Note, query.value(0).toString(), noteTitle(query.value(2).toString()),
                        highlightedHtml(query.value(3).toString()), query.value(1).toString(), query.value(4).toDouble()});
    }
    return true;
}

QList<SearchResult> Search::search(const QString &text, int limit)
{
    m_lastError.clear();
    m_notesNarrowed = false;
    QList<SearchResult> results;
    const QString match = buildMatchQuery(text);
    if (match.isEmpty() || limit <= 0)
        return results;
    limit = qMin(limit, maxLimit);
    if (!searchEntries(match, limit, results) || !searchNotes(match, limit, results)) {
        m_lastError = QStringLiteral("Search failed: %1").arg(m_lastError);
        return {};
    }
    // Both scores are bm25 (negative, lower is better) but over different corpora, so the merge
    // is a fair approximation rather than one exact ranking; on a tie the curriculum comes first.
    std::stable_sort(results.begin(), results.end(),
                     [](const SearchResult &a, const SearchResult &b) { return a.score < b.score; });
    if (results.size() > limit)
        results.resize(limit);
    return results;
}

} // namespace DockPrep
