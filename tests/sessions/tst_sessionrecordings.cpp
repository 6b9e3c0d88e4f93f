#include "support/testdata.h"
#include "sessions/sessionrecordings.h"
#include "store/interviewstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DockPrep;

class TestSessionRecordings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Curriculum m_curriculum = TestData::fixtureCurriculum();

    PcmAudio tone() const { return {Wav::speechRate, QList<qint16>(1600, 1234)}; }

private Q_SLOTS:
    void namesAreFileNamesInTheFolder()
    {
        const SessionRecordings recordings(m_dir.filePath(QStringLiteral("recordings")));
        QCOMPARE(SessionRecordings::fileName(12, 2), QStringLiteral("session-12-question-3.wav"));
        QCOMPARE(recordings.path(QStringLiteral("session-1-question-1.wav")),
                 QDir(m_dir.filePath(QStringLiteral("recordings"))).filePath(QStringLiteral("session-1-question-1.wav")));
        // A name from the database cannot reach outside the folder.
        for (const QString &hostile : {QStringLiteral("../dockprep.sqlite"), QStringLiteral("/etc/passwd"), QStringLiteral("a\\b.wav"),
                                       QStringLiteral(".."), QString()})
            QVERIFY2(recordings.path(hostile).isEmpty(), qPrintable(hostile));
        QVERIFY(!SessionRecordings().isAvailable());
        QVERIFY(SessionRecordings().path(QStringLiteral("session-1-question-1.wav")).isEmpty());
    }

    void writesWholeRecordings()
    {
        const SessionRecordings recordings(m_dir.filePath(QStringLiteral("made/on/demand")));
        QString error;
        QVERIFY2(recordings.write(QStringLiteral("session-1-question-1.wav"), tone(), &error), qPrintable(error));
        const auto back = Wav::readFile(recordings.path(QStringLiteral("session-1-question-1.wav")), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->samples, tone().samples);
        QVERIFY(!recordings.write(QStringLiteral("../escape.wav"), tone(), &error));
        QVERIFY(!error.isEmpty());
    }

    void anUnwritableFolderIsSaid()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const SessionRecordings recordings(m_dir.filePath(QStringLiteral("a-file/recordings")));
        QString error;
        QVERIFY(!recordings.write(QStringLiteral("session-1-question-1.wav"), tone(), &error));
        QVERIFY2(error.contains(QStringLiteral("a-file")), qPrintable(error));
    }

    void aDeletedSessionTakesItsRecordingsAndNoOthers()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("dockprep.sqlite"))).ok());
        InterviewStore store(db);
        const SessionRecordings recordings(dir.filePath(QStringLiteral("recordings")));
        const QStringList ids = m_curriculum.readingOrder().mid(0, 2);
        const auto gone = store.createSession({}, makeSessionQuestions(m_curriculum, ids));
        const auto kept = store.createSession({}, makeSessionQuestions(m_curriculum, ids));
        QVERIFY(gone && kept);
        QString error;
        for (qint64 id : {*gone, *kept}) {
            SessionQuestion question = store.loadSession(id)->questions.at(1);
            question.status = QuestionStatus::Answered;
            question.recording = SessionRecordings::fileName(id, 1);
            QVERIFY(recordings.write(question.recording, tone(), &error));
            QVERIFY(store.saveQuestion(id, 1, question));
        }
        QVERIFY2(recordings.deleteSession(store, *gone, &error), qPrintable(error));
        QVERIFY(!store.loadSession(*gone));
        QVERIFY(!recordings.exists(SessionRecordings::fileName(*gone, 1)));
        QVERIFY(recordings.exists(SessionRecordings::fileName(*kept, 1)));
        QVERIFY(store.loadSession(*kept));

        // No such session: nothing removed, and said.
        QVERIFY(!recordings.deleteSession(store, 999, &error));
        QVERIFY2(error.contains(QStringLiteral("999")), qPrintable(error));
        QVERIFY(recordings.exists(SessionRecordings::fileName(*kept, 1)));
    }
};

QTEST_GUILESS_MAIN(TestSessionRecordings)
#include "tst_sessionrecordings.moc"
