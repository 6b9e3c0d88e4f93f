#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `dockprep analyze` as a user runs it: the real binary, its output and its exit codes.
class TestAnalyzeCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DOCKPREP_APP), QStringList{QStringLiteral("analyze")} + args);
        if (!input.isNull()) {
            process.write(input);
            process.closeWriteChannel();
        }
        if (!process.waitForFinished(60000))
            qFatal("dockprep analyze did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString write(const QString &name, const QByteArray &text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(text);
        return file.fileName();
    }

    static constexpr char multiStage[] =
        "FROM golang:1.23 AS build\n"
        "WORKDIR /src\n"
        "COPY go.mod go.sum ./\n"
        "RUN go mod download\n"
        "COPY . .\n"
        "RUN go build -o /out/app ./cmd/app\n"
        "FROM gcr.io/distroless/static-debian12:nonroot\n"
        "COPY --from=build /out/app /app\n"
        "EXPOSE 8080\n"
        "ENTRYPOINT [\"/app\"]\n";

private Q_SLOTS:
    void text()
    {
        const QString path = write(QStringLiteral("Dockerfile"), multiStage);
        const Run r = run({path, QStringLiteral("--changed"), QStringLiteral("cmd/app/main.go")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        for (const char *expected : {"Stages (target: stage 1)", "build  FROM golang:1.23", "uses build (copy-from, line 8)", "Layers:",
                                     "COPY --from=build /out/app /app", "DP010", "why: ", "Build cache after changing cmd/app/main.go (5 hits, 5 misses)",
                                     "cmd/app/main.go changed and matches the source ."})
            QVERIFY2(r.out.contains(QLatin1String(expected)), qPrintable(QLatin1String(expected) + QStringLiteral("\n---\n") + r.out));
    }

    void json()
    {
        const QString path = write(QStringLiteral("Dockerfile"), multiStage);
        const Run r = run({path, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--changed"), QStringLiteral("go.sum"),
                           QStringLiteral("--build-arg"), QStringLiteral("VERSION=2")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("file")).toString(), path);
        QCOMPARE(root.value(QStringLiteral("target")).toInt(), 1);
        const QJsonArray stages = root.value(QStringLiteral("stages")).toArray();
        QCOMPARE(stages.size(), 2);
        QCOMPARE(stages.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("build"));
        QVERIFY(stages.at(1).toObject().value(QStringLiteral("name")).isNull());
        QCOMPARE(stages.at(0).toObject().value(QStringLiteral("layers")).toArray().size(), 4);
        const QJsonObject dependency = stages.at(1).toObject().value(QStringLiteral("dependencies")).toArray().at(0).toObject();
        QCOMPARE(dependency.value(QStringLiteral("kind")).toString(), QStringLiteral("copy-from"));
        QCOMPARE(dependency.value(QStringLiteral("stage")).toInt(), 0);
        const QJsonObject cache = root.value(QStringLiteral("cache")).toObject();
        QCOMPARE(cache.value(QStringLiteral("changedArgs")).toArray().at(0).toString(), QStringLiteral("VERSION"));
        const QJsonArray steps = cache.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 10);
        const QJsonObject copy = steps.at(2).toObject();
        QCOMPARE(copy.value(QStringLiteral("firstLine")).toInt(), 3);
        QCOMPARE(copy.value(QStringLiteral("status")).toString(), QStringLiteral("miss"));
        QCOMPARE(copy.value(QStringLiteral("reason")).toString(), QStringLiteral("sources-changed"));
        QCOMPARE(copy.value(QStringLiteral("detail")).toString(), QStringLiteral("go.sum"));
        QCOMPARE(steps.at(7).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("source-stage-changed"));
        QCOMPARE(cache.value(QStringLiteral("misses")).toInt(), 7);
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        for (const char *key : {"rule", "severity", "line", "lastLine", "column", "message", "why"})
            QVERIFY2(findings.at(0).toObject().contains(QLatin1String(key)), key);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");  // empty: use `args` as given
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");  // in stdout or stderr
        QTest::newRow("clean") << QByteArray("FROM alpine:3.20\nUSER app\nCMD [\"app\"]\n") << QStringList() << 0 << "Findings (0)";
        QTest::newRow("info only") << QByteArray("FROM nginx:1.27\nEXPOSE 80\nUSER app\nCMD [\"nginx\"]\n") << QStringList() << 0 << "info DP010";
        QTest::newRow("warnings") << QByteArray("FROM alpine\nCMD app\n") << QStringList() << 1 << "DP004";
        QTest::newRow("error finding") << QByteArray("FROM alpine:3.20\nENV DB_PASSWORD=hunter2\nUSER app\nCMD [\"app\"]\n") << QStringList() << 3
                                       << "error DP006";
        QTest::newRow("parse error") << QByteArray("FROM alpine:3.20\nRUN  <<EOF\necho\n") << QStringList() << 3
                                     << ":2:6: error: unterminated heredoc";
        QTest::newRow("unknown instruction") << QByteArray("FROM alpine:3.20\nCOPPY a b\n") << QStringList() << 3 << ":2:1: error: unknown instruction: COPPY";
        QTest::newRow("empty file") << QByteArray("\n") << QStringList() << 3 << "no instructions";
        QTest::newRow("missing file") << QByteArray() << QStringList{QStringLiteral("/nonexistent/Dockerfile")} << 4
                                      << "cannot read /nonexistent/Dockerfile";
        QTest::newRow("a folder") << QByteArray() << QStringList{QStringLiteral("/")} << 4 << "is a folder";
        QTest::newRow("no file") << QByteArray() << QStringList() << 2 << "give exactly one Dockerfile";
        QTest::newRow("bad format") << QByteArray("FROM a:1\n") << QStringList{QStringLiteral("--format"), QStringLiteral("yaml")} << 2
                                    << "--format takes text or json";
        QTest::newRow("BuildKit would refuse it") << QByteArray("FROM alpine:3.20\nEXPOSE 80/xyz\n") << QStringList() << 3 << "[DP105]";
        QTest::newRow("unknown option") << QByteArray("FROM a:1\n") << QStringList{QStringLiteral("--frobnicate")} << 2 << "frobnicate";
        QTest::newRow("unknown target") << QByteArray("FROM a:1 AS one\n") << QStringList{QStringLiteral("--target"), QStringLiteral("two")}
                                        << 2 << "no stage named 'two'";
    }
    void exitCodes()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        if (!dockerfile.isEmpty())
            args.prepend(write(QStringLiteral("Dockerfile.case"), dockerfile));
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        const QString output = r.out + r.err;
        QVERIFY2(output.contains(message), qPrintable(output));
    }

    void readsStandardInput()
    {
        const Run r = run({QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")}, "FROM node:22\nCOPY . .\nRUN npm ci\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("\"DP008\"")), qPrintable(r.out));
    }

    // A whole multi-stage file of the project's own test data (tests/data/dockerfiles).
    void realFile()
    {
        const Run r = run({QStringLiteral(DOCKPREP_SOURCE_DIR "/tests/data/dockerfiles/go-service.Dockerfile"), QStringLiteral("--changed"),
                           QStringLiteral("go.mod")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("certs")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("cache miss: go.mod changed")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyzecommand.moc"
