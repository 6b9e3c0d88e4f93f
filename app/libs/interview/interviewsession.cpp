#include "interview/interviewsession.h"

namespace DockPrep {

InterviewSession::InterviewSession(SessionConfig config, QList<SessionQuestion> questions, MonotonicClock clock,
                                   QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_questions(std::move(questions))
    , m_clock(std::move(clock))
{
    m_peekingAllowed = peekingAllowed();
}

SessionQuestion InterviewSession::question(int index) const
{
    if (index < 0 || index >= m_questions.size())
        return {};
    SessionQuestion result = m_questions.at(index);
    if (index == m_current) {
        if (m_state == State::Asking)
            result.usedMs += now() - m_stretchStart;
        else if (m_state == State::Paused)
            result.pausedMs += now() - m_pauseStart;
        if (m_state == State::Asking || m_state == State::Paused)
            result.overtimeMs = qMax<qint64>(0, result.usedMs - qMax<qint64>(0, budgetFor(index)));
    }
    return result;
}

QList<SessionQuestion> InterviewSession::questions() const
{
    QList<SessionQuestion> result;
    for (int i = 0; i < questionCount(); ++i)
        result.append(question(i));
    return result;
}

qint64 InterviewSession::budgetFor(int index) const
{
    if (m_config.timeLimit == TimeLimit::PerQuestion)
        return m_config.perQuestionMs;
    qint64 spent = 0;
    for (int i = 0; i < questionCount(); ++i) {
        if (i != index)
            spent += m_questions.at(i).usedMs;
    }
    return m_config.totalMs - spent;
}

qint64 InterviewSession::budgetMs() const
{
    return m_current < 0 ? 0 : budgetFor(m_current);
}

qint64 InterviewSession::usedMs() const
{
    return m_current < 0 ? 0 : question(m_current).usedMs;
}

qint64 InterviewSession::remainingMs() const
{
    return budgetMs() - usedMs();
}

qint64 InterviewSession::pausedMs() const
{
    return m_current < 0 ? 0 : question(m_current).pausedMs;
}

InterviewSession::Warning InterviewSession::warning() const
{
    if (m_state != State::Asking && m_state != State::Paused)
        return Warning::None;
    const qint64 remaining = remainingMs();
    if (remaining <= redMs)
        return Warning::Red;
    if (remaining <= amberMs)
        return Warning::Amber;
    return Warning::None;
}

qint64 InterviewSession::msUntilNextEvent() const
{
    if (m_state != State::Asking)
        return -1;
    const qint64 remaining = remainingMs();
    if (!m_amberFired)
        return qMax<qint64>(0, remaining - amberMs);
    if (!m_redFired)
        return qMax<qint64>(0, remaining - redMs);
    if (!m_questions.at(m_current).reachedZero)
        return qMax<qint64>(0, remaining);
    return -1;
}

bool InterviewSession::peekingAllowed() const
{
    return m_config.openBook || (m_state != State::Asking && m_state != State::Paused);
}

void InterviewSession::enter(State state, int index)
{
    const bool questionChanged = index != m_current;
    m_current = index;
    if (state == State::Asking || state == State::Paused) {
        if (questionChanged) {
            m_amberFired = false;
            m_redFired = false;
        }
        m_stretchStart = now();
        m_pauseStart = now();
    }
    const bool stateChangedNow = state != m_state;
    m_state = state;
    if (questionChanged)
        Q_EMIT currentQuestionChanged(index);
    if (stateChangedNow || questionChanged)
        Q_EMIT stateChanged(state);
    const bool peeking = peekingAllowed();
    if (peeking != m_peekingAllowed) {
        m_peekingAllowed = peeking;
        Q_EMIT peekingAllowedChanged(peeking);
    }
    if (state == State::Finished && stateChangedNow)
        Q_EMIT finished();
}

void InterviewSession::advance()
{
    const auto first = [this](QuestionStatus status) {
        for (int i = 0; i < questionCount(); ++i) {
            if (m_questions.at(i).status == status)
                return i;
        }
        return -1;
    };
    const int pending = first(QuestionStatus::Pending);
    const int unscored = first(QuestionStatus::Answered);
    if (m_config.feedback == FeedbackTiming::AfterEachQuestion && unscored >= 0)
        enter(State::Scoring, unscored);
    else if (pending >= 0)
        enter(State::Asking, pending);
    else if (unscored >= 0)
        enter(State::Scoring, unscored);
    else
        enter(State::Finished, -1);
}

void InterviewSession::start()
{
    if (m_state != State::NotStarted)
        return;
    bool hasProgress = false;
    for (const SessionQuestion &question : std::as_const(m_questions))
        hasProgress = hasProgress || question.status != QuestionStatus::Pending || question.usedMs > 0 || !question.answer.isEmpty()
            || !question.recording.isEmpty();
    advance();
    if (hasProgress && m_state == State::Asking) {
        // Whatever happened between the crash and now is not the candidate's time.
        m_state = State::Paused;
        m_pauseStart = now();
        Q_EMIT stateChanged(m_state);
    }
}

void InterviewSession::pause()
{
    if (m_state != State::Asking)
        return;
    m_questions[m_current].usedMs += now() - m_stretchStart;
    m_pauseStart = now();
    m_state = State::Paused;
    Q_EMIT stateChanged(m_state);
    Q_EMIT questionRecorded(m_current);
}

void InterviewSession::foldPause()
{
    if (m_state == State::Paused)
        m_questions[m_current].pausedMs += now() - m_pauseStart;
}

void InterviewSession::resume()
{
    if (m_state != State::Paused)
        return;
    foldPause();
    m_stretchStart = now();
    m_state = State::Asking;
    Q_EMIT stateChanged(m_state);
    Q_EMIT questionRecorded(m_current);
}

void InterviewSession::setAnswer(const QString &answer)
{
    if (m_state == State::Asking)
        m_questions[m_current].answer = answer;
}

void InterviewSession::setRecording(int index, const QString &fileName)
{
    if (index < 0 || index >= m_questions.size() || m_questions.at(index).recording == fileName)
        return;
    m_questions[index].recording = fileName;
    Q_EMIT questionRecorded(index);
}

bool InterviewSession::hearAnswer(int index, const QString &transcript, const DeliveryFigures &delivery)
{
    if (index < 0 || index >= m_questions.size())
        return false;
    SessionQuestion &question = m_questions[index];
    if (question.status != QuestionStatus::Answered)
        return false;
    if (!transcript.isEmpty())
        question.answer = answerWithTranscript(question.answer, transcript);
    question.delivery = delivery;
    Q_EMIT questionRecorded(index);
    return true;
}

void InterviewSession::correctAnswer(const QString &answer)
{
    if (m_state != State::Scoring || m_questions.at(m_current).answer == answer)
        return;
    m_questions[m_current].answer = answer;
    Q_EMIT questionRecorded(m_current);
}

void InterviewSession::close(QuestionStatus status, bool atZero)
{
    const int index = m_current;
    SessionQuestion &question = m_questions[index];
    if (m_state == State::Asking)
        question.usedMs += now() - m_stretchStart;
    else
        foldPause();
    const qint64 budget = budgetFor(index);
    if (atZero) {
        // The rule ended the question at zero, however late the tick came.
        question.usedMs = qMax<qint64>(0, budget);
    }
    question.overtimeMs = qMax<qint64>(0, question.usedMs - qMax<qint64>(0, budget));
    // Nothing typed is nothing answered, unless the answer was spoken: its transcript comes later.
    if (status == QuestionStatus::Answered && question.answer.trimmed().isEmpty() && !m_config.spoken)
        status = QuestionStatus::Skipped;
    question.status = status;
    if (status == QuestionStatus::Skipped)
        question.score = 0;
    // Everything up to now is folded in; question() adds nothing more while the record is saved.
    m_stretchStart = now();
    m_pauseStart = m_stretchStart;
    Q_EMIT questionRecorded(index);
}

void InterviewSession::markRestNotAsked()
{
    for (int i = 0; i < questionCount(); ++i) {
        if (m_questions.at(i).status == QuestionStatus::Pending) {
            m_questions[i].status = QuestionStatus::NotAsked;
            Q_EMIT questionRecorded(i);
        }
    }
}

void InterviewSession::submitAnswer()
{
    if (m_state != State::Asking && m_state != State::Paused)
        return;
    close(QuestionStatus::Answered, false);
    advance();
}

void InterviewSession::skip()
{
    if (m_state != State::Asking && m_state != State::Paused)
        return;
    close(QuestionStatus::Skipped, false);
    advance();
}

void InterviewSession::endEarly()
{
    if (m_state == State::Asking || m_state == State::Paused)
        close(QuestionStatus::Answered, false);
    else if (m_state != State::Scoring)
        return;
    markRestNotAsked();
    advance();
}

void InterviewSession::submitScore(const QList<bool> &ticked, const RubricRatings &ratings)
{
    if (m_state != State::Scoring)
        return;
    SessionQuestion &question = m_questions[m_current];
    question.keyPointsTicked = ticked;
    question.keyPointsTicked.resize(question.keyPointCount, false);
    question.ratings = ratings;
    const int covered = int(question.keyPointsTicked.count(true));
    question.score = questionScore(covered, question.keyPointCount, ratings);
    question.status = QuestionStatus::Scored;
    Q_EMIT questionRecorded(m_current);
    advance();
}

void InterviewSession::tick()
{
    if (m_state != State::Asking)
        return;
    const qint64 remaining = remainingMs();
    if (!m_amberFired && remaining <= amberMs) {
        m_amberFired = true;
        Q_EMIT timeWarning(int(amberMs / 1000));
    }
    if (!m_redFired && remaining <= redMs) {
        m_redFired = true;
        Q_EMIT timeWarning(int(redMs / 1000));
    }
    SessionQuestion &question = m_questions[m_current];
    if (remaining > 0 || question.reachedZero)
        return;
    question.reachedZero = true;
    const int index = m_current;
    Q_EMIT timeUp(index);
    if (m_config.atZero == AtZero::MoveOn) {
        close(QuestionStatus::Answered, true);
        if (m_config.timeLimit == TimeLimit::Total)
            markRestNotAsked();  // the interview's time is over
        advance();
    } else {
        Q_EMIT questionRecorded(index);
    }
}

QString answerWithTranscript(const QString &typed, const QString &transcript)
{
    const QString before = typed.trimmed();
    return before.isEmpty() ? transcript : before + QStringLiteral("\n\n") + transcript;
}

} // namespace DockPrep
