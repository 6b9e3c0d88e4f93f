#pragma once

#include "platform/monotonicclock.h"

namespace DockPrep {

// The state of one spoken answer's recording, kept apart from the audio device so it can be
// tested without a microphone: the recorder keeps the sound it is given only while accepting().
// Pausing the interview pauses the recording, and paused time is never recorded time; past the
// answer's time limit the recording goes on (an interviewer lets a candidate finish) and the
// extra is counted as overtime.
class AnswerRecording
{
public:
    enum class State { Idle, Recording, Paused, Stopped };

    AnswerRecording(qint64 limitMs, MonotonicClock clock);

    // Each returns false, changing nothing, when the move makes no sense from the current state
    // (pausing what is not recording, resuming what is not paused, anything after stop).
    bool start();
    bool pause();
    bool resume();
    bool stop();  // from Recording or Paused

    State state() const { return m_state; }
    bool accepting() const { return m_state == State::Recording; }
    qint64 recordedMs() const;
    qint64 overtimeMs() const;
    bool isOvertime() const { return overtimeMs() > 0; }

private:
    qint64 m_limitMs;
    MonotonicClock m_clock;
    State m_state = State::Idle;
    qint64 m_recordedBefore = 0;  // closed stretches of recording
    qint64 m_stretchStart = 0;    // when the open stretch began (Recording only)
};

} // namespace DockPrep
