// File ▸ Import of a backup with interview sessions, in the whole window: the Interview page's
// history, already open, lists the imported session at once (before: only after a restart).
#include "support/testdata.h"
#include "support/mainwindowtesting.h"

#include "exchange/jsonbackup.h"
#include "ui/interview/interviewhistorypage.h"
#include "ui/interview/interviewpage.h"
#include "ui/interview/interviewsetuppage.h"
#include "store/interviewstore.h"
#include "ui/interview/scorechart.h"
#include "store/database.h"
#include "store/notestore.h"
#include "store/search.h"
#include "ui/studyexchange.h"

#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace DockPrep;

class TestInterviewImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importedSessionsShowInTheOpenHistory()
    {
        const Curriculum curriculum = TestData::fixtureCurriculum();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("notes.sqlite"))).ok());
        NoteStore notes(db);
        Search search(db);
        InterviewStore interviews(db);
        auto window = MainWindowTesting::openWindow(curriculum, &notes, &search, dir.path());
        StudyPages pages;
        pages.interview = [&curriculum, &interviews] { return new InterviewPage(curriculum, &interviews); };
        window->setPages(pages);
        window->exchange()->setFullBackupStores(&db, &interviews, nullptr);

        // Interview ▸ History, as a user opens it.
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        auto *page = window->findChild<InterviewPage *>();
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        auto *historyButton = page->setupPage()->findChild<QPushButton *>(QStringLiteral("history"));
        QVERIFY(historyButton);
        QTest::mouseClick(historyButton, Qt::LeftButton);
        InterviewHistoryPage *history = page->historyPage();
        QCOMPARE(page->currentWidget(), history);
        QCOMPARE(history->table()->model()->rowCount(), 0);

        // A backup from another machine with one finished session.
        const QDateTime when(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::UTC);
        StoredSession session;
        session.record.started = when;
        session.record.updated = when.addSecs(300);
        session.record.finished = when.addSecs(300);
        session.record.state = SessionRecord::State::Finished;
        session.record.score = 64;
        session.questions = makeSessionQuestions(curriculum, {curriculum.readingOrder().first()});
        session.questions[0].status = QuestionStatus::Scored;
        session.questions[0].answer = QStringLiteral("from another machine");
        session.questions[0].score = 64;
        StudySnapshot backup;
        backup.interviews = {session};
        const QString path = dir.filePath(QStringLiteral("backup.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(JsonBackup::write(backup, when));
        file.close();

        QVERIFY(MainWindowTesting::importConfirmed(window.get(), path));
        QCOMPARE(interviews.sessions().size(), 1);
        QCOMPARE(page->currentWidget(), history);
        QCOMPARE(history->table()->model()->rowCount(), 1);
        QCOMPARE(history->chart()->points().size(), 1);
        QCOMPARE(history->chart()->points().first().score, 64);
    }
};

QTEST_MAIN(TestInterviewImport)
#include "tst_interviewimport.moc"
