#include "ui/interview/interviewpage.h"

#include "content/curriculum.h"
#include "sessions/interviewstart.h"
#include "store/interviewstore.h"
#include "interview/questionpicker.h"
#include "sessions/sessionrecorder.h"
#include "interview/sessionsummary.h"
#include "interview/summaryexport.h"
#include "ui/interview/interviewhistorypage.h"
#include "ui/interview/interviewrunningpage.h"
#include "ui/interview/interviewscoringpage.h"
#include "ui/interview/interviewsetuppage.h"
#include "ui/interview/interviewsummarypage.h"
#include "ui/confirmation.h"
#include "ui/interview/spokensession.h"

#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace DockPrep {

namespace {

SessionReport reportOf(const SessionConfig &config, const QDateTime &started, const QList<SessionQuestion> &questions,
                       const Curriculum &curriculum)
{
    return {config, started, questions, summarise(questions, curriculum)};
}

constexpr int displayIntervalMs = 200;  // the countdown shows seconds; 5 updates a second is smooth
constexpr int typingDebounceMs = 800;
constexpr qint64 checkpointMs = 5000;   // at most this much answering time is lost to a crash

} // namespace

InterviewPage::InterviewPage(const Curriculum &curriculum, InterviewStore *store, QWidget *parent)
    : QStackedWidget(parent)
    , m_curriculum(curriculum)
    , m_store(store)
    , m_clock(steadyClock())
    , m_setup(new InterviewSetupPage(curriculum, this))
    , m_running(new InterviewRunningPage(curriculum, this))
    , m_scoring(new InterviewScoringPage(curriculum, this))
    , m_summary(new InterviewSummaryPage(curriculum, this))
    , m_history(new InterviewHistoryPage(curriculum, store, this))
{
    addWidget(m_setup);
    addWidget(m_running);
    addWidget(m_scoring);
    addWidget(m_summary);
    addWidget(m_history);

    m_ticker.setSingleShot(true);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &InterviewPage::onTick);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(typingDebounceMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { save(false); });

    connect(m_setup, &InterviewSetupPage::startRequested, this, &InterviewPage::startSession);
    connect(m_setup, &InterviewSetupPage::historyRequested, this, &InterviewPage::showHistory);
    connect(m_setup, &InterviewSetupPage::resumeRequested, this, &InterviewPage::resumeSession);
    connect(m_setup, &InterviewSetupPage::discardRequested, this, [this](qint64 id) {
        QString error;
        if (!m_store->abandonSession(id, &error))
            showProblem(error);
        showSetup();
    });

    connect(m_running, &InterviewRunningPage::answerEdited, this, [this](const QString &text) {
        if (m_session)
            m_session->setAnswer(text);
        m_autosave.start();
    });
    connect(m_running, &InterviewRunningPage::pauseToggled, this, [this] {
        if (!m_session)
            return;
        if (m_session->state() == InterviewSession::State::Paused)
            m_session->resume();
        else
            m_session->pause();
    });
    connect(m_running, &InterviewRunningPage::skipRequested, this, [this] {
        if (m_session)
            m_session->skip();
    });
    connect(m_running, &InterviewRunningPage::submitRequested, this, [this] {
        if (m_session)
            m_session->submitAnswer();
    });
    connect(m_running, &InterviewRunningPage::endRequested, this, [this] {
        if (m_session)
            m_session->endEarly();
    });
    connect(m_running, &InterviewRunningPage::readAgainRequested, this, [this] {
        if (m_spoken)
            m_spoken->readAgain();
    });
    connect(m_scoring, &InterviewScoringPage::scoreSubmitted, this, [this](const QList<bool> &ticked, const RubricRatings &ratings) {
        if (!m_session)
            return;
        m_session->correctAnswer(m_scoring->answer());  // a corrected transcript
        m_session->submitScore(ticked, ratings);
    });
    connect(m_scoring, &InterviewScoringPage::entryLinkActivated, this, &InterviewPage::entryLinkActivated);
    connect(m_summary, &InterviewSummaryPage::entryLinkActivated, this, &InterviewPage::entryLinkActivated);
    connect(m_summary, &InterviewSummaryPage::newSessionRequested, this, &InterviewPage::showSetup);
    connect(m_summary, &InterviewSummaryPage::historyRequested, this, &InterviewPage::showHistory);
    connect(m_history, &InterviewHistoryPage::resumeRequested, this, &InterviewPage::resumeSession);
    connect(m_history, &InterviewHistoryPage::reopenRequested, this, &InterviewPage::reopenSession);
    connect(m_history, &InterviewHistoryPage::backRequested, this, &InterviewPage::showSetup);
    connect(m_history, &InterviewHistoryPage::deleteRequested, this, &InterviewPage::deleteSession);
    connect(m_store, &InterviewStore::reviewScheduleChanged, this, [this] {
        m_setup->setDueCount(m_store->dueCount(m_store->today()), m_store->scheduledCount());
    });

    setRecordings(SessionRecordings());
    showSetup();
}

InterviewPage::~InterviewPage()
{
    saveProgress();
}

void InterviewPage::setMonotonicClock(MonotonicClock clock)
{
    m_clock = std::move(clock);
}

void InterviewPage::setRecordings(const SessionRecordings &recordings)
{
    m_recordings = recordings;
    m_setup->setSpokenAvailable(recordings.isAvailable(), tr("There is no data folder to keep recordings in."));
    m_summary->setRecordings(recordings);
}

void InterviewPage::setSpokenDevices(const QString &readerEngine, AnswerRecorder::Input input)
{
    m_readerEngine = readerEngine;
    m_soundInput = input;
}

void InterviewPage::deleteSession(qint64 sessionId)
{
    askToConfirm(this,
                 {QStringLiteral("confirmDelete"), tr("Delete the session?"),
                  tr("Delete this session from the history, with its answers, scores and recordings? Its questions keep "
                     "their place in the review schedule."),
                  tr("Delete session"), tr("Keep it")},
                 [this, sessionId] {
                     QString error;
                     if (!m_recordings.deleteSession(*m_store, sessionId, &error))
                         QMessageBox::warning(this, tr("Session not deleted"), error);
                 });
}

void InterviewPage::showProblem(const QString &message)
{
    m_setup->showProblem(message);
}

void InterviewPage::showSetup()
{
    // A session on the clock is never left silently: it stays saved and is offered for resuming.
    if (m_session && m_session->state() != InterviewSession::State::Finished)
        saveProgress();
    dropSession();
    m_setup->prepareNextSession();
    m_setup->setIncomplete(interviewToResume(*m_store));
    m_setup->setDueCount(m_store->dueCount(m_store->today()), m_store->scheduledCount());
    setCurrentWidget(m_setup);
    setPeekingAllowed(true);
}

void InterviewPage::showHistory()
{
    if (m_session && m_session->state() != InterviewSession::State::Finished)
        saveProgress();
    dropSession();
    m_history->refresh();
    setCurrentWidget(m_history);
    setPeekingAllowed(true);
}

bool InterviewPage::startSession(const SessionConfig &config)
{
    return adoptSession(startInterview(m_curriculum, *m_store, config, m_clock));
}

bool InterviewPage::resumeSession(qint64 sessionId)
{
    InterviewStart resumed = resumeInterview(*m_store, sessionId, m_clock);
    if (!resumed.ok())
        showSetup();  // where the problem is shown, and a stale offer goes away
    return adoptSession(std::move(resumed));
}

bool InterviewPage::reopenSession(qint64 sessionId)
{
    QString error;
    const auto stored = m_store->loadSession(sessionId, &error);
    if (!stored) {
        QMessageBox::warning(this, tr("Session not opened"), error);
        return false;
    }
    dropSession();
    m_summary->showReport(reportOf(stored->record.config, stored->record.started, stored->questions, m_curriculum), true);
    setCurrentWidget(m_summary);
    setPeekingAllowed(true);
    return true;
}

void InterviewPage::dropSession()
{
    m_ticker.stop();
    m_autosave.stop();
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
    }
    if (m_recorder)
        m_recorder->deleteLater();
    delete std::exchange(m_spoken, nullptr);  // stops the microphone and the reader now, not at the next event loop
    m_session = nullptr;
    m_recorder = nullptr;
    m_running->setSpokenStatus(QString());
}

bool InterviewPage::adoptSession(InterviewStart start)
{
    if (!start.ok()) {
        showProblem(start.problem);
        return false;
    }
    dropSession();
    InterviewSession *session = start.session.release();
    session->setParent(this);
    const qint64 sessionId = start.sessionId;
    m_session = session;
    m_sessionId = sessionId;
    m_recorder = new SessionRecorder(session, m_store, sessionId, session);
    connect(m_recorder, &SessionRecorder::saveFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Interview not saved"), message);
    });
    if (session->config().spoken)
        makeSpoken(session, sessionId);  // before the page listens: see SpokenSession
    connect(session, &InterviewSession::stateChanged, this, &InterviewPage::onStateChanged);
    connect(session, &InterviewSession::currentQuestionChanged, this, &InterviewPage::onStateChanged);
    connect(session, &InterviewSession::peekingAllowedChanged, this, &InterviewPage::setPeekingAllowed);
    m_lastSave = m_clock();
    session->start();
    if (m_spoken)
        m_spoken->start();
    onStateChanged();
    return true;
}

void InterviewPage::makeSpoken(InterviewSession *session, qint64 sessionId)
{
    m_spoken = new SpokenSession(session, sessionId, m_curriculum, m_recordings, m_clock, this);
    m_spoken->setReaderEngine(m_readerEngine);
    m_spoken->setInput(m_soundInput);
    connect(m_spoken, &SpokenSession::statusChanged, m_running, &InterviewRunningPage::setSpokenStatus);
    connect(m_spoken, &SpokenSession::answerHeard, this, [this](int index) {
        if (m_session && m_session->state() == InterviewSession::State::Scoring && m_session->currentIndex() == index)
            m_scoring->showHeardAnswer(m_session->question(index));
    });
    connect(m_spoken, &SpokenSession::problem, this, [this](const QString &message) {
        if (m_session && m_session->state() == InterviewSession::State::Scoring)
            m_scoring->showHearingProblem(message);
        else
            m_running->setSpokenStatus(message);
    });
}

void InterviewPage::setPeekingAllowed(bool allowed)
{
    if (allowed == m_peekingAllowed)
        return;
    m_peekingAllowed = allowed;
    Q_EMIT peekingAllowedChanged(allowed);
}

void InterviewPage::onStateChanged()
{
    if (!m_session)
        return;
    setPeekingAllowed(m_session->peekingAllowed());
    switch (m_session->state()) {
    case InterviewSession::State::NotStarted:
        return;
    case InterviewSession::State::Asking:
    case InterviewSession::State::Paused:
        m_running->showQuestion(*m_session);
        setCurrentWidget(m_running);
        scheduleTick();
        return;
    case InterviewSession::State::Scoring: {
        m_ticker.stop();
        const int index = m_session->currentIndex();
        const SessionQuestion question = m_session->question(index);
        m_scoring->showQuestion(question, index, m_session->questionCount(), m_recordings.path(question.recording));
        m_scoring->setHearing(m_spoken && m_spoken->isHearing(index));
        setCurrentWidget(m_scoring);
        return;
    }
    case InterviewSession::State::Finished: {
        m_ticker.stop();
        const auto stored = m_store->loadSession(m_sessionId);
        m_summary->showReport(reportOf(m_session->config(), stored ? stored->record.started : QDateTime(), m_session->questions(), m_curriculum));
        setCurrentWidget(m_summary);
        return;
    }
    }
}

void InterviewPage::scheduleTick()
{
    if (!m_session) {
        m_ticker.stop();
        return;
    }
    if (m_session->state() == InterviewSession::State::Paused) {
        // Only the paused time moves: wake when it reaches its next whole second.
        m_ticker.start(int(1000 - m_session->pausedMs() % 1000));
        return;
    }
    if (m_session->state() != InterviewSession::State::Asking) {
        m_ticker.stop();
        return;
    }
    // Wake for the display, or earlier when a warning or the zero falls due.
    const qint64 untilEvent = m_session->msUntilNextEvent();
    const qint64 untilSecond = (m_session->remainingMs() % 1000 + 1000) % 1000;
    qint64 wait = displayIntervalMs;
    if (untilEvent >= 0)
        wait = qMin(wait, untilEvent);
    if (untilSecond > 0)
        wait = qMin(wait, untilSecond);
    m_ticker.start(int(qMax<qint64>(1, wait)));
}

void InterviewPage::onTick()
{
    if (!m_session)
        return;
    m_session->tick();  // may move on, which updates the page through onStateChanged
    if (!m_session || (m_session->state() != InterviewSession::State::Asking && m_session->state() != InterviewSession::State::Paused))
        return;
    m_running->updateClock(*m_session);
    if (m_clock() - m_lastSave >= checkpointMs)
        save(false);
    scheduleTick();
}

void InterviewPage::saveProgress()
{
    save(true);
}

void InterviewPage::save(bool everything)
{
    m_autosave.stop();
    if (!m_session || !m_recorder)
        return;
    const auto state = m_session->state();
    if (state != InterviewSession::State::Asking && state != InterviewSession::State::Paused)
        return;
    m_lastSave = m_clock();
    if (m_spoken)
        m_spoken->checkpoint(everything);  // before the question's record, which then names the file
    m_recorder->saveProgress();
}

} // namespace DockPrep
