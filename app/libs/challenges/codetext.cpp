#include "challenges/codetext.h"

#include <QRegularExpression>
#include <QStringList>

namespace DockPrep {

QString dockerfileCode(const QString &text, const ParsedDockerfile &file)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QList<bool> keep(lines.size(), false);
    const auto keepRange = [&](int first, int last) {
        for (int line = std::max(first, 1); line <= last && line <= lines.size(); ++line)
            keep[line - 1] = true;
    };
    for (const Instruction &instruction : file.instructions) {
        keepRange(instruction.firstLine, instruction.firstLine);
        QList<bool> inHeredoc(lines.size(), false);
        for (const Heredoc &heredoc : instruction.heredocs) {
            for (int line = heredoc.firstLine; line <= heredoc.lastLine && line >= 1 && line <= lines.size(); ++line)
                inHeredoc[line - 1] = true;
        }
        // A RUN's heredoc is a script (for sh, or for the command it feeds), whose `#` lines are
        // its comments, a `#!` line aside; a COPY/ADD heredoc is a file's contents, kept whole.
        const bool script = instruction.kind == InstructionKind::Run;
        for (int line = instruction.firstLine + 1; line <= instruction.lastLine && line <= lines.size(); ++line) {
            const QString trimmed = lines.at(line - 1).trimmed();
            const bool comment = trimmed.startsWith(QLatin1Char('#'));
            if (!comment || (inHeredoc.at(line - 1) && (!script || trimmed.startsWith(QLatin1String("#!")))))
                keepRange(line, line);
        }
    }
    QStringList out;
    out.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        out.append(keep.at(i) ? lines.at(i) : QString());
    return out.join(QLatin1Char('\n'));
}

namespace {

int indentOf(const QString &line)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
        ++indent;
    return indent;
}

// Whether a quote at `at` opens a quoted scalar: only where a scalar can begin (a quote inside a
// plain scalar, as in `it's`, is a character of it).
bool opensQuote(const QString &line, qsizetype at)
{
    for (qsizetype i = at - 1; i >= 0; --i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t'))
            continue;
        return QStringLiteral(":-[{,?").contains(c);
    }
    return true;
}

} // namespace

QString composeCode(const QString &text)
{
    static const QRegularExpression blockScalar(QStringLiteral("(?:^|[\\s:-])[|>][0-9+-]*\\s*$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList out;
    out.reserve(lines.size());
    QChar quote;          // the quote of a scalar still open from an earlier line
    int blockParent = -1; // indentation of the line that opened a block scalar; -1 outside one
    for (const QString &line : lines) {
        if (blockParent >= 0) {
            if (line.trimmed().isEmpty() || indentOf(line) > blockParent) {
                out.append(line);
                continue;
            }
            blockParent = -1;
        }
        qsizetype cut = line.size();
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (!quote.isNull()) {
                if (quote == QLatin1Char('"') && c == QLatin1Char('\\'))
                    ++i;
                else if (c == quote && quote == QLatin1Char('\'') && i + 1 < line.size() && line.at(i + 1) == quote)
                    ++i;  // '' inside a single-quoted scalar
                else if (c == quote)
                    quote = QChar();
                continue;
            }
            if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && opensQuote(line, i)) {
                quote = c;
            } else if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace())) {
                cut = i;
                break;
            }
        }
        const QString code = line.left(cut);
        if (quote.isNull() && blockScalar.match(code).hasMatch())
            blockParent = indentOf(line);
        out.append(code);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace DockPrep
