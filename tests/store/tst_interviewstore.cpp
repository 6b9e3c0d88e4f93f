#include "support/testdata.h"
#include "support/fakeclock.h"
#include "interview/interviewsession.h"
#include "store/interviewstore.h"
#include "sessions/sessionhistorymodel.h"
#include "sessions/sessionrecorder.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DockPrep;

class TestInterviewStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    Curriculum m_curriculum;
    QDateTime m_wallNow;

    QString path() const { return m_dir->filePath(QStringLiteral("dockprep.sqlite")); }
    Clock wallClock()
    {
        return [this] { return m_wallNow; };
    }

    static SessionConfig config(FeedbackTiming feedback = FeedbackTiming::AfterEachQuestion)
    {
        SessionConfig c;
        c.perQuestionMs = 60000;
        c.feedback = feedback;
        c.seed = 77;
        return c;
    }

    QList<SessionQuestion> fixtureQuestions() const
    {
        return makeSessionQuestions(m_curriculum, {QStringLiteral("first-image"), QStringLiteral("third-kernel"), QStringLiteral("second-run")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_curriculum = TestData::fixtureCurriculum();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_wallNow = QDateTime(QDate(2025, 3, 1), QTime(10, 0), QTimeZone::UTC);
    }

    void createsAndLoadsASession()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        InterviewStore store(db);
        store.setClock(wallClock());
        QSignalSpy created(&store, &InterviewStore::sessionCreated);
        QString error;
        const auto id = store.createSession(config(), fixtureQuestions(), &error);
        QVERIFY2(id.has_value(), qPrintable(error));
        QCOMPARE(created.size(), 1);

        const auto loaded = store.loadSession(*id);
        QVERIFY(loaded.has_value());
        QVERIFY(loaded->record.config == config());
        QCOMPARE(loaded->record.state, SessionRecord::State::Incomplete);
        QCOMPARE(loaded->record.started, m_wallNow);
        QVERIFY(!loaded->record.finished.isValid());
        QCOMPARE(loaded->questions, fixtureQuestions());
        QCOMPARE(store.latestIncomplete()->id, *id);
    }

    void savesEveryFieldOfAQuestion()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        InterviewStore store(db);
        const auto id = store.createSession(config(), fixtureQuestions());
        QVERIFY(id);
        SessionQuestion q = fixtureQuestions().at(1);
        q.status = QuestionStatus::Scored;
        q.answer = QStringLiteral("Namespaces — \"isolate\"; cgroups limit.\nSecond line, ünïcode, '; DROP TABLE x; --");
        q.usedMs = 61234;
        q.pausedMs = 4000;
        q.overtimeMs = 1234;
        q.reachedZero = true;
        q.keyPointsTicked = {true, false, true};
        q.ratings = {4, 3, 2, 1};
        q.score = 57;
        q.recording = QStringLiteral("session-1-question-2.wav");
        q.delivery = DeliveryFigures{61000, 140, 138, 2, 4200, 3, {QStringLiteral("um"), QStringLiteral("you know")}, 2500};
        QString error;
        QVERIFY2(store.saveQuestion(*id, 1, q, &error), qPrintable(error));
        QCOMPARE(store.loadSession(*id)->questions.at(1), q);
        QVERIFY(!store.saveQuestion(*id, 9, q, &error));
        QVERIFY2(error.contains(QStringLiteral("no question")), qPrintable(error));
    }

    void resumeAfterRestartContinuesWithTheSameElapsedTime()
    {
        FakeClock clock;
        qint64 id = 0;
        {
            Database db;
            QVERIFY(db.open(path()).ok());
            InterviewStore store(db);
            const auto created = store.createSession(config(FeedbackTiming::AtEnd), fixtureQuestions());
            QVERIFY(created);
            id = *created;
            InterviewSession session(config(FeedbackTiming::AtEnd), fixtureQuestions(), clock.clock());
            SessionRecorder recorder(&session, &store, id);
            session.start();
            session.setAnswer(QStringLiteral("dockerfile layers"));
            clock.advance(20000);
            session.submitAnswer();
            session.setAnswer(QStringLiteral("namespaces and cgr"));
            clock.advance(15000);
            session.pause();
            clock.advance(3000);
            session.resume();
            clock.advance(7000);
            session.setAnswer(QStringLiteral("namespaces and cgroups"));
            QVERIFY(recorder.saveProgress());  // the debounced autosave of typing
            clock.advance(1500);               // typed more, never saved: lost with the crash
            // The app dies here: no finish, no close.
        }
        clock.advance(600000);
        Database db;
        QVERIFY(db.open(path()).ok());
        InterviewStore store(db);
        const auto incomplete = store.latestIncomplete();
        QVERIFY(incomplete.has_value());
        QCOMPARE(incomplete->id, id);
        QCOMPARE(incomplete->usedMs, 20000 + 22000);
        const auto stored = store.loadSession(id);
        QVERIFY(stored);
        InterviewSession session(stored->record.config, stored->questions, clock.clock());
        SessionRecorder recorder(&session, &store, id);
        session.start();
        QCOMPARE(session.state(), InterviewSession::State::Paused);
        QCOMPARE(session.currentIndex(), 1);
        QCOMPARE(session.usedMs(), 22000);
        QCOMPARE(session.pausedMs(), 3000);
        QCOMPARE(session.remainingMs(), 38000);
        QCOMPARE(session.question(1).answer, QStringLiteral("namespaces and cgroups"));
        QCOMPARE(session.question(0).status, QuestionStatus::Answered);
        session.resume();
        clock.advance(8000);
        session.tick();
        QCOMPARE(session.remainingMs(), 30000);
        QCOMPARE(session.warning(), InterviewSession::Warning::Amber);
        session.submitAnswer();
        QCOMPARE(store.loadSession(id)->questions.at(1).usedMs, 30000);
    }

    void finishingScoresAndSchedules()
    {
        FakeClock clock;
        Database db;
        QVERIFY(db.open(path()).ok());
        InterviewStore store(db);
        store.setClock(wallClock());
        const auto id = store.createSession(config(), fixtureQuestions());
        QVERIFY(id);
        InterviewSession session(config(), fixtureQuestions(), clock.clock());
        SessionRecorder recorder(&session, &store, *id);
        QSignalSpy stored(&recorder, &SessionRecorder::sessionStored);
        QSignalSpy schedule(&store, &InterviewStore::reviewScheduleChanged);
        session.start();
        session.setAnswer(QStringLiteral("a"));
        session.submitAnswer();
        session.submitScore({true, true, true}, {5, 5, 5, 5});  // 100
        session.skip();                                          // 0
        session.setAnswer(QStringLiteral("c"));
        session.submitAnswer();
        session.submitScore({true, false, false}, {3, 3, 3, 3});  // 7 + 12 + 15 + 12 + 9 = 55
        QCOMPARE(session.state(), InterviewSession::State::Finished);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(schedule.size(), 1);

        const auto record = store.loadSession(*id)->record;
        QCOMPARE(record.state, SessionRecord::State::Finished);
        QCOMPARE(record.score, 52);  // (100 + 0 + 55) / 3 = 51.67
        QCOMPARE(record.finished, m_wallNow);
        QVERIFY(!store.latestIncomplete().has_value());

        const QDate today = m_wallNow.date();
        // Scores as grades (ReviewScheduler::gradeForScore) on a first review: 100 → Easy, S0 =
        // w3 = 15.69 → 16 days; skipped (0) → Again, 1 day; 55 → Hard, S0 = w1 = 1.18 → 1 day.
        const ReviewState best = *store.reviewState(QStringLiteral("first-image"));
        QCOMPARE(best.due, today.addDays(16));
        QCOMPARE(best.lastGrade, int(Fsrs::Grade::Easy));
        QCOMPARE(best.lastScore, 100);
        QCOMPARE(store.reviewState(QStringLiteral("third-kernel"))->lastGrade, int(Fsrs::Grade::Again));
        QCOMPARE(store.reviewState(QStringLiteral("third-kernel"))->lastScore, 0);
        QCOMPARE(store.reviewState(QStringLiteral("second-run"))->lastGrade, int(Fsrs::Grade::Hard));
        QCOMPARE(store.reviewState(QStringLiteral("second-run"))->lastScore, 55);
        QCOMPARE(store.dueCount(today), 0);
        QCOMPARE(store.dueCount(today.addDays(1)), 2);
        QCOMPARE(store.dueEntries(today.addDays(1)).size(), 2);
        QCOMPARE(store.dueCount(today.addDays(16)), 3);

        QString error;
        QVERIFY(!store.finishSession(*id, &error));  // once only
        QVERIFY(error.contains(QStringLiteral("already")));
    }

    void scoreHistoryOverallAndPerChapter()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        InterviewStore store(db);
        store.setClock(wallClock());
        const auto finishWith = [&](QList<int> scores) {
            QList<SessionQuestion> questions = fixtureQuestions();
            const auto id = store.createSession(config(), questions);
            for (int i = 0; i < questions.size(); ++i) {
                questions[i].status = QuestionStatus::Scored;
                questions[i].score = scores.at(i);
                store.saveQuestion(*id, i, questions[i]);
            }
            store.finishSession(*id);
            m_wallNow = m_wallNow.addDays(1);
            return *id;
        };
        const qint64 first = finishWith({80, 40, 60});  // basics: first-image 80, second-run 60; deeper: 40
        const qint64 second = finishWith({90, 70, 100});
        store.createSession(config(), fixtureQuestions());  // incomplete: not in the chart

        const QList<ScorePoint> overall = store.scoreHistory();
        QCOMPARE(overall.size(), 2);
        QCOMPARE(overall.at(0).sessionId, first);
        QCOMPARE(overall.at(0).score, 60);
        QCOMPARE(overall.at(1).sessionId, second);
        QCOMPARE(overall.at(1).score, 87);  // 86.67
        const QList<ScorePoint> basics = store.scoreHistory(QStringLiteral("basics"));
        QCOMPARE(basics.size(), 2);
        QCOMPARE(basics.at(0).score, 70);
        QCOMPARE(basics.at(1).score, 95);
        QCOMPARE(basics.at(1).questions, 2);
        QCOMPARE(store.scoreHistory(QStringLiteral("deeper")).at(0).score, 40);
        QVERIFY(store.scoreHistory(QStringLiteral("empty")).isEmpty());

        SessionHistoryModel model(&store);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.index(0, 0).data(SessionHistoryModel::IncompleteRole).toBool());  // newest first
        QCOMPARE(model.index(1, SessionHistoryModel::Score).data().toInt(), 87);
        store.createSession(config(), fixtureQuestions());
        QCOMPARE(model.rowCount(), 4);
    }

    void abandonKeepsTheHistory()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        InterviewStore store(db);
        const auto id = store.createSession(config(), fixtureQuestions());
        QVERIFY(store.abandonSession(*id));
        QVERIFY(!store.latestIncomplete());
        QCOMPARE(store.sessions().size(), 1);
        QCOMPARE(store.sessions().first().state, SessionRecord::State::Abandoned);
        QVERIFY(!store.abandonSession(*id));
    }

    void refusesWritesWhenReadOnlyOrClosed()
    {
        Database db;
        InterviewStore store(db);
        QString error;
        QVERIFY(!store.createSession(config(), fixtureQuestions(), &error));
        QVERIFY2(error.contains(QStringLiteral("not open")), qPrintable(error));
        QVERIFY(store.sessions().isEmpty());
        QCOMPARE(store.dueCount(QDate(2025, 1, 1)), 0);
    }

    void deletesASessionAndOnlyIt()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        InterviewStore store(db);
        const auto kept = store.createSession(config(), fixtureQuestions());
        const auto gone = store.createSession(config(), fixtureQuestions());
        QVERIFY(kept && gone);
        QSignalSpy deleted(&store, &InterviewStore::sessionDeleted);
        QString error;
        QVERIFY2(store.deleteSession(*gone, &error), qPrintable(error));
        QCOMPARE(deleted.size(), 1);
        QVERIFY(!store.loadSession(*gone));
        QCOMPARE(store.loadSession(*kept)->questions.size(), 3);
        QCOMPARE(store.sessions().size(), 1);
        QSqlQuery orphans = db.query();
        QVERIFY(orphans.exec(QStringLiteral("SELECT count(*) FROM interview_questions WHERE session_id = %1").arg(*gone)));
        QVERIFY(orphans.next());
        QCOMPARE(orphans.value(0).toInt(), 0);
        QVERIFY(!store.deleteSession(*gone, &error));  // not twice
        QVERIFY2(error.contains(QStringLiteral("no interview session")), qPrintable(error));
    }

    void deliveryFiguresEditedByHandAreDropped()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        InterviewStore store(db);
        const auto id = store.createSession(config(), fixtureQuestions());
        QVERIFY(id);
        for (const char *bad : {"not json", "[1, 2]", "{\"words\": -4}", "{\"words\": \"many\"}", "{\"fillersHeard\": 3}"}) {
            QSqlQuery edit = db.query();
            edit.prepare(QStringLiteral("UPDATE interview_questions SET delivery = ? WHERE session_id = ? AND position = 0"));
            edit.addBindValue(QString::fromLatin1(bad));
            edit.addBindValue(*id);
            QVERIFY(edit.exec());
            QVERIFY2(!store.loadSession(*id)->questions.at(0).delivery, bad);
        }
    }
};

QTEST_GUILESS_MAIN(TestInterviewStore)
#include "tst_interviewstore.moc"
