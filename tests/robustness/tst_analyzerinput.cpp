// Pasted and contributed files at their most hostile, for the Dockerfile parser and the diagram
// checks: a single line of a megabyte, and a drawing that lost an element the metadata describes.
#include "analyzers/dockerfileparser.h"
#include "diagrams/diagrammetadata.h"
#include "diagrams/diagramvalidator.h"

#include <QDir>
#include <QFile>
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
