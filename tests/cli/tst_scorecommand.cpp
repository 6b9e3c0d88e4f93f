// `dockprep score`: the key-point matcher from a terminal, with its evidence and exit codes.
#include "support/testdata.h"

#include "cli/scorecommand.h"
#include "support/spokenanswers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace DockPrep;

namespace {

struct Run {
    int code = 0;
    QString out;
    QString err;
};

Run score(const QStringList &args, const QString &stdinText = {})
{
    QString input = stdinText;
    QString output;
    QString errors;
    QTextStream in(&input);
    QTextStream out(&output);
    QTextStream err(&errors);
    const int code = runScoreCommand(QStringList{QStringLiteral("dockprep"), QStringLiteral("score")} + args,
                                     TestData::sourcePath(QStringLiteral("content")),
                                     TestData::sourcePath(QStringLiteral("diagrams/catalog.yaml")), in, out, err);
    out.flush();
    err.flush();
    return {code, output, errors};
}

const QString negatedDr = QStringLiteral("I would not bother with backups or pg_dump or WAL archiving, and never test a restore… no RPO or RTO targets");

} // namespace

class TestScoreCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textFromStdin()
    {
        const Run run = score({QStringLiteral("container-disaster-recovery"), QStringLiteral("-")},
                              QStringLiteral("Everything is in Git and Flux redeploys it. No pg_dump."));
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("container-disaster-recovery: 1 of 6 key points covered\n")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("[x] Desired state in Git; GitOps redeploys stateless services\n")));
        QVERIFY(run.out.contains(QStringLiteral("\"Git\" at 17 (term: git)")));
        QVERIFY(run.out.contains(QStringLiteral("[ ] Database-native backups")));
        QVERIFY2(run.out.contains(QStringLiteral("\"pg_dump\" at 47 (term: pg_dump; not counted: negated)")), qPrintable(run.out));
    }

    void jsonFromFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("answer.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(negatedDr.toUtf8());
        file.close();
        const Run run = score({QStringLiteral("container-disaster-recovery"), QStringLiteral("--answer-file"), file.fileName(),
                               QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("covered")).toInt(), 0);
        const QJsonArray points = root.value(QLatin1String("keyPoints")).toArray();
        QCOMPARE(points.size(), 6);
        for (const QJsonValue &point : points)
            QCOMPARE(point.toObject().value(QLatin1String("covered")).toBool(), false);
        // The evidence is still reported, with why it did not count.
        const QJsonArray evidence = points.at(2).toObject().value(QLatin1String("evidence")).toArray();
        QVERIFY(!evidence.isEmpty());
        const QJsonObject first = evidence.first().toObject();
        QCOMPARE(first.value(QLatin1String("text")).toString(), QStringLiteral("pg_dump"));
        QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("negated"));
        QCOMPARE(negatedDr.mid(first.value(QLatin1String("start")).toInt(), first.value(QLatin1String("length")).toInt()),
                 QStringLiteral("pg_dump"));
    }

    void aSpokenAnswerIsTranscribedAndScored()
    {
        if (!SpokenAnswers::synthesiser().isEmpty() && DockPrep::SpeechModel::installed().problem().isEmpty()) {
            QTemporaryDir dir;
            QString error;
            const auto audio = SpokenAnswers::speak(QStringLiteral("First we agree the recovery point and recovery time for each "
                                                                   "service with the business. Then backups go off-site, "
                                                                   "encrypted and immutable."),
                                                    0, dir, &error);
            QVERIFY2(audio, qPrintable(error));
            const QString wav = dir.filePath(QStringLiteral("answer.wav"));
            QFile file(wav);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(DockPrep::Wav::bytes(*audio)) > 0);
            file.close();
            const Run run = score({QStringLiteral("container-disaster-recovery"), QStringLiteral("--recording"), wav});
            QCOMPARE(run.code, 0);
            QVERIFY2(run.out.contains(QStringLiteral("recovery time for each service with the business")), qPrintable(run.out));
            QVERIFY2(run.out.contains(QStringLiteral("[x] Set RPO and RTO per service")), qPrintable(run.out));
            QVERIFY2(run.out.contains(QStringLiteral("[x] Backups off-site, encrypted and immutable")), qPrintable(run.out));
            QVERIFY2(run.out.contains(QStringLiteral("[ ] Desired state in Git")), qPrintable(run.out));
            QVERIFY(run.out.contains(QStringLiteral("words a minute")));

            const Run json = score({QStringLiteral("container-disaster-recovery"), QStringLiteral("--recording"), wav,
                                    QStringLiteral("--format"), QStringLiteral("json")});
            const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
            QVERIFY(result.value(QStringLiteral("transcript")).toString().contains(QStringLiteral("immutable")));
            QVERIFY(result.value(QStringLiteral("delivery")).toObject().value(QStringLiteral("wordsPerMinute")).toInt() > 60);
        } else {
            QSKIP("flite or PocketSphinx's English model is not installed: no spoken answer to score");
        }
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString dr = QStringLiteral("container-disaster-recovery");
        QTest::newRow("no answer source") << QStringList{dr} << 2 << QStringLiteral("usage");
        QTest::newRow("both sources") << QStringList{dr, QStringLiteral("-"), QStringLiteral("--answer-file"), QStringLiteral("x")} << 2
                                      << QStringLiteral("usage");
        QTest::newRow("no entry") << QStringList{QStringLiteral("-")} << 2 << QStringLiteral("usage");
        QTest::newRow("bad format") << QStringList{dr, QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("xml")} << 2
                                    << QStringLiteral("--format takes text or json");
        QTest::newRow("unknown option") << QStringList{dr, QStringLiteral("-"), QStringLiteral("--colour")} << 2 << QStringLiteral("colour");
        QTest::newRow("unknown entry") << QStringList{QStringLiteral("no-such-entry"), QStringLiteral("-")} << 4
                                       << QStringLiteral("no entry 'no-such-entry'");
        QTest::newRow("unreadable file") << QStringList{dr, QStringLiteral("--answer-file"), QStringLiteral("/nonexistent/answer.txt")} << 1
                                         << QStringLiteral("cannot read");
        QTest::newRow("recording and text") << QStringList{dr, QStringLiteral("-"), QStringLiteral("--recording"), QStringLiteral("a.wav")}
                                            << 2 << QStringLiteral("usage");
        QTest::newRow("recording not a WAV") << QStringList{dr, QStringLiteral("--recording"), TestData::sourcePath(QStringLiteral("README.md"))}
                                             << 1 << QStringLiteral("not a WAVE file");
        QTest::newRow("recording missing") << QStringList{dr, QStringLiteral("--recording"), QStringLiteral("/nonexistent/a.wav")} << 1
                                           << QStringLiteral("/nonexistent/a.wav");
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run run = score(args, QStringLiteral("an answer"));
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScoreCommand)
#include "tst_scorecommand.moc"
