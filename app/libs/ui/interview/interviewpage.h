#pragma once

#include "audio/answerrecorder.h"
#include "interview/interviewsession.h"
#include "sessions/interviewstart.h"
#include "sessions/sessionrecordings.h"

#include <QPointer>
#include <QStackedWidget>
#include <QTimer>

namespace DockPrep {

class Curriculum;
class InterviewHistoryPage;
class InterviewRunningPage;
class InterviewScoringPage;
class InterviewSetupPage;
class InterviewStore;
class InterviewSummaryPage;
class SessionRecorder;
class SpokenSession;

// The mock-interview mode as one widget: setup → running ⇄ scoring → summary, and the history,
// from which a past session's report opens again.
// It owns the running session and keeps it saved (typing debounced, progress checkpointed), so
// closing the app mid-question leaves a session that resumes with its elapsed time. The main
// window listens to peekingAllowedChanged() to close the curriculum, search and notes during a
// closed-book question, and to entryLinkActivated() to open a question to study.
class InterviewPage final : public QStackedWidget
{
    Q_OBJECT

public:
    InterviewPage(const Curriculum &curriculum, InterviewStore *store, QWidget *parent = nullptr);
    ~InterviewPage() override;

    // The clock of the sessions started from now on; the app's steady clock by default.
    void setMonotonicClock(MonotonicClock clock);
    // Where spoken answers are kept; without a folder the spoken choice is off.
    void setRecordings(const SessionRecordings &recordings);
    // For spoken sessions started from now on: the reading voice ("none" for silence) and where
    // the sound comes from (tests feed the recorder).
    void setSpokenDevices(const QString &readerEngine, AnswerRecorder::Input input);

    InterviewSession *session() const { return m_session; }
    SpokenSession *spokenSession() const { return m_spoken; }
    bool peekingAllowed() const { return m_peekingAllowed; }

    InterviewSetupPage *setupPage() const { return m_setup; }
    InterviewRunningPage *runningPage() const { return m_running; }
    InterviewScoringPage *scoringPage() const { return m_scoring; }
    InterviewSummaryPage *summaryPage() const { return m_summary; }
    InterviewHistoryPage *historyPage() const { return m_history; }

    // Saves the question on the clock now, with all of a spoken answer recorded so far (the main
    // window calls it when closing).
    void saveProgress();

public Q_SLOTS:
    void showSetup();
    void showHistory();
    bool startSession(const DockPrep::SessionConfig &config);
    bool resumeSession(qint64 sessionId);
    // A past session's report, read-only, exportable again; Back returns to the history.
    bool reopenSession(qint64 sessionId);
    // Removes a past session and its recordings, after asking (window-modal, not blocking).
    void deleteSession(qint64 sessionId);

Q_SIGNALS:
    void peekingAllowedChanged(bool allowed);
    void entryLinkActivated(const QString &entryId);

private:
    bool adoptSession(InterviewStart start);
    void makeSpoken(InterviewSession *session, qint64 sessionId);
    void dropSession();
    void onStateChanged();
    void onTick();
    void scheduleTick();
    // The periodic and typing saves write a spoken answer's checkpoint only once it has grown.
    void save(bool everything);
    void setPeekingAllowed(bool allowed);
    void showProblem(const QString &message);

    const Curriculum &m_curriculum;
    InterviewStore *m_store;
    MonotonicClock m_clock;
    InterviewSetupPage *m_setup;
    InterviewRunningPage *m_running;
    InterviewScoringPage *m_scoring;
    InterviewSummaryPage *m_summary;
    InterviewHistoryPage *m_history;
    QPointer<InterviewSession> m_session;
    QPointer<SessionRecorder> m_recorder;
    SpokenSession *m_spoken = nullptr;  // a child, for a spoken session only
    SessionRecordings m_recordings;
    QString m_readerEngine;
    AnswerRecorder::Input m_soundInput = AnswerRecorder::Input::Microphone;
    QTimer m_ticker;    // wakes the engine for the display and at exact warning times
    QTimer m_autosave;  // debounces typing
    qint64 m_lastSave = 0;
    qint64 m_sessionId = 0;
    bool m_peekingAllowed = true;
};

} // namespace DockPrep
