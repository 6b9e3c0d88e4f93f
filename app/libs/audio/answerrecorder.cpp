#include "audio/answerrecorder.h"

#include <QAudioDevice>
#include <QAudioSource>
#include <QMediaDevices>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace DockPrep {

namespace {

QAudioFormat speechFormat()
{
    QAudioFormat format;
    format.setSampleRate(Wav::speechRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

// The recogniser's format when the device offers it (no conversion at all), else the device's
// own, converted sample by sample.
QAudioFormat formatFor(const QAudioDevice &device)
{
    const QAudioFormat wanted = speechFormat();
    return device.isFormatSupported(wanted) ? wanted : device.preferredFormat();
}

} // namespace

AnswerRecorder::AnswerRecorder(qint64 limitMs, MonotonicClock clock, QObject *parent)
    : QObject(parent)
    , m_recording(limitMs, std::move(clock))
{
}

AnswerRecorder::~AnswerRecorder()
{
    if (m_source)
        m_source->stop();
}

void AnswerRecorder::continueFrom(const PcmAudio &earlier)
{
    if (m_recording.state() == AnswerRecording::State::Idle)
        m_earlier = earlier.sampleRate == Wav::speechRate ? earlier : resampled(earlier, Wav::speechRate);
}

bool AnswerRecorder::start(Input input)
{
    if (m_recording.state() != AnswerRecording::State::Idle)
        return false;
    if (input == Input::Caller) {
        m_format = speechFormat();
        m_kept.sampleRate = m_format.sampleRate();
        return m_recording.start();
    }
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    if (device.isNull()) {
        m_error = tr("No microphone was found on this computer. Type the answer, or record it with another program and "
                     "use Transcribe a recording.");
        return false;
    }
    m_deviceName = device.description();
    m_format = formatFor(device);
    if (!m_format.isValid() || m_format.channelCount() < 1) {
        m_error = tr("The microphone %1 offers no sound format DockPrep can record.").arg(m_deviceName);
        return false;
    }
    m_kept.sampleRate = m_format.sampleRate();
    m_source = std::make_unique<QAudioSource>(device, m_format);
    connect(m_source.get(), &QAudioSource::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_source->error() != QAudio::NoError && m_recording.accepting()) {
            m_error = tr("The microphone %1 stopped recording (%2).").arg(m_deviceName).arg(int(m_source->error()));
            Q_EMIT failed(m_error);
        }
    });
    m_device = m_source->start();
    if (!m_device || m_source->error() != QAudio::NoError) {
        m_error = tr("The microphone %1 could not be opened.").arg(m_deviceName);
        m_source.reset();
        m_device = nullptr;
        return false;
    }
    connect(m_device, &QIODevice::readyRead, this, &AnswerRecorder::readDevice);
    return m_recording.start();
}

void AnswerRecorder::pause()
{
    readDevice();  // what was said before the pause is kept
    if (m_recording.pause() && m_source)
        m_source->suspend();
}

void AnswerRecorder::resume()
{
    if (m_recording.resume() && m_source) {
        m_source->resume();
        if (m_device)
            m_device->readAll();  // whatever the device buffered while suspended was not recorded time
    }
}

PcmAudio AnswerRecorder::stop()
{
    readDevice();
    m_recording.stop();
    if (m_source) {
        m_source->stop();
        m_source.reset();
        m_device = nullptr;
    }
    PcmAudio all = snapshot();
    m_kept.samples.clear();
    m_earlier.samples.clear();
    return all;
}

PcmAudio AnswerRecorder::snapshot() const
{
    PcmAudio all{Wav::speechRate, m_earlier.samples};
    if (!m_kept.samples.isEmpty())
        all.samples += (m_kept.sampleRate == Wav::speechRate ? m_kept : resampled(m_kept, Wav::speechRate)).samples;
    return all;
}

qint64 AnswerRecorder::keptMs() const
{
    return m_earlier.durationMs() + m_kept.durationMs();
}

void AnswerRecorder::readDevice()
{
    if (!m_device)
        return;
    const QByteArray bytes = m_device->readAll();
    feed(bytes);
}

void AnswerRecorder::feed(QByteArrayView bytes)
{
    if (!m_recording.accepting() || bytes.isEmpty())
        return;
    const int frameBytes = m_format.bytesPerFrame();
    const int channels = m_format.channelCount();
    const int sampleBytes = m_format.bytesPerSample();
    if (frameBytes <= 0 || sampleBytes <= 0)
        return;
    const qint64 roomMs = maxRecordingMs - m_earlier.durationMs();
    const qsizetype room = std::max<qsizetype>(0, qsizetype(roomMs * m_kept.sampleRate / 1000) - m_kept.samples.size());
    const qsizetype frames = std::min<qsizetype>(bytes.size() / frameBytes, room);
    float peak = 0;
    m_kept.samples.reserve(m_kept.samples.size() + frames);
    const bool plain = m_format.sampleFormat() == QAudioFormat::Int16 && channels == 1;  // kept as it comes
    for (qsizetype f = 0; f < frames; ++f) {
        const char *frame = bytes.data() + f * frameBytes;
        if (plain) {
            qint16 sample;
            std::memcpy(&sample, frame, sizeof sample);
            peak = std::max(peak, std::abs(float(sample)) / 32768.0f);
            m_kept.samples.append(sample);
            continue;
        }
        float sum = 0;
        for (int c = 0; c < channels; ++c)
            sum += m_format.normalizedSampleValue(frame + c * sampleBytes);
        const float value = std::clamp(sum / float(channels), -1.0f, 1.0f);
        peak = std::max(peak, std::abs(value));
        m_kept.samples.append(qint16(std::lround(value * 32767.0f)));
    }
    if (frames > 0)
        Q_EMIT levelChanged(peak);
    if (bytes.size() / frameBytes > frames && !m_limitSaid) {
        m_limitSaid = true;
        Q_EMIT limitReached();
    }
}

} // namespace DockPrep
