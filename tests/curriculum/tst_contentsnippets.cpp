#include "analyzers/buildstages.h"
#include "analyzers/composechecker.h"
#include "analyzers/dockerfilelint.h"
#include "analyzers/dockerfileparser.h"
#include "curriculum/contentloader.h"
#include "curriculum/curriculumresources.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace DockPrep;

namespace {

// A yaml block is a compose file when it has a top-level `services:` key; other yaml (daemon
// configs, CI workflows, Kubernetes manifests, registry configs) is not ours to check.
bool isComposeSnippet(const QString &text)
{
    static const QRegularExpression servicesKey(QStringLiteral(R"(^services:\s*(#.*)?$)"), QRegularExpression::MultilineOption);
    return servicesKey.match(text).hasMatch();
}

// What our own analyzers say is wrong with one snippet, as "line: message" strings: the Dockerfile
// parser's and stage graph's errors and error-level lint findings, or the compose checker's
// "Compose would refuse" findings. Empty for a snippet that builds or runs, and for languages
// we do not check.
QStringList snippetErrors(const ContentBlock &block)
{
    QStringList errors;
    if (block.language == QLatin1String("dockerfile")) {
        const ParsedDockerfile file = parseDockerfile(block.text);
        const BuildGraph graph = buildStageGraph(file);
        QList<DockerfileDiagnostic> diagnostics = file.diagnostics;
        diagnostics += graph.diagnostics;
        for (const DockerfileDiagnostic &d : std::as_const(diagnostics)) {
            if (d.isError())
                errors.append(d.toString());
        }
        for (const LintFinding &f : lintDockerfile(file, graph)) {
            if (f.severity == LintSeverity::Error)
                errors.append(QStringLiteral("%1: %2 [%3]").arg(f.line).arg(f.message, f.rule));
        }
    } else if (block.language == QLatin1String("yaml") && isComposeSnippet(block.text)) {
        for (const ComposeFinding &f : checkCompose(block.text).findings) {
            if (f.severity == ComposeSeverity::Error)
                errors.append(QStringLiteral("%1: %2 [%3]").arg(f.line).arg(f.message, f.rule));
        }
    }
    return errors;
}

bool isChecked(const ContentBlock &block)
{
    return block.kind == ContentBlock::Kind::Code
        && (block.language == QLatin1String("dockerfile") || (block.language == QLatin1String("yaml") && isComposeSnippet(block.text)));
}

// Every code block of an entry, wherever it sits.
BlockList codeBlocks(const Entry &entry)
{
    BlockList all = entry.answer;
    for (const FollowUp &f : entry.followUps)
        all += f.answer;
    all += entry.whatChanged;
    BlockList code;
    for (const ContentBlock &b : std::as_const(all)) {
        if (b.kind == ContentBlock::Kind::Code)
            code.append(b);
    }
    return code;
}

ContentBlock code(const char *language, const char *text, bool brokenOnPurpose = false)
{
    ContentBlock b;
    b.kind = ContentBlock::Kind::Code;
    b.language = QLatin1String(language);
    b.text = QString::fromUtf8(text);
    b.line = 1;
    b.brokenOnPurpose = brokenOnPurpose;
    return b;
}

} // namespace

// The curriculum teaches by example, so its Dockerfiles and compose files must be ones that build
// and run: each is put through the same parser, stage graph, lint rules and compose checker the
// app uses on what a user pastes.
class TestContentSnippets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The check itself, on snippets an author could plausibly get wrong and on ones that are fine.
    void snippetCheck_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("checked");
        QTest::addColumn<bool>("fails");

        QTest::newRow("good dockerfile") << "dockerfile" << "FROM alpine:3.22\nRUN apk add --no-cache curl\nCMD [\"sh\"]\n" << true << false;
        QTest::newRow("misspelt instruction") << "dockerfile" << "FORM alpine:3.22\nRUN true\n" << true << true;
        QTest::newRow("instruction before FROM") << "dockerfile" << "RUN apk add curl\n" << true << true;
        QTest::newRow("unterminated heredoc") << "dockerfile" << "FROM alpine:3.22\nRUN <<EOF\necho hi\n" << true << true;
        QTest::newRow("copy from an earlier stage")
            << "dockerfile" << "FROM alpine:3.22 AS build\nFROM alpine:3.22\nCOPY --from=build /a /a\n" << true << false;
        QTest::newRow("good compose") << "yaml" << "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n" << true << false;
        QTest::newRow("compose with a comment after services")
            << "yaml" << "services:   # the app\n  web:\n    image: nginx:1.27\n" << true << false;
        QTest::newRow("compose that is not YAML") << "yaml" << "services:\n  web:\n    image: [nginx\n" << true << true;
        QTest::newRow("yaml that is not compose") << "yaml" << "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n" << false << false;
        QTest::newRow("nested services key is not compose") << "yaml" << "jobs:\n  services:\n    x: 1\n" << false << false;
        QTest::newRow("bash is not checked") << "bash" << "FORM alpine\n" << false << false;
    }

    void snippetCheck()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(bool, checked);
        QFETCH(bool, fails);
        const ContentBlock block = code(language.toUtf8().constData(), text.toUtf8().constData());
        QCOMPARE(isChecked(block), checked);
        const QStringList errors = snippetErrors(block);
        QVERIFY2(errors.isEmpty() != fails, qPrintable(errors.join(QStringLiteral("; "))));
    }

    // Every Dockerfile and compose snippet we ship builds or runs, unless it is marked as a
    // deliberate mistake. A marked one must still fail: a stale marker hides nothing and misleads.
    void builtInSnippetsAreValid()
    {
        const ContentLoadResult result = loadCurriculum(builtInContentFolder(), builtInDiagramCatalog());
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
        QStringList problems;
        int checked = 0;
        int dockerfiles = 0;
        int composeFiles = 0;
        for (const QString &id : result.curriculum.readingOrder()) {
            const Entry *entry = result.curriculum.entry(id);
            for (const ContentBlock &block : codeBlocks(*entry)) {
                if (!isChecked(block))
                    continue;
                ++checked;
                (block.language == QLatin1String("dockerfile") ? dockerfiles : composeFiles)++;
                const QStringList errors = snippetErrors(block);
                const QString where = QStringLiteral("%1:%2").arg(entry->sourceFile).arg(block.line);
                if (block.brokenOnPurpose && errors.isEmpty())
                    problems.append(where + QStringLiteral(": marked broken-on-purpose, but our analyzers find nothing wrong"));
                else if (!block.brokenOnPurpose) {
                    for (const QString &e : errors)
                        problems.append(where + QStringLiteral(": snippet line ") + e);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
        // The curriculum is full of both; finding none would mean the extraction broke.
        QVERIFY2(dockerfiles >= 15, qPrintable(QString::number(dockerfiles)));
        QVERIFY2(composeFiles >= 10, qPrintable(QString::number(composeFiles)));
        qInfo("checked %d snippets (%d Dockerfiles, %d compose files)", checked, dockerfiles, composeFiles);
    }
};

QTEST_GUILESS_MAIN(TestContentSnippets)
#include "tst_contentsnippets.moc"
