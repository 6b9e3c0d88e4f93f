#include "audio/answerplayer.h"
#include "audio/questionreader.h"
#include "speech/pcmaudio.h"

#include <QFile>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtTextToSpeech/QTextToSpeech>

using namespace DockPrep;

class TestAnswerPlayback : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void refusesWhatIsNotARecording()
    {
        AnswerPlayer player;
        QVERIFY(!player.play(m_dir.filePath(QStringLiteral("missing.wav"))));
        QVERIFY(!player.error().isEmpty());
        QFile text(m_dir.filePath(QStringLiteral("notes.wav")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("these are notes, not sound");
        text.close();
        QVERIFY(!player.play(text.fileName()));
        QVERIFY(!player.error().isEmpty());
        QVERIFY(!player.isPlaying());
    }

    void playsARecordingOrSaysWhyNot()
    {
        PcmAudio audio{Wav::speechRate, QList<qint16>(Wav::speechRate / 5, 0)};  // 0.2 s of silence
        QFile file(m_dir.filePath(QStringLiteral("answer.wav")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Wav::bytes(audio));
        file.close();
        AnswerPlayer player;
        QSignalSpy playing(&player, &AnswerPlayer::playingChanged);
        if (QMediaDevices::audioOutputs().isEmpty()) {
            QVERIFY(!player.play(file.fileName()));
            QVERIFY2(player.error().contains(QStringLiteral("No sound output")), qPrintable(player.error()));
            QVERIFY(playing.isEmpty());
            return;
        }
        QVERIFY2(player.play(file.fileName()), qPrintable(player.error()));
        QCOMPARE(player.durationMs(), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 5000);  // to the end on its own
        QCOMPARE(playing.size(), 2);
    }

    void readingAloudTurnedOffFinishesAtOnce()
    {
        QuestionReader reader(QStringLiteral("none"));
        QVERIFY(!reader.available());
        QVERIFY(reader.problem().contains(QStringLiteral("turned off")));
        QSignalSpy finished(&reader, &QuestionReader::finished);
        reader.read(QStringLiteral("What is a container?"));
        QVERIFY(reader.isReading());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!reader.isReading());
    }

    void anEngineThatIsNotInstalledIsNamed()
    {
        QuestionReader reader(QStringLiteral("no-such-engine"));
        QVERIFY(!reader.available());
        QVERIFY2(reader.problem().contains(QStringLiteral("no-such-engine")) || reader.problem().contains(QStringLiteral("No text-to-speech")),
                 qPrintable(reader.problem()));
    }

    void anInstalledEngineReadsOrFailsPlainly()
    {
        if (QTextToSpeech::availableEngines().isEmpty())
            QSKIP("no text-to-speech engine is installed");
        QuestionReader reader;
        QSignalSpy finished(&reader, &QuestionReader::finished);
        reader.read(QStringLiteral("What does a container share with its host?"));
        // Read to the end, or stopped by an engine that cannot speak here (no sound output):
        // either way it finishes, and a failure is said in words.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!reader.isReading());
        if (QMediaDevices::audioOutputs().isEmpty())
            QVERIFY2(!reader.problem().isEmpty(), "no sound output, yet no word on why nothing was heard");
        else
            QVERIFY2(reader.problem().isEmpty(), qPrintable(reader.problem()));
    }
};

QTEST_GUILESS_MAIN(TestAnswerPlayback)
#include "tst_answerplayback.moc"
