// Starting a mock interview and resuming an unfinished one, as the interview page asks for them:
// what is picked and recorded, and what is refused (nothing fits, the store cannot record, a
// session finished or discarded since it was offered, one with nothing to resume).
#include "support/testdata.h"
#include "support/fakeclock.h"
#include "sessions/interviewstart.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <memory>

using namespace DockPrep;

class TestInterviewStart : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    Curriculum m_curriculum;
    QDateTime m_wallNow;
    FakeClock m_clock;

    QString path() const { return m_dir->filePath(QStringLiteral("dockprep.sqlite")); }
    static SessionConfig config()
    {
        SessionConfig c;
        c.questionCount = 2;
        c.seed = 77;
        return c;
    }
    std::unique_ptr<InterviewStore> storeOn(Database &db)
    {
        auto store = std::make_unique<InterviewStore>(db);
        store->setClock([this] { return m_wallNow; });
        return store;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_curriculum = TestData::fixtureCurriculum();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_wallNow = QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::UTC);
    }

    // The session is in the store before its first question, so a crash leaves it resumable.
    void aNewSessionIsRecordedBeforeItStarts()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        const auto store = storeOn(db);
        const InterviewStart start = startInterview(m_curriculum, *store, config(), m_clock.clock());
        QVERIFY2(start.ok(), qPrintable(start.problem));
        QVERIFY(start.problem.isEmpty());
        QCOMPARE(start.session->state(), InterviewSession::State::NotStarted);
        QCOMPARE(start.session->questionCount(), 2);
        QVERIFY(start.session->config() == config());

        const auto stored = store->loadSession(start.sessionId);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->record.state, SessionRecord::State::Incomplete);
        QCOMPARE(stored->questions, start.session->questions());
        QCOMPARE(interviewToResume(*store)->id, start.sessionId);
    }

    void nothingIsStoredWhenNoQuestionFits()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        const auto store = storeOn(db);
        SessionConfig none = config();
        none.chapters = {QStringLiteral("no-such-chapter")};
        const InterviewStart start = startInterview(m_curriculum, *store, none, m_clock.clock());
        QVERIFY(!start.ok());
        QVERIFY(!start.problem.isEmpty());
        QVERIFY(store->sessions().isEmpty());
    }

    void aStoreThatCannotRecordStartsNothing()
    {
        {
            Database creator;
            QVERIFY(creator.open(path()).ok());
        }
        Database db;
        QVERIFY(db.open(path(), Database::IntegrityCheck::BeforeUse, Database::Access::ReadOnly).ok());
        const auto store = storeOn(db);
        const InterviewStart start = startInterview(m_curriculum, *store, config(), m_clock.clock());
        QVERIFY(!start.ok());
        QVERIFY(!start.problem.isEmpty());
        QVERIFY(store->sessions().isEmpty());
    }

    // An unfinished session continues with what was recorded: answers and time kept.
    void anUnfinishedSessionResumesWhereItStopped()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        const auto store = storeOn(db);
        InterviewStart first = startInterview(m_curriculum, *store, config(), m_clock.clock());
        QVERIFY(first.ok());
        SessionQuestion answered = first.session->question(0);
        answered.answer = QStringLiteral("layers are cached by content");
        answered.usedMs = 42000;
        QVERIFY(store->saveQuestion(first.sessionId, 0, answered));
        first.session.reset();  // the app closed

        const InterviewStart resumed = resumeInterview(*store, first.sessionId, m_clock.clock());
        QVERIFY2(resumed.ok(), qPrintable(resumed.problem));
        QCOMPARE(resumed.sessionId, first.sessionId);
        QCOMPARE(resumed.session->question(0).answer, QStringLiteral("layers are cached by content"));
        QCOMPARE(resumed.session->question(0).usedMs, 42000);
        resumed.session->start();
        QCOMPARE(resumed.session->state(), InterviewSession::State::Paused);  // the time away is never counted
    }

    // The offer is the session worked on last.
    void theSessionWorkedOnLastIsOffered()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        const auto store = storeOn(db);
        QVERIFY(!interviewToResume(*store).has_value());
        const InterviewStart older = startInterview(m_curriculum, *store, config(), m_clock.clock());
        m_wallNow = m_wallNow.addSecs(60);
        const InterviewStart newer = startInterview(m_curriculum, *store, config(), m_clock.clock());
        QVERIFY(older.ok() && newer.ok());
        QCOMPARE(interviewToResume(*store)->id, newer.sessionId);
        m_wallNow = m_wallNow.addSecs(60);
        QVERIFY(store->saveQuestion(older.sessionId, 0, older.session->question(0)));
        QCOMPARE(interviewToResume(*store)->id, older.sessionId);
    }

    // Finished or discarded since it was offered (another window): refused, nothing changes.
    void aStaleOfferIsRefused_data()
    {
        QTest::addColumn<bool>("finish");
        QTest::newRow("finished since") << true;
        QTest::newRow("discarded since") << false;
    }

    void aStaleOfferIsRefused()
    {
        QFETCH(bool, finish);
        Database db;
        QVERIFY(db.open(path()).ok());
        const auto store = storeOn(db);
        const InterviewStart start = startInterview(m_curriculum, *store, config(), m_clock.clock());
        QVERIFY(start.ok());
        QString error;
        QVERIFY2(finish ? store->finishSession(start.sessionId, &error) : store->abandonSession(start.sessionId, &error),
                 qPrintable(error));
        const auto before = store->loadSession(start.sessionId);

        const InterviewStart resumed = resumeInterview(*store, start.sessionId, m_clock.clock());
        QVERIFY(!resumed.ok());
        QVERIFY2(resumed.problem.contains(finish ? QStringLiteral("finished") : QStringLiteral("discarded")),
                 qPrintable(resumed.problem));
        QCOMPARE(store->loadSession(start.sessionId)->record.state, before->record.state);
        QVERIFY(!interviewToResume(*store).has_value());
    }

    void aMissingSessionIsRefused()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        const auto store = storeOn(db);
        const InterviewStart resumed = resumeInterview(*store, 4711, m_clock.clock());
        QVERIFY(!resumed.ok());
        QVERIFY2(resumed.problem.contains(QStringLiteral("4711")), qPrintable(resumed.problem));
    }

    // An unfinished session without questions (a hand-edited backup, say) has nothing to resume:
    // it is discarded so it is not offered again, and kept in the history.
    void anEmptyUnfinishedSessionIsDiscarded()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        const auto store = storeOn(db);
        const auto id = store->createSession(config(), {});
        QVERIFY(id.has_value());
        QCOMPARE(interviewToResume(*store)->id, *id);
        const InterviewStart resumed = resumeInterview(*store, *id, m_clock.clock());
        QVERIFY(!resumed.ok());
        QVERIFY(!resumed.problem.isEmpty());
        QVERIFY(!interviewToResume(*store).has_value());
        QCOMPARE(store->loadSession(*id)->record.state, SessionRecord::State::Abandoned);
    }
};

QTEST_GUILESS_MAIN(TestInterviewStart)
#include "tst_interviewstart.moc"
