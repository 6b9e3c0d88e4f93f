// Pasted and contributed files at their most hostile, for the Dockerfile parser, the compose
// checker and the diagram checks: a single line of a megabyte, YAML alias bombs, text over the
// reading limits, and a drawing that lost an element the metadata describes.
#include "analyzers/composechecker.h"
#include "analyzers/dockerfileparser.h"
#include "diagrams/diagrammetadata.h"
#include "diagrams/diagramvalidator.h"
#include "text/boundedread.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace DockPrep;

namespace {

constexpr qsizetype megabyte = 1024 * 1024;

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// The compose bombs kept as fuzz regressions: one copy, replayed by the fuzzer and read here.
QString regression(const char *name)
{
    QFile file(QStringLiteral(DOCKPREP_SOURCE_DIR "/fuzz/regressions/compose/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestAnalyzerInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dockerfileLineOfOneMegabyte()
    {
        const QString command = QStringLiteral("echo ") + QString(megabyte, u'a');
        const ParsedDockerfile parsed = parseDockerfile(QStringLiteral("FROM alpine:3.20\nRUN ") + command + QStringLiteral("\nCMD [\"sh\"]\n"));
        QCOMPARE(parsed.instructions.size(), 3);
        QCOMPARE(parsed.instructions.at(1).kind, InstructionKind::Run);
        QCOMPARE(parsed.instructions.at(1).arguments, command);  // all of it, not cut
        QCOMPARE(parsed.instructions.at(2).firstLine, 3);
        QVERIFY(!parsed.hasErrors());
    }

    void dockerfileMegabyteOfGarbageOnOneLine()
    {
        const ParsedDockerfile parsed = parseDockerfile(QStringLiteral("FROM alpine\nFORM ") + QString(megabyte, u'\\') + QStringLiteral("x"));
        QVERIFY(parsed.hasErrors());
        bool named = false;
        for (const DockerfileDiagnostic &diagnostic : parsed.diagnostics) {
            QVERIFY2(diagnostic.line >= 1 && diagnostic.line <= 2, qPrintable(diagnostic.toString().left(200)));
            named = named || diagnostic.toString().contains(QLatin1String("FORM"));
        }
        QVERIFY2(named, "the unknown instruction is named in a diagnostic");
        QCOMPARE(parsed.instructions.first().kind, InstructionKind::From);  // what could be read is kept
    }

    void dockerfileOverTheLimitIsRefused()
    {
        const QString text = QStringLiteral("FROM alpine:3.20\n") + QString(InputLimit::dockerfileBytes, u'#');
        const ParsedDockerfile parsed = parseDockerfile(text);
        QCOMPARE(parsed.diagnostics.size(), 1);
        QCOMPARE(parsed.diagnostics.first().line, 1);
        QCOMPARE(parsed.diagnostics.first().message, QStringLiteral("more than 2 MiB (limit): refusing"));
        QVERIFY(parsed.instructions.isEmpty());
    }

    void composeOverALimitIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        const QString nodes = QLocale().toString(InputLimit::composeNodes);
        // 10^9 leaves from nine lines of nine aliases each; the checker walked every one.
        QTest::newRow("billion laughs") << regression("billion-laughs")
                                        << QStringLiteral("more than %1 YAML nodes after expanding aliases (limit): refusing").arg(nodes) << 6;
        // Each level merges the one below twice: 2^30 visits of the merge-key walk.
        QTest::newRow("merge-key bomb") << regression("merge-key-bomb")
                                        << QStringLiteral("more than %1 YAML nodes after expanding aliases (limit): refusing").arg(nodes) << 0;
        // An alias inside the node it names: any walk of it never ends.
        QTest::newRow("alias cycle") << regression("alias-cycle")
                                     << QStringLiteral("the alias at line 2 is inside the node its anchor names (an endless cycle): refusing") << 2;
        // Two bytes a node, so well under the size limit.
        const QString list = QStringLiteral("services:\n  web:\n    image: nginx:1.27\n    command: [")
            + QStringLiteral("a,").repeated(InputLimit::composeNodes) + QStringLiteral("a]\n");
        QTest::newRow("many nodes, no alias") << list << QStringLiteral("more than %1 YAML nodes (limit): refusing").arg(nodes) << 0;
        QTest::newRow("over the size limit") << QStringLiteral("services: {}\n") + QString(InputLimit::composeBytes, u'#')
                                             << QStringLiteral("more than 2 MiB (limit): refusing") << 1;
    }

    void composeOverALimitIsRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QFETCH(int, line);
        QVERIFY2(!text.isEmpty(), "the regression file is readable");
        const ComposeReport report = checkCompose(text);
        QCOMPARE(report.findings.size(), 1);
        const ComposeFinding &finding = report.findings.first();
        QCOMPARE(finding.rule, QString(ComposeRule::inputLimit));
        QCOMPARE(finding.severity, ComposeSeverity::Error);
        QCOMPARE(finding.message, message);
        if (line > 0)
            QCOMPARE(finding.line, line);
        QVERIFY(report.services.isEmpty());
    }

    void composeWithAliasesUnderTheLimitIsChecked()
    {
        // Anchors, aliases and merge keys as real files use them are read as before.
        const ComposeReport report = checkCompose(QStringLiteral(
            "x-base: &base\n  restart: always\n  healthcheck: {test: [\"CMD\", \"true\"]}\n"
            "x-env: &env [A=1, B=2]\n"
            "services:\n  a:\n    <<: *base\n    image: nginx:1.27\n    environment: *env\n"
            "  b:\n    <<: [*base]\n    image: redis:7\n    environment: *env\n"));
        QVERIFY(report.findingsOf(QString(ComposeRule::inputLimit)).isEmpty());
        QCOMPARE(report.services.size(), 2);
        QCOMPARE(report.services.at(1).definition.value(QStringLiteral("restart")).toString(), QStringLiteral("always"));
        QCOMPARE(report.services.at(0).definition.value(QStringLiteral("environment")).toList().size(), 2);
    }

    void svgMissingAnId()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("tiny.yaml")),
                          "title: Tiny\nelements:\n  - id: engine\n    title: Engine\n    text: Runs things.\n"
                          "  - id: runtime\n    title: Runtime\n    text: Starts containers.\n"));
        // The drawing has the engine but lost the runtime's id (renamed in an editor).
        QVERIFY(writeFile(dir.filePath(QStringLiteral("tiny.svg")),
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 50\">\n"
                          "  <g id=\"engine\"><rect x=\"0\" y=\"0\" width=\"40\" height=\"40\"/></g>\n"
                          "  <g id=\"runtime-old\"><rect x=\"50\" y=\"0\" width=\"40\" height=\"40\"/></g>\n"
                          "</svg>\n"));
        QList<ContentError> errors;
        const DiagramMetadata metadata = DiagramMetadata::load(dir.path(), QStringLiteral("tiny"), errors);
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
        QCOMPARE(metadata.elements.size(), 2);  // the metadata itself is intact
        const QList<ContentError> problems = validateDiagram(metadata, {});
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().file, dir.filePath(QStringLiteral("tiny.yaml")));
        QCOMPARE(problems.first().line, 6);  // where the runtime is described
        QVERIFY2(problems.first().message.contains(QLatin1String("'runtime' has no id=\"runtime\"")), qPrintable(problems.first().message));
    }
};

QTEST_GUILESS_MAIN(TestAnalyzerInput)
#include "tst_analyzerinput.moc"
