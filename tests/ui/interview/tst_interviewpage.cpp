#include "support/testdata.h"
#include "support/widgettesting.h"
#include "support/fakeclock.h"
#include "support/spokenanswers.h"
#include "store/interviewstore.h"
#include "interview/scoring.h"
#include "ui/interview/interviewhistorypage.h"
#include "ui/interview/interviewpage.h"
#include "ui/interview/interviewrunningpage.h"
#include "ui/interview/interviewscoringpage.h"
#include "ui/interview/interviewsetuppage.h"
#include "ui/interview/interviewsummarypage.h"
#include "ui/colorscheme.h"
#include "ui/interview/scorechart.h"
#include "interview/keypointmatcher.h"
#include "render/entrypage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextList>

#include <memory>

using namespace DockPrep;

namespace {

// Screenshots for review go where DOCKPREP_SHOTS_DIR says; without it none are written.
void shoot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("DOCKPREP_SHOTS_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

void spinTo(QSpinBox *spin, int value)
{
    typeInto(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
    QCOMPARE(spin->value(), value);
}

// A page on a fresh database with a clock the test moves, shown at the size given (1600×1000 is
// the size of the screenshots for review).
struct PageRig {
    PageRig(const QString &databasePath, const Curriculum &curriculum, QSize size, Clock wallClock)
    {
        if (!db.open(databasePath).ok())
            qFatal("cannot open %s", qPrintable(databasePath));
        store = std::make_unique<InterviewStore>(db);
        store->setClock(std::move(wallClock));
        page = std::make_unique<InterviewPage>(curriculum, store.get());
        page->setMonotonicClock(clock.clock());
        page->resize(size);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning("page not exposed");
    }

    // A session of one question with this much time, started as the setup page starts one.
    bool startOneQuestion(qint64 perQuestionMs)
    {
        SessionConfig config;
        config.questionCount = 1;
        config.perQuestionMs = perQuestionMs;
        return page->startSession(config);
    }

    Database db;
    std::unique_ptr<InterviewStore> store;
    FakeClock clock;
    std::unique_ptr<InterviewPage> page;
};

using WidgetTesting::buttonNamed;

// The confirmation the End session button opens, once it is up.
QMessageBox *endConfirmation()
{
    return WidgetTesting::openedMessageBox();
}

// Ends the running session through its button and the confirmation, as a user does.
void endThroughConfirmation(InterviewRunningPage *running)
{
    QTest::mouseClick(child<QPushButton>(running, "end"), Qt::LeftButton);
    QMessageBox *box = endConfirmation();
    QVERIFY(box);
    QTest::mouseClick(buttonNamed(box, QStringLiteral("End session")), Qt::LeftButton);
}

} // namespace

class TestInterviewPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    Curriculum m_curriculum;
    QDateTime m_wallNow;

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

    void twoQuestionSessionEndToEnd()
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("dockprep.sqlite"))).ok());
        InterviewStore store(db);
        store.setClock([this] { return m_wallNow; });
        FakeClock clock;
        InterviewPage page(m_curriculum, &store);
        page.setMonotonicClock(clock.clock());
        page.resize(900, 680);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy peeking(&page, &InterviewPage::peekingAllowedChanged);
        QSignalSpy links(&page, &InterviewPage::entryLinkActivated);

        // Set up: 2 questions, 1 minute each, a fixed seed, keep going at zero, score after each.
        InterviewSetupPage *setup = page.setupPage();
        QCOMPARE(page.currentWidget(), setup);
        spinTo(child<QSpinBox>(setup, "questionCount"), 2);
        spinTo(child<QSpinBox>(setup, "minutes"), 1);
        typeInto(child<QLineEdit>(setup, "seed"), QStringLiteral("12345"));
        auto *atZero = child<QComboBox>(setup, "atZero");
        atZero->setFocus();
        QTest::keyClick(atZero, Qt::Key_Home);
        QCOMPARE(atZero->currentData().toInt(), int(AtZero::Wait));
        QCOMPARE(child<QComboBox>(setup, "feedback")->currentData().toInt(), int(FeedbackTiming::AfterEachQuestion));
        QVERIFY(!child<QCheckBox>(setup, "openBook")->isChecked());
        shoot(&page, QStringLiteral("setup.png"));
        QTest::mouseClick(child<QPushButton>(setup, "start"), Qt::LeftButton);

        // Running, closed book.
        InterviewRunningPage *running = page.runningPage();
        QCOMPARE(page.currentWidget(), running);
        QVERIFY(!page.peekingAllowed());
        QCOMPARE(peeking.size(), 1);
        QCOMPARE(peeking.first().first().toBool(), false);
        InterviewSession *session = page.session();
        QVERIFY(session);
        QCOMPARE(session->questionCount(), 2);
        QCOMPARE(session->config().seed, 12345u);
        const Entry *first = m_curriculum.entry(session->question(0).entryId);
        QVERIFY(first);

        // An answer that covers the first two key points in the user's own casing.
        const QString answer = u"I would mention " + first->keyPoints.at(0).matchTerms.first().toUpper() + u", and also "
            + first->keyPoints.at(1).matchTerms.first() + u'.';
        QTest::keyClicks(running->answerEdit(), answer);
        QCOMPARE(session->question(0).answer, answer);
        QLabel *countdown = running->countdownLabel();
        QTRY_COMPARE(countdown->text(), QStringLiteral("1:00"));
        QCOMPARE(countdown->property("warning").toString(), QStringLiteral("none"));

        clock.advance(30000);  // 30 s left: amber
        QTRY_COMPARE(countdown->property("warning").toString(), QStringLiteral("amber"));
        QCOMPARE(countdown->text(), QStringLiteral("0:30"));
        QCOMPARE(countdown->palette().color(QPalette::WindowText), amberTextColor(QApplication::palette()));

        // Paused time does not count.
        QTest::mouseClick(child<QPushButton>(running, "pause"), Qt::LeftButton);
        QCOMPARE(session->state(), InterviewSession::State::Paused);
        clock.advance(90000);
        QTRY_VERIFY(child<QPushButton>(running, "pause")->text().contains(QStringLiteral("Resume")));
        QTest::mouseClick(child<QPushButton>(running, "pause"), Qt::LeftButton);
        QCOMPARE(session->state(), InterviewSession::State::Asking);

        clock.advance(23000);  // 7 s left: red
        QTRY_COMPARE(countdown->property("warning").toString(), QStringLiteral("red"));
        QTRY_COMPARE(countdown->text(), QStringLiteral("0:07"));
        QCOMPARE(countdown->palette().color(QPalette::WindowText), problemTextColor(QApplication::palette()));
        shoot(&page, QStringLiteral("running-red.png"));

        clock.advance(10000);  // 3 s past zero: waits, recording overtime
        QTRY_COMPARE(countdown->text(), QStringLiteral("+0:03 over"));
        QCOMPARE(countdown->palette().color(QPalette::WindowText), problemTextColor(QApplication::palette()));
        QCOMPARE(page.currentWidget(), running);
        QTest::mouseClick(child<QPushButton>(running, "submit"), Qt::LeftButton);

        // Scoring: the two covered key points are pre-ticked; ratings make a live score.
        InterviewScoringPage *scoring = page.scoringPage();
        QCOMPARE(page.currentWidget(), scoring);
        QVERIFY(page.peekingAllowed());
        QList<bool> expected(first->keyPoints.size(), false);
        expected[0] = expected[1] = true;
        for (qsizetype i = 2; i < first->keyPoints.size(); ++i) {
            // A later key point may share a word with the answer; the matcher decides, the test follows it.
            expected[i] = KeyPointMatcher::match({first->keyPoints.at(i)}, answer).first();
        }
        QCOMPARE(scoring->ticked(), expected);
        // The overtime reads as it did on the clock, in the same colour, and the page says why.
        QVERIFY(scoring->overtimeLabel()->isVisible());
        QCOMPARE(scoring->overtimeLabel()->text(), QStringLiteral("+0:03 over"));
        QCOMPARE(scoring->overtimeLabel()->palette().color(QPalette::WindowText), countdown->palette().color(QPalette::WindowText));
        QVERIFY2(scoring->timeNote()->text().startsWith(QStringLiteral("Time ran out")), qPrintable(scoring->timeNote()->text()));
        spinTo(scoring->ratingBox(0), 4);
        spinTo(scoring->ratingBox(1), 3);
        spinTo(scoring->ratingBox(2), 2);
        spinTo(scoring->ratingBox(3), 1);
        const int firstScore = questionScore(int(expected.count(true)), int(first->keyPoints.size()), {4, 3, 2, 1});
        QVERIFY(child<QLabel>(scoring, "score")->text().contains(QStringLiteral("Score: %1 / 100").arg(firstScore)));
        shoot(&page, QStringLiteral("scoring.png"));
        QTest::mouseClick(child<QPushButton>(scoring, "saveScore"), Qt::LeftButton);

        // Second question: skipped.
        QCOMPARE(page.currentWidget(), running);
        QVERIFY(!page.peekingAllowed());
        QCOMPARE(countdown->text(), QStringLiteral("1:00"));
        QCOMPARE(countdown->property("warning").toString(), QStringLiteral("none"));
        QVERIFY(running->answerEdit()->toPlainText().isEmpty());
        clock.advance(4000);
        QTest::mouseClick(child<QPushButton>(running, "skip"), Qt::LeftButton);
        QVERIFY(!scoring->overtimeLabel()->isVisible() || page.currentWidget() != scoring);

        // Summary.
        InterviewSummaryPage *summary = page.summaryPage();
        QCOMPARE(page.currentWidget(), summary);
        QVERIFY(page.peekingAllowed());
        const int total = (firstScore + 1) / 2;  // (firstScore + 0) / 2, halves up
        QVERIFY2(summary->browser()->toPlainText().contains(QStringLiteral("Score: %1 / 100").arg(total)),
                 qPrintable(summary->browser()->toPlainText()));
        QCOMPARE(summary->report().summary.overtimeMs, 3000);
        QCOMPARE(summary->report().summary.pausedMs, 90000);
        shoot(&page, QStringLiteral("summary.png"));

        const QString skippedId = session->question(1).entryId;
        QVERIFY(WidgetTesting::clickAnchor(summary->browser(), PageLink::entry(skippedId).toString(QUrl::FullyEncoded)));
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().first().toString(), skippedId);

        // The store has it all.
        const QList<SessionRecord> sessions = store.sessions();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().state, SessionRecord::State::Finished);
        QCOMPARE(sessions.first().score, total);
        const auto stored = store.loadSession(sessions.first().id);
        QCOMPARE(stored->questions.at(0).usedMs, 63000);
        QCOMPARE(stored->questions.at(0).overtimeMs, 3000);
        QCOMPARE(stored->questions.at(0).pausedMs, 90000);
        QCOMPARE(stored->questions.at(0).answer, answer);
        QCOMPARE(stored->questions.at(0).score, firstScore);
        QCOMPARE(stored->questions.at(1).status, QuestionStatus::Skipped);
        // The skipped question (0: Again) is due tomorrow; the first too when it scored under 70
        // (Again or Hard, a first interval of 1 day), else later.
        QCOMPARE(store.dueCount(m_wallNow.date().addDays(1)), ReviewScheduler::gradeForScore(firstScore) <= Fsrs::Grade::Hard ? 2 : 1);

        // Exports, and a clear message when the folder does not exist.
        const QString md = m_dir->filePath(QStringLiteral("report.md"));
        QVERIFY(summary->exportMarkdown(md));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(mdFile.readAll()).contains(QStringLiteral("**Score**: %1 / 100").arg(total)));
        const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
        QVERIFY(summary->exportPdf(pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        if (const QString shots = qEnvironmentVariable("DOCKPREP_SHOTS_DIR"); !shots.isEmpty()) {
            QVERIFY(summary->exportPdf(QDir(shots).filePath(QStringLiteral("report.pdf"))));
            QVERIFY(summary->exportMarkdown(QDir(shots).filePath(QStringLiteral("report.md"))));
        }
        QVERIFY(!summary->exportMarkdown(m_dir->filePath(QStringLiteral("no/such/folder/report.md"))));
        QVERIFY2(summary->exportMessage().contains(QStringLiteral("Could not write")), qPrintable(summary->exportMessage()));

        // History: the session in the table and on the chart.
        QTest::mouseClick(child<QPushButton>(summary, "history"), Qt::LeftButton);
        InterviewHistoryPage *history = page.historyPage();
        QCOMPARE(page.currentWidget(), history);
        QCOMPARE(history->table()->model()->rowCount(), 1);
        QCOMPARE(history->chart()->points().size(), 1);
        QCOMPARE(history->chart()->points().first().score, total);
        shoot(&page, QStringLiteral("history.png"));
    }

    void aRecordedAnswerIsTranscribedIntoTheAnswerBox()
    {
        if (SpokenAnswers::synthesiser().isEmpty() || !SpeechModel::installed().problem().isEmpty())
            QSKIP("flite or PocketSphinx's English model is not installed: no recording to transcribe");
        PageRig rig(m_dir->filePath(QStringLiteral("dockprep.sqlite")), m_curriculum, {1000, 700}, [this] { return m_wallNow; });
        QVERIFY(rig.startOneQuestion(120000));
        InterviewRunningPage *running = rig.page->runningPage();
        const Entry *entry = m_curriculum.entry(rig.page->session()->question(0).entryId);
        QVERIFY(entry && !entry->keyPoints.isEmpty());
        QString error;
        const auto audio = SpokenAnswers::speak(entry->keyPoints.constFirst().text, 0, *m_dir, &error);
        QVERIFY2(audio, qPrintable(error));
        const QString wav = m_dir->filePath(QStringLiteral("answer-0.wav"));  // where speak() wrote it

        QTest::keyClicks(running->answerEdit(), QStringLiteral("Typed first."));
        running->transcribeRecording(wav);
        QVERIFY(!child<QPushButton>(running, "transcribeRecording")->isEnabled());  // one at a time
        QLabel *note = child<QLabel>(running, "spokenNote");
        QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(QStringLiteral("words a minute")), 60000);
        const QString answer = running->answerEdit()->toPlainText();
        QVERIFY2(answer.startsWith(QStringLiteral("Typed first.\n\n")), qPrintable(answer));  // the typed start stays
        QVERIFY2(answer.size() > 30, qPrintable(answer));
        QCOMPARE(rig.page->session()->question(0).answer, answer);  // kept by the session like typing
        QVERIFY(child<QPushButton>(running, "transcribeRecording")->isEnabled());
        WidgetTesting::screenshot(rig.page.get(), "interview-spoken-answer.png");

        running->transcribeRecording(m_dir->filePath(QStringLiteral("dockprep.sqlite")));  // not sound
        QTRY_VERIFY_WITH_TIMEOUT(note->text().startsWith(QStringLiteral("Not transcribed")), 60000);
        QCOMPARE(running->answerEdit()->toPlainText(), answer);
    }

    void closedMidQuestionResumesWithItsTime()
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("dockprep.sqlite"))).ok());
        InterviewStore store(db);
        FakeClock clock;
        {
            InterviewPage page(m_curriculum, &store);
            page.setMonotonicClock(clock.clock());
            page.show();
            SessionConfig config;
            config.questionCount = 2;
            config.perQuestionMs = 120000;
            QVERIFY(page.startSession(config));
            clock.advance(41000);
            QTest::keyClicks(page.runningPage()->answerEdit(), QStringLiteral("half an answer"));
            // Closing the window destroys the page: it saves on the way out.
        }
        clock.advance(500000);
        InterviewPage page(m_curriculum, &store);
        page.setMonotonicClock(clock.clock());
        page.show();
        QSignalSpy peeking(&page, &InterviewPage::peekingAllowedChanged);
        QPushButton *resume = child<QPushButton>(page.setupPage(), "resume");
        QTRY_VERIFY(resume->isVisible());
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(page.currentWidget(), page.runningPage());
        QCOMPARE(page.session()->state(), InterviewSession::State::Paused);
        QCOMPARE(page.session()->usedMs(), 41000);
        QCOMPARE(page.runningPage()->answerEdit()->toPlainText(), QStringLiteral("half an answer"));
        QCOMPARE(page.runningPage()->countdownLabel()->text(), QStringLiteral("1:19"));
        QCOMPARE(peeking.size(), 1);  // closed book again
    }

    // A finished session opens again from the history (double-click, and Enter), with its answer,
    // each key point as ticked or missed with its evidence, and the summary; exported again; and
    // the page leads back to the history.
    void pastSessionReopensFromHistory()
    {
        PageRig rig(m_dir->filePath(QStringLiteral("dockprep.sqlite")), m_curriculum, {1600, 1000}, [this] { return m_wallNow; });
        InterviewPage &page = *rig.page;
        FakeClock &clock = rig.clock;
        QVERIFY(rig.startOneQuestion(60000));
        const Entry *entry = m_curriculum.entry(page.session()->question(0).entryId);
        QVERIFY(entry && entry->keyPoints.size() >= 2);
        const QString answer = u"We rely on " + entry->keyPoints.at(0).matchTerms.first() + u" here.";
        QTest::keyClicks(page.runningPage()->answerEdit(), answer);
        clock.advance(20000);
        QTest::mouseClick(child<QPushButton>(page.runningPage(), "submit"), Qt::LeftButton);
        InterviewScoringPage *scoring = page.scoringPage();
        QCOMPARE(page.currentWidget(), scoring);
        const QList<bool> ticked = scoring->ticked();
        QVERIFY(ticked.first());
        QVERIFY(!scoring->overtimeLabel()->isVisible());  // in time: no overtime, no note
        QVERIFY(!scoring->timeNote()->isVisible());
        spinTo(scoring->ratingBox(0), 3);
        QTest::mouseClick(child<QPushButton>(scoring, "saveScore"), Qt::LeftButton);
        InterviewSummaryPage *summary = page.summaryPage();
        QCOMPARE(page.currentWidget(), summary);
        const int score = summary->report().summary.score;
        QVERIFY(score < SessionSummary::weakBelow);

        // Missed key points are a list in "Study next", one item each, not one run-on sentence.
        const qsizetype missed = ticked.indexOf(false);
        QVERIFY(missed > 0);
        bool listed = false;
        for (QTextBlock block = summary->browser()->document()->begin(); block.isValid(); block = block.next())
            listed = listed || (block.text() == entry->keyPoints.at(missed).text && block.textList());
        QVERIFY2(listed, qPrintable(summary->browser()->toPlainText()));

        QTest::mouseClick(child<QPushButton>(summary, "history"), Qt::LeftButton);
        InterviewHistoryPage *history = page.historyPage();
        QCOMPARE(page.currentWidget(), history);
        QTableView *table = history->table();
        QCOMPARE(table->model()->rowCount(), 1);
        const QPoint cell = table->visualRect(table->model()->index(0, 1)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
        QCOMPARE(page.currentWidget(), summary);
        QVERIFY(page.peekingAllowed());
        QVERIFY(!page.session());

        const QString text = summary->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("A past session")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Score: %1 / 100").arg(score)));
        QVERIFY(text.contains(answer));
        QVERIFY(text.contains(QStringLiteral("technical 3, communication 0, production 0, leadership 0 (of 5)")));
        for (qsizetype k = 0; k < entry->keyPoints.size(); ++k) {
            const QString line = (ticked.at(k) ? QStringLiteral("✓ ") : QStringLiteral("✗ Missed: ")) + entry->keyPoints.at(k).text;
            QVERIFY2(text.contains(line), qPrintable(line));
        }
        QVERIFY(text.contains(QStringLiteral("Ticked by: “%1”").arg(entry->keyPoints.at(0).matchTerms.first())));
        QPushButton *back = child<QPushButton>(summary, "history");
        QCOMPARE(back->text(), QStringLiteral("Back to history"));
        shoot(&page, QStringLiteral("reopened.png"));

        const QString md = m_dir->filePath(QStringLiteral("again.md"));
        QVERIFY(summary->exportMarkdown(md));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(mdFile.readAll()).contains(QStringLiteral("**Score**: %1 / 100").arg(score)));

        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(page.currentWidget(), history);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(page.currentWidget(), summary);
        QVERIFY(summary->browser()->toPlainText().contains(answer));
    }

    // End session asks first, Enter keeps going; after a session, New session draws a new shuffle
    // number, unless the user typed one.
    void endAsksFirstAndNewSessionShufflesAnew()
    {
        PageRig rig(m_dir->filePath(QStringLiteral("dockprep.sqlite")), m_curriculum, {1000, 700}, [this] { return m_wallNow; });
        InterviewPage &page = *rig.page;
        InterviewSetupPage *setup = page.setupPage();
        auto *seed = child<QLineEdit>(setup, "seed");
        const QString firstSeed = seed->text();
        spinTo(child<QSpinBox>(setup, "questionCount"), 2);
        QTest::mouseClick(child<QPushButton>(setup, "start"), Qt::LeftButton);
        InterviewRunningPage *running = page.runningPage();
        QCOMPARE(page.currentWidget(), running);
        QCOMPARE(page.session()->config().seed, firstSeed.toUInt());

        QTest::mouseClick(child<QPushButton>(running, "end"), Qt::LeftButton);
        QPointer<QMessageBox> box = endConfirmation();
        QVERIFY(box);
        QCOMPARE(box->defaultButton()->text(), QStringLiteral("Keep going"));
        QCOMPARE(page.session()->state(), InterviewSession::State::Asking);  // the clock runs while asked
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!box);
        QCOMPARE(page.currentWidget(), running);
        QCOMPARE(page.session()->state(), InterviewSession::State::Asking);

        endThroughConfirmation(running);
        QCOMPARE(page.currentWidget(), page.summaryPage());
        QTest::mouseClick(child<QPushButton>(page.summaryPage(), "newSession"), Qt::LeftButton);
        QCOMPARE(page.currentWidget(), setup);
        QVERIFY2(seed->text() != firstSeed, qPrintable(seed->text()));
        QTest::mouseClick(child<QPushButton>(setup, "start"), Qt::LeftButton);
        QCOMPARE(page.session()->config().seed, seed->text().toUInt());

        // A number the user typed is kept for the next session too.
        endThroughConfirmation(running);
        QTest::mouseClick(child<QPushButton>(page.summaryPage(), "newSession"), Qt::LeftButton);
        typeInto(seed, QStringLiteral("777"));
        QTest::mouseClick(child<QPushButton>(setup, "start"), Qt::LeftButton);
        QCOMPARE(page.session()->config().seed, 777u);
        endThroughConfirmation(running);
        QTest::mouseClick(child<QPushButton>(page.summaryPage(), "newSession"), Qt::LeftButton);
        QCOMPARE(seed->text(), QStringLiteral("777"));
    }

    // While paused the question is out of sight and the paused time counts up on the page.
    void pauseHidesTheQuestionAndCountsPausedTime()
    {
        PageRig rig(m_dir->filePath(QStringLiteral("dockprep.sqlite")), m_curriculum, {1600, 1000}, [this] { return m_wallNow; });
        InterviewPage &page = *rig.page;
        FakeClock &clock = rig.clock;
        QVERIFY(rig.startOneQuestion(120000));
        InterviewRunningPage *running = page.runningPage();
        QTest::keyClicks(running->answerEdit(), QStringLiteral("a first thought"));
        QVERIFY(running->questionView()->isVisible());
        clock.advance(5000);
        QTest::mouseClick(child<QPushButton>(running, "pause"), Qt::LeftButton);
        QVERIFY(!running->questionView()->isVisible());
        QVERIFY(child<QLabel>(running, "pausedCover")->isVisible());
        QCOMPARE(running->clockNote()->text(), QStringLiteral("Paused for 0:00: the clock is stopped"));
        clock.advance(3000);
        QTRY_COMPARE(running->clockNote()->text(), QStringLiteral("Paused for 0:03: the clock is stopped"));
        clock.advance(61000);
        QTRY_COMPARE(running->clockNote()->text(), QStringLiteral("Paused for 1:04: the clock is stopped"));
        QCOMPARE(running->countdownLabel()->text(), QStringLiteral("1:55"));
        shoot(&page, QStringLiteral("running-paused.png"));
        QTest::mouseClick(child<QPushButton>(running, "pause"), Qt::LeftButton);
        QVERIFY(running->questionView()->isVisible());
        QVERIFY(!child<QLabel>(running, "pausedCover")->isVisible());
        QCOMPARE(running->clockNote()->text(), QStringLiteral("left for this question"));
    }
};

QTEST_MAIN(TestInterviewPage)
#include "tst_interviewpage.moc"
