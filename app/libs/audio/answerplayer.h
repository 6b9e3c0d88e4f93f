#pragma once

#include <QBuffer>
#include <QObject>
#include <QTimer>

#include <memory>

class QAudioSink;

namespace DockPrep {

// Plays one recorded answer (a WAV file the recorder wrote) on the default sound output, with its
// position for a progress display. The file is read whole, within the WAV reader's bound.
class AnswerPlayer final : public QObject
{
    Q_OBJECT

public:
    explicit AnswerPlayer(QObject *parent = nullptr);
    ~AnswerPlayer() override;

    // False, with error() saying why: the file cannot be read, or there is no sound output.
    bool play(const QString &wavPath);
    void stop();

    bool isPlaying() const;
    qint64 positionMs() const;
    qint64 durationMs() const { return m_durationMs; }
    QString error() const { return m_error; }

Q_SIGNALS:
    void positionChanged(qint64 ms);
    void playingChanged(bool playing);

private:
    void finish();

    std::unique_ptr<QAudioSink> m_sink;
    QBuffer m_sound;
    QTimer m_progress;
    qint64 m_durationMs = 0;
    QString m_error;
};

} // namespace DockPrep
