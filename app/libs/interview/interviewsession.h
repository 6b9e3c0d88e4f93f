#pragma once

#include "platform/monotonicclock.h"
#include "interview/sessionconfig.h"
#include "interview/sessionquestion.h"

#include <QObject>

namespace DockPrep {

// One mock interview as a state machine:
//
//   NotStarted → Asking ⇄ Paused → (Scoring) → Asking … → Scoring … → Finished
//
// With feedback after each question, every answer goes to Scoring before the next question;
// with feedback at the end, all questions are asked first, then scored in order. Skipped
// questions score 0 and are not scored by hand; questions left when the session is ended early
// are NotAsked and count nowhere.
//
// The engine owns no timer: the UI calls tick() (msUntilNextEvent() says when the next warning or
// zero is due), and tick() turns the clock into events. Times are kept per question as active
// milliseconds; time spent paused is recorded separately and never counted.
class InterviewSession final : public QObject
{
    Q_OBJECT

public:
    enum class State { NotStarted, Asking, Paused, Scoring, Finished };
    Q_ENUM(State)
    enum class Warning { None, Amber, Red };
    Q_ENUM(Warning)

    static constexpr qint64 amberMs = 30 * 1000;
    static constexpr qint64 redMs = 10 * 1000;

    // `questions` may carry progress from the store: such a session continues where it stopped.
    InterviewSession(SessionConfig config, QList<SessionQuestion> questions, MonotonicClock clock,
                     QObject *parent = nullptr);

    const SessionConfig &config() const { return m_config; }
    State state() const { return m_state; }
    int currentIndex() const { return m_current; }  // -1 before the start and once finished
    int questionCount() const { return int(m_questions.size()); }
    // With the current question's times brought up to this moment.
    SessionQuestion question(int index) const;
    QList<SessionQuestion> questions() const;

    // A new session asks its first question. A session with recorded progress resumes Paused at
    // its first open question (the time away is never counted), or Scoring, or Finished.
    void start();
    void pause();
    void resume();
    void setAnswer(const QString &answer);  // only while Asking: a paused clock means hands off
    void submitAnswer();
    void skip();
    void endEarly();
    // Scores the current question (state Scoring); `ticked` is one flag per key point.
    void submitScore(const QList<bool> &ticked, const RubricRatings &ratings);
    // A spoken answer. Its recording's file name, kept with the question once it closes.
    void setRecording(int index, const QString &fileName);
    // What was heard in that recording, which arrives after the question closed: the transcript
    // follows whatever was typed, and the delivery figures are kept. Only before the question is
    // scored (false otherwise, changing nothing).
    bool hearAnswer(int index, const QString &transcript, const DeliveryFigures &delivery);
    // The candidate's corrections to the answer while scoring it (a misheard transcript).
    void correctAnswer(const QString &answer);
    // Turns the passing of time into warnings and the zero; call it often while Asking.
    void tick();

    qint64 budgetMs() const;     // of the current question; with a total time, what is left of it
    qint64 usedMs() const;       // of the current question
    qint64 remainingMs() const;  // budget − used; negative in overtime
    qint64 pausedMs() const;     // of the current question, including a pause in progress
    Warning warning() const;     // the colour the countdown shows
    qint64 msUntilNextEvent() const;  // until the next warning or zero; -1 when none is coming
    bool peekingAllowed() const;      // curriculum, search and notes may be shown

Q_SIGNALS:
    void stateChanged(DockPrep::InterviewSession::State state);
    void currentQuestionChanged(int index);
    void timeWarning(int secondsRemaining);  // 30, then 10, once per question
    void timeUp(int index);
    // A question's record changed (answer submitted, paused, scored…): time to save it.
    void questionRecorded(int index);
    void peekingAllowedChanged(bool allowed);
    void finished();

private:
    qint64 now() const { return m_clock(); }
    qint64 budgetFor(int index) const;
    void foldPause();
    void close(QuestionStatus status, bool atZero);
    void advance();
    void enter(State state, int index);
    void markRestNotAsked();

    SessionConfig m_config;
    QList<SessionQuestion> m_questions;
    MonotonicClock m_clock;
    State m_state = State::NotStarted;
    int m_current = -1;
    qint64 m_stretchStart = 0;  // when the current stretch of answering began
    qint64 m_pauseStart = 0;
    bool m_amberFired = false;
    bool m_redFired = false;
    bool m_peekingAllowed = true;
};

// A transcript added to the answer typed so far: after it, not in its place (a typed start stays).
QString answerWithTranscript(const QString &typed, const QString &transcript);

} // namespace DockPrep
