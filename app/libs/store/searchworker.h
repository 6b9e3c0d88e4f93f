#pragma once

#include "store/database.h"
#include "store/search.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace DockPrep {

// What one search found, as SearchWorker hands it over.
struct SearchOutcome {
    QString text;  // what was searched for
    QList<SearchResult> results;
    QString error;  // Search::lastError(), or why the worker could not read the database
    SearchQuery::Hint hint = SearchQuery::Hint::None;
    bool notesNarrowed = false;  // Search::notesNarrowedToNewest()
};

// Search as you type, off the GUI thread: each find() runs Search::search on a worker thread
// (QtConcurrent) through a read-only connection of its own to the database file, because a
// Qt SQL connection may only be used in the thread that made it.
//
// A newer find() supersedes an older one. A search under way is cancelled: it stops before its
// next row or statement (each is bounded: LIMIT, and at most Search::rankedNotesMax notes are
// ranked) and what it read is dropped; the newest query waits for it and then runs alone, so
// typing fast never piles up threads or connections. Only the newest query's outcome is ever
// reported, through found().
class SearchWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchWorker)

public:
    // `db` is read from the GUI thread only (for how to reach its file) and must outlive this.
    explicit SearchWorker(const Database &db, QObject *parent = nullptr);
    ~SearchWorker() override;  // cancels a search under way and waits for it to stop

    void find(const QString &text, int limit);
    // True from find() until found() has reported the newest query.
    bool isBusy() const { return m_running; }
    const SearchOutcome &latest() const { return m_latest; }

    // What the worker thread runs: `text` searched through a connection opened with `reader`,
    // stopping once `cancelled` says so (then `outcome.results` is empty).
    static SearchOutcome searchWith(const Database::ReaderSettings &reader, const QString &text, int limit,
                                    const Search::Cancelled &cancelled);

Q_SIGNALS:
    void found(const DockPrep::SearchOutcome &outcome);

private:
    struct Request {
        QString text;
        int limit = 0;
    };
    void start(const Request &request);
    void searchFinished();

    const Database &m_db;
    QFutureWatcher<SearchOutcome> *m_watcher;
    // Set at start() and cleared only once the watcher's finished() arrived here, so a search is
    // never started while the last one's result is still on its way to this thread.
    bool m_running = false;
    std::optional<Request> m_waiting;  // the newest query, while an older one stops
    SearchOutcome m_latest;
};

} // namespace DockPrep
