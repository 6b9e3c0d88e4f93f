#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace DockPrep {

// A parsed Dockerfile: the instructions exactly as the Dockerfile reference reads them, each with
// where it came from, plus what went wrong while reading. Produced by parseDockerfile()
// (dockerfileparser.h); consumed by the stage model, the build-cache simulator and the lint rules.
//
// Lines and columns are 1-based everywhere. Columns count QChars (UTF-16 code units).

// Something the parser has to say about the text. Errors are what BuildKit would refuse to build
// (unknown instruction, unterminated heredoc, FROM missing, an unknown flag, a value BuildKit
// rejects…), whether it refuses while parsing or only when it builds the stage; warnings are what
// it builds with a surprise (an exec form that is not valid JSON and so runs through a shell, an
// empty continuation line, a flag it ignores).
struct DockerfileDiagnostic {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    int line = 0;
    int column = 0;
    QString message;
    // The error rule (DP101…, see buildkitvalues.h) for the checks of values and flags; empty for
    // the structural problems (unknown instruction, unterminated heredoc…).
    QString rule;

    bool isError() const { return severity == Severity::Error; }
    // "12:5: error: unknown instruction: FORM", "3:8: error: … [DP105]"
    QString toString() const;
};

enum class InstructionKind {
    From, Run, Cmd, Label, Maintainer, Expose, Env, Add, Copy, Entrypoint, Volume, User, Workdir, Arg,
    Onbuild, Stopsignal, Healthcheck, Shell,
    Unknown  // kept so tools can show it; the parser also reports an error for it
};

// "RUN", "COPY"…; "UNKNOWN" for Unknown.
QString instructionKeyword(InstructionKind kind);

struct Instruction;
// One line for a person, as written: "COPY --from=build /out/app /app", "RUN <<EOT" (heredoc
// openers are part of the arguments, their bodies are left out), cut at `limit` characters with
// an ellipsis so a 1 MB RUN stays readable. The CLI and the Explain page both show it.
QString instructionSummary(const Instruction &instruction, int limit = 160);

// `--name=value` or a bare `--name` before an instruction's arguments (RUN --mount=…, COPY --from=…).
struct InstructionFlag {
    QString name;       // without the dashes: "mount", "from", "chown", "link"
    QString value;      // quotes removed; empty for a bare flag
    bool hasValue = false;
    int line = 0;
    int column = 0;
};

// `RUN <<EOF` … `EOF`. The body is kept as written except that `<<-` strips leading tabs.
struct Heredoc {
    QString delimiter;     // "EOF", without quotes
    QString content;       // the lines between the opener and the delimiter, each ending in '\n'
    bool stripTabs = false;  // `<<-EOF`
    bool expands = true;     // false when the delimiter was quoted (`<<"EOF"`, `<<'EOF'`)
    int fileDescriptor = 0;  // `3<<EOF` → 3; 0 when not given
    int firstLine = 0;       // first content line (equals the delimiter line when the body is empty)
    int lastLine = 0;        // the line holding the closing delimiter
};

// ENV, LABEL and ARG entries. For ARG, hasValue says whether a default was given.
struct KeyValue {
    QString key;
    QString value;  // one level of quotes removed ("a b" → a b); variables not expanded
    bool hasValue = true;
};

struct Instruction {
    InstructionKind kind = InstructionKind::Unknown;
    QString keyword;      // as written ("run", "Copy"…)
    int firstLine = 0;    // the keyword's line
    int lastLine = 0;     // last continuation line or heredoc delimiter
    int column = 0;       // the keyword's column
    // Everything after the keyword and the flags, continuation lines joined (escape and newline
    // removed, comment lines inside the continuation dropped). Heredoc bodies are not in here.
    QString arguments;
    QList<InstructionFlag> flags;
    QList<Heredoc> heredocs;
    QStringList comments;  // `#` comment lines right above the instruction, without the `#`

    // RUN / CMD / ENTRYPOINT / SHELL / HEALTHCHECK CMD / COPY / ADD / VOLUME: the JSON array form.
    bool execForm = false;
    // The exec-form array; for the shell form, the arguments split into words the way the
    // instruction reads them (quotes respected, kept as written) — e.g. COPY sources and destination.
    QStringList words;
    QList<KeyValue> pairs;  // ENV, LABEL, ARG

    // FROM: image (as written, variables not expanded), stage name ("" when unnamed).
    QString fromImage;
    QString stageName;
    // HEALTHCHECK: NONE, or the command in `words` / `execForm` / `arguments` (after CMD).
    bool healthcheckNone = false;
    // ONBUILD: the wrapped instruction (its lines and columns are those in the file).
    std::shared_ptr<const Instruction> triggered;

    bool isLayer() const { return kind == InstructionKind::Run || kind == InstructionKind::Copy || kind == InstructionKind::Add; }
    bool hasFlag(const QString &name) const;
    QString flagValue(const QString &name) const;  // first one; empty when absent
    QStringList flagValues(const QString &name) const;  // every `--mount`…
    // The script a RUN executes: shell-form arguments or the exec array joined, plus every heredoc
    // body, so rules see commands written either way.
    QString script() const;
    // COPY / ADD: the sources (all words but the last) and the destination (the last word).
    // Heredoc sources appear as "<<EOF".
    QStringList sources() const;
    QString destination() const;
};

struct ParserDirective {
    QString name;   // lower case: "syntax", "escape", "check"
    QString value;
    int line = 0;
};

struct ParsedDockerfile {
    QList<Instruction> instructions;   // in file order; global ARGs come first, then FROM…
    QList<ParserDirective> directives;
    QList<DockerfileDiagnostic> diagnostics;
    QChar escape = QLatin1Char('\\');
    int lineCount = 0;

    bool hasErrors() const;
};

} // namespace DockPrep
