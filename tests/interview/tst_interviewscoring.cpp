#include "interview/scoring.h"
#include "interview/sessionsummary.h"
#include "support/testdata.h"

#include <QTest>

using namespace DockPrep;

class TestInterviewScoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void questionScore_data()
    {
        QTest::addColumn<int>("covered");
        QTest::addColumn<int>("keyPoints");
        QTest::addColumn<RubricRatings>("ratings");
        QTest::addColumn<int>("score");

        QTest::newRow("nothing") << 0 << 5 << RubricRatings{0, 0, 0, 0} << 0;
        QTest::newRow("everything") << 5 << 5 << RubricRatings{5, 5, 5, 5} << 100;
        QTest::newRow("key points only") << 4 << 4 << RubricRatings{0, 0, 0, 0} << 20;
        QTest::newRow("technical only") << 0 << 4 << RubricRatings{5, 0, 0, 0} << 20;
        QTest::newRow("communication only") << 0 << 4 << RubricRatings{0, 5, 0, 0} << 25;
        QTest::newRow("production only") << 0 << 4 << RubricRatings{0, 0, 5, 0} << 20;
        QTest::newRow("leadership only") << 0 << 4 << RubricRatings{0, 0, 0, 5} << 15;
        QTest::newRow("one rating step each") << 0 << 3 << RubricRatings{1, 1, 1, 1} << 4 + 5 + 4 + 3;
        QTest::newRow("typical") << 3 << 5 << RubricRatings{3, 4, 2, 1} << 12 + 12 + 20 + 8 + 3;
        QTest::newRow("one third rounds down") << 1 << 3 << RubricRatings{0, 0, 0, 0} << 7;  // 6.67
        QTest::newRow("two thirds rounds up") << 2 << 3 << RubricRatings{0, 0, 0, 0} << 13;  // 13.33
        QTest::newRow("half up at .5") << 1 << 8 << RubricRatings{0, 0, 0, 0} << 3;          // 2.5
        QTest::newRow("seven key points") << 3 << 7 << RubricRatings{4, 4, 4, 4} << 9 + 16 + 20 + 16 + 12;  // 8.57
        QTest::newRow("no key points: technical stands alone") << 0 << 0 << RubricRatings{5, 0, 0, 0} << 40;
        QTest::newRow("ratings clamped") << 0 << 3 << RubricRatings{9, -2, 7, 5} << 20 + 0 + 20 + 15;
        QTest::newRow("covered clamped") << 9 << 3 << RubricRatings{0, 0, 0, 0} << 20;
    }

    void questionScore()
    {
        QFETCH(int, covered);
        QFETCH(int, keyPoints);
        QFETCH(RubricRatings, ratings);
        QFETCH(int, score);
        QCOMPARE(DockPrep::questionScore(covered, keyPoints, ratings), score);
    }

    void weightsAreTheSeedGuides()
    {
        QCOMPARE(Rubric::technicalWeight + Rubric::communicationWeight + Rubric::productionWeight + Rubric::leadershipWeight, 100);
        QCOMPARE(Rubric::technicalWeight, 40);
        QCOMPARE(Rubric::communicationWeight, 25);
        QCOMPARE(Rubric::productionWeight, 20);
        QCOMPARE(Rubric::leadershipWeight, 15);
        QVERIFY(scoringFormulaHelp().contains(QStringLiteral("40 %")));
    }

    void summary()
    {
        const Curriculum curriculum = TestData::fixtureCurriculum();
        QList<SessionQuestion> questions = makeSessionQuestions(
            curriculum, {QStringLiteral("first-image"), QStringLiteral("third-kernel"), QStringLiteral("second-run"), QStringLiteral("no-such-entry")});
        QCOMPARE(questions.size(), 3);
        questions[0].status = QuestionStatus::Scored;
        questions[0].score = 90;
        questions[0].usedMs = 60000;
        questions[0].keyPointsTicked = {true, true, true};
        questions[1].status = QuestionStatus::Scored;
        questions[1].score = 45;
        questions[1].usedMs = 70000;
        questions[1].overtimeMs = 10000;
        questions[1].reachedZero = true;
        questions[1].pausedMs = 5000;
        questions[1].keyPointsTicked = {true, false, false};
        questions[2].status = QuestionStatus::Skipped;
        questions[2].score = 0;
        questions[2].usedMs = 3000;
        questions.append(questions[0]);
        questions.last().status = QuestionStatus::NotAsked;

        const SessionSummary s = summarise(questions, curriculum);
        QCOMPARE(s.asked, 3);
        QCOMPARE(s.answered, 2);
        QCOMPARE(s.skipped, 1);
        QCOMPARE(s.score, 45);  // (90 + 45 + 0) / 3
        QCOMPARE(s.usedMs, 133000);
        QCOMPARE(s.pausedMs, 5000);
        QCOMPARE(s.overtimeMs, 10000);
        QCOMPARE(s.overtimeQuestions, 1);
        QCOMPARE(s.chapters.size(), 2);
        QCOMPARE(s.chapters.at(0).key, QStringLiteral("basics"));
        QCOMPARE(s.chapters.at(0).questions, 2);
        QCOMPARE(s.chapters.at(0).score, 45);
        QCOMPARE(s.chapters.at(1).key, QStringLiteral("deeper"));
        QCOMPARE(s.chapters.at(1).score, 45);
        QCOMPARE(s.levels.size(), 3);
        QCOMPARE(s.levels.at(0).key, QStringLiteral("junior"));
        QCOMPARE(s.levels.at(0).score, 90);
        QCOMPARE(s.weakest.size(), 2);
        QCOMPARE(s.weakest.at(0).entryId, QStringLiteral("second-run"));
        QCOMPARE(s.weakest.at(1).entryId, QStringLiteral("third-kernel"));
        QCOMPARE(s.weakest.at(1).missedKeyPoints,
                 (QStringList{QStringLiteral("Cgroups limit what it uses"), QStringLiteral("Capabilities split root")}));
    }

    void formatsDurations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
        QTest::newRow("just under a second shows 1") << qint64(1) << QStringLiteral("0:01");
        QTest::newRow("minutes") << qint64(125000) << QStringLiteral("2:05");
        QTest::newRow("hours") << qint64(3725000) << QStringLiteral("1:02:05");
        QTest::newRow("overtime") << qint64(-12345) << QStringLiteral("-0:12");
    }

    void formatsDurations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(ms), text);
    }

    // Overtime counts up in whole seconds, in one format everywhere.
    void formatsOvertime()
    {
        QCOMPARE(formatOvertime(0), QStringLiteral("+0:00 over"));
        QCOMPARE(formatOvertime(999), QStringLiteral("+0:00 over"));
        QCOMPARE(formatOvertime(42500), QStringLiteral("+0:42 over"));
        QCOMPARE(formatOvertime(3725000), QStringLiteral("+1:02:05 over"));
        QCOMPARE(formatOvertime(-5), QStringLiteral("+0:00 over"));
    }
};

QTEST_GUILESS_MAIN(TestInterviewScoring)
#include "tst_interviewscoring.moc"
