// The competency level a scorecard claims: right for strong candidates, and never flattering for
// the plausible wrong cases (good seniority talk without the basics, key points without the
// production or leadership evidence, nothing asked).
#include "interviewer/competency.h"
#include "support/interviewertesting.h"

#include <QTest>

using namespace DockPrep;
using namespace InterviewerTesting;

class TestCompetency : public QObject
{
    Q_OBJECT

    const Curriculum m_curriculum = levelsCurriculum();

    static InterviewSheet rated(int production, int leadership)
    {
        InterviewSheet sheet;
        sheet.setRating(Criterion::Technical, 4);
        sheet.setRating(Criterion::Communication, 4);
        sheet.setRating(Criterion::Production, production);
        sheet.setRating(Criterion::Leadership, leadership);
        return sheet;
    }

private Q_SLOTS:
    void nothingAskedSupportsNoLevel()
    {
        const CompetencyAssessment a = assessCompetency(InterviewSheet{}, m_curriculum);
        QVERIFY(!a.supported);
        QVERIFY(a.levels.isEmpty());
        QCOMPARE(a.score, 0);
        QVERIFY(!a.reason.isEmpty());
    }

    void strongJuniorAnswersSupportJunior()
    {
        InterviewSheet sheet = rated(1, 0);
        askWithTicks(sheet, QStringLiteral("junior-1"), 4);
        askWithTicks(sheet, QStringLiteral("junior-2"), 3);
        const CompetencyAssessment a = assessCompetency(sheet, m_curriculum);
        QCOMPARE(a.supported, std::optional(Level::Junior));
        QCOMPARE(a.keyPointsTicked, 7);
        QCOMPARE(a.keyPointCount, 8);
    }

    void sixtyPercentIsTheLine()
    {
        // 5 of 8 = 62.5 % shows the level; 4 of 8 = 50 % does not.
        InterviewSheet enough = rated(0, 0);
        askWithTicks(enough, QStringLiteral("mid-1"), 3);
        askWithTicks(enough, QStringLiteral("mid-2"), 2);
        QCOMPARE(assessCompetency(enough, m_curriculum).supported, std::optional(Level::Mid));
        InterviewSheet short_ = rated(0, 0);
        askWithTicks(short_, QStringLiteral("mid-1"), 2);
        askWithTicks(short_, QStringLiteral("mid-2"), 2);
        QVERIFY(!assessCompetency(short_, m_curriculum).supported);
    }

    void seniorNeedsTheProductionRating()
    {
        InterviewSheet sheet = rated(2, 0);  // the key points are there, the production stories are not
        askWithTicks(sheet, QStringLiteral("senior-1"), 4);
        askWithTicks(sheet, QStringLiteral("senior-2"), 4);
        CompetencyAssessment a = assessCompetency(sheet, m_curriculum);
        QCOMPARE(a.supported, std::optional(Level::Mid));
        QVERIFY2(a.reason.contains(QStringLiteral("production")), qPrintable(a.reason));
        sheet.setRating(Criterion::Production, 3);
        QCOMPARE(assessCompetency(sheet, m_curriculum).supported, std::optional(Level::Senior));
    }

    void principalNeedsLeadershipAsWell()
    {
        InterviewSheet sheet = rated(4, 2);
        askWithTicks(sheet, QStringLiteral("principal-1"), 4);
        QCOMPARE(assessCompetency(sheet, m_curriculum).supported, std::optional(Level::Senior));
        sheet.setRating(Criterion::Leadership, 3);
        QCOMPARE(assessCompetency(sheet, m_curriculum).supported, std::optional(Level::Principal));
        sheet.setRating(Criterion::Production, 1);  // leadership without production: mid at most
        QCOMPARE(assessCompetency(sheet, m_curriculum).supported, std::optional(Level::Mid));
    }

    void weakBasicsCapAStrongSeniorTalk()
    {
        // Senior key points all there, but the junior question answered with one point of four.
        InterviewSheet sheet = rated(5, 5);
        askWithTicks(sheet, QStringLiteral("junior-1"), 1);
        askWithTicks(sheet, QStringLiteral("senior-1"), 4);
        const CompetencyAssessment a = assessCompetency(sheet, m_curriculum);
        QVERIFY(!a.supported);
        QCOMPARE(a.levels.size(), 2);
        QVERIFY(!a.levels.at(0).shown);
        QVERIFY(a.levels.at(1).shown);
    }

    void aFailedHigherLevelStopsAtTheLastShown()
    {
        InterviewSheet sheet = rated(5, 5);
        askWithTicks(sheet, QStringLiteral("junior-1"), 4);
        askWithTicks(sheet, QStringLiteral("mid-1"), 3);
        askWithTicks(sheet, QStringLiteral("senior-1"), 1);
        askWithTicks(sheet, QStringLiteral("principal-1"), 4);  // a lucky principal answer does not skip senior
        const CompetencyAssessment a = assessCompetency(sheet, m_curriculum);
        QCOMPARE(a.supported, std::optional(Level::Mid));
        QVERIFY2(a.reason.contains(levelDisplayName(Level::Senior)), qPrintable(a.reason));
    }

    void onlySeniorQuestionsAskedCanSupportSenior()
    {
        InterviewSheet sheet = rated(3, 0);
        askWithTicks(sheet, QStringLiteral("senior-2"), 3);
        QCOMPARE(assessCompetency(sheet, m_curriculum).supported, std::optional(Level::Senior));
    }

    void questionsNoLongerInTheCurriculumCountForNothing()
    {
        InterviewSheet sheet = rated(0, 0);
        askWithTicks(sheet, QStringLiteral("gone-question"), 4);
        const CompetencyAssessment a = assessCompetency(sheet, m_curriculum);
        QVERIFY(!a.supported);
        QCOMPARE(a.keyPointCount, 0);
    }

    void ticksBeyondAnEntrysKeyPointsAreIgnored()
    {
        InterviewSheet sheet = rated(0, 0);
        sheet.ask(QStringLiteral("junior-1"));
        for (int k = 4; k < 12; ++k)  // a stale draft's indexes past the four key points
            sheet.setKeyPointTicked(0, k, true);
        const CompetencyAssessment a = assessCompetency(sheet, m_curriculum);
        QCOMPARE(a.keyPointsTicked, 0);
        QVERIFY(!a.supported);
    }

    void theScoreIsTheRubricFormulaOverEveryKeyPoint()
    {
        InterviewSheet sheet = rated(3, 2);  // technical 4, communication 4
        askWithTicks(sheet, QStringLiteral("mid-1"), 2);
        askWithTicks(sheet, QStringLiteral("mid-2"), 4);
        // 20 × 6/8 + 4 × 4 + 5 × 4 + 4 × 3 + 3 × 2 = 15 + 16 + 20 + 12 + 6 = 69
        QCOMPARE(assessCompetency(sheet, m_curriculum).score, 69);
        QCOMPARE(assessCompetency(sheet, m_curriculum).score, questionScore(6, 8, sheet.ratings));
    }
};

QTEST_GUILESS_MAIN(TestCompetency)
#include "tst_competency.moc"
