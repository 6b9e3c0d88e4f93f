#include "content/codefence.h"

#include <algorithm>

namespace DockPrep {

std::optional<CodeFence> codeFenceAt(const QString &line)
{
    if (line.isEmpty() || (line.front() != u'`' && line.front() != u'~'))
        return std::nullopt;
    const QChar mark = line.front();
    qsizetype length = 1;
    while (length < line.size() && line.at(length) == mark)
        ++length;
    if (length < 3)
        return std::nullopt;
    const QString info = line.mid(length).trimmed();
    if (mark == u'`' && info.contains(mark))
        return std::nullopt;  // a code span such as ```a``` at the start of a paragraph
    return CodeFence{mark, length, info};
}

QString fenceAround(const QString &code)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max<qsizetype>(3, longest + 1), u'`');
}

} // namespace DockPrep
