#pragma once

#include "audio/answerrecorder.h"
#include "sessions/sessionrecordings.h"
#include "speech/spokenanswer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>

namespace DockPrep {

class Curriculum;
class InterviewSession;
class QuestionReader;

// The spoken side of a running mock interview: reads each question aloud, records the answer from
// the microphone while the question is on the clock (pausing with it), and when the question
// closes keeps the recording with the session and transcribes it in the background, one at a
// time; the transcript joins the answer and the delivery figures are kept, before scoring. A
// recording of a skipped question is dropped. The answer being recorded is checkpointed to its
// file as it grows (a crash loses seconds, not the answer), and a resumed question goes on from
// it; a session resumed with recordings not yet heard (the app closed while transcribing) has
// them heard again.
class SpokenSession final : public QObject
{
    Q_OBJECT

public:
    SpokenSession(InterviewSession *session, qint64 sessionId, const Curriculum &curriculum, SessionRecordings recordings,
                  MonotonicClock clock, QObject *parent = nullptr);
    ~SpokenSession() override;

    // Make it before the page listens to the session, so it hears of a question closing first.
    // Before start(): a text-to-speech engine by name ("none": no reading), and where the sound
    // comes from (tests feed the recorder themselves).
    void setReaderEngine(const QString &engine) { m_readerEngine = engine; }
    void setInput(AnswerRecorder::Input input) { m_input = input; }
    void start();

    AnswerRecorder *recorder() const { return m_recorder.get(); }
    QuestionReader *reader() const { return m_reader; }
    bool isHearing(int index) const;  // its recording waits for or is in transcription
    QString status() const { return m_status; }
    void readAgain();
    // Writes the answer being recorded to its file when it has grown by a few seconds since the
    // last time (or at all, with `force`: the page is closing).
    void checkpoint(bool force = false);

Q_SIGNALS:
    void statusChanged(const QString &status);  // what the microphone and the reader are doing, for the running page
    void answerHeard(int index);                // the transcript and figures are in the session
    void problem(const QString &message);       // a recording that could not be saved or heard

private:
    struct Hearing {
        int index;
        QString path;
    };

    void follow();
    void beginQuestion(int index);
    void startRecording();
    void finishRecording();
    void discardRecording(int index);
    void hearNext();
    void heard();
    void setStatus(const QString &status);

    InterviewSession *m_session;
    qint64 m_sessionId;
    const Curriculum &m_curriculum;
    SessionRecordings m_recordings;
    MonotonicClock m_clock;
    QString m_readerEngine;
    AnswerRecorder::Input m_input = AnswerRecorder::Input::Microphone;
    QuestionReader *m_reader = nullptr;
    std::unique_ptr<AnswerRecorder> m_recorder;
    int m_recordingIndex = -1;  // the question whose answer is being recorded or read
    qint64 m_checkpointedMs = 0;  // of the answer being recorded, on disk
    QString m_status;
    std::deque<Hearing> m_queue;
    QFutureWatcher<SpokenAnswer> m_hearing;
    int m_hearingIndex = -1;
};

} // namespace DockPrep
