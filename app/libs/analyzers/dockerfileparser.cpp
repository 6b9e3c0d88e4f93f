#include "analyzers/dockerfileparser.h"

#include "analyzers/buildkitvalues.h"
#include "analyzers/buildstages.h"
#include "analyzers/dockerfilevariables.h"
#include "text/boundedread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

// The structure follows BuildKit's frontend/dockerfile/parser (parser.go, line_parsers.go) so the
// corner cases behave the same: which lines continue, where comments are dropped, how flags and
// words are split. Everything works on views and offsets so a 1 MB line stays linear.

namespace DockPrep {

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::DockerfileParser)
};

bool isBlank(QChar c)
{
    return c.isSpace();
}

struct KeywordEntry {
    const char *name;
    InstructionKind kind;
};

constexpr KeywordEntry keywords[] = {
    {"from", InstructionKind::From}, {"run", InstructionKind::Run}, {"cmd", InstructionKind::Cmd},
    {"label", InstructionKind::Label}, {"maintainer", InstructionKind::Maintainer}, {"expose", InstructionKind::Expose},
    {"env", InstructionKind::Env}, {"add", InstructionKind::Add}, {"copy", InstructionKind::Copy},
    {"entrypoint", InstructionKind::Entrypoint}, {"volume", InstructionKind::Volume}, {"user", InstructionKind::User},
    {"workdir", InstructionKind::Workdir}, {"arg", InstructionKind::Arg}, {"onbuild", InstructionKind::Onbuild},
    {"stopsignal", InstructionKind::Stopsignal}, {"healthcheck", InstructionKind::Healthcheck},
    {"shell", InstructionKind::Shell},
};

InstructionKind kindFor(QStringView keyword)
{
    for (const KeywordEntry &entry : keywords) {
        if (keyword.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.kind;
    }
    return InstructionKind::Unknown;
}

// Levenshtein distance, for "did you mean FROM?" on short keywords only.
int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString suggestionFor(QStringView keyword)
{
    if (keyword.size() > 12)
        return {};
    const QString lower = keyword.toString().toLower();
    for (const KeywordEntry &entry : keywords) {
        if (editDistance(lower, QLatin1String(entry.name)) <= 2 && lower.size() > 2)
            return QString::fromLatin1(entry.name).toUpper();
    }
    return {};
}

// The flags each instruction accepts and how BuildKit's BFlags reads them (instructions/parse.go
// and the RUN hooks): a bool takes nothing or =true/=false, a string needs =value and may be
// given once, a list (--mount, --exclude, --device) may repeat. Anything else fails the build.
enum class FlagType { Bool, String, List };

struct FlagSpec {
    const char *name;
    FlagType type;
};

const FlagSpec *flagSpec(InstructionKind kind, QStringView name)
{
    using T = FlagType;
    static constexpr FlagSpec from[] = {{"platform", T::String}};
    static constexpr FlagSpec run[] = {{"mount", T::List}, {"network", T::String}, {"security", T::String}, {"device", T::List}};
    static constexpr FlagSpec copy[] = {{"from", T::String}, {"chown", T::String}, {"chmod", T::String},
                                        {"link", T::Bool},   {"parents", T::Bool}, {"exclude", T::List}};
    static constexpr FlagSpec add[] = {{"chown", T::String},   {"chmod", T::String}, {"link", T::Bool},    {"keep-git-dir", T::Bool},
                                       {"checksum", T::String}, {"exclude", T::List}, {"unpack", T::Bool}, {"parents", T::Bool}};
    static constexpr FlagSpec healthcheck[] = {{"interval", T::String},       {"timeout", T::String}, {"start-period", T::String},
                                               {"start-interval", T::String}, {"retries", T::String}};
    const auto find = [name](const auto &table) -> const FlagSpec * {
        for (const FlagSpec &spec : table) {
            if (name == QLatin1String(spec.name))
                return &spec;
        }
        return nullptr;
    };
    switch (kind) {
    case InstructionKind::From: return find(from);
    case InstructionKind::Run: return find(run);
    case InstructionKind::Copy: return find(copy);
    case InstructionKind::Add: return find(add);
    case InstructionKind::Healthcheck: return find(healthcheck);
    default: return nullptr;
    }
}

// One instruction's text with continuation lines joined, and where each piece came from.
class LogicalLine
{
public:
    struct Position {
        int line = 0;
        int column = 0;
    };

    void append(QStringView piece, int line, int column)
    {
        m_segments.append({int(m_text.size()), line, column});
        m_text += piece;
    }
    const QString &text() const { return m_text; }
    Position at(qsizetype offset) const
    {
        // The last segment starting at or before offset.
        auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), offset,
                                   [](qsizetype value, const Segment &s) { return value < s.start; });
        if (it == m_segments.cbegin())
            return {m_segments.isEmpty() ? 0 : m_segments.constFirst().line, 1};
        --it;
        return {it->line, it->column + int(offset - it->start)};
    }

private:
    struct Segment {
        qsizetype start;
        int line;
        int column;
    };
    QString m_text;
    QList<Segment> m_segments;
};

struct Word {
    QString text;
    qsizetype offset;  // in the logical line
};

// BuildKit's parseWords: whitespace-separated words, quotes and escapes kept as written, but a
// quoted or escaped space does not split.
QList<Word> splitWords(const QString &text, qsizetype from, QChar escape)
{
    QList<Word> words;
    QString word;
    qsizetype start = -1;
    QChar quote;
    bool inQuote = false;
    bool blankOk = false;
    const qsizetype n = text.size();
    for (qsizetype pos = from; pos < n; ++pos) {
        const QChar ch = text.at(pos);
        if (!inQuote) {
            if (isBlank(ch)) {
                if (start >= 0 && (blankOk || !word.isEmpty()))
                    words.append({word, start});
                word.clear();
                start = -1;
                blankOk = false;
                continue;
            }
            if (start < 0)
                start = pos;
            if (ch == QLatin1Char('\'') || ch == QLatin1Char('"')) {
                quote = ch;
                inQuote = true;
                blankOk = true;
            } else if (ch == escape) {
                if (pos + 1 == n)
                    continue;
                word += ch;
                ++pos;
                word += text.at(pos);
                continue;
            }
            word += ch;
        } else {
            if (ch == quote) {
                inQuote = false;
            } else if (ch == escape && quote != QLatin1Char('\'')) {
                if (pos + 1 == n) {
                    inQuote = false;
                    continue;
                }
                word += ch;
                ++pos;
                word += text.at(pos);
                continue;
            }
            word += ch;
        }
    }
    if (start >= 0 && (blankOk || !word.isEmpty()))
        words.append({word, start});
    return words;
}

// Removes one level of shell quoting from a word kept as written (ENV/LABEL/ARG values).
QString unquote(const QString &word, QChar escape)
{
    QString out;
    out.reserve(word.size());
    QChar quote;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar ch = word.at(i);
        if (quote.isNull()) {
            if (ch == QLatin1Char('"') || ch == QLatin1Char('\'')) {
                quote = ch;
            } else if (ch == escape && i + 1 < word.size()) {
                out += word.at(++i);
            } else {
                out += ch;
            }
        } else if (ch == quote) {
            quote = QChar();
        } else if (quote == QLatin1Char('"') && ch == escape && i + 1 < word.size()
                   && (word.at(i + 1) == QLatin1Char('"') || word.at(i + 1) == escape || word.at(i + 1) == QLatin1Char('$'))) {
            // Keep `\$` visible so a later expansion still sees it as literal.
            if (word.at(i + 1) == QLatin1Char('$'))
                out += ch;
            out += word.at(++i);
        } else {
            out += ch;
        }
    }
    return out;
}

// strings.Fields: whitespace only, no quote handling (how COPY/ADD/FROM/EXPOSE split).
QList<Word> fields(const QString &text, qsizetype from)
{
    QList<Word> words;
    qsizetype start = -1;
    for (qsizetype pos = from; pos <= text.size(); ++pos) {
        const bool end = pos == text.size() || isBlank(text.at(pos));
        if (end && start >= 0) {
            words.append({text.mid(start, pos - start), start});
            start = -1;
        } else if (!end && start < 0) {
            start = pos;
        }
    }
    return words;
}

QStringList texts(const QList<Word> &words)
{
    QStringList list;
    list.reserve(words.size());
    for (const Word &w : words)
        list.append(w.text);
    return list;
}

enum class JsonResult { NotJson, StringArray, NotStrings };

JsonResult parseJsonArray(QStringView text, QStringList *out)
{
    if (!text.startsWith(QLatin1Char('[')))
        return JsonResult::NotJson;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return JsonResult::NotJson;
    const QJsonArray array = doc.array();
    QStringList values;
    values.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isString())
            return JsonResult::NotStrings;
        values.append(value.toString());
    }
    *out = values;
    return JsonResult::StringArray;
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
        qsizetype start = m_text.startsWith(QChar(0xFEFF)) ? 1 : 0;
        const qsizetype n = m_text.size();
        while (start < n) {
            qsizetype end = m_text.indexOf(QLatin1Char('\n'), start);
            const qsizetype next = end < 0 ? n : end + 1;
            if (end < 0)
                end = n;
            qsizetype length = end - start;
            if (length > 0 && m_text.at(start + length - 1) == QLatin1Char('\r'))
                --length;
            m_lines.append({start, length});
            start = next;
        }
        m_result.lineCount = int(m_lines.size());
    }

    ParsedDockerfile run()
    {
        const int firstInstructionLine = readDirectives();
        QStringList comments;
        int i = firstInstructionLine;
        const int n = int(m_lines.size());
        while (i < n) {
            const QStringView raw = line(i);
            const qsizetype lead = leadingBlanks(raw);
            const QStringView content = raw.mid(lead);
            if (content.isEmpty()) {
                comments.clear();
                ++i;
                continue;
            }
            if (content.startsWith(QLatin1Char('#'))) {
                comments.append(content.mid(1).trimmed().toString());
                ++i;
                continue;
            }
            LogicalLine logical;
            const int firstLine = i + 1;
            QStringView piece;
            bool continues = stripContinuation(content, &piece);
            logical.append(piece, i + 1, int(lead) + 1);
            ++i;
            while (continues) {
                if (i >= n) {
                    warning(i, int(raw.size()), Tr::tr("the file ends in the middle of a line continuation"));
                    break;
                }
                const QStringView next = line(i);
                const QStringView trimmed = next.mid(leadingBlanks(next));
                if (trimmed.startsWith(QLatin1Char('#'))) {
                    ++i;
                    continue;
                }
                if (trimmed.isEmpty()) {
                    warning(i + 1, 1, Tr::tr("empty continuation line (deprecated; a future Docker may treat it as the end of the instruction)"));
                    ++i;
                    continue;
                }
                continues = stripContinuation(next, &piece);
                logical.append(piece, i + 1, 1);
                ++i;
            }
            Instruction instruction;
            instruction.firstLine = firstLine;
            parseInstruction(logical, 0, instruction, false);
            instruction.lastLine = i;
            if (canHaveHeredocs(instruction.kind) && logical.text().contains(QLatin1String("<<")))
                i = readHeredocs(logical, instruction, i);
            instruction.lastLine = std::max(instruction.lastLine, i);
            instruction.comments = comments;
            comments.clear();
            m_result.instructions.append(instruction);
        }
        validateOrder();
        return m_result;
    }

private:
    struct LineRange {
        qsizetype start;
        qsizetype length;
    };

    QStringView line(int index) const { return QStringView(m_text).mid(m_lines.at(index).start, m_lines.at(index).length); }

    static qsizetype leadingBlanks(QStringView text)
    {
        qsizetype i = 0;
        while (i < text.size() && isBlank(text.at(i)))
            ++i;
        return i;
    }

    // BuildKit: `\<escape>[ \t]*$` continues the line.
    bool stripContinuation(QStringView text, QStringView *piece) const
    {
        qsizetype end = text.size();
        while (end > 0 && (text.at(end - 1) == QLatin1Char(' ') || text.at(end - 1) == QLatin1Char('\t')))
            --end;
        if (end > 0 && text.at(end - 1) == m_result.escape) {
            *piece = text.first(end - 1);
            return true;
        }
        *piece = text;
        return false;
    }

    void error(int line, int column, const QString &message)
    {
        m_result.diagnostics.append({DockerfileDiagnostic::Severity::Error, line, column, message, {}});
    }
    void warning(int line, int column, const QString &message)
    {
        m_result.diagnostics.append({DockerfileDiagnostic::Severity::Warning, line, column, message, {}});
    }
    void error(const LogicalLine::Position &p, const QString &message) { error(p.line, p.column, message); }
    void warning(const LogicalLine::Position &p, const QString &message) { warning(p.line, p.column, message); }

    // Something BuildKit refuses, tagged with its rule. Inside an ONBUILD trigger it is a warning:
    // BuildKit reads the trigger only when another image is built FROM this one.
    void rejected(int line, int column, const char *rule, const QString &message)
    {
        if (m_inTrigger)
            m_result.diagnostics.append({DockerfileDiagnostic::Severity::Warning, line, column,
                                         Tr::tr("%1 (the build of an image FROM this one fails)").arg(message), QString::fromLatin1(rule)});
        else
            m_result.diagnostics.append({DockerfileDiagnostic::Severity::Error, line, column, message, QString::fromLatin1(rule)});
    }
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
    int readDirectives()
    {
        int i = 0;
        for (; i < m_lines.size(); ++i) {
            const QStringView raw = line(i);
            const QStringView text = raw.mid(leadingBlanks(raw));
            if (!text.startsWith(QLatin1Char('#')))
                break;
            qsizetype p = 1;
            while (p < text.size() && isBlank(text.at(p)))
                ++p;
            const qsizetype nameStart = p;
            if (p >= text.size() || !text.at(p).isLetter() || text.at(p).unicode() > 127)
                break;
            while (p < text.size() && text.at(p).unicode() < 128 && text.at(p).isLetterOrNumber())
                ++p;
            const QString name = text.mid(nameStart, p - nameStart).toString().toLower();
            while (p < text.size() && isBlank(text.at(p)))
                ++p;
            if (p >= text.size() || text.at(p) != QLatin1Char('='))
                break;
            const QString value = text.mid(p + 1).trimmed().toString();
            if (value.isEmpty())
                break;
            if (name != QLatin1String("syntax") && name != QLatin1String("escape") && name != QLatin1String("check"))
                break;  // unknown directives are comments, and end the directives
            const bool repeated = std::any_of(m_result.directives.cbegin(), m_result.directives.cend(),
                                              [&name](const ParserDirective &d) { return d.name == name; });
            if (repeated) {
                error(i + 1, 1, Tr::tr("only one '%1' parser directive can be used").arg(name));
                continue;
            }
            m_result.directives.append({name, value, i + 1});
            if (name == QLatin1String("escape")) {
                if (value == QLatin1String("`") || value == QLatin1String("\\"))
                    m_result.escape = value.at(0);
                else
                    error(i + 1, int(raw.size() - text.size() + p + 2),
                          Tr::tr("invalid escape character '%1': it must be ` or \\").arg(value));
            }
        }
        return i;
    }

    static bool canHaveHeredocs(InstructionKind kind)
    {
        return kind == InstructionKind::Run || kind == InstructionKind::Copy || kind == InstructionKind::Add;
    }

    // Parses the instruction starting at `offset` in the logical line. ONBUILD calls it again
    // for the wrapped instruction.
    void parseInstruction(const LogicalLine &logical, qsizetype offset, Instruction &ins, bool triggered)
    {
        const TriggerScope scope(m_inTrigger, triggered);
        const QString &text = logical.text();
        qsizetype p = offset;
        while (p < text.size() && isBlank(text.at(p)))
            ++p;
        const qsizetype keywordStart = p;
        while (p < text.size() && !isBlank(text.at(p)))
            ++p;
        const QStringView keyword = QStringView(text).mid(keywordStart, p - keywordStart);
        const LogicalLine::Position where = logical.at(keywordStart);
        ins.keyword = keyword.toString();
        ins.kind = kindFor(keyword);
        ins.firstLine = where.line;
        ins.column = where.column;
        if (ins.kind == InstructionKind::Unknown) {
            const QString suggestion = suggestionFor(keyword);
            error(where, suggestion.isEmpty() ? Tr::tr("unknown instruction: %1").arg(keyword.toString())
                                              : Tr::tr("unknown instruction: %1 (did you mean %2?)").arg(keyword.toString(), suggestion));
        }
        while (p < text.size() && isBlank(text.at(p)))
            ++p;
        p = extractFlags(logical, p, ins);
        qsizetype end = text.size();
        while (end > p && isBlank(text.at(end - 1)))
            --end;
        ins.arguments = text.mid(p, end - p);
        const qsizetype argsOffset = p;
        const LogicalLine::Position argsAt = logical.at(argsOffset);
        const QString name = instructionKeyword(ins.kind);

        checkFlags(ins, name);

        const bool needsArguments = ins.kind != InstructionKind::Unknown && ins.kind != InstructionKind::Cmd
            && ins.kind != InstructionKind::Entrypoint;
        if (needsArguments && ins.arguments.isEmpty()) {
            error(where, Tr::tr("%1 requires at least one argument").arg(name));
            return;
        }

        switch (ins.kind) {
        case InstructionKind::Run:
        case InstructionKind::Cmd:
        case InstructionKind::Entrypoint:
        case InstructionKind::Shell:
            parseCommand(ins, argsAt, name);
            break;
        case InstructionKind::Copy:
        case InstructionKind::Add:
        case InstructionKind::Volume: {
            QStringList list;
            const JsonResult json = parseJsonArray(ins.arguments, &list);
            if (json == JsonResult::StringArray) {
                ins.execForm = true;
                ins.words = list;
            } else {
                if (json == JsonResult::NotStrings)
                    error(argsAt, Tr::tr("a JSON array in %1 must hold strings only").arg(name));
                const QList<Word> words = fields(text, argsOffset);
                ins.words = texts(words);
                if (ins.kind != InstructionKind::Volume) {
                    for (const Word &word : words)
                        checkQuotes(logical, word.text, word.offset, name);
                }
            }
            if (ins.kind != InstructionKind::Volume && ins.words.size() < 2)
                error(where, Tr::tr("%1 requires a source and a destination, but only one argument was given").arg(name));
            break;
        }
        case InstructionKind::From:
            parseFrom(logical, argsOffset, ins, where);
            break;
        case InstructionKind::Expose:
            for (const Word &word : fields(text, argsOffset)) {
                ins.words.append(word.text);
                // Variables are expanded (and may split) when the stage is built.
                const QString problem = word.text.contains(QLatin1Char('$')) ? QString() : checkPortSpec(word.text);
                if (!problem.isEmpty()) {
                    rejected(logical.at(word.offset), BuildKitRule::ExposePort, Tr::tr("EXPOSE %1: %2").arg(word.text, problem));
                } else if (!word.text.contains(QLatin1Char('$')) && word.text.contains(QLatin1Char(':'))) {
                    // BuildKit's ExposeInvalidFormat check: it builds, but only the container port is exposed.
                    warning(logical.at(word.offset),
                            Tr::tr("EXPOSE %1 names a host address or port, which EXPOSE ignores: only the container port is "
                                   "exposed; publish with docker run -p or compose ports").arg(word.text));
                }
            }
            break;
        case InstructionKind::Stopsignal: {
            const QList<Word> words = fields(text, argsOffset);
            if (ins.arguments.contains(QLatin1Char('$')))
                break;
            if (words.size() > 1) {
                rejected(logical.at(words.at(1).offset), BuildKitRule::StopSignal,
                         Tr::tr("STOPSIGNAL takes one signal, e.g. STOPSIGNAL SIGTERM"));
            } else if (const QString problem = checkSignal(ins.arguments); !problem.isEmpty()) {
                rejected(argsAt, BuildKitRule::StopSignal, problem);
            }
            break;
        }
        case InstructionKind::Env:
        case InstructionKind::Label:
            parseKeyValues(logical, argsOffset, ins, name);
            break;
        case InstructionKind::Arg:
            for (const Word &word : splitWords(text, argsOffset, m_result.escape)) {
                const qsizetype eq = word.text.indexOf(QLatin1Char('='));
                KeyValue kv;
                kv.key = eq < 0 ? word.text : word.text.left(eq);
                kv.hasValue = eq >= 0;
                if (eq >= 0)
                    kv.value = unquote(word.text.mid(eq + 1), m_result.escape);
                if (kv.key.isEmpty())
                    error(logical.at(word.offset), Tr::tr("ARG needs a name before '='"));
                ins.pairs.append(kv);
            }
            break;
        case InstructionKind::Healthcheck:
            parseHealthcheck(ins, argsAt, where);
            break;
        case InstructionKind::Onbuild: {
            if (triggered) {
                error(where, Tr::tr("ONBUILD cannot wrap another ONBUILD"));
                return;
            }
            auto inner = std::make_shared<Instruction>();
            parseInstruction(logical, argsOffset, *inner, true);
            if (inner->kind == InstructionKind::From || inner->kind == InstructionKind::Maintainer)
                error(inner->firstLine, inner->column, Tr::tr("%1 isn't allowed as an ONBUILD trigger").arg(instructionKeyword(inner->kind)));
            inner->lastLine = std::max(inner->firstLine, logical.at(text.size()).line);
            ins.triggered = inner;
            break;
        }
        case InstructionKind::Maintainer:
        case InstructionKind::User:
        case InstructionKind::Workdir:
        case InstructionKind::Unknown:
            break;
        }
    }

    // BuildKit's BFlags: every flag known to the instruction, given once unless it is a list, with
    // a value of the right kind; then the values BuildKit checks itself (durations, --chmod, the
    // mount type, a stage copying from itself).
    void checkFlags(const Instruction &ins, const QString &name)
    {
        if (ins.kind == InstructionKind::Unknown || ins.flags.isEmpty())
            return;
        // BuildKit never parses the flags of ARG, STOPSIGNAL and HEALTHCHECK NONE: it ignores them.
        const bool ignored = ins.kind == InstructionKind::Arg || ins.kind == InstructionKind::Stopsignal
            || (ins.kind == InstructionKind::Healthcheck
                && ins.arguments.section(QLatin1Char(' '), 0, 0).compare(QLatin1String("NONE"), Qt::CaseInsensitive) == 0);
        QStringList seen;
        for (const InstructionFlag &flag : ins.flags) {
            if (ignored) {
                warning(flag.line, flag.column, Tr::tr("%1 ignores the flag --%2").arg(name, flag.name));
                continue;
            }
            const FlagSpec *spec = flagSpec(ins.kind, flag.name);
            if (!spec) {
                rejected(flag.line, flag.column, BuildKitRule::UnknownFlag, Tr::tr("%1 does not know the flag --%2").arg(name, flag.name));
                continue;
            }
            if (spec->type != FlagType::List && seen.contains(flag.name))
                rejected(flag.line, flag.column, BuildKitRule::DuplicateFlag, Tr::tr("--%1 is given twice: %2 takes it once").arg(flag.name, name));
            seen.append(flag.name);
            if (spec->type == FlagType::Bool && flag.hasValue) {
                const QString value = flag.value.toLower();
                if (value.isEmpty())
                    rejected(flag.line, flag.column, BuildKitRule::FlagValue, Tr::tr("--%1= has no value: write --%1 alone or --%1=true").arg(flag.name));
                else if (value != QLatin1String("true") && value != QLatin1String("false"))
                    rejected(flag.line, flag.column, BuildKitRule::FlagValue,
                             Tr::tr("--%1 takes true or false, not '%2'").arg(flag.name, flag.value));
                continue;
            }
            if (spec->type != FlagType::Bool && !flag.hasValue) {
                rejected(flag.line, flag.column, BuildKitRule::FlagValue, Tr::tr("--%1 needs a value: --%1=<value>").arg(flag.name));
                continue;
            }
            checkFlagValue(ins, flag);
        }
    }

    void checkFlagValue(const Instruction &ins, const InstructionFlag &flag)
    {
        const auto reject = [&](const char *rule, const QString &problem) {
            if (!problem.isEmpty())
                rejected(flag.line, flag.column, rule, QStringLiteral("--%1: %2").arg(flag.name, problem));
        };
        if (ins.kind == InstructionKind::Healthcheck) {
            // Read when the file is parsed, before any variable is known: `$` is not expanded.
            reject(BuildKitRule::HealthcheckValue,
                   flag.name == QLatin1String("retries") ? checkHealthcheckRetries(flag.value) : checkHealthcheckDuration(flag.value));
            return;
        }
        if (flag.value.contains(QLatin1Char('$')))
            return;  // expanded from ARG/ENV when the stage is built
        if (flag.name == QLatin1String("chmod")) {
            reject(BuildKitRule::Chmod, checkChmod(flag.value));
        } else if (flag.name == QLatin1String("from") && isCurrentStage(flag.value)) {
            reject(BuildKitRule::SelfReference, Tr::tr("a stage cannot copy from itself ('%1' is the stage being built)").arg(flag.value));
        } else if (flag.name == QLatin1String("mount")) {
            const QHash<QString, QString> mount = parseMountOptions(flag.value);
            const QString type = mount.value(QStringLiteral("type"));
            static const QStringList types{QStringLiteral("bind"), QStringLiteral("cache"), QStringLiteral("tmpfs"), QStringLiteral("secret"),
                                           QStringLiteral("ssh")};
            if (!types.contains(type.toLower()))
                reject(BuildKitRule::MountType, Tr::tr("'%1' is not a mount type (bind, cache, tmpfs, secret or ssh)").arg(type));
            else if (mount.contains(QStringLiteral("from")) && isCurrentStage(mount.value(QStringLiteral("from"))))
                reject(BuildKitRule::SelfReference,
                       Tr::tr("a stage cannot mount itself ('%1' is the stage being built)").arg(mount.value(QStringLiteral("from"))));
        }
    }

    // `--from=build` or `--from=2` naming the stage this instruction belongs to. ONBUILD triggers
    // run in another build, where the names mean something else.
    bool isCurrentStage(const QString &reference) const
    {
        if (m_inTrigger)
            return false;
        int index = -1;
        QString name;
        for (const Instruction &ins : m_result.instructions) {
            if (ins.kind == InstructionKind::From) {
                ++index;
                name = ins.stageName;
            }
        }
        if (index < 0)
            return false;
        bool isNumber = false;
        const int number = reference.toInt(&isNumber);
        return isNumber ? number == index : !name.isEmpty() && reference.compare(name, Qt::CaseInsensitive) == 0;
    }

    // A word BuildKit expands (ENV and LABEL keys and values, COPY/ADD paths) with a quote that
    // never closes: the expansion fails when the stage is built.
    void checkQuotes(const LogicalLine &logical, QStringView word, qsizetype offset, const QString &name)
    {
        const qsizetype at = unterminatedQuote(word, m_result.escape);
        if (at >= 0)
            rejected(logical.at(offset + at), BuildKitRule::UnterminatedQuote,
                     Tr::tr("the %1 in this %2 argument is never closed").arg(word.at(at) == QLatin1Char('"') ? Tr::tr("double quote") : Tr::tr("single quote"), name));
    }

    // A FROM image, with the global ARG defaults expanded, that BuildKit cannot parse as an image
    // reference. A name with a variable left unknown is skipped: the build supplies it.
    void checkBaseImage(const LogicalLine::Position &at, const QString &image)
    {
        QHash<QString, QString> globals;
        QStringList stages;
        for (const Instruction &ins : std::as_const(m_result.instructions)) {
            if (ins.kind == InstructionKind::From) {
                stages.append(ins.stageName.toLower());
            } else if (ins.kind == InstructionKind::Arg && stages.isEmpty()) {
                for (const KeyValue &kv : ins.pairs) {
                    if (kv.hasValue)
                        globals.insert(kv.key, expandVariables(kv.value, globals, m_result.escape));
                }
            }
        }
        bool complete = true;
        // The expansion also removes quotes: `FROM debian:"${TAG}"` names debian:<tag>.
        const QString resolved = unquote(expandVariables(image, globals, m_result.escape, &complete), m_result.escape);
        if (!complete || resolved == QLatin1String("scratch") || stages.contains(resolved.toLower()))
            return;
        const QString problem = checkImageReference(resolved);
        if (!problem.isEmpty())
            rejected(at, BuildKitRule::ImageReference,
                     resolved == image ? Tr::tr("FROM %1: %2").arg(image, problem) : Tr::tr("FROM %1 (%2): %3").arg(image, resolved, problem));
    }

    // BuildKit's extractBuilderFlags: leading `--name[=value]` words (quotes and `\` honoured),
    // a lone `--` ends them. Returns the offset where the arguments start.
    qsizetype extractFlags(const LogicalLine &logical, qsizetype p, Instruction &ins)
    {
        const QString &text = logical.text();
        const qsizetype n = text.size();
        while (p + 1 < n && text.at(p) == QLatin1Char('-') && text.at(p + 1) == QLatin1Char('-')) {
            const qsizetype start = p;
            QString word;
            QChar quote;
            for (; p < n; ++p) {
                const QChar ch = text.at(p);
                if (quote.isNull()) {
                    if (isBlank(ch))
                        break;
                    if (ch == QLatin1Char('"') || ch == QLatin1Char('\'')) {
                        quote = ch;
                        continue;
                    }
                } else if (ch == quote) {
                    quote = QChar();
                    continue;
                }
                if (ch == QLatin1Char('\\') && p + 1 < n)
                    ++p;
                word += text.at(p);
            }
            while (p < n && isBlank(text.at(p)))
                ++p;
            if (word == QLatin1String("--"))
                break;
            const LogicalLine::Position at = logical.at(start);
            InstructionFlag flag;
            const qsizetype eq = word.indexOf(QLatin1Char('='));
            flag.name = word.mid(2, eq < 0 ? -1 : eq - 2);
            flag.hasValue = eq >= 0;
            flag.value = eq >= 0 ? word.mid(eq + 1) : QString();
            flag.line = at.line;
            flag.column = at.column;
            ins.flags.append(flag);
        }
        return p;
    }

    // RUN / CMD / ENTRYPOINT / SHELL: exec form when the arguments are a JSON array of strings.
    void parseCommand(Instruction &ins, const LogicalLine::Position &argsAt, const QString &name)
    {
        QStringList list;
        switch (parseJsonArray(ins.arguments, &list)) {
        case JsonResult::StringArray:
            ins.execForm = true;
            ins.words = list;
            return;
        case JsonResult::NotStrings:
            error(argsAt, Tr::tr("a JSON array in %1 must hold strings only").arg(name));
            return;
        case JsonResult::NotJson:
            break;
        }
        if (ins.kind == InstructionKind::Shell) {
            error(argsAt, Tr::tr("SHELL requires the arguments in JSON form, e.g. [\"/bin/bash\", \"-c\"]"));
            return;
        }
        // `[ -f x ] && …` is a shell test, not a broken array. Warn only when it looks like an array.
        const QString &args = ins.arguments;
        if (args.startsWith(QLatin1Char('[')) && args.endsWith(QLatin1Char(']'))
            && (args.size() < 2 || !isBlank(args.at(1)) || args.contains(QLatin1Char(',')))) {
            warning(argsAt, Tr::tr("%1 is not a valid JSON array, so it runs as a shell command through /bin/sh -c "
                               "(the exec form needs double quotes and commas)").arg(name));
        }
    }

    void parseFrom(const LogicalLine &logical, qsizetype argsOffset, Instruction &ins, const LogicalLine::Position &where)
    {
        const QList<Word> words = fields(logical.text(), argsOffset);
        ins.words = texts(words);
        if (words.isEmpty())
            return;
        ins.fromImage = words.at(0).text;
        checkBaseImage(logical.at(words.at(0).offset), ins.fromImage);
        if (words.size() == 3 && words.at(1).text.compare(QLatin1String("as"), Qt::CaseInsensitive) == 0) {
            ins.stageName = words.at(2).text;
            static const auto validName = [](const QString &s) {
                if (s.isEmpty() || !s.at(0).isLetter() || s.at(0).unicode() > 127)
                    return false;
                return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
                    return c.unicode() < 128
                        && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.'));
                });
            };
            if (!validName(ins.stageName) && !ins.stageName.contains(QLatin1Char('$')))
                error(logical.at(words.at(2).offset),
                      Tr::tr("invalid stage name '%1': it must start with a letter and hold only letters, digits, '-', '_' and '.'")
                          .arg(ins.stageName));
        } else if (words.size() != 1) {
            error(where, Tr::tr("FROM takes an image and optionally 'AS name', e.g. FROM golang:1.23 AS build"));
        }
    }

    // ENV / LABEL: `k=v k2="v 2"` or the legacy `k value with spaces`.
    void parseKeyValues(const LogicalLine &logical, qsizetype argsOffset, Instruction &ins, const QString &name)
    {
        const QList<Word> words = splitWords(logical.text(), argsOffset, m_result.escape);
        if (words.isEmpty())
            return;
        if (!words.constFirst().text.contains(QLatin1Char('='))) {
            const QString &args = ins.arguments;
            qsizetype sep = 0;
            while (sep < args.size() && !isBlank(args.at(sep)))
                ++sep;
            const QString value = args.mid(sep).trimmed();
            if (value.isEmpty()) {
                error(logical.at(argsOffset), Tr::tr("%1 needs a value: %1 %2=value").arg(name, args.left(sep)));
                return;
            }
            checkQuotes(logical, QStringView(args).left(sep), argsOffset, name);
            checkQuotes(logical, value, argsOffset + args.indexOf(value, sep), name);
            ins.pairs.append({args.left(sep), unquote(value, m_result.escape), true});
            return;
        }
        for (const Word &word : words) {
            const qsizetype eq = word.text.indexOf(QLatin1Char('='));
            if (eq < 0) {
                error(logical.at(word.offset), Tr::tr("'%1' has no '=': write name=value (mixing the two %2 forms is not allowed)")
                                                   .arg(word.text, name));
                continue;
            }
            if (eq == 0) {
                error(logical.at(word.offset), Tr::tr("%1 names can not be blank").arg(name));
                continue;
            }
            checkQuotes(logical, QStringView(word.text).left(eq), word.offset, name);
            checkQuotes(logical, QStringView(word.text).mid(eq + 1), word.offset + eq + 1, name);
            ins.pairs.append({unquote(word.text.left(eq), m_result.escape), unquote(word.text.mid(eq + 1), m_result.escape), true});
        }
    }

    void parseHealthcheck(Instruction &ins, const LogicalLine::Position &argsAt, const LogicalLine::Position &where)
    {
        const QString args = ins.arguments;
        qsizetype sep = 0;
        while (sep < args.size() && !isBlank(args.at(sep)))
            ++sep;
        const QString type = args.left(sep).toUpper();
        const QString rest = args.mid(sep).trimmed();
        if (type == QLatin1String("NONE")) {
            ins.healthcheckNone = true;
            if (!rest.isEmpty())
                error(where, Tr::tr("HEALTHCHECK NONE takes no other arguments"));
            return;
        }
        if (type != QLatin1String("CMD")) {
            error(argsAt, Tr::tr("unknown HEALTHCHECK type '%1' (use CMD or NONE)").arg(args.left(sep)));
            return;
        }
        if (rest.isEmpty()) {
            error(where, Tr::tr("HEALTHCHECK CMD needs a command"));
            return;
        }
        ins.arguments = rest;
        QStringList list;
        const JsonResult json = parseJsonArray(rest, &list);
        if (json == JsonResult::StringArray) {
            ins.execForm = true;
            ins.words = list;
        } else if (json == JsonResult::NotStrings) {
            error(argsAt, Tr::tr("a JSON array in HEALTHCHECK must hold strings only"));
        }
    }

    // Finds the `<<NAME` words of a RUN/COPY/ADD and reads their bodies from the lines after
    // `next`. Returns the first line after the last body.
    int readHeredocs(const LogicalLine &logical, Instruction &ins, int next)
    {
        const QList<Word> words = splitWords(logical.text(), 0, QLatin1Char('\\'));
        for (const Word &word : words) {
            const QString &w = word.text;
            qsizetype p = 0;
            while (p < w.size() && w.at(p).isDigit())
                ++p;
            if (!QStringView(w).mid(p).startsWith(QLatin1String("<<")))
                continue;
            const int fd = p > 0 ? w.left(p).toInt() : 0;
            p += 2;
            Heredoc heredoc;
            if (p < w.size() && w.at(p) == QLatin1Char('-')) {
                heredoc.stripTabs = true;
                ++p;
            }
            QString name = w.mid(p);
            if (name.isEmpty() || name.contains(QLatin1Char('<')))
                continue;
            if (name.size() >= 2 && (name.at(0) == QLatin1Char('"') || name.at(0) == QLatin1Char('\''))
                && name.endsWith(name.at(0))) {
                heredoc.expands = false;
                name = name.mid(1, name.size() - 2);
            }
            if (name.isEmpty())
                continue;
            heredoc.delimiter = name;
            heredoc.fileDescriptor = fd;
            heredoc.firstLine = next + 1;
            bool terminated = false;
            while (next < m_lines.size()) {
                QStringView body = line(next);
                ++next;
                QStringView candidate = body;
                if (heredoc.stripTabs) {
                    while (candidate.startsWith(QLatin1Char('\t')))
                        candidate = candidate.mid(1);
                    body = candidate;
                }
                if (candidate == name) {
                    terminated = true;
                    break;
                }
                heredoc.content += body;
                heredoc.content += QLatin1Char('\n');
            }
            heredoc.lastLine = next;
            if (!terminated) {
                error(logical.at(word.offset),
                      Tr::tr("unterminated heredoc: no line '%1' closes the <<%1 opened here").arg(name));
                ins.heredocs.append(heredoc);
                return next;
            }
            ins.heredocs.append(heredoc);
        }
        return next;
    }

    // Only ARG may come before the first FROM; a file needs at least one FROM.
    void validateOrder()
    {
        if (m_result.instructions.isEmpty()) {
            error(std::max(1, m_result.lineCount), 1, Tr::tr("the file has no instructions (a Dockerfile needs at least a FROM)"));
            return;
        }
        for (const Instruction &ins : std::as_const(m_result.instructions)) {
            if (ins.kind == InstructionKind::From)
                return;
            if (ins.kind != InstructionKind::Arg && ins.kind != InstructionKind::Unknown) {
                error(ins.firstLine, ins.column, Tr::tr("%1 before the first FROM: only ARG may come before FROM").arg(ins.keyword));
                return;
            }
        }
        const Instruction &last = m_result.instructions.constLast();
        error(last.lastLine, 1, Tr::tr("no FROM instruction: a Dockerfile needs at least one stage"));
    }

    const QString &m_text;
    QList<LineRange> m_lines;
    ParsedDockerfile m_result;
    bool m_inTrigger = false;  // parsing the instruction an ONBUILD wraps
};

} // namespace

ParsedDockerfile parseDockerfile(const QString &text)
{
    // Counted in UTF-16 units, never more than the UTF-8 bytes the readers count, so whatever
    // passed a bounded read passes here; a paste over the limit is refused before any work.
    if (text.size() > InputLimit::dockerfileBytes) {
        ParsedDockerfile refused;
        refused.diagnostics.append({DockerfileDiagnostic::Severity::Error, 1, 1,
                                    Tr::tr("more than %1 (limit): refusing").arg(limitText(InputLimit::dockerfileBytes)), {}});
        return refused;
    }
    return Parser(text).run();
}

} // namespace DockPrep
