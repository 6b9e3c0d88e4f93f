// WAVE files in and out, and bringing any recording to the recogniser's 16 kHz without aliasing.
#include "speech/pcmaudio.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <numbers>

using namespace DockPrep;

namespace {

PcmAudio tone(int rate, double hz, double seconds, double amplitude = 10000)
{
    PcmAudio audio{rate, {}};
    const auto n = qsizetype(rate * seconds);
    for (qsizetype i = 0; i < n; ++i)
        audio.samples.append(qint16(std::lround(amplitude * std::sin(2 * std::numbers::pi * hz * double(i) / rate))));
    return audio;
}

double rms(const PcmAudio &audio, qsizetype skip = 64)
{
    double sum = 0;
    qsizetype n = 0;
    for (qsizetype i = skip; i + skip < audio.samples.size(); ++i, ++n)
        sum += double(audio.samples.at(i)) * audio.samples.at(i);
    return n ? std::sqrt(sum / double(n)) : 0;
}

int zeroCrossings(const PcmAudio &audio)
{
    int crossings = 0;
    for (qsizetype i = 1; i < audio.samples.size(); ++i)
        crossings += (audio.samples.at(i - 1) < 0) != (audio.samples.at(i) < 0) ? 1 : 0;
    return crossings;
}

} // namespace

class TestPcmAudio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWrittenFileReadsBackExactly()
    {
        const PcmAudio audio = tone(16000, 440, 0.25);
        QString error;
        const auto back = Wav::parse(Wav::bytes(audio), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->sampleRate, 16000);
        QCOMPARE(back->samples, audio.samples);
        QCOMPARE(back->durationMs(), 250);
    }

    void stereoIsMixedDown()
    {
        QByteArray bytes = Wav::bytes(PcmAudio{8000, {100, 200}});
        // Rewrite as two channels of one frame: left 100, right 200.
        qToLittleEndian<quint16>(2, bytes.data() + 22);
        qToLittleEndian<quint32>(8000 * 4, bytes.data() + 28);
        qToLittleEndian<quint16>(4, bytes.data() + 32);
        QString error;
        const auto audio = Wav::parse(bytes, &error);
        QVERIFY2(audio, qPrintable(error));
        QCOMPARE(audio->samples, (QList<qint16>{150}));
    }

    void aRecordingCutShortKeepsWhatIsThere()
    {
        QByteArray bytes = Wav::bytes(tone(16000, 440, 0.1));
        bytes.chop(1001);  // a killed recorder: the header promises more than the file has
        QString error;
        const auto audio = Wav::parse(bytes, &error);
        QVERIFY2(audio, qPrintable(error));
        QCOMPARE(audio->samples.size(), 1600 - 501);
    }

    void otherFilesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("FROM alpine\n");
        QByteArray eightBit = Wav::bytes(tone(8000, 440, 0.01));
        qToLittleEndian<quint16>(8, eightBit.data() + 34);
        QTest::newRow("8-bit") << eightBit;
        QByteArray floats = Wav::bytes(tone(8000, 440, 0.01));
        qToLittleEndian<quint16>(3, floats.data() + 20);
        QTest::newRow("float") << floats;
        QTest::newRow("no data chunk") << Wav::bytes(PcmAudio{16000, {}}).left(36);
    }

    void otherFilesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, bytes);
        QString error;
        QVERIFY(!Wav::parse(bytes, &error));
        QVERIFY(!error.isEmpty());
    }

    void aFileThatIsNotThereSaysSo()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!Wav::readFile(dir.filePath(QStringLiteral("none.wav")), &error));
        QVERIFY(error.contains(QStringLiteral("none.wav")));
    }

    void endlessInputIsRefusedAtOnce()
    {
        QString error;
        QVERIFY(!Wav::readFile(QStringLiteral("/dev/zero"), &error));
        QVERIFY2(error.contains(QStringLiteral("not a WAVE")), qPrintable(error));
    }

    void aWaveFileBeyondTheBoundIsRefused()
    {
        // A real header followed by more sound than any answer: refused at the bound, not read whole.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(Wav::bytes(tone(16000, 440, 0.01))) > 0);
        QVERIFY(file.resize(Wav::maxFileBytes + 4096));  // sparse: no disk is spent
        file.close();
        QString error;
        QVERIFY(!Wav::readFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("more than 128 MiB")), qPrintable(error));
    }

    void resamplingKeepsSpeechFrequencies()
    {
        const PcmAudio in = tone(48000, 1000, 1.0);
        const PcmAudio out = resampled(in, 16000);
        QCOMPARE(out.sampleRate, 16000);
        QCOMPARE(out.samples.size(), 16000);
        QVERIFY(std::abs(zeroCrossings(out) - 2000) <= 2);  // still 1 kHz
        QVERIFY(std::abs(rms(out) - rms(in)) < 0.05 * rms(in));  // and as loud
    }

    void resamplingDoesNotFoldHighTonesIntoSpeech()
    {
        // 11 kHz is above 16 kHz's Nyquist limit: dropped, not folded back to 5 kHz.
        const PcmAudio out = resampled(tone(44100, 11000, 0.5), 16000);
        QVERIFY2(rms(out) < 0.05 * 10000 / std::sqrt(2.0), qPrintable(QString::number(rms(out))));
    }
};

QTEST_GUILESS_MAIN(TestPcmAudio)
#include "tst_pcmaudio.moc"
