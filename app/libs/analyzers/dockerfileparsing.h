#pragma once

// Internal to the Dockerfile parser: its state and steps, one job per file beside this one.
// The structure follows BuildKit's frontend/dockerfile/parser (parser.go, line_parsers.go) so the
// corner cases behave the same: which lines continue, where comments are dropped, how flags and
// words are split.

#include "analyzers/dockerfile.h"
#include "analyzers/dockerfiletext.h"

#include <QStringView>

namespace DockPrep::DockerfileParsing {

class Parser
{
public:
    explicit Parser(const QString &text);

    ParsedDockerfile run();

private:
    struct LineRange {
        qsizetype start;
        qsizetype length;
    };

    QStringView line(int index) const { return QStringView(m_text).mid(m_lines.at(index).start, m_lines.at(index).length); }

    // Reading the file: lines, continuations, directives, diagnostics (dockerfileparser.cpp).
    static qsizetype leadingBlanks(QStringView text);
    // BuildKit: `\<escape>[ \t]*$` continues the line.
    bool stripContinuation(QStringView text, QStringView *piece) const;
    void error(int line, int column, const QString &message);
    void warning(int line, int column, const QString &message);
    void error(const LogicalLine::Position &p, const QString &message) { error(p.line, p.column, message); }
    void warning(const LogicalLine::Position &p, const QString &message) { warning(p.line, p.column, message); }
    // Something BuildKit refuses, tagged with its rule. Inside an ONBUILD trigger it is a warning:
    // BuildKit reads the trigger only when another image is built FROM this one.
    void rejected(int line, int column, const char *rule, const QString &message);
    void rejected(const LogicalLine::Position &p, const char *rule, const QString &message) { rejected(p.line, p.column, rule, message); }

    // Marks the instructions parsed inside an ONBUILD for the time of one parseInstruction().
    struct TriggerScope {
        TriggerScope(bool &flag, bool value)
            : m_flag(flag)
            , m_saved(flag)
        {
            m_flag = value;
        }
        ~TriggerScope() { m_flag = m_saved; }
        Q_DISABLE_COPY_MOVE(TriggerScope)
        bool &m_flag;
        bool m_saved;
    };

    // `# name = value` lines at the very top. Returns the first line that is not a directive.
    int readDirectives();
    // Only ARG may come before the first FROM; a file needs at least one FROM.
    void validateOrder();

    // One instruction and its arguments (dockerfileinstructions.cpp).
    // Parses the instruction starting at `offset` in the logical line. ONBUILD calls it again
    // for the wrapped instruction.
    void parseInstruction(const LogicalLine &logical, qsizetype offset, Instruction &ins, bool triggered);
    // BuildKit's extractBuilderFlags: leading `--name[=value]` words (quotes and `\` honoured),
    // a lone `--` ends them. Returns the offset where the arguments start.
    qsizetype extractFlags(const LogicalLine &logical, qsizetype p, Instruction &ins);
    // RUN / CMD / ENTRYPOINT / SHELL: exec form when the arguments are a JSON array of strings.
    void parseCommand(Instruction &ins, const LogicalLine::Position &argsAt, const QString &name);
    void parseFrom(const LogicalLine &logical, qsizetype argsOffset, Instruction &ins, const LogicalLine::Position &where);
    // ENV / LABEL: `k=v k2="v 2"` or the legacy `k value with spaces`.
    void parseKeyValues(const LogicalLine &logical, qsizetype argsOffset, Instruction &ins, const QString &name);
    void parseHealthcheck(Instruction &ins, const LogicalLine::Position &argsAt, const LogicalLine::Position &where);

    // Here-documents after RUN, COPY and ADD (dockerfileheredocs.cpp).
    static bool canHaveHeredocs(InstructionKind kind);
    // Finds the `<<NAME` words of a RUN/COPY/ADD and reads their bodies from the lines after
    // `next`. Returns the first line after the last body.
    int readHeredocs(const LogicalLine &logical, Instruction &ins, int next);

    // What BuildKit refuses in flags, quotes and base images (dockerfileflagchecks.cpp).
    // BuildKit's BFlags: every flag known to the instruction, given once unless it is a list, with
    // a value of the right kind; then the values BuildKit checks itself (durations, --chmod, the
    // mount type, a stage copying from itself).
    void checkFlags(const Instruction &ins, const QString &name);
    void checkFlagValue(const Instruction &ins, const InstructionFlag &flag);
    // `--from=build` or `--from=2` naming the stage this instruction belongs to. ONBUILD triggers
    // run in another build, where the names mean something else.
    bool isCurrentStage(const QString &reference) const;
    // A word BuildKit expands (ENV and LABEL keys and values, COPY/ADD paths) with a quote that
    // never closes: the expansion fails when the stage is built.
    void checkQuotes(const LogicalLine &logical, QStringView word, qsizetype offset, const QString &name);
    // A FROM image, with the global ARG defaults expanded, that BuildKit cannot parse as an image
    // reference. A name with a variable left unknown is skipped: the build supplies it.
    void checkBaseImage(const LogicalLine::Position &at, const QString &image);

    const QString &m_text;
    QList<LineRange> m_lines;
    ParsedDockerfile m_result;
    bool m_inTrigger = false;  // parsing the instruction an ONBUILD wraps
};

} // namespace DockPrep::DockerfileParsing
