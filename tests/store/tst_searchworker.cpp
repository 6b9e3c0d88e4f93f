// Search off the GUI thread: SearchWorker's own connections, the newest query winning, and
// searches stopped part-way.
#include "support/testdata.h"
#include "support/searchtesting.h"

#include "store/database.h"
#include "store/notestore.h"
#include "store/search.h"
#include "store/searchworker.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DockPrep;
using namespace SearchTesting;

class TestSearchWorker : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<NoteStore> m_notes;
    std::unique_ptr<Search> m_search;

    QString addNote(const QString &body)
    {
        Note note{{}, {}, body, {}, {}};
        return m_notes->saveNote(note) ? note.id : QString();
    }

    // What `worker` reports for `text`, waited for.
    static SearchOutcome outcomeOf(SearchWorker &worker, const QString &text)
    {
        QSignalSpy found(&worker, &SearchWorker::found);
        worker.find(text, 20);
        if (!found.wait() && found.isEmpty())
            return {};
        return found.takeFirst().at(0).value<SearchOutcome>();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("search.sqlite"))).ok());
        m_notes = std::make_unique<NoteStore>(*m_db);
        m_search = std::make_unique<Search>(*m_db);
        QVERIFY(m_search->indexCurriculum(TestData::fixtureCurriculum()).ok);
    }

    void cleanup()
    {
        m_search.reset();
        m_notes.reset();
        m_db.reset();
    }

    // The worker's connection is its own, yet sees what the app's connection saved.
    void findsWhatTheAppSaved()
    {
        SearchWorker worker(*m_db);
        QCOMPARE(ids(outcomeOf(worker, QStringLiteral("kernel")).results), QStringList{QStringLiteral("third-kernel")});
        const QString note = addNote(QStringLiteral("a wombat digs"));
        const SearchOutcome outcome = outcomeOf(worker, QStringLiteral("wombat"));
        QCOMPARE(outcome.text, QStringLiteral("wombat"));
        QCOMPARE(ids(outcome.results), QStringList{note});
        QCOMPARE(bracketed(outcome.results.first().snippet), QStringLiteral("a [wombat] digs"));
        QVERIFY(outcome.error.isEmpty());
        QVERIFY(!worker.isBusy());
    }

    // Typing fast: each keystroke supersedes the last, and only the last one's results arrive.
    void onlyTheNewestQueryIsReported()
    {
        SearchWorker worker(*m_db);
        QSignalSpy found(&worker, &SearchWorker::found);
        for (const QString &text : {QStringLiteral("build"), QStringLiteral("container"), QStringLiteral("namespaces"),
                                    QStringLiteral("kernel")}) {
            worker.find(text, 20);
        }
        QVERIFY(worker.isBusy());
        QTRY_VERIFY(!worker.isBusy());
        QCOMPARE(found.size(), 1);
        const auto outcome = found.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.text, QStringLiteral("kernel"));
        QCOMPARE(ids(outcome.results), QStringList{QStringLiteral("third-kernel")});
        QCOMPARE(worker.latest().text, QStringLiteral("kernel"));

        // And the next query after that is reported as usual.
        QCOMPARE(ids(outcomeOf(worker, QStringLiteral("build")).results).first(), QStringLiteral("first-image"));
    }

    void hostileTextGivesAHintNotAnError_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("hint");
        QTest::newRow("lone quote") << QStringLiteral("\"") << int(SearchQuery::Hint::UnclosedQuoteNoWords);
        QTest::newRow("operators") << QStringLiteral("kernel AND NEAR( OR") << int(SearchQuery::Hint::OperatorsAreWords);
        QTest::newRow("SQL") << QStringLiteral("'; DROP TABLE notes; --") << int(SearchQuery::Hint::None);
        QTest::newRow("column filter") << QStringLiteral("{title question}: x") << int(SearchQuery::Hint::None);
        QTest::newRow("punctuation only") << QStringLiteral("* - ()") << int(SearchQuery::Hint::NothingToSearch);
    }

    void hostileTextGivesAHintNotAnError()
    {
        QFETCH(QString, text);
        QFETCH(int, hint);
        SearchWorker worker(*m_db);
        const SearchOutcome outcome = outcomeOf(worker, text);
        QCOMPARE(outcome.text, text);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(int(outcome.hint), hint);
        QCOMPARE(SearchQuery::hintText(outcome.hint).isEmpty(), outcome.hint == SearchQuery::Hint::None);
        // The table is still there.
        QVERIFY(!addNote(QStringLiteral("still here")).isEmpty());
    }

    void unreadableDatabaseSaysSo()
    {
        Database closed;
        SearchWorker worker(closed);
        const SearchOutcome outcome = outcomeOf(worker, QStringLiteral("kernel"));
        QVERIFY(outcome.results.isEmpty());
        QCOMPARE(outcome.error, QStringLiteral("Could not read the database: the database is not open"));
    }

    // Stopped between two rows, a search returns nothing, says nothing went wrong, and both its
    // connection and the app's go on working.
    void searchStoppedPartWayLeavesTheStoreUsable()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(!addNote(QStringLiteral("quokka number %1").arg(i)).isEmpty());
        // Asked before the entries' query (which finds none), between entries and notes, before
        // the notes' query, and before each of its rows: the sixth time is before the third row.
        int asked = 0;
        const QList<SearchResult> stopped = m_search->search(QStringLiteral("quokka"), 20, [&asked] { return ++asked > 5; });
        QVERIFY(stopped.isEmpty());
        QVERIFY(m_search->wasCancelled());
        QVERIFY(m_search->lastError().isEmpty());
        QCOMPARE(asked, 6);  // nothing more was read once the answer was yes

        const QString note = addNote(QStringLiteral("quokka after the stop"));
        QVERIFY(!note.isEmpty());
        const QList<SearchResult> all = m_search->search(QStringLiteral("quokka"), 20);
        QVERIFY(!m_search->wasCancelled());
        QCOMPARE(all.size(), 6);
        QVERIFY(ids(all).contains(note));
    }

    // What the worker thread runs, told to stop at once: no results, no error, no connection left.
    void cancelledWorkerSearchReturnsNothing()
    {
        const SearchOutcome outcome = SearchWorker::searchWith(m_db->readerSettings(), QStringLiteral("kernel"), 20, [] { return true; });
        QVERIFY(outcome.results.isEmpty());
        QVERIFY(outcome.error.isEmpty());
        SearchWorker worker(*m_db);
        QCOMPARE(ids(outcomeOf(worker, QStringLiteral("kernel")).results), QStringList{QStringLiteral("third-kernel")});
    }

    // A worker closed while it searches stops the search and reports nothing, and the database
    // can be closed right after it.
    void closingTheWorkerStopsItsSearch()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));  // "connection … is still in use"
        for (int i = 0; i < 50; ++i)
            QVERIFY(!addNote(QStringLiteral("wombat %1").arg(i)).isEmpty());
        auto worker = std::make_unique<SearchWorker>(*m_db);
        QSignalSpy found(worker.get(), &SearchWorker::found);
        worker->find(QStringLiteral("wombat"), 20);
        worker.reset();
        QCOMPARE(found.size(), 0);
        m_search.reset();
        m_notes.reset();
        m_db.reset();  // no connection of the worker's is left to warn about
    }
};

QTEST_GUILESS_MAIN(TestSearchWorker)
#include "tst_searchworker.moc"
