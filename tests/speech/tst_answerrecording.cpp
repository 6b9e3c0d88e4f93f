// The recording's state machine under pause and overtime, on a clock the test moves.
#include "speech/answerrecording.h"

#include <QTest>

using namespace DockPrep;
using State = AnswerRecording::State;

class TestAnswerRecording : public QObject
{
    Q_OBJECT

    qint64 m_now = 1'000'000;
    MonotonicClock clock()
    {
        return [this] { return m_now; };
    }

private Q_SLOTS:
    void init() { m_now = 1'000'000; }

    void pausedTimeIsNeverRecorded()
    {
        AnswerRecording recording(60'000, clock());
        QVERIFY(!recording.accepting());
        QVERIFY(recording.start());
        m_now += 10'000;
        QVERIFY(recording.pause());
        QVERIFY(!recording.accepting());
        m_now += 120'000;  // a long pause
        QCOMPARE(recording.recordedMs(), 10'000);
        QVERIFY(!recording.isOvertime());  // the pause does not run the answer into overtime
        QVERIFY(recording.resume());
        QVERIFY(recording.accepting());
        m_now += 5'000;
        QCOMPARE(recording.recordedMs(), 15'000);
        QVERIFY(recording.stop());
        m_now += 99'000;
        QCOMPARE(recording.recordedMs(), 15'000);
        QCOMPARE(recording.state(), State::Stopped);
    }

    void pastTheLimitItKeepsRecordingAndCountsOvertime()
    {
        AnswerRecording recording(30'000, clock());
        recording.start();
        m_now += 29'999;
        QVERIFY(!recording.isOvertime());
        m_now += 10'001;
        QVERIFY(recording.accepting());
        QCOMPARE(recording.overtimeMs(), 10'000);
        recording.pause();
        m_now += 50'000;
        QCOMPARE(recording.overtimeMs(), 10'000);  // paused overtime is not overtime
        recording.stop();
        QCOMPARE(recording.recordedMs(), 40'000);
    }

    void stoppingWhilePausedKeepsWhatWasRecorded()
    {
        AnswerRecording recording(0, clock());  // no limit
        recording.start();
        m_now += 7'000;
        recording.pause();
        m_now += 3'000;
        QVERIFY(recording.stop());
        QCOMPARE(recording.recordedMs(), 7'000);
        QCOMPARE(recording.overtimeMs(), 0);
    }

    void movesThatMakeNoSenseChangeNothing()
    {
        AnswerRecording recording(60'000, clock());
        QVERIFY(!recording.pause());
        QVERIFY(!recording.resume());
        QVERIFY(!recording.stop());
        QCOMPARE(recording.state(), State::Idle);
        recording.start();
        QVERIFY(!recording.start());
        QVERIFY(!recording.resume());
        recording.pause();
        QVERIFY(!recording.pause());
        recording.stop();
        QVERIFY(!recording.start());
        QVERIFY(!recording.resume());
        QVERIFY(!recording.pause());
        QVERIFY(!recording.stop());
        QCOMPARE(recording.state(), State::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestAnswerRecording)
#include "tst_answerrecording.moc"
