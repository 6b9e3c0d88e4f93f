#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace DockPrep {

// Mono 16-bit PCM: what the recorder writes and the recogniser reads.
struct PcmAudio {
    int sampleRate = 0;
    QList<qint16> samples;

    qint64 durationMs() const { return sampleRate > 0 ? samples.size() * 1000 / sampleRate : 0; }
};

namespace Wav {
// The rate the recogniser's acoustic model was trained at.
inline constexpr int speechRate = 16000;
// Ten minutes of 48 kHz stereo is about 110 MB; a spoken answer is far shorter.
inline constexpr qint64 maxFileBytes = qint64(128) << 20;

// A RIFF WAVE file of 16-bit integer PCM, mono or stereo (mixed down), any rate. Anything else
// (compressed, float, 8-bit, truncated headers) is refused with a sentence for the user.
std::optional<PcmAudio> parse(const QByteArray &bytes, QString *error);
std::optional<PcmAudio> readFile(const QString &path, QString *error);
QByteArray bytes(const PcmAudio &audio);
} // namespace Wav

// The same sound at `rate` (a windowed-sinc low-pass and interpolation, so a 22.05 or 48 kHz
// recording does not alias into the speech band when brought down to 16 kHz).
PcmAudio resampled(const PcmAudio &audio, int rate);

} // namespace DockPrep
