#include "analyzers/dockerfileparser.h"

#include "analyzers/dockerfileparsing.h"
#include "text/boundedread.h"

#include <QCoreApplication>

namespace DockPrep::DockerfileParsing {

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::DockerfileParser)
};

} // namespace

Parser::Parser(const QString &text)
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

ParsedDockerfile Parser::run()
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
        // A lone escape character continuing into nothing holds no instruction (it used to
        // become one with an empty keyword).
        if (logical.text().trimmed().isEmpty()) {
            comments.clear();
            continue;
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

qsizetype Parser::leadingBlanks(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && isBlank(text.at(i)))
        ++i;
    return i;
}

bool Parser::stripContinuation(QStringView text, QStringView *piece) const
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

void Parser::error(int line, int column, const QString &message)
{
    m_result.diagnostics.append({DockerfileDiagnostic::Severity::Error, line, column, message, {}});
}

void Parser::warning(int line, int column, const QString &message)
{
    m_result.diagnostics.append({DockerfileDiagnostic::Severity::Warning, line, column, message, {}});
}

void Parser::rejected(int line, int column, const char *rule, const QString &message)
{
    if (m_inTrigger)
        m_result.diagnostics.append({DockerfileDiagnostic::Severity::Warning, line, column,
                                     Tr::tr("%1 (the build of an image FROM this one fails)").arg(message), QString::fromLatin1(rule)});
    else
        m_result.diagnostics.append({DockerfileDiagnostic::Severity::Error, line, column, message, QString::fromLatin1(rule)});
}

int Parser::readDirectives()
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

void Parser::validateOrder()
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

} // namespace DockPrep::DockerfileParsing

namespace DockPrep {

ParsedDockerfile parseDockerfile(const QString &text)
{
    using DockerfileParsing::Tr;
    // Counted in UTF-16 units, never more than the UTF-8 bytes the readers count, so whatever
    // passed a bounded read passes here; a paste over the limit is refused before any work.
    if (text.size() > InputLimit::dockerfileBytes) {
        ParsedDockerfile refused;
        refused.diagnostics.append({DockerfileDiagnostic::Severity::Error, 1, 1,
                                    Tr::tr("more than %1 (limit): refusing").arg(limitText(InputLimit::dockerfileBytes)), {}});
        return refused;
    }
    return DockerfileParsing::Parser(text).run();
}

} // namespace DockPrep
