#include "analyzers/buildstages.h"
#include "analyzers/dockerfileparser.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTest>

#include <functional>

using namespace DockPrep;

// Two sets of Dockerfiles, each listed in a MANIFEST.tsv with the features it shows: the project's
// own (tests/data/dockerfiles, written for these tests, always run) and the real public files in
// ../shared/corpus (read in place, never copied; skipped with a message where the folder is not
// beside the checkout). Every file parses without a false error, the listed features are seen, and
// the stage graphs and layer counts of a handful, counted by hand from the files, come out exactly.
namespace {

QString corpusPath(const QString &relative)
{
    return QStringLiteral(DOCKPREP_CORPUS_DIR "/") + relative;
}

QString ownPath(const QString &relative)
{
    return QStringLiteral(DOCKPREP_SOURCE_DIR "/tests/data/dockerfiles/") + relative;
}

bool corpusPresent()
{
    return QFileInfo::exists(corpusPath(QStringLiteral("MANIFEST.tsv")));
}

constexpr char corpusAbsent[] = "the third-party corpus is not beside this checkout (../shared/corpus): only the project's own files were checked";

// Rows "<prefix><file>" from a MANIFEST.tsv (columns "file" and "features"), for the files under
// `folder` ("" for all). Returns the number of rows.
int addManifestRows(const QString &manifestPath, const QString &folder, const std::function<QString(const QString &)> &pathOf)
{
    QFile manifest(manifestPath);
    if (!manifest.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(manifestPath));
    const QStringList lines = QString::fromUtf8(manifest.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).split(QLatin1Char('\t'));
    const qsizetype fileColumn = header.indexOf(QStringLiteral("file"));
    const qsizetype featuresColumn = header.indexOf(QStringLiteral("features"));
    if (fileColumn < 0 || featuresColumn < 0)
        qFatal("%s needs the columns file and features", qPrintable(manifestPath));
    int rows = 0;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (!cells.value(fileColumn).startsWith(folder))
            continue;
        QTest::newRow(qPrintable(cells.value(fileColumn))) << pathOf(cells.value(fileColumn)) << cells.value(featuresColumn).split(QLatin1Char(','));
        ++rows;
    }
    return rows;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

// "name:layers<base+copied" per stage, "unused" when the target does not need it.
QString describe(const ParsedDockerfile &file, const BuildGraph &graph)
{
    QStringList parts;
    for (const BuildStage &stage : graph.stages) {
        QString part = stage.displayName() + QLatin1Char(':') + QString::number(graph.layers(file, stage.index).size());
        if (stage.baseStage >= 0)
            part += QLatin1Char('<') + graph.stages.at(stage.baseStage).displayName();
        QStringList sources;
        for (const StageDependency &d : stage.dependencies) {
            const QString name = graph.stages.at(d.stage).displayName();
            if (d.kind != StageDependency::Kind::Base && !sources.contains(name))
                sources.append(name);
        }
        for (const QString &s : std::as_const(sources))
            part += QLatin1Char('+') + s;
        if (!stage.reachesTarget)
            part += QStringLiteral(" unused");
        parts.append(part);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestDockerfileCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sweep_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("features");
        const int own = addManifestRows(ownPath(QStringLiteral("MANIFEST.tsv")), QString(), ownPath);
        QVERIFY(own >= 5);
        if (!corpusPresent()) {
            QTest::newRow("third-party corpus") << QString() << QStringList();
            return;
        }
        const int rows = addManifestRows(corpusPath(QStringLiteral("MANIFEST.tsv")), QStringLiteral("dockerfiles/"), corpusPath);
        QVERIFY(rows >= 40);
    }

    void sweep()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, features);
        if (path.isEmpty())
            QSKIP(corpusAbsent);
        const ParsedDockerfile file = parseDockerfile(readFile(path));
        QStringList problems;
        for (const DockerfileDiagnostic &d : file.diagnostics) {
            // Empty continuation lines are legal but deprecated: a warning is right where the
            // manifest says the file has them, and nowhere else.
            const bool expected = d.message.contains(QLatin1String("empty continuation line"))
                && std::any_of(features.cbegin(), features.cend(), [](const QString &f) { return f.startsWith(QLatin1String("empty-continuation-lines")); });
            if (!expected)
                problems.append(d.toString());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const BuildGraph graph = buildStageGraph(file);
        QVERIFY2(graph.diagnostics.isEmpty(), graph.diagnostics.isEmpty() ? "" : qPrintable(graph.diagnostics.constFirst().toString()));
        QVERIFY(!graph.stages.isEmpty());

        const auto has = [&features](const char *prefix) {
            return std::any_of(features.cbegin(), features.cend(), [prefix](const QString &f) { return f.startsWith(QLatin1String(prefix)); });
        };
        const auto any = [&file](auto predicate) { return std::any_of(file.instructions.cbegin(), file.instructions.cend(), predicate); };
        for (const QString &feature : features) {
            if (feature.startsWith(QLatin1String("multi-stage("))) {
                const int count = feature.mid(12, feature.indexOf(QLatin1Char(')')) - 12).toInt();
                QCOMPARE(graph.stages.size(), count);
            }
        }
        if (has("single-stage"))
            QCOMPARE(graph.stages.size(), 1);
        if (has("escape-directive(backtick)"))
            QCOMPARE(file.escape, QLatin1Char('`'));
        else
            QCOMPARE(file.escape, QLatin1Char('\\'));
        if (has("syntax-directive"))
            QVERIFY(!file.directives.isEmpty() && file.directives.constFirst().name == QLatin1String("syntax"));
        if (has("arg-before-from"))
            QVERIFY(!graph.globalArgs.isEmpty());
        if (has("run-heredoc"))
            QVERIFY(any([](const Instruction &i) { return i.kind == InstructionKind::Run && !i.heredocs.isEmpty(); }));
        if (has("copy-heredoc"))
            QVERIFY(any([](const Instruction &i) { return i.kind == InstructionKind::Copy && !i.heredocs.isEmpty(); }));
        if (has("onbuild"))
            QVERIFY(any([](const Instruction &i) { return i.kind == InstructionKind::Onbuild && i.triggered; }));
        if (has("healthcheck"))
            QVERIFY(any([](const Instruction &i) { return i.kind == InstructionKind::Healthcheck; }));
        if (has("from-platform"))
            QVERIFY(any([](const Instruction &i) { return i.kind == InstructionKind::From && i.hasFlag(QStringLiteral("platform")); }));
        if (has("run-exec-form"))
            QVERIFY(any([](const Instruction &i) { return i.kind == InstructionKind::Run && i.execForm; }));
        if (has("copy-json-form"))
            QVERIFY(any([](const Instruction &i) { return i.kind == InstructionKind::Copy && i.execForm; }));
        if (has("from-scratch"))
            QVERIFY(std::any_of(graph.stages.cbegin(), graph.stages.cend(), [](const BuildStage &s) { return s.isScratch(); }));
        if (has("copy-from-stage"))
            QVERIFY(std::any_of(graph.stages.cbegin(), graph.stages.cend(), [](const BuildStage &s) {
                return std::any_of(s.dependencies.cbegin(), s.dependencies.cend(),
                                   [](const StageDependency &d) { return d.kind == StageDependency::Kind::CopyFrom; });
            }));
        if (has("copy-from-image"))
            QVERIFY(std::any_of(graph.stages.cbegin(), graph.stages.cend(), [](const BuildStage &s) { return !s.copiedImages.isEmpty(); }));
        if (has("run-mount-bind(from="))
            QVERIFY(std::any_of(graph.stages.cbegin(), graph.stages.cend(), [](const BuildStage &s) {
                return std::any_of(s.dependencies.cbegin(), s.dependencies.cend(),
                                   [](const StageDependency &d) { return d.kind == StageDependency::Kind::MountFrom; });
            }));
        if (has("from-previous-stage"))
            QVERIFY(std::any_of(graph.stages.cbegin(), graph.stages.cend(), [](const BuildStage &s) { return s.baseStage >= 0; }));
        // Every instruction's line range is inside the file and ordered.
        int previous = 0;
        for (const Instruction &ins : file.instructions) {
            QVERIFY(ins.firstLine > previous);
            QVERIFY(ins.lastLine >= ins.firstLine && ins.lastLine <= file.lineCount);
            previous = ins.lastLine;
        }
    }

    // Counted by hand from the files: stage, layers (RUN/COPY/ADD), base stage, stages copied from.
    void handCounted_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("graph");
        QTest::addColumn<int>("instructions");
        // The project's own files.
        QTest::newRow("own go-service") << ownPath(QStringLiteral("go-service.Dockerfile")) << "build:4; certs:1; stage 2:2+certs+build" << 18;
        QTest::newRow("own arg-named-stages")
            << ownPath(QStringLiteral("arg-named-stages.Dockerfile"))
            << "base:1; build-release:1<base; build-debug:1<base unused; build:0<build-release; binaries-linux:1; "
               "binaries-windows:1; binaries:0; stage 7:4<base+build+binaries"
            << 21;
        QTest::newRow("own heredocs") << ownPath(QStringLiteral("heredocs.Dockerfile")) << "stage 0:4" << 7;
        if (!corpusPresent()) {
            QTest::newRow("third-party corpus") << QString() << QString() << 0;
            return;
        }
        QTest::newRow("fastapi") << "docker__awesome-compose__fastapi__Dockerfile" << "builder:3; dev-envs:3<builder" << 9;
        QTest::newRow("aspnet-mssql") << "docker__awesome-compose__aspnet-mssql__app__aspnetapp__Dockerfile"
                                      << "base:0; build:3; publish:1<build; final:1<base+publish" << 13;
        QTest::newRow("react-java-mysql")
            << "docker__awesome-compose__react-java-mysql__backend__Dockerfile"
            << "builder:4; dev-envs:3<builder unused; prepare-production:2<builder; stage 3:3+prepare-production" << 23;
        QTest::newRow("kong-customize") << "Kong__docker-kong__customize__Dockerfile" << "build:4; stage 1:8+build" << 27;
        QTest::newRow("otel-checkout") << "open-telemetry__opentelemetry-demo__src__checkout__Dockerfile"
                                       << "builder:9; grpc-health-probe:0; stage 2:2+builder+grpc-health-probe" << 18;
        QTest::newRow("uv-multistage") << "astral-sh__uv-docker-example__multistage.Dockerfile" << "builder:3; stage 1:2+builder" << 15;
        QTest::newRow("sparkjava") << "docker__awesome-compose__sparkjava-mysql__backend__Dockerfile"
                                   << "build:4; dev-envs:3<build unused; stage 2:1+build" << 16;
    }
    void handCounted()
    {
        QFETCH(QString, file);
        QFETCH(QString, graph);
        QFETCH(int, instructions);
        if (file.isEmpty())
            QSKIP(corpusAbsent);
        const QString path = QFileInfo(file).isAbsolute() ? file : corpusPath(QStringLiteral("dockerfiles/") + file);
        const ParsedDockerfile parsed = parseDockerfile(readFile(path));
        QCOMPARE(describe(parsed, buildStageGraph(parsed)), graph);
        QCOMPARE(parsed.instructions.size(), instructions);
    }

    // FROM lines built from variables: `golangci-binary-${GOLANGCI_FROM_SOURCE}` resolves through
    // the global ARG default; `binaries-$TARGETOS` (a platform ARG with no value here) may be any
    // of the binaries-* stages, so all of them are needed.
    void ownVariableStageReferences()
    {
        const ParsedDockerfile file = parseDockerfile(readFile(ownPath(QStringLiteral("arg-named-stages.Dockerfile"))));
        const BuildGraph graph = buildStageGraph(file);
        // `build-${VARIANT}` resolves through the global default to one stage.
        const BuildStage &build = graph.stages.at(graph.stageFor(QStringLiteral("build"), int(graph.stages.size())));
        QCOMPARE(build.resolvedBase, QStringLiteral("build-release"));
        QCOMPARE(graph.stages.at(build.baseStage).name, QStringLiteral("build-release"));
        // `binaries-$TARGETOS` may be any binaries-* stage.
        const BuildStage &binaries = graph.stages.at(graph.stageFor(QStringLiteral("binaries"), int(graph.stages.size())));
        QSet<QString> bases;
        for (const StageDependency &d : binaries.dependencies)
            bases.insert(graph.stages.at(d.stage).name);
        QCOMPARE(bases, (QSet<QString>{QStringLiteral("binaries-linux"), QStringLiteral("binaries-windows")}));
        QCOMPARE(graph.stages.at(0).resolvedBase, QStringLiteral("debian:12-slim"));
        QVERIFY(!graph.stages.at(graph.stageFor(QStringLiteral("build-debug"), int(graph.stages.size()))).reachesTarget);
        QCOMPARE(graph.stages.at(graph.target).copiedImages, QStringList{QStringLiteral("busybox:1.36")});
    }

    void variableStageReferences()
    {
        if (!corpusPresent())
            QSKIP(corpusAbsent);
        const ParsedDockerfile lint = parseDockerfile(readFile(corpusPath(QStringLiteral("dockerfiles/docker__buildx__hack__dockerfiles__lint.Dockerfile"))));
        const BuildGraph lintGraph = buildStageGraph(lint);
        const int binary = lintGraph.stageFor(QStringLiteral("golangci-binary"), int(lintGraph.stages.size()));
        QVERIFY(binary >= 0);
        QCOMPARE(lintGraph.stages.at(binary).resolvedBase, QStringLiteral("golangci-binary-true"));
        QCOMPARE(lintGraph.stages.at(lintGraph.stages.at(binary).baseStage).name, QStringLiteral("golangci-binary-true"));
        QCOMPARE(lintGraph.stages.at(lintGraph.target).resolvedBase, QStringLiteral("lint"));

        const ParsedDockerfile buildx = parseDockerfile(readFile(corpusPath(QStringLiteral("dockerfiles/docker__buildx__Dockerfile"))));
        const BuildGraph graph = buildStageGraph(buildx);
        const BuildStage &binaries = graph.stages.at(graph.stageFor(QStringLiteral("binaries"), int(graph.stages.size())));
        QSet<QString> bases;
        for (const StageDependency &d : binaries.dependencies)
            bases.insert(graph.stages.at(d.stage).name);
        QCOMPARE(bases, (QSet<QString>{QStringLiteral("binaries-unix"), QStringLiteral("binaries-darwin"), QStringLiteral("binaries-freebsd"),
                                       QStringLiteral("binaries-linux"), QStringLiteral("binaries-netbsd"), QStringLiteral("binaries-openbsd"),
                                       QStringLiteral("binaries-windows")}));
        // The final `FROM binaries` needs the Go build but not the integration tests.
        QVERIFY(graph.stages.at(graph.stageFor(QStringLiteral("buildx-build"), int(graph.stages.size()))).reachesTarget);
        QVERIFY(!graph.stages.at(graph.stageFor(QStringLiteral("integration-test"), int(graph.stages.size()))).reachesTarget);
    }
};

QTEST_GUILESS_MAIN(TestDockerfileCorpus)
#include "tst_dockerfilecorpus.moc"
