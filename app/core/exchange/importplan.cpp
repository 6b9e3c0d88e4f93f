#include "importplan.h"

#include <QCoreApplication>
#include <QHash>

namespace DockPrep {

namespace {

Progress merged(const Progress &local, const Progress &incoming)
{
    Progress result = local;
    if (incoming.studied && !local.studied) {
        result.studied = true;
        result.studiedAt = incoming.studiedAt;
    }
    if (incoming.lastSeen.isValid() && (!local.lastSeen.isValid() || incoming.lastSeen > local.lastSeen))
        result.lastSeen = incoming.lastSeen;
    return result;
}

bool sameProgress(const Progress &a, const Progress &b)
{
    return a.studied == b.studied && a.studiedAt == b.studiedAt && a.lastSeen == b.lastSeen;
}

} // namespace

QString ImportPlan::summary() const
{
    if (isEmpty())
        return QCoreApplication::translate("ImportPlan", "Everything in this backup is already here; importing it changes nothing.");
    QStringList parts;
    parts << QCoreApplication::translate("ImportPlan", "%n new note(s)", nullptr, int(addedNotes.size()))
          << QCoreApplication::translate("ImportPlan", "%n note(s) replaced by a newer copy", nullptr, int(updatedNotes.size()))
          << QCoreApplication::translate("ImportPlan", "%n new bookmark(s)", nullptr, int(addedBookmarks.size()))
          << QCoreApplication::translate("ImportPlan", "%n question(s) with merged progress", nullptr, int(progressChanges.size()));
    QString text = QCoreApplication::translate("ImportPlan", "Importing will add or change: %1.").arg(parts.join(QLatin1String(", ")));
    if (keptLocalNotes > 0) {
        text += QLatin1Char(' ')
            + QCoreApplication::translate("ImportPlan", "%n note(s) here are newer than the backup's copy and stay as they are.",
                                          nullptr, keptLocalNotes);
    }
    return text;
}

ImportPlan planImport(const StudySnapshot &local, const StudySnapshot &incoming)
{
    ImportPlan plan;
    QHash<QString, const Note *> localNotes;
    for (const Note &note : local.notes)
        localNotes.insert(note.id, &note);
    for (const Note &note : incoming.notes) {
        const Note *here = localNotes.value(note.id);
        if (!here)
            plan.addedNotes.append(note);
        else if (here->body == note.body && here->target == note.target)
            ++plan.unchangedNotes;
        else if (note.updated > here->updated)
            plan.updatedNotes.append(note);
        else
            ++plan.keptLocalNotes;
    }

    QSet<QString> bookmarked;
    for (const Bookmark &bookmark : local.bookmarks)
        bookmarked.insert(bookmark.entryId);
    for (const Bookmark &bookmark : incoming.bookmarks) {
        if (!bookmarked.contains(bookmark.entryId)) {
            plan.addedBookmarks.append(bookmark);
            bookmarked.insert(bookmark.entryId);
        }
    }

    QHash<QString, Progress> progress;
    for (const Progress &entry : local.progress)
        progress.insert(entry.entryId, entry);
    for (const Progress &entry : incoming.progress) {
        const auto found = progress.constFind(entry.entryId);
        const Progress before = found != progress.constEnd() ? *found : Progress{entry.entryId, false, {}, {}};
        const Progress after = merged(before, entry);
        if (!sameProgress(before, after)) {
            progress.insert(entry.entryId, after);
            plan.progressChanges.append(after);
        }
    }
    // The same entry twice in one backup: only its final merged state is written.
    QHash<QString, qsizetype> lastChange;
    for (qsizetype i = 0; i < plan.progressChanges.size(); ++i)
        lastChange.insert(plan.progressChanges.at(i).entryId, i);
    QList<Progress> unique;
    for (qsizetype i = 0; i < plan.progressChanges.size(); ++i) {
        if (lastChange.value(plan.progressChanges.at(i).entryId) == i)
            unique.append(plan.progressChanges.at(i));
    }
    plan.progressChanges = unique;
    return plan;
}

bool applyImport(const ImportPlan &plan, NoteStore &store, QString *error)
{
    return store.writeRecords(plan.addedNotes + plan.updatedNotes, plan.addedBookmarks, plan.progressChanges, error);
}

} // namespace DockPrep
