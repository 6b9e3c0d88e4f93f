#include "exchange/headinglevels.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace DockPrep {

namespace {

int deeper(int level, int depth)
{
    return std::min(level + depth, 6);
}

} // namespace

QString markdownHeadingsBelow(const QString &markdown, int depth)
{
    static const QRegularExpression atx(QStringLiteral("^( {0,3})(#{1,6})(?=[ \\t]|$)"));
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    // A line that opens some other block cannot be a setext heading's text.
    static const QRegularExpression notParagraph(QStringLiteral("^ {0,3}([-+*>#|]|\\d+[.)]|`{3}|~{3})|^ {4}"));
    QStringList lines = markdown.split(QLatin1Char('\n'));
    QString openFence;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString &line = lines[i];
        const QRegularExpressionMatch fenceMatch = fence.match(line);
        if (!openFence.isEmpty()) {
            if (fenceMatch.hasMatch() && fenceMatch.captured(1).startsWith(openFence) && line.trimmed() == fenceMatch.captured(1))
                openFence.clear();
            continue;
        }
        if (fenceMatch.hasMatch()) {
            openFence = fenceMatch.captured(1);
            continue;
        }
        const QRegularExpressionMatch heading = atx.match(line);
        if (heading.hasMatch()) {
            line = heading.captured(1) + QString(deeper(int(heading.capturedLength(2)), depth), QLatin1Char('#'))
                + line.mid(heading.capturedEnd(2));
            continue;
        }
        // "Title" over "===" (level 1) or "---" (level 2), when "Title" is a paragraph of its own.
        const QRegularExpressionMatch underline = setext.match(line);
        if (underline.hasMatch() && i > 0) {
            const QString &text = lines.at(i - 1);
            const bool startsParagraph = i == 1 || lines.at(i - 2).trimmed().isEmpty();
            if (!text.trimmed().isEmpty() && startsParagraph && !notParagraph.match(text).hasMatch()) {
                const int level = underline.captured(1).startsWith(QLatin1Char('=')) ? 1 : 2;
                lines[i - 1] = QString(deeper(level, depth), QLatin1Char('#')) + QLatin1Char(' ') + text.trimmed();
                lines.removeAt(i);
                --i;
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace DockPrep
