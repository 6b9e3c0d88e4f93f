#include "support/fakeclock.h"
#include "audio/answerrecorder.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>

using namespace DockPrep;

namespace {

QByteArray samples(qsizetype count, qint16 value)
{
    QByteArray bytes(count * qsizetype(sizeof(qint16)), Qt::Uninitialized);
    for (qsizetype i = 0; i < count; ++i)
        std::memcpy(bytes.data() + i * sizeof(qint16), &value, sizeof value);
    return bytes;
}

} // namespace

class TestAnswerRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsOnlyWhatIsFedWhileRecording()
    {
        FakeClock clock;
        AnswerRecorder recorder(60000, clock.clock());
        recorder.feed(samples(1600, 100));  // before the start: not an answer
        QVERIFY(recorder.start(AnswerRecorder::Input::Caller));
        recorder.feed(samples(16000, 1000));  // one second
        clock.advance(1000);
        recorder.pause();
        recorder.feed(samples(8000, -7));     // said during the pause
        clock.advance(5000);
        recorder.resume();
        recorder.feed(samples(8000, 2000));   // half a second more
        clock.advance(500);
        QCOMPARE(recorder.keptMs(), 1500);
        QCOMPARE(recorder.recording().recordedMs(), 1500);
        const PcmAudio audio = recorder.stop();
        QCOMPARE(audio.sampleRate, Wav::speechRate);
        QCOMPARE(audio.samples.size(), 24000);
        QCOMPARE(audio.samples.first(), qint16(1000));
        QCOMPARE(audio.samples.last(), qint16(2000));
        QVERIFY(!audio.samples.contains(qint16(-7)));
        recorder.feed(samples(1600, 5));  // after the stop
        QCOMPARE(recorder.keptMs(), 0);
        QVERIFY(!recorder.start(AnswerRecorder::Input::Caller));  // one answer per recorder
    }

    // A question resumed after a close goes on from what was checkpointed; snapshots do not
    // disturb the recording.
    void goesOnFromAnEarlierRecording()
    {
        FakeClock clock;
        AnswerRecorder recorder(60000, clock.clock());
        recorder.continueFrom(PcmAudio{Wav::speechRate, QList<qint16>(16000, 11)});
        QCOMPARE(recorder.keptMs(), 1000);
        QVERIFY(recorder.start(AnswerRecorder::Input::Caller));
        recorder.continueFrom(PcmAudio{Wav::speechRate, QList<qint16>(5, 99)});  // too late: ignored
        recorder.feed(samples(8000, 22));
        const PcmAudio partial = recorder.snapshot();
        QCOMPARE(partial.samples.size(), 24000);
        recorder.feed(samples(8000, 33));
        const PcmAudio all = recorder.stop();
        QCOMPARE(all.samples.size(), 32000);
        QCOMPARE(all.samples.at(0), qint16(11));
        QCOMPARE(all.samples.at(16000), qint16(22));
        QCOMPARE(all.samples.last(), qint16(33));
    }

    void anOddByteIsNotHalfASample()
    {
        FakeClock clock;
        AnswerRecorder recorder(60000, clock.clock());
        QVERIFY(recorder.start(AnswerRecorder::Input::Caller));
        recorder.feed(QByteArray(3, '\x01'));
        QCOMPARE(recorder.stop().samples.size(), 1);
    }

    void stopsKeepingAtTheLimitAndSaysSo()
    {
        FakeClock clock;
        AnswerRecorder recorder(60000, clock.clock());
        QSignalSpy limit(&recorder, &AnswerRecorder::limitReached);
        QVERIFY(recorder.start(AnswerRecorder::Input::Caller));
        const QByteArray minute = samples(Wav::speechRate * 60, 3);
        for (int i = 0; i < 11; ++i)  // eleven minutes of talking
            recorder.feed(minute);
        QCOMPARE(limit.size(), 1);
        QCOMPARE(recorder.keptMs(), AnswerRecorder::maxRecordingMs);
        QCOMPARE(recorder.stop().durationMs(), AnswerRecorder::maxRecordingMs);
    }

    void reportsTheLoudness()
    {
        FakeClock clock;
        AnswerRecorder recorder(60000, clock.clock());
        QSignalSpy level(&recorder, &AnswerRecorder::levelChanged);
        QVERIFY(recorder.start(AnswerRecorder::Input::Caller));
        recorder.feed(samples(100, 16384));
        QCOMPARE(level.size(), 1);
        QCOMPARE(level.first().first().toFloat(), 0.5f);
    }

    // Where there is a microphone (a desktop, or a sound server's null source), it records.
    void recordsFromTheDefaultMicrophone()
    {
        if (QMediaDevices::audioInputs().isEmpty())
            QSKIP("no microphone on this machine");
        FakeClock clock;
        AnswerRecorder recorder(60000, clock.clock());
        QVERIFY2(recorder.start(), qPrintable(recorder.error()));
        QVERIFY(!recorder.deviceName().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(recorder.keptMs() >= 300, 5000);
        recorder.pause();
        const qint64 atPause = recorder.keptMs();
        QTest::qWait(500);
        QVERIFY2(recorder.keptMs() <= atPause + 50, qPrintable(QString::number(recorder.keptMs() - atPause)));
        recorder.resume();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.keptMs() >= atPause + 300, 5000);
        const PcmAudio audio = recorder.stop();
        QCOMPARE(audio.sampleRate, Wav::speechRate);
        QVERIFY(audio.durationMs() >= 600);
    }

    void withoutAMicrophoneSaysSo()
    {
        if (!QMediaDevices::audioInputs().isEmpty())
            QSKIP("this machine has a microphone");
        FakeClock clock;
        AnswerRecorder recorder(60000, clock.clock());
        QVERIFY(!recorder.start());
        QVERIFY2(recorder.error().contains(QStringLiteral("No microphone")), qPrintable(recorder.error()));
        QCOMPARE(recorder.recording().state(), AnswerRecording::State::Idle);
    }
};

QTEST_GUILESS_MAIN(TestAnswerRecorder)
#include "tst_answerrecorder.moc"
