#include "store/interviewstore.h"
#include "store/reviewstore.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace DockPrep;

// The review schedule as stored: grades persist, the queue is ordered, reading and interviews
// share one schedule, and a read-only database refuses with a message.
class TestReviewStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QDate m_today{2026, 4, 1};

    QString path() const { return m_dir.filePath(QStringLiteral("reviews.sqlite")); }
    Clock clock()
    {
        return [this] { return QDateTime(m_today, QTime(12, 0), QTimeZone::LocalTime); };
    }

private Q_SLOTS:
    void gradesPersistAndTheQueueIsOrdered()
    {
        {
            Database db;
            QVERIFY(db.open(path()).ok());
            ReviewStore reviews(db);
            reviews.setClock(clock());
            QSignalSpy changed(&reviews, &ReviewStore::scheduleChanged);
            QVERIFY(reviews.grade(QStringLiteral("b"), Fsrs::Grade::Again));  // due in 1 day
            QVERIFY(reviews.grade(QStringLiteral("a"), Fsrs::Grade::Good));   // due in 3 days
            QVERIFY(reviews.grade(QStringLiteral("c"), Fsrs::Grade::Hard));   // due in 1 day
            QCOMPARE(changed.size(), 3);
            m_today = m_today.addDays(3);
            // Good again after 3 days: S = 10.738926 (tst_fsrs), due in 11 days.
            const std::optional<ReviewState> a = reviews.grade(QStringLiteral("a"), Fsrs::Grade::Good);
            QVERIFY(a);
            QCOMPARE(a->due, m_today.addDays(11));
            QCOMPARE(a->reviews, 2);
        }
        Database db;
        QVERIFY(db.open(path()).ok());
        ReviewStore reviews(db);
        QCOMPARE(reviews.scheduledCount(), 3);
        QVERIFY(qAbs(reviews.state(QStringLiteral("a"))->stability - 10.738926) < 1e-5);
        // Most overdue first, then by id.
        QCOMPARE(reviews.dueEntries(m_today), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(reviews.dueCount(m_today), 2);
        QCOMPARE(reviews.dueCount(m_today.addDays(11)), 3);
        QVERIFY(!reviews.state(QStringLiteral("never-graded")));
    }

    void interviewsAndReadingShareTheSchedule()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("shared.sqlite"))).ok());
        ReviewStore reviews(db);
        reviews.setClock(clock());
        InterviewStore interviews(db, reviews);
        QSignalSpy interviewSide(&interviews, &InterviewStore::reviewScheduleChanged);
        QVERIFY(reviews.grade(QStringLiteral("first-image"), Fsrs::Grade::Again));
        QCOMPARE(interviewSide.size(), 1);  // the interview's "(n due)" hears of a grade while reading
        QCOMPARE(interviews.dueCount(m_today.addDays(1)), 1);
        QCOMPARE(interviews.reviewState(QStringLiteral("first-image"))->lastGrade, int(Fsrs::Grade::Again));
    }

    void readOnlyRefusesWithAMessage()
    {
        {
            Database db;
            QVERIFY(db.open(m_dir.filePath(QStringLiteral("ro.sqlite"))).ok());
        }
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("ro.sqlite")), Database::IntegrityCheck::AfterUncleanShutdown,
                        Database::Access::ReadOnly)
                    .ok());
        ReviewStore reviews(db);
        QString error;
        QVERIFY(!reviews.grade(QStringLiteral("a"), Fsrs::Grade::Good, &error));
        QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
        QCOMPARE(reviews.scheduledCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
