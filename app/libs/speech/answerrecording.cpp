#include "speech/answerrecording.h"

#include <utility>

namespace DockPrep {

AnswerRecording::AnswerRecording(qint64 limitMs, MonotonicClock clock)
    : m_limitMs(limitMs)
    , m_clock(std::move(clock))
{
}

bool AnswerRecording::start()
{
    if (m_state != State::Idle)
        return false;
    m_state = State::Recording;
    m_stretchStart = m_clock();
    return true;
}

bool AnswerRecording::pause()
{
    if (m_state != State::Recording)
        return false;
    m_recordedBefore += m_clock() - m_stretchStart;
    m_state = State::Paused;
    return true;
}

bool AnswerRecording::resume()
{
    if (m_state != State::Paused)
        return false;
    m_stretchStart = m_clock();
    m_state = State::Recording;
    return true;
}

bool AnswerRecording::stop()
{
    if (m_state == State::Recording)
        m_recordedBefore += m_clock() - m_stretchStart;
    else if (m_state != State::Paused)
        return false;
    m_state = State::Stopped;
    return true;
}

qint64 AnswerRecording::recordedMs() const
{
    return m_recordedBefore + (m_state == State::Recording ? m_clock() - m_stretchStart : 0);
}

qint64 AnswerRecording::overtimeMs() const
{
    return m_limitMs > 0 ? std::max<qint64>(0, recordedMs() - m_limitMs) : 0;
}

} // namespace DockPrep
