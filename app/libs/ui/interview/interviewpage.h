#pragma once

#include "interview/interviewsession.h"
#include "sessions/interviewstart.h"

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

    InterviewSession *session() const { return m_session; }
    bool peekingAllowed() const { return m_peekingAllowed; }

    InterviewSetupPage *setupPage() const { return m_setup; }
    InterviewRunningPage *runningPage() const { return m_running; }
    InterviewScoringPage *scoringPage() const { return m_scoring; }
    InterviewSummaryPage *summaryPage() const { return m_summary; }
    InterviewHistoryPage *historyPage() const { return m_history; }

    // Saves the question on the clock now (the main window calls it when closing).
    void saveProgress();

public Q_SLOTS:
    void showSetup();
    void showHistory();
    bool startSession(const DockPrep::SessionConfig &config);
    bool resumeSession(qint64 sessionId);
    // A past session's report, read-only, exportable again; Back returns to the history.
    bool reopenSession(qint64 sessionId);

Q_SIGNALS:
    void peekingAllowedChanged(bool allowed);
    void entryLinkActivated(const QString &entryId);

private:
    bool adoptSession(InterviewStart start);
    void dropSession();
    void onStateChanged();
    void onTick();
    void scheduleTick();
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
    QTimer m_ticker;    // wakes the engine for the display and at exact warning times
    QTimer m_autosave;  // debounces typing
    qint64 m_lastSave = 0;
    qint64 m_sessionId = 0;
    bool m_peekingAllowed = true;
};

} // namespace DockPrep
