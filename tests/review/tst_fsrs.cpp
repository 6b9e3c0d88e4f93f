#include "review/fsrs.h"
#include "review/reviewschedule.h"

#include <QTest>

#include <cmath>

using namespace DockPrep;
using Fsrs::Grade;

// Every expected value below was worked out by hand from the FSRS-5 equations in fsrs.h and the
// default weights w0…w18 = 0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046,
// 1.54575, 0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621;
// the arithmetic is written beside each, rounded to the digits shown.
#define QCOMPARE_NEAR(actual, expected)                                                                                              \
    QVERIFY2(std::abs((actual) - (expected)) < 1e-4, qPrintable(QStringLiteral("%1 is not %2").arg(actual, 0, 'f', 6).arg(expected, 0, 'f', 6)))

class TestFsrs : public QObject
{
    Q_OBJECT

    const QDate m_start{2026, 3, 1};

    // After a first review graded Good on m_start: S = w2 = 3.173, D = D0(3) = 5.282434.
    ReviewState afterFirstGood() const
    {
        ReviewState state;
        state.entryId = QStringLiteral("e");
        return ReviewScheduler::next(state, Grade::Good, m_start);
    }

private Q_SLOTS:
    void forgettingCurveAndInterval()
    {
        // R(S, S) = (1 + 19/81)^(−0.5) = (100/81)^(−0.5) = 9/10: stability is where recall is 90 %.
        QCOMPARE_NEAR(Fsrs::retrievability(10.0, 10.0), 0.9);
        // R(0, S) = 1^(−0.5) = 1.
        QCOMPARE_NEAR(Fsrs::retrievability(0.0, 3.0), 1.0);
        // R(3, 3.173) = (1 + 0.234568 · 3 / 3.173)^(−0.5) = 1.221779^(−0.5) = 0.904698.
        QCOMPARE_NEAR(Fsrs::retrievability(3.0, 3.173), 0.904698);
        // I(0.9, S) = S / (19/81) · (0.9^(−2) − 1) = S / (19/81) · 19/81 = S, rounded to days.
        QCOMPARE(Fsrs::intervalDays(10.7389), 11);
        QCOMPARE(Fsrs::intervalDays(3.173), 3);
        QCOMPARE(Fsrs::intervalDays(0.40255), 1);   // 0 rounded, but never the same day
        QCOMPARE(Fsrs::intervalDays(1e9), Fsrs::maximumIntervalDays);
        // A lower retention asks for a longer wait: I(0.8, 10) = 10 · 81/19 · (1/0.64 − 1) = 23.98 → 24.
        QCOMPARE(Fsrs::intervalDays(10.0, 0.8), 24);
    }

    void firstReview_data()
    {
        QTest::addColumn<Grade>("grade");
        QTest::addColumn<double>("stability");
        QTest::addColumn<double>("difficulty");
        QTest::addColumn<int>("days");
        // S0(G) = w[G−1]; D0(G) = w4 − e^(w5 · (G − 1)) + 1 = 8.1949 − e^(0.5345 · (G − 1)).
        // Again: D0 = 8.1949 − e^0 = 7.1949; I = round(0.40255) = 0 → at least 1 day.
        QTest::newRow("again") << Grade::Again << 0.40255 << 7.1949 << 1;
        // Hard: e^0.5345 = 1.706595, D0 = 6.488305; I = round(1.18385) = 1.
        QTest::newRow("hard") << Grade::Hard << 1.18385 << 6.488305 << 1;
        // Good: e^1.069 = 2.912466, D0 = 5.282434; I = round(3.173) = 3.
        QTest::newRow("good") << Grade::Good << 3.173 << 5.282434 << 3;
        // Easy: e^1.6035 = 4.970398, D0 = 3.224502; I = round(15.69105) = 16.
        QTest::newRow("easy") << Grade::Easy << 15.69105 << 3.224502 << 16;
    }

    void firstReview()
    {
        QFETCH(Grade, grade);
        QFETCH(double, stability);
        QFETCH(double, difficulty);
        QFETCH(int, days);
        ReviewState state;
        state.entryId = QStringLiteral("e");
        const ReviewState next = ReviewScheduler::next(state, grade, m_start);
        QCOMPARE_NEAR(next.stability, stability);
        QCOMPARE_NEAR(next.difficulty, difficulty);
        QCOMPARE(next.due, m_start.addDays(days));
        QCOMPARE(next.reviews, 1);
        QCOMPARE(next.lapses, 0);  // forgetting before the first success is not a lapse
        QCOMPARE(next.lastGrade, int(grade));
        QCOMPARE(next.lastReviewed, m_start);
        QVERIFY(!ReviewScheduler::isDue(next, m_start));
        QVERIFY(ReviewScheduler::isDue(next, m_start.addDays(days)));
    }

    void recallAfterThreeDays_data()
    {
        QTest::addColumn<Grade>("grade");
        QTest::addColumn<double>("stability");
        QTest::addColumn<double>("difficulty");
        QTest::addColumn<int>("days");
        // From S = 3.173, D = 5.282434, reviewed 3 days later: R = 0.904698 (above).
        // Growth without penalty or bonus: e^w8 · (11 − D) · S^(−w9) · (e^(w10 · (1 − R)) − 1)
        //   = 4.691489 · 5.717566 · 3.173^(−0.1192) · (e^(1.01925 · 0.095302) − 1)
        //   = 4.691489 · 5.717566 · 0.871414 · 0.102011 = 2.384456.
        // Difficulty: ΔD = −1.4604 · (G − 3); D″ = D + ΔD · (10 − D) / 9 = 5.282434 + ΔD · 0.524174;
        // D′ = 0.0046 · D0(4) + 0.9954 · D″ = 0.0046 · 3.224502 + 0.9954 · D″.
        // Hard: S′ = 3.173 · (1 + 2.384456 · 0.2315) = 4.924512 → 5 days;
        //       D″ = 5.282434 + 1.4604 · 0.524174 = 6.047935; D′ = 0.014833 + 6.020115 = 6.034950.
        QTest::newRow("hard") << Grade::Hard << 4.924512 << 6.034950 << 5;
        // Good: S′ = 3.173 · (1 + 2.384456) = 10.738926 → 11 days; D″ = D, D′ = 0.014833 + 5.258135 = 5.272968.
        QTest::newRow("good") << Grade::Good << 10.738926 << 5.272968 << 11;
        // Easy: S′ = 3.173 · (1 + 2.384456 · 2.9898) = 25.793605 → 26 days;
        //       D″ = 5.282434 − 0.765516 = 4.516918; D′ = 0.014833 + 4.496140 = 4.510986.
        QTest::newRow("easy") << Grade::Easy << 25.793605 << 4.510986 << 26;
    }

    void recallAfterThreeDays()
    {
        QFETCH(Grade, grade);
        QFETCH(double, stability);
        QFETCH(double, difficulty);
        QFETCH(int, days);
        const QDate reviewDay = m_start.addDays(3);
        const ReviewState next = ReviewScheduler::next(afterFirstGood(), grade, reviewDay);
        QCOMPARE_NEAR(next.stability, stability);
        QCOMPARE_NEAR(next.difficulty, difficulty);
        QCOMPARE(next.due, reviewDay.addDays(days));
        QCOMPARE(next.reviews, 2);
        QCOMPARE(next.lapses, 0);
    }

    void lapse()
    {
        // Good on day 0, forgotten (Again) on day 3, R = 0.904698:
        // S′f = w11 · D^(−w12) · ((S + 1)^w13 − 1) · e^(w14 · (1 − R))
        //     = 1.9395 · 5.282434^(−0.11) · (4.173^0.29605 − 1) · e^(2.2698 · 0.095302)
        //     = 1.9395 · 0.832699 · 0.526454 · 1.241495 = 1.055561,
        // under the cap S / e^(w17 · w18) = 3.173 / e^(0.51655 · 0.6621) = 3.173 / 1.407771 = 2.253917.
        // D: ΔD = −1.4604 · (−2) = 2.9208; D″ = 5.282434 + 2.9208 · 0.524174 = 6.814503;
        //    D′ = 0.014833 + 0.9954 · 6.814503 = 6.796933. I = round(1.055561) = 1 day.
        const QDate reviewDay = m_start.addDays(3);
        const ReviewState next = ReviewScheduler::next(afterFirstGood(), Grade::Again, reviewDay);
        QCOMPARE_NEAR(next.stability, 1.055561);
        QCOMPARE_NEAR(next.difficulty, 6.796933);
        QCOMPARE(next.due, reviewDay.addDays(1));
        QCOMPARE(next.lapses, 1);
        QCOMPARE(next.reviews, 2);
    }

    void lapseNeverRaisesStability()
    {
        // Easy on day 0 (S = 15.69105, D = 3.224502), then Again on day 16: R = (1 + 0.234568 · 16 /
        // 15.69105)^(−0.5) = 0.898321; S′f = 1.9395 · 3.224502^(−0.11) · (16.69105^0.29605 − 1) ·
        // e^(2.2698 · 0.101679) = 2.794259, far under the cap 15.69105 / 1.407771 = 11.146023.
        ReviewState state;
        state = ReviewScheduler::next(state, Grade::Easy, m_start);
        state = ReviewScheduler::next(state, Grade::Again, m_start.addDays(16));
        QCOMPARE_NEAR(state.stability, 2.794259);
        // The cap itself: a tiny stability cannot grow by being forgotten (S′f ≤ S / 1.407771).
        const double s = 0.05;
        QVERIFY(Fsrs::stabilityAfterForgetting(1.0, s, 0.0) <= s / 1.407771 + 1e-9);
    }

    void sameDayReview()
    {
        // Graded Good twice on the same day: S′s = S · e^(w17 · (G − 3 + w18))
        //   = 3.173 · e^(0.51655 · 0.6621) = 3.173 · 1.407771 = 4.466858 → 4 days.
        const ReviewState next = ReviewScheduler::next(afterFirstGood(), Grade::Good, m_start);
        QCOMPARE_NEAR(next.stability, 4.466858);
        QCOMPARE(next.due, m_start.addDays(4));
    }

    void difficultyStaysWithinBounds()
    {
        // Again over and over: D″ = D + 2.9208 · (10 − D) / 9 approaches 10 without passing it;
        // after 60 reviews D = 9.904873 (iterating D′ = 0.014833 + 0.9954 · D″).
        double d = Fsrs::initialDifficulty(Grade::Good);
        for (int i = 0; i < 60; ++i) {
            d = Fsrs::nextDifficulty(d, Grade::Again);
            QVERIFY(d <= Fsrs::maximumDifficulty);
        }
        QCOMPARE_NEAR(d, 9.904873);
        // Easy over and over would go below 1 (from D = 1: D″ = 1 − 1.4604 · 9 / 9 = −0.4604),
        // so the clamp holds it at exactly 1.
        d = Fsrs::initialDifficulty(Grade::Good);
        for (int i = 0; i < 60; ++i)
            d = Fsrs::nextDifficulty(d, Grade::Easy);
        QCOMPARE(d, Fsrs::minimumDifficulty);
        // Lower difficulty means faster growth: 11 − D is larger.
        QVERIFY(Fsrs::stabilityAfterRecall(1.0, 10.0, 0.9, Grade::Good) > Fsrs::stabilityAfterRecall(10.0, 10.0, 0.9, Grade::Good));
    }

    void intervalsForEachGrade()
    {
        // What the grading buttons show: the first-review intervals, then those after 3 days.
        QCOMPARE(ReviewScheduler::intervalsFor(ReviewState{}, m_start), (std::array<int, 4>{1, 1, 3, 16}));
        QCOMPARE(ReviewScheduler::intervalsFor(afterFirstGood(), m_start.addDays(3)), (std::array<int, 4>{1, 5, 11, 26}));
    }

    void clockSetBackCountsAsSameDay()
    {
        const ReviewState next = ReviewScheduler::next(afterFirstGood(), Grade::Good, m_start.addDays(-2));
        QCOMPARE_NEAR(next.stability, 4.466858);
    }

    void gradeForScore_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<Grade>("grade");
        QTest::newRow("100") << 100 << Grade::Easy;
        QTest::newRow("90") << 90 << Grade::Easy;
        QTest::newRow("89") << 89 << Grade::Good;
        QTest::newRow("70") << 70 << Grade::Good;
        QTest::newRow("69") << 69 << Grade::Hard;
        QTest::newRow("50") << 50 << Grade::Hard;
        QTest::newRow("49") << 49 << Grade::Again;
        QTest::newRow("0, skipped") << 0 << Grade::Again;
    }

    void gradeForScore()
    {
        QFETCH(int, score);
        QFETCH(Grade, grade);
        QCOMPARE(ReviewScheduler::gradeForScore(score), grade);
    }

    void fromSm2_data()
    {
        QTest::addColumn<int>("repetitions");
        QTest::addColumn<int>("intervalDays");
        QTest::addColumn<int>("easeCenti");
        QTest::addColumn<double>("difficulty");
        // D = 11 − (ease − 1) / (e^w8 · S^(−w9) · (e^(0.1 · w10) − 1)), S = the interval;
        // e^w8 = 4.691489 and e^0.101925 − 1 = 0.107300.
        // Ease 2.50 at 6 days: 6^(−0.1192) = 0.807689; 4.691489 · 0.807679 · 0.107300 = 0.406590;
        // D = 11 − 1.5 / 0.406590 = 7.310778.
        QTest::newRow("2.50, 6 days") << 2 << 6 << 250 << 7.310778;
        // Ease 2.90 at 45 days: 45^(−0.1192) = 0.635239; divisor 0.319778; D = 11 − 1.9 / 0.319778 = 5.058386.
        QTest::newRow("2.90, 45 days") << 4 << 45 << 290 << 5.058386;
        // Ease 1.30 after a lapse (1 day): 11 − 0.3 / 0.503399 = 10.404051, clamped to 10.
        QTest::newRow("1.30, lapsed") << 0 << 1 << 130 << 10.0;
    }

    void fromSm2()
    {
        QFETCH(int, repetitions);
        QFETCH(int, intervalDays);
        QFETCH(int, easeCenti);
        QFETCH(double, difficulty);
        const QDate reviewed(2025, 5, 1);
        const ReviewState state = ReviewScheduler::fromSm2(QStringLiteral("e"), repetitions, intervalDays, easeCenti,
                                                           reviewed.addDays(intervalDays), 80, reviewed);
        QCOMPARE_NEAR(state.stability, double(intervalDays));
        QCOMPARE_NEAR(state.difficulty, difficulty);
        QCOMPARE(state.due, reviewed.addDays(intervalDays));  // nothing the user had scheduled moves
        QCOMPARE(state.lastReviewed, reviewed);
        QCOMPARE(state.reviews, qMax(1, repetitions));
        QCOMPARE(state.lastScore, 80);
        QCOMPARE(state.lastGrade, int(Grade::Good));
    }
};

QTEST_GUILESS_MAIN(TestFsrs)
#include "tst_fsrs.moc"
