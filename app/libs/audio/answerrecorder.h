#pragma once

#include "platform/monotonicclock.h"
#include "speech/answerrecording.h"
#include "speech/pcmaudio.h"

#include <QAudioFormat>
#include <QObject>

#include <memory>

class QAudioSource;
class QIODevice;

namespace DockPrep {

// Records one spoken answer: the sound from the default microphone (Qt Multimedia), kept only
// while the AnswerRecording state accepts it, so a paused interview records nothing. The sound is
// held in memory as mono 16-bit samples at the device's rate and brought to the recogniser's
// 16 kHz when taken. At most maxRecordingMs is kept (about 19 MB); beyond it the recorder stops
// keeping sound and says so, the clock and the answer go on.
class AnswerRecorder final : public QObject
{
    Q_OBJECT

public:
    // Where the sound comes from: the default microphone, or the caller through feed() (tests,
    // and any source that is not a device) as 16 kHz mono 16-bit samples.
    enum class Input { Microphone, Caller };

    static constexpr qint64 maxRecordingMs = 10 * 60 * 1000;

    AnswerRecorder(qint64 limitMs, MonotonicClock clock, QObject *parent = nullptr);
    ~AnswerRecorder() override;

    // Before start(): the sound recorded for this answer before the app was closed (16 kHz),
    // which the new recording goes on from.
    void continueFrom(const PcmAudio &earlier);
    // False, with error() saying why, when there is no microphone or it cannot be opened.
    bool start(Input input = Input::Microphone);
    void pause();
    void resume();
    // Stops for good and hands over what was recorded, at 16 kHz.
    PcmAudio stop();
    // What is recorded so far, at 16 kHz, while recording goes on (for a checkpoint on disk).
    PcmAudio snapshot() const;

    // Sound in the recorder's input format; dropped unless recording.
    void feed(QByteArrayView bytes);

    const AnswerRecording &recording() const { return m_recording; }
    qint64 keptMs() const;  // sound kept so far, with what it continues from
    QString error() const { return m_error; }
    QString deviceName() const { return m_deviceName; }

Q_SIGNALS:
    void levelChanged(float peak);  // 0–1, the loudest sample of each chunk kept
    void limitReached();
    void failed(const QString &message);  // the device stopped with an error while recording

private:
    void readDevice();

    AnswerRecording m_recording;
    QAudioFormat m_format;
    std::unique_ptr<QAudioSource> m_source;
    QIODevice *m_device = nullptr;
    PcmAudio m_earlier;  // at 16 kHz
    PcmAudio m_kept;     // at the input's rate
    QString m_error;
    QString m_deviceName;
    bool m_limitSaid = false;
};

} // namespace DockPrep
