#include "support/testdata.h"
#include "support/mainwindowtesting.h"
#include "support/widgettesting.h"

#include "content/contentsmodel.h"
#include "ui/contentsdock.h"
#include "ui/readerview.h"
#include "store/reviewstore.h"
#include "ui/reviewbar.h"
#include "store/database.h"
#include "store/notestore.h"
#include "store/search.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>
#include <QTreeView>

using namespace DockPrep;

// Grading while reading, as a user does it: reveal, then Again / Hard / Good / Easy by mouse or
// by the keys 1–4; the review queue; the due count in the status bar and the contents.
class TestReviewReading : public QObject
{
    Q_OBJECT

    Curriculum m_curriculum = TestData::fixtureCurriculum();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<NoteStore> m_store;
    std::unique_ptr<Search> m_search;
    std::unique_ptr<ReviewStore> m_reviews;
    QDate m_today{2026, 3, 10};

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = MainWindowTesting::openWindow(m_curriculum, m_store.get(), m_search.get(), m_dir->path());
        window->setReviewStore(m_reviews.get());
        return window;
    }

    static QPushButton *gradeButton(MainWindow *window, const char *name)
    {
        return window->reviewBar()->findChild<QPushButton *>(QLatin1String(name));
    }

    static QString dueLabel(MainWindow *window)
    {
        return window->findChild<QLabel *>(QStringLiteral("dueLabel"))->text();
    }

    bool isDueInContents(MainWindow *window, const QString &id) const
    {
        QTreeView *tree = WidgetTesting::child<QTreeView>(window->contentsDock(), "contentsTree");
        const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), ContentsModel::EntryIdRole, id, 1,
                                                           Qt::MatchExactly | Qt::MatchRecursive);
        return !found.isEmpty() && found.first().data(ContentsModel::DueRole).toBool();
    }

private Q_SLOTS:
    void init()
    {
        m_reviews.reset();
        m_search.reset();
        m_store.reset();
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("notes.sqlite"))).ok());
        m_store = std::make_unique<NoteStore>(*m_db);
        m_search = std::make_unique<Search>(*m_db);
        m_reviews = std::make_unique<ReviewStore>(*m_db);
        m_today = QDate(2026, 3, 10);
        // A local time, so ReviewStore::today() is m_today in whatever zone the test runs.
        m_reviews->setClock([this] { return QDateTime(m_today, QTime(12, 0), QTimeZone::LocalTime); });
    }

    void gradeWithTheMouseAfterTheReveal()
    {
        auto window = openWindow();
        const QString id = window->reader()->currentEntry();
        QVERIFY(!id.isEmpty());
        QPushButton *good = gradeButton(window.get(), "gradeGood");
        QVERIFY(good);
        // Before the reveal: no buttons, the keys do nothing, the row says what to do.
        QVERIFY(!good->isVisible());
        QVERIFY(window->reviewBar()->statusText().contains(QLatin1String("Not reviewed yet")));
        QTest::keyClick(window->reader(), Qt::Key_3);
        QVERIFY(!m_reviews->state(id));

        QTest::keyClick(window.get(), Qt::Key_Return, Qt::ControlModifier);  // reveal the answer
        QTRY_VERIFY(good->isVisible());
        // Each button shows the interval it would give (a first Good: S0 = w2 = 3.173 → 3 days).
        QCOMPARE(good->text(), QStringLiteral("Good\n3 days"));
        QCOMPARE(gradeButton(window.get(), "gradeAgain")->text(), QStringLiteral("Again\n1 day"));
        QCOMPARE(gradeButton(window.get(), "gradeEasy")->text(), QStringLiteral("Easy\n16 days"));
        QTest::mouseClick(good, Qt::LeftButton);

        const std::optional<ReviewState> state = m_reviews->state(id);
        QVERIFY(state);
        QCOMPARE(state->due, m_today.addDays(3));
        QCOMPARE(state->lastGrade, int(Fsrs::Grade::Good));
        QVERIFY2(window->reviewBar()->statusText().contains(QLatin1String("Next review in 3 days")),
                 qPrintable(window->reviewBar()->statusText()));
        // Reviewed once counts as studied.
        QVERIFY(m_store->studiedEntries().contains(id));
        QVERIFY(window->action(QStringLiteral("studied"))->isChecked());
        QCOMPARE(dueLabel(window.get()), QStringLiteral("Nothing due for review"));
        // The grades wait for the next question's reveal.
        window->action(QStringLiteral("next"))->trigger();
        QVERIFY(!good->isVisible());
        QVERIFY(!window->action(QStringLiteral("gradeGood"))->isEnabled());
    }

    void reviewQueueWithTheKeys()
    {
        // Two questions due (one overdue since yesterday, one today), one not yet.
        const auto schedule = [this](const char *id, int dueInDays) {
            ReviewState state = ReviewScheduler::next({}, Fsrs::Grade::Good, m_today.addDays(dueInDays - 3));
            state.entryId = QLatin1String(id);
            QString error;
            QVERIFY2(ReviewStore::writeRow(*m_db, state, &error), qPrintable(error));
        };
        schedule("third-kernel", -1);
        schedule("second-run", 0);
        schedule("first-image", 2);
        auto window = openWindow();
        QCOMPARE(dueLabel(window.get()), QStringLiteral("Due for review: 2"));
        QVERIFY(isDueInContents(window.get(), QStringLiteral("third-kernel")));
        QVERIFY(isDueInContents(window.get(), QStringLiteral("second-run")));
        QVERIFY(!isDueInContents(window.get(), QStringLiteral("first-image")));

        // Typing a digit into the contents filter filters; it grades nothing.
        window->action(QStringLiteral("revealNext"))->trigger();  // an answer in view: grading is on
        QVERIFY(window->action(QStringLiteral("gradeGood"))->isEnabled());
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        QLineEdit *filter = WidgetTesting::child<QLineEdit>(window->contentsDock(), "contentsFilter");
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClick(filter, Qt::Key_3);
        QCOMPARE(filter->text(), QStringLiteral("3"));
        QCOMPARE(m_reviews->state(QStringLiteral("first-image"))->reviews, 1);
        filter->clear();

        // Ctrl+R walks the queue, most overdue first.
        QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(window->reader()->currentEntry(), QStringLiteral("third-kernel"));
        window->reader()->setFocus();
        QTest::keyClick(window->reader(), Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(window->reader(), Qt::Key_3);  // Good
        QCOMPARE(m_reviews->state(QStringLiteral("third-kernel"))->reviews, 2);
        QVERIFY(m_reviews->state(QStringLiteral("third-kernel"))->due > m_today);
        QCOMPARE(dueLabel(window.get()), QStringLiteral("Due for review: 1"));
        QVERIFY(!isDueInContents(window.get(), QStringLiteral("third-kernel")));
        // … and moves on by itself to the next one due.
        QCOMPARE(window->reader()->currentEntry(), QStringLiteral("second-run"));
        QTest::keyClick(window->reader(), Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(window->reader(), Qt::Key_1);  // Again: forgotten, back tomorrow
        const ReviewState forgotten = *m_reviews->state(QStringLiteral("second-run"));
        QCOMPARE(forgotten.lapses, 1);
        QCOMPARE(forgotten.due, m_today.addDays(1));
        QCOMPARE(dueLabel(window.get()), QStringLiteral("Nothing due for review"));
        QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("Nothing is due")));
        // The walk is over: a grade now stays on its question.
        QCOMPARE(window->reader()->currentEntry(), QStringLiteral("second-run"));
    }

    void aNewDayCountsAgainWhenTheWindowIsActivated()
    {
        ReviewState state = ReviewScheduler::next({}, Fsrs::Grade::Good, m_today);  // due in 3 days
        state.entryId = QStringLiteral("second-run");
        QVERIFY(ReviewStore::writeRow(*m_db, state, nullptr));
        auto window = openWindow();
        QCOMPARE(dueLabel(window.get()), QStringLiteral("Nothing due for review"));
        m_today = m_today.addDays(3);  // the window stayed open over three nights
        QEvent activation(QEvent::ActivationChange);
        QApplication::sendEvent(window.get(), &activation);
        QCOMPARE(dueLabel(window.get()), QStringLiteral("Due for review: 1"));
        QVERIFY(isDueInContents(window.get(), QStringLiteral("second-run")));
    }
};

QTEST_MAIN(TestReviewReading)
#include "tst_reviewreading.moc"
