// The pages beside the reader as the main window composes them: switching by keyboard, diagram
// links from the reader, notes following the diagram element, closed-book interviews.
#include "support/testdata.h"

#include "settings/appsettings.h"
#include "ui/contentsdock.h"
#include "ui/diagrams/diagrampage.h"
#include "diagrams/diagramquestionindex.h"
#include "ui/interview/interviewpage.h"
#include "store/interviewstore.h"
#include "interview/sessionquestion.h"
#include "ui/mainwindow.h"
#include "notes/noteautosaver.h"
#include "ui/notespanel.h"
#include "ui/readerview.h"
#include "store/database.h"
#include "store/notestore.h"
#include "store/search.h"

#include <QTimeZone>
#include <QAction>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QTest>

#include <memory>

using namespace DockPrep;

class TestPages : public QObject
{
    Q_OBJECT

    Curriculum m_curriculum = TestData::fixtureCurriculum();
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<NoteStore> m_store;
    std::unique_ptr<Search> m_search;
    std::unique_ptr<InterviewStore> m_interviews;
    std::unique_ptr<MainWindow> m_window;
    DiagramPage *m_diagrams = nullptr;
    InterviewPage *m_interview = nullptr;

    QWidget *currentPage() const { return m_window->findChild<QStackedWidget *>()->currentWidget(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("notes.sqlite"))).ok());
        m_store = std::make_unique<NoteStore>(m_db);
        m_search = std::make_unique<Search>(m_db);
        m_interviews = std::make_unique<InterviewStore>(m_db);
    }

    void init()
    {
        auto *settings = new QSettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(m_curriculum, m_store.get(), m_search.get(), settings);
        settings->setParent(m_window.get());
        m_diagrams = nullptr;
        m_interview = nullptr;
        m_window->setPages({[this] {
                                const DiagramCatalog catalog = DiagramCatalog::load(TestData::sourcePath(QStringLiteral("diagrams/catalog.yaml")));
                                m_diagrams = new DiagramPage(catalog);
                                m_diagrams->setQuestionIndex(DiagramQuestionIndex(m_curriculum, catalog));
                                return m_diagrams;
                            },
                            [this] { return m_interview = new InterviewPage(m_curriculum, m_interviews.get()); }, {}, {}, {}});
        m_window->restoreSession();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    // Nothing but the reader is built before the first paint; each page comes on first use, once.
    void pagesAreMadeOnFirstUse()
    {
        QVERIFY(!m_diagrams);
        QVERIFY(!m_interview);
        QCOMPARE(m_window->findChild<QStackedWidget *>()->count(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QVERIFY(m_interview);
        QVERIFY(!m_diagrams);
        QCOMPARE(currentPage(), m_interview);
        InterviewPage *made = m_interview;
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_interview, made);
        QCOMPARE(m_window->findChild<QStackedWidget *>()->count(), 2);
        QVERIFY(m_window->pageAction(Page::Interview)->isChecked());
    }

    // Changing the page saves the note being typed at once, even when the editor never had the
    // focus (whose loss saves it too).
    void changingThePageSavesTheNote()
    {
        NotesPanel *notes = m_window->notesPanel();
        notes->autosaver()->setDelays(60000, 60000);
        const QString target = notes->target();
        QVERIFY(!notes->editor()->hasFocus());
        QTest::keyClicks(notes->editor(), QStringLiteral("typed before the interview"));
        QVERIFY(m_store->notesFor(target).isEmpty());
        m_window->pageAction(Page::Interview)->trigger();
        QCOMPARE(currentPage(), m_interview);
        QCOMPARE(m_store->notesFor(target).size(), 1);
        QCOMPARE(m_store->notesFor(target).first().body, QStringLiteral("typed before the interview"));
        QVERIFY(m_store->deleteNote(m_store->notesFor(target).first().id));
    }

    void keyboardSwitchesPages()
    {
        QCOMPARE(currentPage(), m_window->reader());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(currentPage(), m_diagrams);
        QVERIFY(m_window->pageAction(Page::Diagrams)->isChecked());
        QVERIFY(!m_window->action(QStringLiteral("revealNext"))->isEnabled());  // reader actions rest
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(currentPage(), m_interview);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(currentPage(), m_window->reader());
        QVERIFY(m_window->action(QStringLiteral("revealNext"))->isEnabled());
        QVERIFY(!m_window->pageAction(Page::Challenges));  // not given, so not offered
    }

    // The contents list gives its width to the other pages and comes back with Read, unless the
    // user had closed it while reading.
    void contentsListIsTheReadersOnly()
    {
        QDockWidget *contents = m_window->contentsDock();
        QVERIFY(contents->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(!contents->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QVERIFY(!contents->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(contents->isVisible());

        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);  // the user closes it
        QVERIFY(!contents->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(!contents->isVisible());
    }

    // The notes panel shows where notes attach to something (the reader, the diagrams) and steps
    // aside on the other pages, unless the user shows it there: then it stays there.
    void notesPanelStepsAsideWhereItIsNotUseful()
    {
        QDockWidget *notes = m_window->notesPanel();
        QVERIFY(notes->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QVERIFY(!notes->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(notes->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);  // the user wants it here
        QVERIFY(notes->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(notes->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QVERIFY(notes->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    }

    void diagramLinksOpenTheElementAndItsNotes()
    {
        m_window->showDiagramLink(QStringLiteral("engine-chain#shim"));
        QCOMPARE(currentPage(), m_diagrams);
        QCOMPARE(m_diagrams->currentDiagram(), QStringLiteral("engine-chain"));
        QCOMPARE(m_window->notesPanel()->target(), QStringLiteral("diagram:engine-chain#shim"));
        // Opening a question from the contents goes back to the reader, notes with it.
        m_window->openEntry(QStringLiteral("second-run"));
        QCOMPARE(currentPage(), m_window->reader());
        QCOMPARE(m_window->notesPanel()->target(), QStringLiteral("entry:second-run"));
        // An unknown link leaves the page as it is.
        m_window->showDiagramLink(QStringLiteral("nowhere#nothing"));
        QCOMPARE(currentPage(), m_window->reader());
    }

    void diagramQuestionLinksOpenTheReader()
    {
        m_window->showDiagramLink(QStringLiteral("engine-chain#shim"));
        Q_EMIT m_diagrams->entryLinkActivated(QStringLiteral("third-kernel"));
        QCOMPARE(currentPage(), m_window->reader());
        QCOMPARE(m_window->reader()->currentEntry(), QStringLiteral("third-kernel"));
    }

    // The Interview button says how many questions are due for review from the start, before the
    // page is ever made, and follows the schedule after.
    void interviewButtonShowsWhatIsDue()
    {
        QAction *interview = m_window->pageAction(Page::Interview);
        m_interviews->setClock([] { return QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::UTC); });
        m_window->followReviewSchedule(m_interviews.get());  // as main() does
        QCOMPARE(interview->text(), QStringLiteral("&Interview"));

        // Two questions answered poorly in a finished session come due the next day.
        const auto id = m_interviews->createSession(AppSettings::builtInInterviewDefaults(),
                                                    makeSessionQuestions(m_curriculum, {QStringLiteral("first-image"),
                                                                                        QStringLiteral("second-run")}));
        QVERIFY(id);
        for (int i = 0; i < 2; ++i) {
            SessionQuestion question = m_interviews->loadSession(*id)->questions.at(i);
            question.status = QuestionStatus::Scored;
            question.score = 30;
            QVERIFY(m_interviews->saveQuestion(*id, i, question));
        }
        QVERIFY(m_interviews->finishSession(*id));
        QCOMPARE(interview->text(), QStringLiteral("&Interview"));

        // The next day's start.
        m_interviews->setClock([] { return QDateTime(QDate(2025, 3, 2), QTime(9, 0), QTimeZone::UTC); });
        m_window->followReviewSchedule(m_interviews.get());
        QCOMPARE(interview->text(), QStringLiteral("&Interview (2 due)"));
        QVERIFY(!m_interview);  // the page itself was never made
        m_interviews->setClock([] { return QDateTime::currentDateTimeUtc(); });
    }

    // --page takes each page's name in any case, and nothing else.
    void pageNamesReadBack_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("page");  // -1: no such page
        for (Page page : allPages)
            QTest::newRow(qPrintable(pageName(page))) << pageName(page) << int(page);
        QTest::newRow("any case") << QStringLiteral("Diagrams") << int(Page::Diagrams);
        QTest::newRow("upper case") << QStringLiteral("EXPLAIN") << int(Page::Explain);
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("the action's name") << QStringLiteral("pageRead") << -1;
        QTest::newRow("unknown") << QStringLiteral("settings") << -1;
    }
    void pageNamesReadBack()
    {
        QFETCH(QString, name);
        QFETCH(int, page);
        const std::optional<Page> read = pageFromName(name);
        QCOMPARE(read ? int(*read) : -1, page);
    }

    void closedBookHidesTheCurriculum()
    {
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        Q_EMIT m_interview->peekingAllowedChanged(false);
        QVERIFY(!m_window->contentsDock()->isEnabled());
        QVERIFY(!m_window->notesPanel()->isEnabled());
        QVERIFY(!m_window->action(QStringLiteral("search"))->isEnabled());
        QVERIFY(!m_window->pageAction(Page::Read)->isEnabled());
        Q_EMIT m_interview->peekingAllowedChanged(true);
        QVERIFY(m_window->contentsDock()->isEnabled());
        QVERIFY(m_window->action(QStringLiteral("search"))->isEnabled());
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
