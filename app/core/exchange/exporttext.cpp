#include "exporttext.h"

#include "content/curriculum.h"
#include "render/entrypage.h"

#include <QCoreApplication>

#include <algorithm>

namespace DockPrep::ExportText {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Export", text, nullptr, n);
}

QString shownTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}
} // namespace

QString documentTitle()
{
    return tr("DockPrep notes");
}

QString summaryLine(const ExportRequest &request)
{
    const auto studied = std::count_if(request.snapshot.progress.cbegin(), request.snapshot.progress.cend(),
                                       [](const Progress &p) { return p.studied; });
    QStringList parts{tr("Exported %1").arg(shownTime(request.exportedAt)),
                      tr("%n note(s)", int(request.snapshot.notes.size())),
                      tr("%n bookmark(s)", int(request.snapshot.bookmarks.size()))};
    if (request.curriculum)
        parts << tr("%1 of %2 questions studied").arg(studied).arg(request.curriculum->entryCount());
    return parts.join(QStringLiteral(" · "));
}

QString entryContext(const Curriculum &curriculum, const Entry &entry)
{
    const Chapter *chapter = curriculum.chapter(entry.chapterId);
    return levelDisplayName(entry.level) + QStringLiteral(" · ") + (chapter ? chapter->title : entry.chapterId);
}

QString noteDates(const Note &note)
{
    if (note.updated.isValid() && note.updated != note.created)
        return tr("Written %1, changed %2").arg(shownTime(note.created), shownTime(note.updated));
    return tr("Written %1").arg(shownTime(note.created));
}

QString bookmarkTitle(const Curriculum &curriculum, const Bookmark &bookmark)
{
    const Entry *entry = curriculum.entry(bookmark.entryId);
    QString title = entry ? entry->title : tr("A question no longer in the curriculum (%1)").arg(bookmark.entryId);
    if (!bookmark.label.isEmpty())
        title += QStringLiteral(" — ") + bookmark.label;
    return title;
}

} // namespace DockPrep::ExportText
