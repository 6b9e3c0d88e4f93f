#include "exporter.h"
#include "exporttext.h"

#include "content/curriculum.h"

#include <QCoreApplication>

namespace DockPrep {

// Notes go out exactly as typed: the Markdown the user wrote is the truth, so it is copied, not
// re-rendered. Headings and context around it are ours.
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
    for (const NoteGroup &group : groupNotes(request.snapshot.notes, curriculum)) {
        out += QStringLiteral("\n## %1\n\n").arg(group.heading);
        if (group.entry)
            out += QStringLiteral("_%1_\n\n").arg(ExportText::entryContext(curriculum, *group.entry));
        for (const Note &note : group.notes) {
            out += note.body.trimmed();
            out += QStringLiteral("\n\n_%1_\n\n").arg(ExportText::noteDates(note));
        }
    }
    return out.toUtf8();
}

} // namespace DockPrep
