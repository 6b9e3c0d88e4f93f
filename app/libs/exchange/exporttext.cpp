#include "exchange/exporttext.h"

#include "content/curriculum.h"
#include "content/level.h"
#include "text/readableid.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace DockPrep::ExportText {

namespace {
// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

// In the reader's own locale and time zone, as every date on screen is: an export is read by
// the person who wrote the notes (the JSON backup keeps exact UTC times for machines).
QString shownTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

QString documentTitle()
{
    return Tr::tr("DockPrep notes");
}

QString summaryLine(const ExportRequest &request)
{
    const auto studied = std::count_if(request.snapshot.progress.cbegin(), request.snapshot.progress.cend(),
                                       [](const Progress &p) { return p.studied; });
    QStringList parts{Tr::tr("Exported %1").arg(shownTime(request.exportedAt)),
                      Tr::tr("%n note(s)", nullptr, int(request.snapshot.notes.size())),
                      Tr::tr("%n bookmark(s)", nullptr, int(request.snapshot.bookmarks.size()))};
    if (request.curriculum)
        parts << Tr::tr("%1 of %2 questions studied").arg(studied).arg(request.curriculum->entryCount());
    return parts.join(QStringLiteral(" · "));
}

QString entryContext(const Entry &entry)
{
    return Tr::tr("%1 question").arg(levelDisplayName(entry.level));
}

QString noteDates(const Note &note)
{
    if (note.updated.isValid() && note.updated != note.created)
        return Tr::tr("Written %1, changed %2").arg(shownTime(note.created), shownTime(note.updated));
    return Tr::tr("Written %1").arg(shownTime(note.created));
}

QString bookmarkTitle(const Curriculum &curriculum, const Bookmark &bookmark)
{
    const Entry *entry = curriculum.entry(bookmark.entryId);
    QString title = entry ? entry->title : Tr::tr("%1 (no longer in the curriculum)").arg(idAsWords(bookmark.entryId));
    if (!bookmark.label.isEmpty())
        title += QStringLiteral(" — ") + bookmark.label;
    return title;
}

QList<NoteSection> noteSections(const ExportRequest &request)
{
    const Curriculum empty;
    QList<NoteSection> sections;
    for (const NoteGroup &group : groupNotes(request.snapshot.notes, request.curriculum ? *request.curriculum : empty, request.diagrams)) {
        if (sections.isEmpty() || sections.constLast().title != group.section)
            sections.append({group.section, {}});
        sections.last().groups.append(group);
    }
    return sections;
}

int noteHeadingDepth(const NoteGroup &group)
{
    return group.heading.isEmpty() ? 2 : 3;
}

} // namespace DockPrep::ExportText
