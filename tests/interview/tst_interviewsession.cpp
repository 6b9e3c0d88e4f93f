#include "support/fakeclock.h"
#include "interview/interviewsession.h"

#include <QSignalSpy>
#include <QTest>

using namespace DockPrep;
using State = InterviewSession::State;

namespace {

SessionQuestion question(const QString &id, int keyPoints = 3)
{
    SessionQuestion q;
    q.entryId = id;
    q.chapterId = QStringLiteral("basics");
    q.keyPointCount = keyPoints;
    return q;
}

QList<SessionQuestion> questions(int count)
{
    QList<SessionQuestion> result;
    for (int i = 0; i < count; ++i)
        result.append(question(QStringLiteral("q%1").arg(i + 1)));
    return result;
}

SessionConfig perQuestion(qint64 ms, AtZero atZero = AtZero::Wait, FeedbackTiming feedback = FeedbackTiming::AfterEachQuestion)
{
    SessionConfig config;
    config.timeLimit = TimeLimit::PerQuestion;
    config.perQuestionMs = ms;
    config.atZero = atZero;
    config.feedback = feedback;
    return config;
}

QList<int> warnings(const QSignalSpy &spy)
{
    QList<int> result;
    for (const QList<QVariant> &args : spy)
        result.append(args.at(0).toInt());
    return result;
}

} // namespace

class TestInterviewSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAtTheFirstQuestion()
    {
        FakeClock clock;
        InterviewSession session(perQuestion(60000), questions(2), clock.clock());
        QCOMPARE(session.state(), State::NotStarted);
        QVERIFY(session.peekingAllowed());
        QSignalSpy peeking(&session, &InterviewSession::peekingAllowedChanged);
        session.start();
        QCOMPARE(session.state(), State::Asking);
        QCOMPARE(session.currentIndex(), 0);
        QCOMPARE(session.remainingMs(), 60000);
        QVERIFY(!session.peekingAllowed());
        QCOMPARE(peeking.size(), 1);
        QCOMPARE(peeking.first().first().toBool(), false);
    }

    void openBookAllowsPeeking()
    {
        FakeClock clock;
        SessionConfig config = perQuestion(60000);
        config.openBook = true;
        InterviewSession session(config, questions(1), clock.clock());
        QSignalSpy peeking(&session, &InterviewSession::peekingAllowedChanged);
        session.start();
        QVERIFY(session.peekingAllowed());
        QCOMPARE(peeking.size(), 0);
    }

    void warningsFireAtThirtyAndTenSeconds()
    {
        FakeClock clock;
        InterviewSession session(perQuestion(60000), questions(1), clock.clock());
        QSignalSpy spy(&session, &InterviewSession::timeWarning);
        session.start();
        QCOMPARE(session.msUntilNextEvent(), 30000);
        clock.advance(29999);
        session.tick();
        QCOMPARE(spy.size(), 0);
        QCOMPARE(session.warning(), InterviewSession::Warning::None);
        clock.advance(1);
        session.tick();
        QCOMPARE(warnings(spy), QList<int>{30});
        QCOMPARE(session.warning(), InterviewSession::Warning::Amber);
        QCOMPARE(session.msUntilNextEvent(), 20000);
        session.tick();  // once only
        QCOMPARE(spy.size(), 1);
        clock.advance(20000);
        session.tick();
        QCOMPARE(warnings(spy), (QList<int>{30, 10}));
        QCOMPARE(session.warning(), InterviewSession::Warning::Red);
        QCOMPARE(session.msUntilNextEvent(), 10000);
    }

    void pauseAcrossWarningBoundary()
    {
        FakeClock clock;
        InterviewSession session(perQuestion(60000), questions(2), clock.clock());
        QSignalSpy spy(&session, &InterviewSession::timeWarning);
        QSignalSpy recorded(&session, &InterviewSession::questionRecorded);
        session.start();
        clock.advance(20000);  // 40 s left
        session.tick();
        session.pause();
        QCOMPARE(session.state(), State::Paused);
        QCOMPARE(recorded.size(), 1);  // a pause is a moment worth saving
        // Far past where the warning would have fallen without the pause.
        clock.advance(120000);
        session.tick();
        QCOMPARE(spy.size(), 0);
        QCOMPARE(session.remainingMs(), 40000);
        QCOMPARE(session.pausedMs(), 120000);
        QVERIFY(!session.peekingAllowed());  // pausing is no way to peek
        QCOMPARE(session.msUntilNextEvent(), -1);
        session.resume();
        QCOMPARE(session.msUntilNextEvent(), 10000);
        clock.advance(9999);
        session.tick();
        QCOMPARE(spy.size(), 0);
        QCOMPARE(session.remainingMs(), 30001);
        clock.advance(1);
        session.tick();
        QCOMPARE(warnings(spy), QList<int>{30});
        QCOMPARE(session.remainingMs(), 30000);

        clock.advance(5000);
        session.submitAnswer();
        const SessionQuestion first = session.question(0);
        QCOMPARE(first.usedMs, 35000);
        QCOMPARE(first.pausedMs, 120000);
        QCOMPARE(first.overtimeMs, 0);
        QVERIFY(!first.reachedZero);
    }

    void overtimeIsRecordedWhenWaiting()
    {
        FakeClock clock;
        InterviewSession session(perQuestion(60000, AtZero::Wait), questions(2), clock.clock());
        QSignalSpy timeUp(&session, &InterviewSession::timeUp);
        session.start();
        session.setAnswer(QStringLiteral("layers and tags"));
        clock.advance(60000);
        session.tick();
        QCOMPARE(timeUp.size(), 1);
        QCOMPARE(session.state(), State::Asking);  // waits
        QCOMPARE(session.msUntilNextEvent(), -1);
        clock.advance(12345);
        session.tick();
        QCOMPARE(timeUp.size(), 1);
        QCOMPARE(session.remainingMs(), -12345);
        QCOMPARE(session.question(0).overtimeMs, 12345);
        session.submitAnswer();
        const SessionQuestion first = session.question(0);
        QCOMPARE(first.status, QuestionStatus::Answered);
        QCOMPARE(first.usedMs, 72345);
        QCOMPARE(first.overtimeMs, 12345);
        QVERIFY(first.reachedZero);
        QCOMPARE(session.state(), State::Scoring);
    }

    void movesOnAtZero()
    {
        FakeClock clock;
        InterviewSession session(perQuestion(60000, AtZero::MoveOn, FeedbackTiming::AtEnd), questions(2), clock.clock());
        session.start();
        session.setAnswer(QStringLiteral("something"));
        clock.advance(60250);  // the tick comes late
        session.tick();
        QCOMPARE(session.state(), State::Asking);
        QCOMPARE(session.currentIndex(), 1);
        const SessionQuestion first = session.question(0);
        QCOMPARE(first.usedMs, 60000);  // ended at zero, not at the late tick
        QCOMPARE(first.overtimeMs, 0);
        QVERIFY(first.reachedZero);
        QCOMPARE(first.status, QuestionStatus::Answered);
        QCOMPARE(session.remainingMs(), 60000);
    }

    void totalTimeRunsOutForTheWholeSession()
    {
        FakeClock clock;
        SessionConfig config = perQuestion(60000, AtZero::MoveOn, FeedbackTiming::AtEnd);
        config.timeLimit = TimeLimit::Total;
        config.totalMs = 100000;
        InterviewSession session(config, questions(3), clock.clock());
        session.start();
        session.setAnswer(QStringLiteral("first"));
        clock.advance(70000);
        session.submitAnswer();
        QCOMPARE(session.remainingMs(), 30000);  // what is left of the total
        session.setAnswer(QStringLiteral("second"));
        clock.advance(30000);
        session.tick();
        QCOMPARE(session.question(1).usedMs, 30000);
        QCOMPARE(session.question(2).status, QuestionStatus::NotAsked);
        QCOMPARE(session.state(), State::Scoring);
        QCOMPARE(session.currentIndex(), 0);
    }

    void skipScoresZeroAndGoesOn()
    {
        FakeClock clock;
        InterviewSession session(perQuestion(60000), questions(2), clock.clock());
        session.start();
        session.setAnswer(QStringLiteral("half a thought"));
        clock.advance(5000);
        session.skip();
        const SessionQuestion first = session.question(0);
        QCOMPARE(first.status, QuestionStatus::Skipped);
        QCOMPARE(first.score, 0);
        QCOMPARE(first.usedMs, 5000);
        // Skipped questions are not scored by hand.
        QCOMPARE(session.state(), State::Asking);
        QCOMPARE(session.currentIndex(), 1);
    }

    void emptyAnswerCountsAsSkipped()
    {
        FakeClock clock;
        InterviewSession session(perQuestion(60000), questions(1), clock.clock());
        session.start();
        session.setAnswer(QStringLiteral("  \n "));
        session.submitAnswer();
        QCOMPARE(session.question(0).status, QuestionStatus::Skipped);
        QCOMPARE(session.state(), State::Finished);
    }

    void endEarlyScoresWhatWasAnswered()
    {
        FakeClock clock;
        InterviewSession session(perQuestion(60000, AtZero::Wait, FeedbackTiming::AtEnd), questions(4), clock.clock());
        QSignalSpy finished(&session, &InterviewSession::finished);
        session.start();
        session.setAnswer(QStringLiteral("one"));
        session.submitAnswer();
        session.setAnswer(QStringLiteral("two"));
        clock.advance(1000);
        session.endEarly();
        QCOMPARE(session.question(1).status, QuestionStatus::Answered);
        QCOMPARE(session.question(2).status, QuestionStatus::NotAsked);
        QCOMPARE(session.question(3).status, QuestionStatus::NotAsked);
        QCOMPARE(session.state(), State::Scoring);
        QCOMPARE(session.currentIndex(), 0);
        QVERIFY(session.peekingAllowed());
        session.submitScore({true, true, true}, {5, 5, 5, 5});
        QCOMPARE(session.question(0).score, 100);
        QCOMPARE(session.currentIndex(), 1);
        session.submitScore({false, false, false}, {0, 0, 0, 0});
        QCOMPARE(session.state(), State::Finished);
        QCOMPARE(session.currentIndex(), -1);
        QCOMPARE(finished.size(), 1);
    }

    void endEarlyWhileScoring()
    {
        FakeClock clock;
        InterviewSession session(perQuestion(60000), questions(3), clock.clock());
        session.start();
        session.setAnswer(QStringLiteral("one"));
        session.submitAnswer();
        QCOMPARE(session.state(), State::Scoring);
        session.endEarly();
        QCOMPARE(session.state(), State::Scoring);  // the answer in hand is still scored
        session.submitScore({true, false, false}, {3, 3, 3, 3});
        QCOMPARE(session.state(), State::Finished);
        QCOMPARE(session.question(1).status, QuestionStatus::NotAsked);
    }

    void feedbackAfterEachQuestion()
    {
        FakeClock clock;
        InterviewSession session(perQuestion(60000), questions(2), clock.clock());
        session.start();
        session.setAnswer(QStringLiteral("one"));
        session.submitAnswer();
        QCOMPARE(session.state(), State::Scoring);
        QCOMPARE(session.currentIndex(), 0);
        session.submitScore({true}, {2, 2, 2, 2});
        QCOMPARE(session.question(0).keyPointsTicked, (QList<bool>{true, false, false}));
        QCOMPARE(session.question(0).score, 7 + 8 + 10 + 8 + 6);
        QCOMPARE(session.state(), State::Asking);
        QCOMPARE(session.currentIndex(), 1);
        QCOMPARE(session.remainingMs(), 60000);
    }

    void answersOnlyChangeWhileTheClockRuns()
    {
        FakeClock clock;
        InterviewSession session(perQuestion(60000), questions(1), clock.clock());
        session.start();
        session.setAnswer(QStringLiteral("typed"));
        session.pause();
        session.setAnswer(QStringLiteral("typed while paused"));
        QCOMPARE(session.question(0).answer, QStringLiteral("typed"));
    }

    void resumesAfterRestartWithTheSameElapsedTime()
    {
        FakeClock clock;
        QList<SessionQuestion> saved;
        {
            InterviewSession session(perQuestion(60000, AtZero::Wait, FeedbackTiming::AtEnd), questions(3), clock.clock());
            session.start();
            session.setAnswer(QStringLiteral("first"));
            clock.advance(10000);
            session.submitAnswer();
            session.setAnswer(QStringLiteral("second, half"));
            clock.advance(25000);
            session.pause();
            clock.advance(4000);
            session.resume();
            clock.advance(3000);
            saved = session.questions();  // what the store holds when the app dies
        }
        QCOMPARE(saved.at(1).usedMs, 28000);
        QCOMPARE(saved.at(1).pausedMs, 4000);

        clock.advance(3600000);  // the app is gone for an hour
        InterviewSession restored(perQuestion(60000, AtZero::Wait, FeedbackTiming::AtEnd), saved, clock.clock());
        QSignalSpy spy(&restored, &InterviewSession::timeWarning);
        restored.start();
        QCOMPARE(restored.state(), State::Paused);
        QCOMPARE(restored.currentIndex(), 1);
        QCOMPARE(restored.usedMs(), 28000);
        QCOMPARE(restored.remainingMs(), 32000);
        QCOMPARE(restored.question(1).answer, QStringLiteral("second, half"));
        clock.advance(500);
        restored.resume();
        clock.advance(2000);
        restored.tick();
        QCOMPARE(warnings(spy), QList<int>{30});
        QCOMPARE(restored.remainingMs(), 30000);
        restored.submitAnswer();
        QCOMPARE(restored.question(1).usedMs, 30000);
        QCOMPARE(restored.question(1).pausedMs, 4500);
        QCOMPARE(restored.question(0).status, QuestionStatus::Answered);
        QCOMPARE(restored.currentIndex(), 2);
    }

    void restoredSessionWaitingForScores()
    {
        FakeClock clock;
        QList<SessionQuestion> saved = questions(2);
        saved[0].status = QuestionStatus::Scored;
        saved[0].score = 50;
        saved[1].status = QuestionStatus::Answered;
        saved[1].answer = QStringLiteral("x");
        InterviewSession restored(perQuestion(60000), saved, clock.clock());
        restored.start();
        QCOMPARE(restored.state(), State::Scoring);
        QCOMPARE(restored.currentIndex(), 1);
    }

    void ignoresActionsInTheWrongState()
    {
        FakeClock clock;
        InterviewSession session(perQuestion(60000), questions(1), clock.clock());
        session.pause();
        session.submitAnswer();
        session.submitScore({}, {});
        session.tick();
        QCOMPARE(session.state(), State::NotStarted);
        session.start();
        session.submitScore({true}, {5, 5, 5, 5});
        QCOMPARE(session.state(), State::Asking);
        session.resume();
        QCOMPARE(session.state(), State::Asking);
    }

    void emptySessionFinishesAtOnce()
    {
        FakeClock clock;
        InterviewSession session(perQuestion(60000), {}, clock.clock());
        QSignalSpy finished(&session, &InterviewSession::finished);
        session.start();
        QCOMPARE(session.state(), State::Finished);
        QCOMPARE(finished.size(), 1);
    }

    // A spoken answer's transcript arrives after its question closed, and only counts before the
    // question is scored; a wrong index or a skipped question takes nothing.
    void aTranscriptJoinsTheAnswerBeforeScoring()
    {
        FakeClock clock;
        InterviewSession session(perQuestion(60000, AtZero::Wait, FeedbackTiming::AtEnd), questions(3), clock.clock());
        session.start();
        DeliveryFigures figures;
        figures.words = 12;
        figures.wordsPerMinute = 140;
        QVERIFY(!session.hearAnswer(0, QStringLiteral("too early"), figures));  // still being asked
        session.setAnswer(QStringLiteral("typed"));
        session.submitAnswer();
        session.skip();
        QSignalSpy recorded(&session, &InterviewSession::questionRecorded);
        session.setRecording(0, QStringLiteral("session-1-question-1.wav"));
        QCOMPARE(session.question(0).recording, QStringLiteral("session-1-question-1.wav"));
        QVERIFY(session.hearAnswer(0, QStringLiteral("what was said"), figures));
        QCOMPARE(session.question(0).answer, QStringLiteral("typed\n\nwhat was said"));
        QCOMPARE(session.question(0).delivery, figures);
        QCOMPARE(recorded.size(), 2);
        QVERIFY(!session.hearAnswer(1, QStringLiteral("skipped"), figures));
        QVERIFY(!session.question(1).delivery);
        QVERIFY(!session.hearAnswer(7, QStringLiteral("no such question"), figures));
        QVERIFY(!session.hearAnswer(-1, QStringLiteral("no such question"), figures));

        // Corrections while scoring are kept; scored, the transcript can no longer change it.
        session.submitAnswer();  // the third
        QCOMPARE(session.state(), State::Scoring);
        QCOMPARE(session.currentIndex(), 0);
        session.correctAnswer(QStringLiteral("what was meant"));
        QCOMPARE(session.question(0).answer, QStringLiteral("what was meant"));
        session.submitScore({true, false, false}, {});
        QVERIFY(!session.hearAnswer(0, QStringLiteral("late"), figures));
        QCOMPARE(session.question(0).answer, QStringLiteral("what was meant"));
        session.correctAnswer(QStringLiteral("not while another is scored"));
        QCOMPARE(session.question(0).answer, QStringLiteral("what was meant"));
    }

    // Submitted with nothing typed: a typed session counts it skipped, a spoken one waits for
    // what was said.
    void aTranscriptAloneIsTheAnswer()
    {
        FakeClock clock;
        InterviewSession typed(perQuestion(60000), questions(1), clock.clock());
        typed.start();
        typed.submitAnswer();
        QCOMPARE(typed.question(0).status, QuestionStatus::Skipped);
        QVERIFY(!typed.hearAnswer(0, QStringLiteral("too late"), DeliveryFigures{}));

        SessionConfig spoken = perQuestion(60000);
        spoken.spoken = true;
        InterviewSession session(spoken, questions(1), clock.clock());
        session.start();
        session.submitAnswer();
        QCOMPARE(session.question(0).status, QuestionStatus::Answered);
        QVERIFY(session.hearAnswer(0, QStringLiteral("only spoken"), DeliveryFigures{}));
        QCOMPARE(session.question(0).answer, QStringLiteral("only spoken"));
    }
};

QTEST_GUILESS_MAIN(TestInterviewSession)
#include "tst_interviewsession.moc"
