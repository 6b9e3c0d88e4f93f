#include "analyzers/buildstages.h"
#include "analyzers/dockerfileparser.h"
#include "analyzers/dockerfilevariables.h"

#include <QRandomGenerator>
#include <QTest>

using namespace DockPrep;

namespace {

QString errorsOf(const ParsedDockerfile &file)
{
    QStringList lines;
    for (const DockerfileDiagnostic &d : file.diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

int countErrors(const ParsedDockerfile &file)
{
    return int(std::count_if(file.diagnostics.cbegin(), file.diagnostics.cend(), [](const DockerfileDiagnostic &d) { return d.isError(); }));
}

QString keywordsOf(const ParsedDockerfile &file)
{
    QStringList keywords;
    for (const Instruction &ins : file.instructions)
        keywords.append(instructionKeyword(ins.kind));
    return keywords.join(QLatin1Char(' '));
}

// What every parse must hold, however bad the text: instructions in file order with line ranges
// inside the text and a keyword as written, heredocs inside their instruction, and every
// diagnostic positioned inside the text with something to say.
void checkInvariants(const QString &text, const ParsedDockerfile &file)
{
    const int lines = int(text.count(QLatin1Char('\n'))) + 1;
    QVERIFY2(file.lineCount <= lines, qPrintable(QString::number(file.lineCount)));
    int previous = 0;
    for (const Instruction &ins : file.instructions) {
        const QString where = QStringLiteral("%1-%2 of %3").arg(ins.firstLine).arg(ins.lastLine).arg(lines);
        QVERIFY2(!ins.keyword.trimmed().isEmpty(), qPrintable(where));
        QVERIFY2(ins.firstLine >= 1 && ins.firstLine <= ins.lastLine && ins.lastLine <= lines, qPrintable(where));
        QVERIFY2(ins.firstLine > previous, qPrintable(where));  // in order, never two on one line
        QVERIFY(ins.column >= 1);
        previous = ins.lastLine;
        for (const Heredoc &heredoc : ins.heredocs) {
            QVERIFY2(heredoc.firstLine >= ins.firstLine && heredoc.lastLine <= ins.lastLine, qPrintable(where));
            QVERIFY(!heredoc.delimiter.isEmpty());
        }
        if (ins.kind == InstructionKind::Unknown) {
            const bool reported = std::any_of(file.diagnostics.cbegin(), file.diagnostics.cend(),
                                              [&](const DockerfileDiagnostic &d) { return d.isError() && d.line == ins.firstLine; });
            QVERIFY2(reported, qPrintable(where));
        }
    }
    for (const DockerfileDiagnostic &d : file.diagnostics) {
        QVERIFY2(d.line >= 1 && d.line <= lines && d.column >= 1, qPrintable(d.toString()));
        QVERIFY2(!d.message.isEmpty(), qPrintable(d.toString()));
    }
}

} // namespace

class TestDockerfileParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Which instructions come out, and their line ranges, for one construct at a time.
    void structure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("keywords");
        QTest::addColumn<QString>("lineRanges");  // "first-last" per instruction

        QTest::newRow("simple") << "FROM alpine:3.20\nRUN echo hi\n" << "FROM RUN" << "1-1 2-2";
        QTest::newRow("case-insensitive keywords") << "from alpine:3.20\nrun echo hi\n" << "FROM RUN" << "1-1 2-2";
        QTest::newRow("continuation") << "FROM a:1\nRUN apt-get update \\\n  && apt-get install -y x\nCMD [\"x\"]\n"
                                      << "FROM RUN CMD" << "1-1 2-3 4-4";
        QTest::newRow("continuation with trailing blanks") << "FROM a:1\nRUN echo a \\  \t\n  b\n" << "FROM RUN" << "1-1 2-3";
        QTest::newRow("comment inside continuation") << "FROM a:1\nRUN echo a \\\n# a comment\n    # indented\n  && echo b\n"
                                                     << "FROM RUN" << "1-1 2-5";
        QTest::newRow("empty line inside continuation") << "FROM a:1\nRUN echo a \\\n\n  && echo b\n" << "FROM RUN" << "1-1 2-4";
        QTest::newRow("crlf") << "FROM a:1\r\nRUN echo a \\\r\n  b\r\nUSER app\r\n" << "FROM RUN USER" << "1-1 2-3 4-4";
        QTest::newRow("arg before from") << "ARG V=1\nFROM a:${V}\n" << "ARG FROM" << "1-1 2-2";
        QTest::newRow("heredoc") << "FROM a:1\nRUN <<EOF\necho a\necho b\nEOF\nUSER x\n" << "FROM RUN USER" << "1-1 2-5 6-6";
        QTest::newRow("two heredocs on one line") << "FROM a:1\nCOPY <<A <<B /dst/\na\nA\nb\nB\n" << "FROM COPY" << "1-1 2-6";
        QTest::newRow("heredoc after continued flags") << "FROM a:1\nRUN --mount=type=cache,target=/c \\\n  <<EOT\nx \\\nEOT\n"
                                                       << "FROM RUN" << "1-1 2-5";
        QTest::newRow("backtick escape") << "# escape=`\nFROM a:1\nRUN dir `\n  c:\\ `\n  /b\n" << "FROM RUN" << "2-2 3-5";
        QTest::newRow("backslash is literal under backtick") << "# escape=`\nFROM a:1\nRUN dir c:\\\nUSER x\n"
                                                              << "FROM RUN USER" << "2-2 3-3 4-4";
        QTest::newRow("leading blank line") << "\nFROM a:1\nCMD x\n" << "FROM CMD" << "2-2 3-3";
        QTest::newRow("onbuild") << "FROM a:1\nONBUILD COPY . /app\n" << "FROM ONBUILD" << "1-1 2-2";
    }
    void structure()
    {
        QFETCH(QString, text);
        QFETCH(QString, keywords);
        QFETCH(QString, lineRanges);
        const ParsedDockerfile file = parseDockerfile(text);
        QVERIFY2(countErrors(file) == 0, qPrintable(errorsOf(file)));
        QCOMPARE(keywordsOf(file), keywords);
        QStringList ranges;
        for (const Instruction &ins : file.instructions)
            ranges.append(QString::number(ins.firstLine) + QLatin1Char('-') + QString::number(ins.lastLine));
        QCOMPARE(ranges.join(QLatin1Char(' ')), lineRanges);
    }

    void continuationJoinsText()
    {
        const ParsedDockerfile file = parseDockerfile(QStringLiteral("FROM a:1\nRUN echo a \\\n# gone\n  && echo b\n"));
        QCOMPARE(file.instructions.at(1).arguments, QStringLiteral("echo a   && echo b"));
        QCOMPARE(file.instructions.at(1).column, 1);
    }

    void directives_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escape");
        QTest::addColumn<QString>("syntax");
        QTest::newRow("syntax") << "# syntax=docker/dockerfile:1\nFROM a:1\n" << "\\" << "docker/dockerfile:1";
        QTest::newRow("spaces around =") << "# syntax = docker/dockerfile:1.7\nFROM a:1\n" << "\\" << "docker/dockerfile:1.7";
        QTest::newRow("escape backtick") << "# escape=`\nFROM a:1\n" << "`" << "";
        QTest::newRow("both, upper case name") << "# SYNTAX=x\n#escape=`\nFROM a:1\n" << "`" << "x";
        QTest::newRow("after a blank line it is a comment") << "\n# escape=`\nFROM a:1\n" << "\\" << "";
        QTest::newRow("after a comment it is a comment") << "# hello\n# escape=`\nFROM a:1\n" << "\\" << "";
        QTest::newRow("after an unknown directive") << "# foo=bar\n# escape=`\nFROM a:1\n" << "\\" << "";
        QTest::newRow("after an instruction") << "FROM a:1\n# escape=`\n" << "\\" << "";
    }
    void directives()
    {
        QFETCH(QString, text);
        QFETCH(QString, escape);
        QFETCH(QString, syntax);
        const ParsedDockerfile file = parseDockerfile(text);
        QVERIFY2(!file.hasErrors(), qPrintable(errorsOf(file)));
        QCOMPARE(QString(file.escape), escape);
        QString foundSyntax;
        for (const ParserDirective &d : file.directives) {
            if (d.name == QLatin1String("syntax"))
                foundSyntax = d.value;
        }
        QCOMPARE(foundSyntax, syntax);
    }

    void heredocDetails()
    {
        const ParsedDockerfile file = parseDockerfile(QStringLiteral(
            "FROM a:1\nRUN <<-EOF bash\n\tset -e\n\techo \"$HOME\"\n\tEOF\nCOPY <<\"X\" 3<<'Y' /d/\n$A\nX\nb\nY\nRUN echo done\n"));
        QVERIFY2(!file.hasErrors(), qPrintable(errorsOf(file)));
        QCOMPARE(file.instructions.size(), 4);
        const Instruction &run = file.instructions.at(1);
        QCOMPARE(run.heredocs.size(), 1);
        QVERIFY(run.heredocs.at(0).stripTabs);
        QVERIFY(run.heredocs.at(0).expands);
        QCOMPARE(run.heredocs.at(0).content, QStringLiteral("set -e\necho \"$HOME\"\n"));
        QCOMPARE(run.heredocs.at(0).lastLine, 5);
        QVERIFY(run.script().contains(QLatin1String("set -e")));
        const Instruction &copy = file.instructions.at(2);
        QCOMPARE(copy.heredocs.size(), 2);
        QCOMPARE(copy.heredocs.at(0).delimiter, QStringLiteral("X"));
        QVERIFY(!copy.heredocs.at(0).expands);
        QCOMPARE(copy.heredocs.at(0).content, QStringLiteral("$A\n"));
        QCOMPARE(copy.heredocs.at(1).fileDescriptor, 3);
        QCOMPARE(copy.heredocs.at(1).content, QStringLiteral("b\n"));
        QCOMPARE(copy.firstLine, 6);
        QCOMPARE(copy.lastLine, 10);
        QCOMPARE(copy.destination(), QStringLiteral("/d/"));
        QCOMPARE(file.instructions.at(3).firstLine, 11);
    }

    void heredocWordInsideQuotesIsNotAHeredoc()
    {
        const ParsedDockerfile file = parseDockerfile(QStringLiteral("FROM a:1\nRUN echo \"<<EOF\"\nUSER x\n"));
        QVERIFY2(!file.hasErrors(), qPrintable(errorsOf(file)));
        QCOMPARE(file.instructions.size(), 3);
        QVERIFY(file.instructions.at(1).heredocs.isEmpty());
    }

    void execAndShellForms_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("exec");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<bool>("warns");
        QTest::newRow("exec") << "CMD [\"nginx\", \"-g\", \"daemon off;\"]" << true
                              << QStringList{QStringLiteral("nginx"), QStringLiteral("-g"), QStringLiteral("daemon off;")} << false;
        QTest::newRow("exec with spaces") << "ENTRYPOINT [ \"a\" ,  \"b\" ]" << true << QStringList{QStringLiteral("a"), QStringLiteral("b")} << false;
        QTest::newRow("shell") << "CMD nginx -g 'daemon off;'" << false << QStringList() << false;
        QTest::newRow("shell test bracket") << "RUN [ \"$X\" = \"true\" ] && exit 0; echo" << false << QStringList() << false;
        QTest::newRow("shell test bracket at end") << "RUN [ -f /etc/x ]" << false << QStringList() << false;
        QTest::newRow("single quotes are not JSON") << "CMD ['npm', 'start']" << false << QStringList() << true;
        QTest::newRow("missing comma") << "ENTRYPOINT [\"a\" \"b\"]" << false << QStringList() << true;
        QTest::newRow("empty array resets") << "ENTRYPOINT []" << true << QStringList() << false;
    }
    void execAndShellForms()
    {
        QFETCH(QString, line);
        QFETCH(bool, exec);
        QFETCH(QStringList, words);
        QFETCH(bool, warns);
        const ParsedDockerfile file = parseDockerfile(QStringLiteral("FROM a:1\n") + line + QLatin1Char('\n'));
        QVERIFY2(!file.hasErrors(), qPrintable(errorsOf(file)));
        const Instruction &ins = file.instructions.at(1);
        QCOMPARE(ins.execForm, exec);
        if (exec)
            QCOMPARE(ins.words, words);
        QCOMPARE(!file.diagnostics.isEmpty(), warns);
        if (warns)
            QCOMPARE(file.diagnostics.at(0).line, 2);
    }

    void flags()
    {
        const ParsedDockerfile file = parseDockerfile(QStringLiteral(
            "FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n"
            "RUN --mount=type=cache,target=/root/.cache --mount=type=secret,id=npm --network=none go build\n"
            "COPY --from=deps --chown=app:app --chmod=755 --link /out/app /usr/bin/app\n"
            "RUN --security=insecure -- --not-a-flag\n"));
        QVERIFY2(!file.hasErrors(), qPrintable(errorsOf(file)));
        const Instruction &from = file.instructions.at(0);
        QCOMPARE(from.flagValue(QStringLiteral("platform")), QStringLiteral("$BUILDPLATFORM"));
        QCOMPARE(from.fromImage, QStringLiteral("golang:1.23"));
        QCOMPARE(from.stageName, QStringLiteral("build"));
        const Instruction &run = file.instructions.at(1);
        QCOMPARE(run.flagValues(QStringLiteral("mount")).size(), 2);
        QCOMPARE(run.flags.at(1).column, 44);
        QCOMPARE(run.flagValue(QStringLiteral("network")), QStringLiteral("none"));
        QCOMPARE(run.arguments, QStringLiteral("go build"));
        const Instruction &copy = file.instructions.at(2);
        QCOMPARE(copy.flagValue(QStringLiteral("from")), QStringLiteral("deps"));
        QCOMPARE(copy.flagValue(QStringLiteral("chmod")), QStringLiteral("755"));
        QVERIFY(copy.hasFlag(QStringLiteral("link")));
        QVERIFY(!copy.flags.constLast().hasValue);
        QCOMPARE(copy.sources(), QStringList{QStringLiteral("/out/app")});
        QCOMPARE(copy.destination(), QStringLiteral("/usr/bin/app"));
        QCOMPARE(file.instructions.at(3).arguments, QStringLiteral("--not-a-flag"));
    }

    void keyValues_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("env k=v") << "ENV A=1 B=\"two words\" C=x\\ y" << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}
                                 << QStringList{QStringLiteral("1"), QStringLiteral("two words"), QStringLiteral("x y")};
        QTest::newRow("env legacy") << "ENV PATH /usr/local/bin:$PATH" << QStringList{QStringLiteral("PATH")}
                                    << QStringList{QStringLiteral("/usr/local/bin:$PATH")};
        QTest::newRow("env legacy with spaces") << "ENV GREETING hello  world" << QStringList{QStringLiteral("GREETING")}
                                                << QStringList{QStringLiteral("hello  world")};
        QTest::newRow("label") << "LABEL org.opencontainers.image.title=\"My app\" version=1"
                               << QStringList{QStringLiteral("org.opencontainers.image.title"), QStringLiteral("version")}
                               << QStringList{QStringLiteral("My app"), QStringLiteral("1")};
        QTest::newRow("arg with and without default") << "ARG A B=2 C=\"x y\"" << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}
                                                      << QStringList{QString(), QStringLiteral("2"), QStringLiteral("x y")};
        QTest::newRow("arg empty default") << "ARG X=" << QStringList{QStringLiteral("X")} << QStringList{QString()};
    }
    void keyValues()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, keys);
        QFETCH(QStringList, values);
        const ParsedDockerfile file = parseDockerfile(QStringLiteral("FROM a:1\n") + line + QLatin1Char('\n'));
        QVERIFY2(!file.hasErrors(), qPrintable(errorsOf(file)));
        const Instruction &ins = file.instructions.at(1);
        QStringList gotKeys, gotValues;
        for (const KeyValue &kv : ins.pairs) {
            gotKeys.append(kv.key);
            gotValues.append(kv.value);
        }
        QCOMPARE(gotKeys, keys);
        QCOMPARE(gotValues, values);
    }

    void onbuildAndHealthcheck()
    {
        const ParsedDockerfile file = parseDockerfile(QStringLiteral(
            "FROM a:1\nONBUILD RUN npm ci\nHEALTHCHECK --interval=30s --retries=3 \\\n  CMD curl -f http://localhost/ || exit 1\n"
            "HEALTHCHECK NONE\nHEALTHCHECK CMD [\"/bin/check\"]\n"));
        QVERIFY2(!file.hasErrors(), qPrintable(errorsOf(file)));
        const Instruction &onbuild = file.instructions.at(1);
        QVERIFY(onbuild.triggered);
        QCOMPARE(onbuild.triggered->kind, InstructionKind::Run);
        QCOMPARE(onbuild.triggered->arguments, QStringLiteral("npm ci"));
        QCOMPARE(onbuild.triggered->column, 9);
        const Instruction &health = file.instructions.at(2);
        QCOMPARE(health.flagValue(QStringLiteral("interval")), QStringLiteral("30s"));
        QCOMPARE(health.arguments, QStringLiteral("curl -f http://localhost/ || exit 1"));
        QVERIFY(!health.execForm);
        QCOMPARE(health.lastLine, 4);
        QVERIFY(file.instructions.at(3).healthcheckNone);
        QVERIFY(file.instructions.at(4).execForm);
        QCOMPARE(file.instructions.at(4).words, QStringList{QStringLiteral("/bin/check")});
    }

    // Bad input: a diagnostic at the right line and column, never a crash.
    void badInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("unterminated heredoc") << "FROM a:1\nRUN  <<EOF\necho a\n" << 2 << 6 << "unterminated heredoc";
        QTest::newRow("unknown instruction") << "FROM a:1\n  FORM b\n" << 2 << 3 << "did you mean FROM?";
        QTest::newRow("instruction before FROM") << "ARG A=1\nRUN echo\nFROM a:1\n" << 2 << 1 << "before the first FROM";
        QTest::newRow("empty file") << "" << 1 << 1 << "no instructions";
        QTest::newRow("only comments") << "# hello\n\n" << 2 << 1 << "no instructions";
        QTest::newRow("no FROM") << "ARG A=1\n" << 1 << 1 << "no FROM";
        QTest::newRow("shell needs JSON") << "FROM a:1\nSHELL /bin/bash -c\n" << 2 << 7 << "JSON form";
        QTest::newRow("JSON of numbers") << "FROM a:1\nCMD [1, 2]\n" << 2 << 5 << "strings only";
        QTest::newRow("COPY needs a destination") << "FROM a:1\nCOPY app\n" << 2 << 1 << "source and a destination";
        QTest::newRow("ENV mixed forms") << "FROM a:1\nENV A=1 B\n" << 2 << 9 << "has no '='";
        QTest::newRow("FROM with junk") << "FROM a:1 b c d\n" << 1 << 1 << "FROM takes an image";
        QTest::newRow("bad stage name") << "FROM a:1 AS 9lives\n" << 1 << 13 << "invalid stage name";
        QTest::newRow("bad escape") << "# escape=x\nFROM a:1\n" << 1 << 10 << "invalid escape";
        QTest::newRow("repeated directive") << "# escape=\\\n# escape=`\nFROM a:1\n" << 2 << 1 << "only one";
        QTest::newRow("ONBUILD FROM") << "FROM a:1\nONBUILD FROM b\n" << 2 << 9 << "isn't allowed";
        QTest::newRow("HEALTHCHECK type") << "FROM a:1\nHEALTHCHECK RUN x\n" << 2 << 13 << "unknown HEALTHCHECK type";
        QTest::newRow("RUN without command") << "FROM a:1\nRUN   \n" << 2 << 1 << "requires at least one argument";
    }
    void badInput()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const ParsedDockerfile file = parseDockerfile(text);
        QVERIFY(file.hasErrors());
        const DockerfileDiagnostic &d = *std::find_if(file.diagnostics.cbegin(), file.diagnostics.cend(),
                                                      [](const DockerfileDiagnostic &x) { return x.isError(); });
        QVERIFY2(d.message.contains(message), qPrintable(d.toString()));
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
    }

    // What BuildKit refuses, at parse time or when it builds the stage (checked against its source:
    // instructions/parse.go and bflag.go, dockerfile2llb/convert*.go, distribution/reference,
    // go-digest, moby/sys/signal, dchapes-mode): the rule, where, and how severe.
    void buildkitRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("severity");
        const auto row = [](const char *name, const char *text, const char *rule, int line, int column, const char *severity = "error") {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(rule) << line << column << QString::fromLatin1(severity);
        };
        // Flags (BFlags.Parse, at parse time).
        row("unknown COPY flag", "FROM a:1\nCOPY --foo=1 x /y\n", "DP101", 2, 6);
        row("unknown ADD flag (--from is COPY's)", "FROM a:1\nADD --from=a x /y\n", "DP101", 2, 5);
        row("unknown FROM flag", "FROM --plat=linux/amd64 a:1\n", "DP101", 1, 6);
        row("unknown HEALTHCHECK flag", "FROM a:1\nHEALTHCHECK --intervall=5s CMD true\n", "DP101", 2, 13);
        row("unknown RUN flag", "FROM a:1\nRUN --mnt=type=cache,target=/x true\n", "DP101", 2, 5);
        row("unknown ENV flag", "FROM a:1\nENV --x=1 A=b\n", "DP101", 2, 5);
        row("unknown flag in an ONBUILD trigger", "FROM a:1\nONBUILD COPY --foo x /y\n", "DP101", 2, 14, "warning");
        row("--chown twice", "FROM a:1\nCOPY --chown=a --chown=b x /y\n", "DP102", 2, 16);
        row("--interval twice", "FROM a:1\nHEALTHCHECK --interval=5s --interval=6s CMD true\n", "DP102", 2, 27);
        row("--link=maybe", "FROM a:1\nCOPY --link=maybe x /y\n", "DP103", 2, 6);
        row("--link= empty", "FROM a:1\nCOPY --link= x /y\n", "DP103", 2, 6);
        row("--from without a value", "FROM a:1\nCOPY --from x /y\n", "DP103", 2, 6);
        row("--keep-git-dir=yes", "FROM a:1\nADD --keep-git-dir=yes https://example.com/r.git /r\n", "DP103", 2, 5);
        // HEALTHCHECK values (parseOptInterval and --retries, at parse time).
        row("--interval=abc", "FROM a:1\nHEALTHCHECK --interval=abc CMD true\n", "DP104", 2, 13);
        row("--interval=0.5ms is below 1ms", "FROM a:1\nHEALTHCHECK --interval=0.5ms CMD true\n", "DP104", 2, 13);
        row("--timeout=5x", "FROM a:1\nHEALTHCHECK --timeout=5x CMD true\n", "DP104", 2, 13);
        row("--timeout=5 without a unit", "FROM a:1\nHEALTHCHECK --timeout=5 CMD true\n", "DP104", 2, 13);
        row("--start-period=-5s", "FROM a:1\nHEALTHCHECK --start-period=-5s CMD true\n", "DP104", 2, 13);
        row("--retries=abc", "FROM a:1\nHEALTHCHECK --retries=abc CMD true\n", "DP104", 2, 13);
        row("--retries=-1", "FROM a:1\nHEALTHCHECK --interval=5s --retries=-1 CMD true\n", "DP104", 2, 27);
        row("--interval=$VAR is not expanded", "FROM a:1\nARG I=5s\nHEALTHCHECK --interval=$I CMD true\n", "DP104", 3, 13);
        // EXPOSE (parsePortSpec, when the stage is built).
        row("EXPOSE 80/xyz", "FROM a:1\nEXPOSE 80/xyz\n", "DP105", 2, 8);
        row("EXPOSE 99999", "FROM a:1\nEXPOSE 8080 99999\n", "DP105", 2, 13);
        row("EXPOSE reversed range", "FROM a:1\nEXPOSE 8010-8000\n", "DP105", 2, 8);
        row("EXPOSE http", "FROM a:1\nEXPOSE http\n", "DP105", 2, 8);
        // Quotes BuildKit's word expansion never sees closed (when the stage is built).
        row("ENV unterminated double quote", "FROM a:1\nENV A=\"hello\n", "DP106", 2, 7);
        row("ENV legacy form", "FROM a:1\nENV GREETING \"hello world\n", "DP106", 2, 14);
        row("LABEL unterminated single quote", "FROM a:1\nLABEL desc='it\n", "DP106", 2, 12);
        row("LABEL second pair", "FROM a:1\nLABEL a=1 \\\n      b=\"x\n", "DP106", 3, 9);
        row("COPY a quoted path with a space", "FROM a:1\nCOPY \"my file.txt\" /app/\n", "DP106", 2, 6);
        // STOPSIGNAL (signal.ParseSignal, when the stage is built).
        row("STOPSIGNAL with two arguments", "FROM a:1\nSTOPSIGNAL SIGTERM SIGKILL\n", "DP107", 2, 20);
        row("STOPSIGNAL unknown name", "FROM a:1\nSTOPSIGNAL SIGFOO\n", "DP107", 2, 12);
        // FROM (reference.ParseNormalizedNamed, for every stage built on an image).
        row("FROM invalid digest", "FROM alpine@sha256:xyz\n", "DP108", 1, 6);
        row("FROM short digest", "FROM node@sha256:0123456789abcdef0123456789abcdef\n", "DP108", 1, 6);
        row("FROM upper-case repository", "FROM Alpine:3.20\n", "DP108", 1, 6);
        row("FROM upper-case path after a registry", "FROM ghcr.io/Acme/app:1\n", "DP108", 1, 6);
        row("FROM upper-case through an ARG default", "ARG BASE=Ubuntu\nFROM ${BASE}:24.04 AS base\n", "DP108", 2, 6);
        row("FROM empty tag", "FROM alpine:\n", "DP108", 1, 6);
        // RUN --mount (parseMount, when the stage is built).
        row("unknown mount type", "FROM a:1\nRUN --mount=type=volume,target=/x true\n", "DP109", 2, 5);
        // --chmod (dispatchCopy, when the stage is built).
        row("--chmod=999 is not octal", "FROM a:1\nCOPY --chmod=999 x /y\n", "DP110", 2, 6);
        row("--chmod=17777 is above 07777", "FROM a:1\nADD --chmod=17777 x /y\n", "DP110", 2, 5);
        row("--chmod=u+q", "FROM a:1\nCOPY --chmod=u+q x /y\n", "DP110", 2, 6);
        row("--chmod=rwx", "FROM a:1\nCOPY --chmod=rwx x /y\n", "DP110", 2, 6);
        // A stage using itself ("circular dependency detected on stage").
        row("COPY --from its own stage", "FROM a:1 AS build\nCOPY --from=build /x /y\n", "DP111", 2, 6);
        row("COPY --from its own index", "FROM a:1 AS one\nFROM b:1\nCOPY --from=1 /x /y\n", "DP111", 3, 6);
        row("RUN --mount=from its own stage", "FROM a:1 AS Build\nRUN --mount=from=build,target=/s true\n", "DP111", 2, 5);
        // Stages needing each other, a later one included (dockerfile2llb resolves --from against
        // every stage, then hasCircularDependency).
        row("two stages copying from each other", "FROM a:1 AS one\nCOPY --from=two /x /x\nFROM b:1 AS two\nCOPY --from=one /y /y\n",
            "DP111", 4, 1);
        row("a cycle through a later stage's index", "FROM a:1 AS one\nCOPY --from=2 /x /x\nFROM b:1\nCOPY --from=one /y /y\n"
            "FROM c:1\nRUN --mount=from=1,target=/m true\n", "DP111", 4, 1);
        row("a stage built FROM one that copies from it", "FROM a:1 AS base\nCOPY --from=app /x /x\nFROM base AS app\n",
            "DP111", 3, 1);
        // EXPOSE takes container ports: a lone address before the port is read as a host port.
        row("EXPOSE 127.0.0.1:80", "FROM a:1\nEXPOSE 127.0.0.1:80\n", "DP105", 2, 8);
        row("EXPOSE with an invalid address", "FROM a:1\nEXPOSE 300.1.1.1:8080:80\n", "DP105", 2, 8);
        row("EXPOSE host and container ranges of different lengths", "FROM a:1\nEXPOSE 8000-8010:9000-9005\n", "DP105", 2, 8);
    }
    void buildkitRejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, severity);
        const ParsedDockerfile file = parseDockerfile(text);
        QList<DockerfileDiagnostic> all = file.diagnostics;
        all += buildStageGraph(file).diagnostics;
        const auto found = std::find_if(all.cbegin(), all.cend(), [&rule](const DockerfileDiagnostic &d) { return d.rule == rule; });
        QVERIFY2(found != all.cend(), qPrintable(errorsOf(file)));
        if (rule == QLatin1String("DP111"))  // one report per cycle, as BuildKit stops at the first
            QCOMPARE(std::count_if(all.cbegin(), all.cend(), [&rule](const DockerfileDiagnostic &d) { return d.rule == rule; }), 1);
        QCOMPARE(found->line, line);
        QCOMPARE(found->column, column);
        QCOMPARE(found->isError() ? QStringLiteral("error") : QStringLiteral("warning"), severity);
        QVERIFY(!found->message.isEmpty());
        QVERIFY2(found->toString().endsWith(QStringLiteral(" [") + rule + QLatin1Char(']')), qPrintable(found->toString()));
    }

    // What BuildKit builds: none of it may be reported as an error.
    void buildkitAccepts_data()
    {
        QTest::addColumn<QString>("text");
        const auto row = [](const char *name, const char *text) { QTest::newRow(name) << QString::fromUtf8(text); };
        row("FROM with ARG variables", "ARG BASE=alpine\nARG TAG\nFROM ${BASE}:${TAG}\nFROM $BASE\n");
        row("FROM a bare ARG without default", "ARG IMAGE\nFROM ${IMAGE}\n");
        row("FROM --platform=$BUILDPLATFORM", "FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM --platform=linux/arm64 alpine:3.20\n");
        row("FROM registries, ports, digests", "FROM registry.local:5000/team/app:1.2@sha256:"
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM localhost/app\nFROM [::1]:5000/app:v1\n"
            "FROM docker.io/library/ubuntu:24.04\nFROM mcr.microsoft.com/dotnet/sdk:9.0-nanoserver-ltsc2022\nFROM scratch\n");
        row("FROM an earlier stage in another case", "FROM a:1 AS Build\nFROM build\nFROM BUILD\n");
        row("--chmod octal, symbolic, variable", "FROM a:1\nCOPY --chmod=0755 x /y\nCOPY --chmod=755 x /y\nCOPY --chmod=u+x,go=rx x /y\n"
            "ADD --chmod=a+X x /y\nCOPY --chmod=$MODE x /y\nCOPY --chmod=0 x /y\n");
        row("--link alone or with a boolean", "FROM a:1 AS x\nFROM b:1\nCOPY --link --from=x / /\nCOPY --link=false a /b\nCOPY --link=True a /b\n");
        row("--parents and --exclude", "FROM a:1\nCOPY --parents a/./b /y\nCOPY --exclude=*.md --exclude=*.txt . /y\n");
        row("ADD --checksum, --keep-git-dir, --unpack", "FROM a:1\nADD --checksum=sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef "
            "https://example.com/a.tgz /a\nADD --keep-git-dir=true https://github.com/moby/buildkit.git /src\nADD --unpack=false a.tar /a/\n");
        row("HEALTHCHECK durations", "FROM a:1\nHEALTHCHECK --start-interval=5s --start-period=0 --interval=1m30s --timeout=500ms --retries=0 CMD true\n"
            "HEALTHCHECK --interval=1.5h --timeout=1ms --retries=+3 CMD [\"true\"]\n");
        row("HEALTHCHECK NONE ignores its flags", "FROM a:1\nHEALTHCHECK --interval=abc NONE\n");
        row("RUN --network and --security", "FROM a:1\nRUN --network=none --security=insecure true\n");
        row("RUN --mount types", "FROM a:1 AS other\nFROM b:1\nRUN --mount=type=bind,target=. --mount=type=cache,target=/c,sharing=locked "
            "--mount=type=tmpfs,target=/t --mount=type=secret,id=s --mount=type=ssh --mount=type=CACHE,target=/d true\n"
            "RUN --mount=target=/x,from=other --mount=type=$KIND,target=/y true\n");
        row("EXPOSE with a host port or address (BuildKit only warns)", "FROM a:1\nEXPOSE 8080:80 127.0.0.1:8080:80 [::1]:8080:80 8000-8010:80 8000-8010:9000-9010\n");
        row("COPY --from a later stage, no cycle", "FROM a:1 AS one\nCOPY --from=two /x /x\nFROM b:1 AS two\nRUN true\nFROM c:1\nCOPY --from=one /x /x\n");
        row("EXPOSE forms", "FROM a:1\nEXPOSE 80 443/tcp 53/udp 9000-9010 132/sctp $PORT ${OTHER}/tcp 80/TCP 0 65535 8080/\n");
        row("STOPSIGNAL forms", "FROM a:1\nSTOPSIGNAL SIGRTMIN+3\nSTOPSIGNAL 9\nSTOPSIGNAL quit\nSTOPSIGNAL $SIG\n");
        row("balanced quotes", "FROM a:1\nENV A=\"it's\" B='say \"hi\"' C=x\\\"y D=${E:-\"x\"}\nLABEL \"key with space\"=\"v\"\n"
            "ENV LEGACY value with \"quotes\" inside\nCOPY [\"a b\", \"/c/\"]\n");
        row("backtick escape keeps backslashes literal", "# escape=`\nFROM a:1\nENV P=\"C:\\Program Files\\\"\n");
        row("ONBUILD COPY --from names the child's stage", "FROM a:1 AS build\nONBUILD COPY --from=build /x /y\n");
        row("ARG ignores flags", "FROM a:1\nARG --x=1 A\n");
    }
    void buildkitAccepts()
    {
        QFETCH(QString, text);
        const ParsedDockerfile file = parseDockerfile(text);
        QVERIFY2(!file.hasErrors(), qPrintable(errorsOf(file)));
        const BuildGraph graph = buildStageGraph(file);
        for (const DockerfileDiagnostic &d : graph.diagnostics)
            QVERIFY2(!d.isError(), qPrintable(d.toString()));
    }

    // BuildKit's ExposeInvalidFormat check: EXPOSE 8080:80 builds but exposes only 80.
    void exposeWithAHostPartWarns()
    {
        const ParsedDockerfile file = parseDockerfile(QStringLiteral("FROM a:1\nEXPOSE 80 127.0.0.1:8080:80\n"));
        QCOMPARE(file.diagnostics.size(), 1);
        const DockerfileDiagnostic &d = file.diagnostics.constFirst();
        QVERIFY(!d.isError());
        QCOMPARE(d.line, 2);
        QCOMPARE(d.column, 11);
        QVERIFY2(d.message.contains(QLatin1String("127.0.0.1:8080:80")), qPrintable(d.message));
        QVERIFY(parseDockerfile(QStringLiteral("FROM a:1\nEXPOSE 80 443/tcp ${PORT}\n")).diagnostics.isEmpty());
    }

    // Huge or hostile input: no crash, sensible output (speed is measured in bench/, not here).
    void largeInputs()
    {
        const QString longLine = QStringLiteral("FROM a:1\nRUN echo ") + QString(1 << 20, QLatin1Char('x')) + QLatin1Char('\n');
        const ParsedDockerfile one = parseDockerfile(longLine);
        QVERIFY(!one.hasErrors());
        QCOMPARE(one.instructions.at(1).arguments.size(), (1 << 20) + 5);

        QString many = QStringLiteral("FROM a:1\n");
        for (int i = 0; i < 5000; ++i)
            many += QStringLiteral("RUN echo %1 \\\n  && true\n").arg(i);
        const ParsedDockerfile lots = parseDockerfile(many);
        QVERIFY(!lots.hasErrors());
        QCOMPARE(lots.instructions.size(), 5001);
        QCOMPARE(lots.instructions.constLast().lastLine, 10001);
    }

    // Broken input: every one is refused with an error, and what did come out is consistent.
    void garbage_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *junk : {"\\", "`", "<<", "RUN <<", "FROM\n<<EOF", "[", "ENV", "ONBUILD", "ONBUILD ONBUILD x",
                                 "FROM a\nRUN \\", "# escape=`\nFROM a\nRUN `", "FROM a\nCOPY <<A <<B x\nA\n"})
            QTest::newRow(junk) << QString::fromLatin1(junk);
        QTest::newRow("NUL bytes") << QString::fromLatin1(QByteArray("\0\0", 2));
    }

    void garbage()
    {
        QFETCH(QString, text);
        const ParsedDockerfile file = parseDockerfile(text);
        QVERIFY2(file.hasErrors(), qPrintable(errorsOf(file)));
        checkInvariants(text, file);
    }

    // A sound Dockerfile with bytes flipped, cut and repeated at fixed pseudo-random places: the
    // parser keeps its invariants on every variant.
    void mutatedInputKeepsInvariants()
    {
        const QString sound = QStringLiteral(
            "# syntax=docker/dockerfile:1\nARG V=1\nFROM golang:${V} AS build\nWORKDIR /src\n"
            "COPY --chown=1:1 go.* ./\nRUN --mount=type=cache,target=/go \\\n    go build -o /out/app .\n"
            "RUN <<EOF\nset -e\necho hi\nEOF\nFROM scratch\nCOPY --from=build /out/app /app\n"
            "ENV A=1 B=\"two words\"\nHEALTHCHECK CMD [\"/app\", \"-ping\"]\nONBUILD RUN true\nENTRYPOINT [\"/app\"]\n");
        QVERIFY(!parseDockerfile(sound).hasErrors());
        const QString alphabet = QStringLiteral("\\`\n \t\"'[]{}<>-=$#:,EOFRUN");
        QRandomGenerator random(21);  // fixed: the same variants every run
        for (int variant = 0; variant < 300; ++variant) {
            QString text = sound;
            for (int edit = random.bounded(1, 6); edit > 0; --edit) {
                const int at = int(random.bounded(text.size()));
                switch (random.bounded(3)) {
                case 0: text[at] = alphabet.at(random.bounded(alphabet.size())); break;
                case 1: text.remove(at, random.bounded(1, 20)); break;
                default: text.insert(at, text.mid(at, random.bounded(1, 20))); break;
                }
            }
            checkInvariants(text, parseDockerfile(text));
            if (QTest::currentTestFailed()) {
                qWarning("variant %d:\n%s", variant, qPrintable(text));
                return;
            }
        }
    }

    void variables()
    {
        QCOMPARE(referencedVariables(QStringLiteral("a $A ${B:-$C} \\$D ${E/x/y} $$ ${}")),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("E")}));
        const QHash<QString, QString> values{{QStringLiteral("V"), QStringLiteral("1.2")}, {QStringLiteral("EMPTY"), QString()}};
        bool complete = false;
        QCOMPARE(expandVariables(QStringLiteral("golang:${V}-alpine"), values, QLatin1Char('\\'), &complete),
                 QStringLiteral("golang:1.2-alpine"));
        QVERIFY(complete);
        QCOMPARE(expandVariables(QStringLiteral("x:${NOPE:-3}${EMPTY:-d}"), values, QLatin1Char('\\'), &complete), QStringLiteral("x:3d"));
        QVERIFY(complete);
        QCOMPARE(expandVariables(QStringLiteral("binaries-$TARGETOS"), values, QLatin1Char('\\'), &complete),
                 QStringLiteral("binaries-$TARGETOS"));
        QVERIFY(!complete);
    }
};

QTEST_GUILESS_MAIN(TestDockerfileParser)
#include "tst_dockerfileparser.moc"
