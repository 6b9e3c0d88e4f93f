#include "analyzers/buildcache.h"
#include "analyzers/dockerfileparser.h"

#include <QTest>

using namespace DockPrep;

namespace {

// A Go service: builder, a tools stage, a test stage the final image does not need, final image.
const char multiStage[] =
    "FROM golang:1.23 AS build\n"                                            // 1
    "WORKDIR /src\n"                                                         // 2
    "COPY go.mod go.sum ./\n"                                                // 3
    "RUN go mod download\n"                                                  // 4
    "COPY . .\n"                                                             // 5
    "ARG VERSION=dev\n"                                                      // 6
    "RUN go build -ldflags \"-X main.v=${VERSION}\" -o /out/app ./cmd/app\n" // 7
    "FROM alpine:3.20 AS tools\n"                                            // 8
    "RUN apk add --no-cache ca-certificates\n"                               // 9
    "FROM build AS test\n"                                                   // 10
    "RUN go test ./...\n"                                                    // 11
    "FROM gcr.io/distroless/static-debian12\n"                               // 12
    "COPY --from=tools /etc/ssl/certs /etc/ssl/certs\n"                      // 13
    "COPY --from=build /out/app /app\n"                                      // 14
    "COPY config/ /etc/app/\n"                                               // 15
    "ENTRYPOINT [\"/app\"]\n";                                               // 16

// No `COPY . .`: only the listed files matter.
const char selective[] =
    "FROM node:22-slim\n"                     // 1
    "WORKDIR /app\n"                          // 2
    "COPY package.json package-lock.json ./\n" // 3
    "RUN npm ci\n"                            // 4
    "COPY src/ ./src/\n"                      // 5
    "COPY *.config.js ./\n"                   // 6
    "CMD [\"node\", \"src/index.js\"]\n";     // 7

const char args[] =
    "ARG BASE_TAG=3.20\n"                   // 1
    "ARG UNUSED=1\n"                        // 2
    "FROM alpine:${BASE_TAG}\n"             // 3
    "ARG CACHEBUST\n"                       // 4
    "ENV A=1\n"                             // 5
    "COPY x /x\n"                           // 6
    "RUN echo $UNUSED\n"                    // 7
    "ARG USED\n"                            // 8
    "ENV B=$USED\n"                         // 9
    "ARG UNUSED\n"                          // 10
    "RUN true\n";                           // 11

const char mounts[] =
    "FROM golang:1.23\n"                                                      // 1
    "RUN --mount=type=bind,source=go.sum,target=go.sum --mount=type=cache,target=/go/pkg/mod go mod download\n" // 2
    "RUN --mount=target=. go build -o /app\n"                                 // 3
    "ARG DEPENDENCY=target/dependency\n"                                      // 4
    "COPY ${DEPENDENCY}/lib /app/lib\n"                                       // 5
    "COPY ${UNKNOWN}/x.txt /x\n";                                             // 6

// "line:H" hit, "line:S" skipped, "line:M-reason" miss.
QString summarize(const ParsedDockerfile &file, const CacheSimulation &simulation)
{
    QStringList parts;
    for (const CacheStep &step : simulation.steps) {
        QString s = QString::number(file.instructions.at(step.instruction).firstLine) + QLatin1Char(':');
        switch (step.status) {
        case CacheStep::Status::Hit: s += QLatin1Char('H'); break;
        case CacheStep::Status::Skipped: s += QLatin1Char('S'); break;
        case CacheStep::Status::Miss: s += QStringLiteral("M-") + cacheReasonName(step.reason); break;
        }
        parts.append(s);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestBuildCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cascade_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QStringList>("argNames");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected");

        const QString multi = QString::fromLatin1(multiStage);
        QTest::newRow("nothing changed") << multi << QStringList() << QStringList() << QString()
                                         << "1:H 2:H 3:H 4:H 5:H 6:H 7:H 8:H 9:H 10:S 11:S 12:H 13:H 14:H 15:H 16:H";
        QTest::newRow("source file in the builder invalidates the final COPY --from")
            << multi << QStringList{QStringLiteral("cmd/app/main.go")} << QStringList() << QString()
            << "1:H 2:H 3:H 4:H 5:M-sources-changed 6:M-previous-step-missed 7:M-previous-step-missed 8:H 9:H 10:S 11:S "
               "12:H 13:H 14:M-source-stage-changed 15:M-previous-step-missed 16:M-previous-step-missed";
        QTest::newRow("go.mod invalidates the dependency download")
            << multi << QStringList{QStringLiteral("./go.mod")} << QStringList() << QString()
            << "1:H 2:H 3:M-sources-changed 4:M-previous-step-missed 5:M-previous-step-missed 6:M-previous-step-missed "
               "7:M-previous-step-missed 8:H 9:H 10:S 11:S 12:H 13:H 14:M-source-stage-changed 15:M-previous-step-missed "
               "16:M-previous-step-missed";
        QTest::newRow("config is in the COPY . . context too (no .dockerignore)")
            << multi << QStringList{QStringLiteral("config/app.yaml")} << QStringList() << QString()
            << "1:H 2:H 3:H 4:H 5:M-sources-changed 6:M-previous-step-missed "
               "7:M-previous-step-missed 8:H 9:H 10:S 11:S 12:H 13:H 14:M-source-stage-changed 15:M-previous-step-missed "
               "16:M-previous-step-missed";
        QTest::newRow("ARG change misses at its first use")
            << multi << QStringList() << QStringList{QStringLiteral("VERSION")} << QString()
            << "1:H 2:H 3:H 4:H 5:H 6:H 7:M-arg-changed 8:H 9:H 10:S 11:S 12:H 13:H 14:M-source-stage-changed "
               "15:M-previous-step-missed 16:M-previous-step-missed";
        QTest::newRow("undeclared build arg changes nothing")
            << multi << QStringList() << QStringList{QStringLiteral("HTTP_PROXY")} << QString()
            << "1:H 2:H 3:H 4:H 5:H 6:H 7:H 8:H 9:H 10:S 11:S 12:H 13:H 14:H 15:H 16:H";
        QTest::newRow("target test: FROM a changed stage")
            << multi << QStringList{QStringLiteral("go.sum")} << QStringList() << QStringLiteral("test")
            << "1:H 2:H 3:M-sources-changed 4:M-previous-step-missed 5:M-previous-step-missed 6:M-previous-step-missed "
               "7:M-previous-step-missed 8:S 9:S 10:M-base-stage-changed 11:M-previous-step-missed 12:S 13:S 14:S 15:S 16:S";

        const QString sel = QString::fromLatin1(selective);
        QTest::newRow("path matching nothing: all hits") << sel << QStringList{QStringLiteral("README.md"), QStringLiteral("docs/x.md")}
                                                         << QStringList() << QString() << "1:H 2:H 3:H 4:H 5:H 6:H 7:H";
        QTest::newRow("directory source") << sel << QStringList{QStringLiteral("src/lib/util.js")} << QStringList() << QString()
                                          << "1:H 2:H 3:H 4:H 5:M-sources-changed 6:M-previous-step-missed 7:M-previous-step-missed";
        QTest::newRow("wildcard source") << sel << QStringList{QStringLiteral("jest.config.js")} << QStringList() << QString()
                                         << "1:H 2:H 3:H 4:H 5:H 6:M-sources-changed 7:M-previous-step-missed";
        QTest::newRow("wildcard does not cross /") << sel << QStringList{QStringLiteral("test/jest.config.js")} << QStringList()
                                                   << QString() << "1:H 2:H 3:H 4:H 5:H 6:H 7:H";
        QTest::newRow("lock file") << sel << QStringList{QStringLiteral("package-lock.json")} << QStringList() << QString()
                                   << "1:H 2:H 3:M-sources-changed 4:M-previous-step-missed 5:M-previous-step-missed "
                                      "6:M-previous-step-missed 7:M-previous-step-missed";

        const QString a = QString::fromLatin1(args);
        QTest::newRow("ARG: any RUN after the declaration uses it") << a << QStringList() << QStringList{QStringLiteral("CACHEBUST")}
                                                                    << QString()
                                                                    << "3:H 4:H 5:H 6:H 7:M-arg-changed 8:M-previous-step-missed "
                                                                       "9:M-previous-step-missed 10:M-previous-step-missed 11:M-previous-step-missed";
        QTest::newRow("ARG: a reference before any RUN") << a << QStringList() << QStringList{QStringLiteral("USED")} << QString()
                                                         << "3:H 4:H 5:H 6:H 7:H 8:H 9:M-arg-changed 10:M-previous-step-missed 11:M-previous-step-missed";
        QTest::newRow("global ARG in FROM") << a << QStringList() << QStringList{QStringLiteral("BASE_TAG")} << QString()
                                            << "3:M-arg-changed 4:M-previous-step-missed 5:M-previous-step-missed 6:M-previous-step-missed "
                                               "7:M-previous-step-missed 8:M-previous-step-missed 9:M-previous-step-missed "
                                               "10:M-previous-step-missed 11:M-previous-step-missed";
        QTest::newRow("global ARG only counts once declared in the stage")
            << a << QStringList() << QStringList{QStringLiteral("UNUSED")} << QString()
            << "3:H 4:H 5:H 6:H 7:H 8:H 9:H 10:H 11:M-arg-changed";

        const QString m = QString::fromLatin1(mounts);
        QTest::newRow("bind mount of one file") << m << QStringList{QStringLiteral("go.sum")} << QStringList() << QString()
                                                << "1:H 2:M-sources-changed 3:M-previous-step-missed 4:M-previous-step-missed "
                                                   "5:M-previous-step-missed 6:M-previous-step-missed";
        QTest::newRow("bind mount of the whole context") << m << QStringList{QStringLiteral("main.go")} << QStringList() << QString()
                                                         << "1:H 2:H 3:M-sources-changed 4:M-previous-step-missed "
                                                            "5:M-previous-step-missed 6:M-previous-step-missed";
    }

    void cascade()
    {
        QFETCH(QString, dockerfile);
        QFETCH(QStringList, paths);
        QFETCH(QStringList, argNames);
        QFETCH(QString, target);
        QFETCH(QString, expected);
        const ParsedDockerfile file = parseDockerfile(dockerfile);
        QVERIFY(!file.hasErrors());
        const BuildGraph graph = buildStageGraph(file, target);
        QVERIFY(graph.diagnostics.isEmpty());
        const CacheSimulation simulation = simulateBuildCache(file, graph, {paths, argNames, target});
        QCOMPARE(summarize(file, simulation), expected);
    }

    // Sources with ARGs: a known default is expanded, an unknown variable matches anything.
    void sourcesWithVariables()
    {
        const ParsedDockerfile file = parseDockerfile(QString::fromLatin1(mounts));
        const BuildGraph graph = buildStageGraph(file);
        const CacheSimulation known = simulateBuildCache(file, graph, {{QStringLiteral("target/dependency/lib/a.jar")}, {}, {}});
        // The bind mount of `.` at line 3 sees it first; line 5 is the COPY with the ARG.
        QCOMPARE(known.steps.at(known.firstMiss()).reason, CacheStep::Reason::SourcesChanged);
        const ParsedDockerfile copyOnly = parseDockerfile(QStringLiteral("FROM a:1\nARG DEPENDENCY=target/dependency\nCOPY ${DEPENDENCY}/lib /app/lib\nCOPY ${UNKNOWN}/x.txt /x\n"));
        const BuildGraph copyGraph = buildStageGraph(copyOnly);
        const CacheSimulation viaArg = simulateBuildCache(copyOnly, copyGraph, {{QStringLiteral("target/dependency/lib/a.jar")}, {}, {}});
        QCOMPARE(summarize(copyOnly, viaArg), QStringLiteral("1:H 2:H 3:M-sources-changed 4:M-previous-step-missed"));
        QCOMPARE(viaArg.steps.at(2).pattern, QStringLiteral("${DEPENDENCY}/lib"));
        QVERIFY(viaArg.steps.at(2).explanation().contains(QLatin1String("target/dependency/lib/a.jar")));
        const CacheSimulation viaUnknown = simulateBuildCache(copyOnly, copyGraph, {{QStringLiteral("anything/x.txt")}, {}, {}});
        QCOMPARE(summarize(copyOnly, viaUnknown), QStringLiteral("1:H 2:H 3:H 4:M-sources-changed"));
    }

    void sourceMatching_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::newRow("dot") << "." << "a/b/c.txt" << true;
        QTest::newRow("dot slash") << "./" << "x" << true;
        QTest::newRow("same file") << "go.mod" << "go.mod" << true;
        QTest::newRow("other file") << "go.mod" << "go.sum" << false;
        QTest::newRow("below a directory") << "src" << "src/a/b.go" << true;
        QTest::newRow("directory with slash") << "./src/" << "src/main.go" << true;
        QTest::newRow("prefix is not a directory") << "src" << "srcs/main.go" << false;
        QTest::newRow("changed directory above a source") << "src/main.go" << "src" << true;
        QTest::newRow("star") << "*.json" << "package.json" << true;
        QTest::newRow("star stops at /") << "*.json" << "sub/package.json" << false;
        QTest::newRow("star directory") << "src/*" << "src/a/b.c" << true;
        QTest::newRow("question mark") << "file?.txt" << "file1.txt" << true;
        QTest::newRow("class") << "[a-c].txt" << "b.txt" << true;
        QTest::newRow("negated class") << "[^a-c].txt" << "b.txt" << false;
        QTest::newRow("double star") << "**/*.go" << "a/b/c.go" << true;
        QTest::newRow("leading slash") << "/app.py" << "app.py" << true;
    }
    void sourceMatching()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        QCOMPARE(contextSourceMatches(pattern, path), matches);
    }
};

QTEST_GUILESS_MAIN(TestBuildCache)
#include "tst_buildcache.moc"
