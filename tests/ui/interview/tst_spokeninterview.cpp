// The spoken mock interview end to end, without a microphone: flite says a known answer, the test
// feeds it to the recorder as a microphone would (pausing in the middle), and the page keeps the
// recording, transcribes it, lets the candidate correct it while scoring, plays it back and
// deletes it with its session.
#include "support/fakeclock.h"
#include "support/spokenanswers.h"
#include "support/testdata.h"
#include "support/widgettesting.h"
#include "audio/answerplayer.h"
#include "audio/answerrecorder.h"
#include "audio/questionreader.h"
#include "sessions/sessionrecordings.h"
#include "store/interviewstore.h"
#include "ui/interview/answerplaybackbar.h"
#include "ui/interview/interviewhistorypage.h"
#include "ui/interview/interviewpage.h"
#include "ui/interview/interviewrunningpage.h"
#include "ui/interview/interviewscoringpage.h"
#include "ui/interview/interviewsetuppage.h"
#include "ui/interview/interviewsummarypage.h"
#include "ui/interview/spokensession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAudioDevice>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMediaDevices>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace DockPrep;
using WidgetTesting::buttonNamed;
using WidgetTesting::child;

namespace {

constexpr int hearingMs = 120000;  // a few seconds here; far more under the sanitizers

QByteArray pcmBytes(const PcmAudio &audio, qsizetype from, qsizetype to)
{
    return QByteArray(reinterpret_cast<const char *>(audio.samples.constData() + from), (to - from) * qsizetype(sizeof(qint16)));
}

} // namespace

class TestSpokenInterview : public QObject
{
    Q_OBJECT

    Curriculum m_curriculum;
    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    std::unique_ptr<InterviewStore> m_store;
    FakeClock m_clock;
    std::unique_ptr<InterviewPage> m_page;

    QString recordingsFolder() const { return m_dir->filePath(QStringLiteral("recordings")); }

    bool speechInstalled() const
    {
        return !SpokenAnswers::synthesiser().isEmpty() && SpeechModel::installed().problem().isEmpty();
    }

    // A spoken session of `count` questions started from the setup page, the box ticked by a click.
    bool startSpoken(int count, FeedbackTiming feedback = FeedbackTiming::AfterEachQuestion)
    {
        InterviewSetupPage *setup = m_page->setupPage();
        auto *spoken = child<QCheckBox>(setup, "spoken");
        if (!spoken || !spoken->isEnabled())
            return false;
        if (!spoken->isChecked())
            QTest::mouseClick(spoken, Qt::LeftButton, {}, QPoint(8, spoken->height() / 2));
        std::optional<SessionConfig> config = setup->config();
        if (!config || !config->spoken)
            return false;
        config->questionCount = count;
        config->seed = 7;  // the same questions on every run
        config->perQuestionMs = 5 * 60 * 1000;
        config->feedback = feedback;
        return m_page->startSession(*config);
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
        QVERIFY(m_db.open(m_dir->filePath(QStringLiteral("dockprep.sqlite"))).ok());
        m_store = std::make_unique<InterviewStore>(m_db);
        m_page = std::make_unique<InterviewPage>(m_curriculum, m_store.get());
        m_page->setMonotonicClock(m_clock.clock());
        m_page->setRecordings(SessionRecordings(recordingsFolder()));
        m_page->setSpokenDevices(QStringLiteral("none"), AnswerRecorder::Input::Caller);
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_store.reset();
        m_db.close();
        m_dir.reset();
    }

    void withoutARecordingsFolderTheChoiceIsOff()
    {
        InterviewPage page(m_curriculum, m_store.get());
        auto *spoken = child<QCheckBox>(page.setupPage(), "spoken");
        QVERIFY(spoken);
        QVERIFY(!spoken->isEnabled());
        QVERIFY(!page.setupPage()->config()->spoken);
    }

    // Picking a preset changes the session's shape, not how the user answers.
    void theChoiceOutlivesAPreset()
    {
        InterviewSetupPage *setup = m_page->setupPage();
        auto *spoken = child<QCheckBox>(setup, "spoken");
        QVERIFY(spoken->isEnabled());
        QTest::mouseClick(spoken, Qt::LeftButton, {}, QPoint(8, spoken->height() / 2));
        QVERIFY(spoken->isChecked());
        auto *preset = child<QComboBox>(setup, "preset");
        const int before = preset->currentIndex();
        preset->setFocus();
        QTest::keyClick(preset, Qt::Key_Down);
        QVERIFY(preset->currentIndex() != before);
        QVERIFY(!preset->currentData().toString().isEmpty());  // a preset, not Custom
        QVERIFY(spoken->isChecked());
        QVERIFY(setup->config()->spoken);
    }

    void aTypedSessionHasNoSpokenLine()
    {
        SessionConfig config;
        config.questionCount = 1;
        QVERIFY(m_page->startSession(config));
        QVERIFY(!m_page->spokenSession());
        QVERIFY(!child<QLabel>(m_page->runningPage(), "spokenStatus")->isVisible());
    }

    void withoutAMicrophoneTheAnswerCanStillBeTyped()
    {
        if (!QMediaDevices::audioInputs().isEmpty())
            QSKIP("this machine has a microphone");
        m_page->setSpokenDevices(QStringLiteral("none"), AnswerRecorder::Input::Microphone);
        QVERIFY(startSpoken(1));
        auto *status = child<QLabel>(m_page->runningPage(), "spokenStatus");
        QTRY_VERIFY(status->text().contains(QStringLiteral("No microphone")));
        QVERIFY(!m_page->spokenSession()->recorder());
        QTest::keyClicks(m_page->runningPage()->answerEdit(), QStringLiteral("typed instead"));
        QTest::mouseClick(child<QPushButton>(m_page->runningPage(), "submit"), Qt::LeftButton);
        QCOMPARE(m_page->currentWidget(), m_page->scoringPage());
        QVERIFY(m_page->scoringPage()->saveButton()->isEnabled());  // nothing to wait for
        QVERIFY(QDir(recordingsFolder()).entryList(QDir::Files).isEmpty());
    }

    void theQuestionIsOnScreenWhenNothingReadsIt()
    {
        QVERIFY(startSpoken(1));
        QVERIFY(!m_page->spokenSession()->reader()->available());
        auto *status = child<QLabel>(m_page->runningPage(), "spokenStatus");
        // No engine: the recording starts at once and the line says why nothing was read.
        QTRY_VERIFY(m_page->spokenSession()->recorder());
        QVERIFY2(status->text().contains(QStringLiteral("Recording")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("on screen")), qPrintable(status->text()));
        QVERIFY(m_page->runningPage()->questionView()->isVisible());
    }

    void aSpokenAnswerIsRecordedTranscribedCorrectedAndDeleted()
    {
        if (!speechInstalled())
            QSKIP("flite or PocketSphinx's English model is not installed: nothing to say or hear");
        QVERIFY(startSpoken(2));
        InterviewRunningPage *running = m_page->runningPage();
        SpokenSession *spoken = m_page->spokenSession();
        QTRY_VERIFY(spoken->recorder() && spoken->recorder()->recording().accepting());
        const Entry *entry = m_curriculum.entry(m_page->session()->question(0).entryId);
        QVERIFY(entry && !entry->keyPoints.isEmpty());
        QString error;
        const auto said = SpokenAnswers::speak(entry->keyPoints.constFirst().text, 0, *m_dir, &error);
        QVERIFY2(said, qPrintable(error));
        const PcmAudio audio = resampled(*said, Wav::speechRate);
        const qsizetype half = audio.samples.size() / 2;

        // The first half, a pause (what is "said" while paused is not kept), the second half.
        AnswerRecorder *recorder = spoken->recorder();
        recorder->feed(pcmBytes(audio, 0, half));
        QTest::mouseClick(child<QPushButton>(running, "pause"), Qt::LeftButton);
        QVERIFY(!recorder->recording().accepting());
        QVERIFY(child<QLabel>(running, "spokenStatus")->text().contains(QStringLiteral("paused")));
        recorder->feed(QByteArray(32000, '\x40'));
        QTest::mouseClick(child<QPushButton>(running, "pause"), Qt::LeftButton);
        QVERIFY(recorder->recording().accepting());
        recorder->feed(pcmBytes(audio, half, audio.samples.size()));
        QTest::qWait(50);  // the layout after the pause settles, as it does for a user
        WidgetTesting::screenshot(m_page.get(), "interview-spoken-recording.png");
        QTest::mouseClick(child<QPushButton>(running, "submit"), Qt::LeftButton);

        // Kept with the question, exactly the sound fed while recording.
        const QString name = SessionRecordings::fileName(1, 0);
        QCOMPARE(m_page->session()->question(0).recording, name);
        const auto kept = Wav::readFile(QDir(recordingsFolder()).filePath(name), &error);
        QVERIFY2(kept, qPrintable(error));
        QCOMPARE(kept->samples, audio.samples);

        // Scoring waits for the transcript, then offers it for correcting.
        InterviewScoringPage *scoring = m_page->scoringPage();
        QCOMPARE(m_page->currentWidget(), scoring);
        QVERIFY(!scoring->saveButton()->isEnabled());
        QVERIFY(scoring->transcriptEdit()->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(scoring->saveButton()->isEnabled(), hearingMs);
        const QString heard = scoring->transcriptEdit()->toPlainText();
        // Spoken only, nothing typed: the transcript is close to what flite said.
        const auto words = [](const QString &text) {
            return text.toLower().remove(QRegularExpression(QStringLiteral("[^a-z0-9 ]"))).split(u' ', Qt::SkipEmptyParts);
        };
        const double wer = SpokenAnswers::wordErrorRate(words(entry->keyPoints.constFirst().text), words(heard));
        QVERIFY2(wer <= 0.5, qPrintable(QStringLiteral("%1 heard as %2").arg(entry->keyPoints.constFirst().text, heard)));
        QVERIFY2(scoring->deliveryLabel()->text().contains(QStringLiteral("words a minute")), qPrintable(scoring->deliveryLabel()->text()));
        QVERIFY(m_page->session()->question(0).delivery);
        WidgetTesting::screenshot(m_page.get(), "interview-spoken-scoring.png");

        // The ticks follow corrections: an answer about something else ticks nothing, the key
        // point's own words tick it.
        auto *firstPoint = child<QCheckBox>(scoring, "keyPoint0");
        scoring->transcriptEdit()->setFocus();
        QTest::keyClick(scoring->transcriptEdit(), Qt::Key_A, Qt::ControlModifier);
        WidgetTesting::typeLines(scoring->transcriptEdit(), QStringLiteral("I would restart the laptop and hope."));
        QTRY_VERIFY(!firstPoint->isChecked());
        QTest::keyClick(scoring->transcriptEdit(), Qt::Key_A, Qt::ControlModifier);
        WidgetTesting::typeLines(scoring->transcriptEdit(), entry->keyPoints.constFirst().text);
        QTRY_VERIFY(firstPoint->isChecked());
        // A tick changed by hand is the candidate's call; later corrections leave it.
        QTest::mouseClick(firstPoint, Qt::LeftButton, {}, QPoint(8, firstPoint->height() / 2));
        QVERIFY(!firstPoint->isChecked());
        QTest::keyClick(scoring->transcriptEdit(), Qt::Key_Space);
        QTest::qWait(400);
        QVERIFY(!firstPoint->isChecked());

        // Playback: it plays, or says plainly why not (no sound output here).
        AnswerPlaybackBar *playback = scoring->playbackBar();
        QTest::mouseClick(playback->playButton(), Qt::LeftButton);
        QVERIFY2(playback->player()->isPlaying() || playback->positionLabel()->text().startsWith(QStringLiteral("Cannot play")),
                 qPrintable(playback->positionLabel()->text()));
        playback->stop();

        const QString corrected = scoring->answer();
        QTest::mouseClick(scoring->saveButton(), Qt::LeftButton);
        QCOMPARE(m_page->session()->question(0).answer, corrected);  // the correction is what is kept

        // The second question is skipped: its sound is not an answer and is not kept.
        QTRY_VERIFY(m_page->spokenSession()->recorder());
        m_page->spokenSession()->recorder()->feed(pcmBytes(audio, 0, half));
        QTest::mouseClick(child<QPushButton>(running, "skip"), Qt::LeftButton);
        QCOMPARE(m_page->currentWidget(), m_page->summaryPage());
        QCOMPARE(QDir(recordingsFolder()).entryList(QDir::Files), QStringList{name});

        // Stored with the session; the report links the recording and gives the figures.
        const auto stored = m_store->loadSession(1);
        QVERIFY(stored);
        QCOMPARE(stored->questions.at(0).recording, name);
        QVERIFY(stored->questions.at(0).delivery);
        QCOMPARE(stored->questions.at(0).answer, corrected);
        QVERIFY(stored->questions.at(1).recording.isEmpty());
        InterviewSummaryPage *summary = m_page->summaryPage();
        QVERIFY(summary->browser()->toPlainText().contains(QStringLiteral("Play the recorded answer")));
        QVERIFY(summary->browser()->toPlainText().contains(QStringLiteral("words a minute")));
        QVERIFY(WidgetTesting::clickAnchor(summary->browser(), QStringLiteral("dockprep-recording:1")));
        QVERIFY(summary->playbackBar()->isVisible());
        QCOMPARE(summary->playbackBar()->recording(), QDir(recordingsFolder()).filePath(name));
        WidgetTesting::screenshot(m_page.get(), "interview-spoken-summary.png");

        // Deleted from the history with its recording, after confirming.
        m_page->showHistory();
        InterviewHistoryPage *history = m_page->historyPage();
        history->table()->selectRow(0);
        QTest::mouseClick(child<QPushButton>(history, "deleteSelected"), Qt::LeftButton);
        QMessageBox *confirm = WidgetTesting::openedMessageBox();
        QVERIFY(confirm);
        QAbstractButton *keep = buttonNamed(confirm, QStringLiteral("Keep it"));
        QVERIFY(keep);
        QTest::mouseClick(keep, Qt::LeftButton);  // first the other answer: nothing goes
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(history->table()->model()->rowCount(), 1);
        QVERIFY(QFile::exists(QDir(recordingsFolder()).filePath(name)));
        QTest::mouseClick(child<QPushButton>(history, "deleteSelected"), Qt::LeftButton);
        confirm = WidgetTesting::openedMessageBox();
        QVERIFY(confirm);
        QTest::mouseClick(buttonNamed(confirm, QStringLiteral("Delete session")), Qt::LeftButton);
        QTRY_COMPARE(history->table()->model()->rowCount(), 0);
        QVERIFY(!QFile::exists(QDir(recordingsFolder()).filePath(name)));
        QVERIFY(!m_store->loadSession(1));
    }

    // Closing the app in the middle of an answer keeps what was said; resumed, the recording goes
    // on from there. A skipped answer's checkpoint is removed.
    void anAnswerBeingSpokenSurvivesAClose()
    {
        QVERIFY(startSpoken(2, FeedbackTiming::AtEnd));
        QTRY_VERIFY(m_page->spokenSession()->recorder());
        const QByteArray second(2 * Wav::speechRate, '\x10');  // one second of sound
        for (int i = 0; i < 5; ++i)
            m_page->spokenSession()->recorder()->feed(second);
        const QString name = SessionRecordings::fileName(1, 0);
        const QString file = QDir(recordingsFolder()).filePath(name);
        m_page->saveProgress();  // what the main window does when it closes
        QString error;
        QCOMPARE(Wav::readFile(file, &error)->durationMs(), 5000);
        QCOMPARE(m_store->loadSession(1)->questions.at(0).recording, name);
        m_page.reset();  // closed

        m_page = std::make_unique<InterviewPage>(m_curriculum, m_store.get());
        m_page->setMonotonicClock(m_clock.clock());
        m_page->setRecordings(SessionRecordings(recordingsFolder()));
        m_page->setSpokenDevices(QStringLiteral("none"), AnswerRecorder::Input::Caller);
        m_page->show();
        QVERIFY(m_page->resumeSession(1));
        QCOMPARE(m_page->session()->state(), InterviewSession::State::Paused);
        QVERIFY(!m_page->spokenSession()->recorder());  // nothing is recorded while paused
        QTest::mouseClick(child<QPushButton>(m_page->runningPage(), "pause"), Qt::LeftButton);  // Resume
        QTRY_VERIFY(m_page->spokenSession()->recorder());
        QCOMPARE(m_page->spokenSession()->recorder()->keptMs(), 5000);
        m_page->spokenSession()->recorder()->feed(second);
        QTest::mouseClick(child<QPushButton>(m_page->runningPage(), "submit"), Qt::LeftButton);
        QCOMPARE(Wav::readFile(file, &error)->durationMs(), 6000);

        // The second answer is checkpointed, then skipped: its file goes.
        QTRY_VERIFY(m_page->spokenSession()->recorder());
        for (int i = 0; i < 4; ++i)
            m_page->spokenSession()->recorder()->feed(second);
        m_page->saveProgress();
        const QString skipped = QDir(recordingsFolder()).filePath(SessionRecordings::fileName(1, 1));
        QVERIFY(QFile::exists(skipped));
        QTest::mouseClick(child<QPushButton>(m_page->runningPage(), "skip"), Qt::LeftButton);
        QVERIFY(!QFile::exists(skipped));
        QVERIFY(m_store->loadSession(1)->questions.at(1).recording.isEmpty());
    }

    void aRecordingNotHeardBeforeClosingIsHeardOnResuming()
    {
        if (!speechInstalled())
            QSKIP("flite or PocketSphinx's English model is not installed: nothing to say or hear");
        // Left as the app leaves it when closed mid-transcription: the first answer recorded and
        // kept, not heard; the second question not asked yet (scoring at the end).
        SessionConfig config;
        config.questionCount = 2;
        config.spoken = true;
        config.feedback = FeedbackTiming::AtEnd;
        const QStringList ids = m_curriculum.readingOrder().mid(0, 2);
        QList<SessionQuestion> questions = makeSessionQuestions(m_curriculum, ids);
        QCOMPARE(questions.size(), 2);
        const Entry *first = m_curriculum.entry(ids.at(0));
        QVERIFY(first && !first->keyPoints.isEmpty());
        const auto id = m_store->createSession(config, questions);
        QVERIFY(id);
        QString error;
        const auto said = SpokenAnswers::speak(first->keyPoints.constFirst().text, 1, *m_dir, &error);
        QVERIFY2(said, qPrintable(error));
        const SessionRecordings recordings(recordingsFolder());
        const QString name = SessionRecordings::fileName(*id, 0);
        QVERIFY2(recordings.write(name, resampled(*said, Wav::speechRate), &error), qPrintable(error));
        questions[0].status = QuestionStatus::Answered;
        questions[0].usedMs = 20000;
        questions[0].recording = name;
        QVERIFY(m_store->saveQuestion(*id, 0, questions.at(0)));

        QVERIFY(m_page->resumeSession(*id));
        QVERIFY(m_page->spokenSession()->isHearing(0));
        QTRY_VERIFY_WITH_TIMEOUT(m_store->loadSession(*id)->questions.at(0).delivery.has_value(), hearingMs);
        const SessionQuestion heard = m_store->loadSession(*id)->questions.at(0);
        QVERIFY2(heard.answer.size() > 20, qPrintable(heard.answer));
        QCOMPARE(heard.status, QuestionStatus::Answered);
    }
};

QTEST_MAIN(TestSpokenInterview)
#include "tst_spokeninterview.moc"
