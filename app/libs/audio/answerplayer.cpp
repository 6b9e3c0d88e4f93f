#include "audio/answerplayer.h"

#include "speech/pcmaudio.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QMediaDevices>

namespace DockPrep {

AnswerPlayer::AnswerPlayer(QObject *parent)
    : QObject(parent)
{
    m_progress.setInterval(200);
    connect(&m_progress, &QTimer::timeout, this, [this] { Q_EMIT positionChanged(positionMs()); });
}

AnswerPlayer::~AnswerPlayer()
{
    if (m_sink)
        m_sink->stop();
}

bool AnswerPlayer::play(const QString &wavPath)
{
    stop();
    m_error.clear();
    const std::optional<PcmAudio> audio = Wav::readFile(wavPath, &m_error);
    if (!audio)
        return false;
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    if (output.isNull()) {
        m_error = tr("No sound output was found on this computer.");
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(audio->sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    m_sound.setData(reinterpret_cast<const char *>(audio->samples.constData()), audio->samples.size() * qsizetype(sizeof(qint16)));
    m_sound.open(QIODevice::ReadOnly);
    m_durationMs = audio->durationMs();
    m_sink = std::make_unique<QAudioSink>(output, format);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState || state == QAudio::StoppedState)
            finish();  // played to the end, or the device went away
    });
    m_sink->start(&m_sound);
    if (m_sink->error() != QAudio::NoError) {
        m_error = tr("The sound output %1 could not be opened.").arg(output.description());
        m_sink.reset();
        m_sound.close();
        return false;
    }
    m_progress.start();
    Q_EMIT playingChanged(true);
    return true;
}

void AnswerPlayer::stop()
{
    if (m_sink)
        finish();
}

bool AnswerPlayer::isPlaying() const
{
    return m_sink != nullptr;
}

qint64 AnswerPlayer::positionMs() const
{
    return m_sink ? std::min(m_sink->processedUSecs() / 1000, m_durationMs) : 0;
}

void AnswerPlayer::finish()
{
    if (!m_sink)
        return;
    m_progress.stop();
    // Disconnected before stopping, so the sink's last stateChanged does not come back here.
    std::unique_ptr<QAudioSink> sink = std::move(m_sink);
    sink->disconnect(this);
    sink->stop();
    sink.release()->deleteLater();  // not from inside its own signal
    m_sound.close();
    Q_EMIT positionChanged(0);
    Q_EMIT playingChanged(false);
}

} // namespace DockPrep
