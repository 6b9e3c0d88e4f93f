#include "analyzers/dockerfileparsing.h"

#include "analyzers/buildkitvalues.h"
#include "analyzers/buildstages.h"
#include "analyzers/dockerfilekeywords.h"
#include "analyzers/dockerfilevariables.h"

#include <QCoreApplication>

namespace DockPrep::DockerfileParsing {

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::DockerfileParser)
};

} // namespace

bool Parser::canHaveHeredocs(InstructionKind kind)
{
    return kind == InstructionKind::Run || kind == InstructionKind::Copy || kind == InstructionKind::Add;
}

int Parser::readHeredocs(const LogicalLine &logical, Instruction &ins, int next)
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

} // namespace DockPrep::DockerfileParsing
