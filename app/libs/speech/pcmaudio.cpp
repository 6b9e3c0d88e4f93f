#include "speech/pcmaudio.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <cmath>
#include <numbers>

namespace DockPrep {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::PcmAudio)
};

std::optional<PcmAudio> fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

} // namespace

std::optional<PcmAudio> Wav::parse(const QByteArray &b, QString *error)
{
    if (b.size() < 12 || !b.startsWith("RIFF") || b.mid(8, 4) != "WAVE")
        return fail(error, Tr::tr("It is not a WAVE file."));
    int channels = 0;
    int rate = 0;
    int bits = 0;
    int format = 0;
    for (qsizetype at = 12; at + 8 <= b.size();) {
        const QByteArray id = b.mid(at, 4);
        const qint64 size = u32(b, at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt " && size >= 16 && body + 16 <= b.size()) {
            format = u16(b, body);
            channels = u16(b, body + 2);
            rate = int(u32(b, body + 4));
            bits = u16(b, body + 14);
        } else if (id == "data") {
            if (format != 1 || bits != 16 || (channels != 1 && channels != 2) || rate < 4000 || rate > 192000)
                return fail(error, Tr::tr("Only 16-bit PCM in one or two channels is read (this file has format %1, %2 bits, %3 channels).")
                                       .arg(format).arg(bits).arg(channels));
            // A recorder killed mid-write leaves the header's size unset or too large: read what is there.
            const qint64 available = std::min<qint64>(size, b.size() - body);
            const qsizetype frames = qsizetype(available / (2 * channels));
            PcmAudio audio{rate, {}};
            audio.samples.resize(frames);
            for (qsizetype i = 0; i < frames; ++i) {
                const qsizetype offset = body + i * 2 * channels;
                int value = qint16(u16(b, offset));
                if (channels == 2)
                    value = (value + qint16(u16(b, offset + 2))) / 2;
                audio.samples[i] = qint16(value);
            }
            return audio;
        }
        at = body + size + (size & 1);  // chunks are padded to an even size
    }
    return fail(error, Tr::tr("The file has no sound data."));
}

std::optional<PcmAudio> Wav::readFile(const QString &path, QString *error)
{
    // Sound is binary, so not through readBounded() (it stops at the first NUL byte); the same
    // rule, though: read in chunks up to the limit and one byte more, never trusting size().
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, Tr::tr("%1: %2").arg(path, file.errorString()));
    QByteArray data;
    while (data.size() <= maxFileBytes) {
        const QByteArray chunk = file.read(qint64(1) << 20);
        if (chunk.isEmpty())
            break;
        data.append(chunk);
        if (data.size() >= 12 && (!data.startsWith("RIFF") || data.mid(8, 4) != "WAVE"))
            return parse(data, error);  // not sound at all (/dev/zero, a text file): no need to read on
    }
    if (data.size() > maxFileBytes)
        return fail(error, Tr::tr("%1: more than %2 MiB: refusing").arg(path).arg(maxFileBytes >> 20));
    return parse(data, error);
}

QByteArray Wav::bytes(const PcmAudio &audio)
{
    const quint32 dataSize = quint32(audio.samples.size() * 2);
    QByteArray b;
    b.reserve(44 + qsizetype(dataSize));
    const auto put32 = [&b](quint32 v) {
        char raw[4];
        qToLittleEndian(v, raw);
        b.append(raw, 4);
    };
    const auto put16 = [&b](quint16 v) {
        char raw[2];
        qToLittleEndian(v, raw);
        b.append(raw, 2);
    };
    b.append("RIFF");
    put32(36 + dataSize);
    b.append("WAVEfmt ");
    put32(16);
    put16(1);  // PCM
    put16(1);  // mono
    put32(quint32(audio.sampleRate));
    put32(quint32(audio.sampleRate) * 2);
    put16(2);
    put16(16);
    b.append("data");
    put32(dataSize);
    for (qint16 sample : audio.samples)
        put16(quint16(sample));
    return b;
}

PcmAudio resampled(const PcmAudio &audio, int rate)
{
    if (audio.sampleRate == rate || audio.sampleRate <= 0 || rate <= 0)
        return audio;
    const double ratio = double(audio.sampleRate) / rate;
    // Cut off a little below the lower Nyquist frequency, in cycles per input sample.
    const double cutoff = 0.45 * std::min(1.0, 1.0 / ratio);
    constexpr int halfWidth = 16;
    const qsizetype n = audio.samples.size();
    PcmAudio out{rate, {}};
    out.samples.resize(qsizetype(double(n) / ratio));
    for (qsizetype i = 0; i < out.samples.size(); ++i) {
        const double t = double(i) * ratio;
        const qsizetype centre = qsizetype(t);
        double sum = 0;
        for (qsizetype k = centre - halfWidth + 1; k <= centre + halfWidth; ++k) {
            if (k < 0 || k >= n)
                continue;
            const double x = t - double(k);
            const double arg = 2 * std::numbers::pi * cutoff * x;
            const double sinc = x == 0 ? 2 * cutoff : 2 * cutoff * std::sin(arg) / arg;
            const double window = 0.5 + 0.5 * std::cos(std::numbers::pi * x / halfWidth);  // Hann
            sum += audio.samples.at(k) * sinc * window;
        }
        out.samples[i] = qint16(std::clamp(std::lround(sum), -32768L, 32767L));
    }
    return out;
}

} // namespace DockPrep
