#include "store/searchworker.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace DockPrep {

SearchWorker::SearchWorker(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_watcher(new QFutureWatcher<SearchOutcome>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, &SearchWorker::searchFinished);
}

SearchWorker::~SearchWorker()
{
    m_waiting.reset();
    m_watcher->cancel();
    m_watcher->waitForFinished();  // one row or statement: the connection is gone before the database
}

void SearchWorker::find(const QString &text, int limit)
{
    const Request request{text, limit};
    if (!m_running) {
        start(request);
        return;
    }
    m_waiting = request;  // replaces any older one that was waiting, unseen
    m_watcher->cancel();
}

void SearchWorker::start(const Request &request)
{
    m_running = true;
    m_watcher->setFuture(QtConcurrent::run(
        [](QPromise<SearchOutcome> &promise, const Database::ReaderSettings &reader, const Request &request) {
            promise.addResult(searchWith(reader, request.text, request.limit, [&promise] { return promise.isCanceled(); }));
        },
        m_db.readerSettings(), request));
}

void SearchWorker::searchFinished()
{
    m_running = false;
    if (m_waiting) {
        start(*std::exchange(m_waiting, std::nullopt));  // what just stopped is out of date
        return;
    }
    const QFuture<SearchOutcome> done = m_watcher->future();
    if (done.isCanceled() || done.resultCount() == 0)
        return;  // only the destructor cancels without a newer query
    m_latest = done.result();
    Q_EMIT found(m_latest);
}

SearchOutcome SearchWorker::searchWith(const Database::ReaderSettings &reader, const QString &text, int limit,
                                       const Search::Cancelled &cancelled)
{
    SearchOutcome outcome;
    outcome.text = text;
    const SearchQuery query = SearchQuery::parse(text);
    outcome.hint = query.hint;
    if (query.match.isEmpty())
        return outcome;  // nothing to look for: no connection needed
    Database db;  // made in this thread, used in it, and closed before it returns
    QString error;
    if (!db.openReader(reader, &error)) {
        outcome.error = QStringLiteral("Could not read the database: %1").arg(error);
        return outcome;
    }
    Search search(db);
    outcome.results = search.search(text, limit, cancelled);
    outcome.error = search.lastError();
    outcome.notesNarrowed = search.notesNarrowedToNewest();
    return outcome;
}

} // namespace DockPrep
