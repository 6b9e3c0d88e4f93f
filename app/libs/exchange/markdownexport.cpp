#include "exchange/exporter.h"
#include "exchange/exporttext.h"
#include "exchange/headinglevels.h"

#include "content/curriculum.h"

#include <QCoreApplication>

namespace DockPrep {

namespace {

QString blockquote(const QString &markdown)
{
    QStringList lines = markdown.trimmed().split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// Notes go out as typed: the Markdown the user wrote is the truth, so it is copied, not
// re-rendered; only its headings move down to sit under the export's own (document, chapter,
// question). Headings and context around it are ours.
QByteArray markdownExport(const ExportRequest &request)
{
    const Curriculum empty;
    const Curriculum &curriculum = request.curriculum ? *request.curriculum : empty;
    QString out = QStringLiteral("# %1\n\n_%2_\n").arg(ExportText::documentTitle(), ExportText::summaryLine(request));

    if (!request.snapshot.bookmarks.isEmpty()) {
        out += QStringLiteral("\n## %1\n\n").arg(QCoreApplication::translate("Export", "Bookmarks"));
        for (const Bookmark &bookmark : request.snapshot.bookmarks)
            out += QStringLiteral("- %1\n").arg(ExportText::bookmarkTitle(curriculum, bookmark));
    }
    for (const ExportText::NoteSection &section : ExportText::noteSections(request)) {
        out += QStringLiteral("\n## %1\n").arg(section.title);
        for (const NoteGroup &group : section.groups) {
            if (!group.heading.isEmpty())
                out += QStringLiteral("\n### %1\n").arg(group.heading);
            if (group.entry) {
                out += QStringLiteral("\n_%1_\n\n%2\n").arg(ExportText::entryContext(*group.entry), blockquote(group.entry->question));
            }
            for (const Note &note : group.notes) {
                out += QLatin1Char('\n') + markdownHeadingsBelow(note.body.trimmed(), ExportText::noteHeadingDepth(group));
                out += QStringLiteral("\n\n_%1_\n").arg(ExportText::noteDates(note));
            }
        }
    }
    return out.toUtf8();
}

} // namespace DockPrep
