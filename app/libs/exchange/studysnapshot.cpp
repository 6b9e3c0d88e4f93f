#include "exchange/studysnapshot.h"

#include "content/curriculum.h"
#include "diagrams/diagramcatalog.h"
#include "store/notetarget.h"
#include "text/readableid.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace DockPrep {

StudySnapshot snapshotOf(const NoteStore &store)
{
    return {store.allNotes(), store.bookmarks(), store.allProgress(), {}, {}, {}, {}};
}

StudySnapshot snapshotOf(const StudyStores &stores)
{
    StudySnapshot snapshot = snapshotOf(*stores.notes);
    if (stores.interviews) {
        snapshot.interviews = stores.interviews->allSessions();
        const QHash<QString, ReviewState> states = stores.interviews->reviewStates();
        snapshot.reviewSchedule = states.values();
        std::sort(snapshot.reviewSchedule.begin(), snapshot.reviewSchedule.end(),
                  [](const ReviewState &a, const ReviewState &b) { return a.entryId < b.entryId; });
    }
    if (stores.challenges) {
        const QHash<QString, ChallengeAttempt> attempts = stores.challenges->allAttempts();
        snapshot.challenges = attempts.values();
        std::sort(snapshot.challenges.begin(), snapshot.challenges.end(),
                  [](const ChallengeAttempt &a, const ChallengeAttempt &b) { return a.challengeId < b.challengeId; });
    }
    if (stores.settings)
        snapshot.settings = stores.settings->backupValues();
    return snapshot;
}

QList<NoteGroup> groupNotes(const QList<Note> &notes, const Curriculum &curriculum, const DiagramCatalog *diagrams)
{
    QMap<QString, QList<Note>> byTarget;
    for (const Note &note : notes)
        byTarget[note.target].append(note);

    QList<NoteGroup> groups;
    for (const QString &id : curriculum.readingOrder()) {
        const auto found = byTarget.constFind(NoteTarget::entry(id).toString());
        if (found == byTarget.constEnd())
            continue;
        const Entry *entry = curriculum.entry(id);
        const Chapter *chapter = curriculum.chapter(entry->chapterId);
        groups.append({NoteGroup::Kind::Entry, found.key(), entry, chapter ? chapter->title : idAsWords(entry->chapterId),
                       entry->title, found.value()});
    }
    QList<NoteGroup> diagramGroups;
    QList<NoteGroup> orphans;
    // Free-standing notes, and any target a newer DockPrep may have invented, share one group.
    NoteGroup free{NoteGroup::Kind::Free, {}, nullptr, QCoreApplication::translate("Export", "Free notes"), {}, {}};
    const QString diagramSection = QCoreApplication::translate("Export", "Diagrams");
    const QString orphanSection = QCoreApplication::translate("Export", "Questions no longer in the curriculum");
    for (auto it = byTarget.constBegin(); it != byTarget.constEnd(); ++it) {
        const QString &target = it.key();
        const NoteTarget parsed = NoteTarget::parse(target);
        if (parsed.isDiagram()) {
            diagramGroups.append({NoteGroup::Kind::Diagram, target, nullptr, diagramSection,
                                  diagramLinkHeading(parsed.diagramLink(), diagrams), it.value()});
        } else if (parsed.isEntry()) {
            const QString id = parsed.entryId();
            if (!curriculum.entry(id))
                orphans.append({NoteGroup::Kind::Orphan, target, nullptr, orphanSection, idAsWords(id), it.value()});
        } else {
            free.notes += it.value();
        }
    }
    groups += diagramGroups;
    if (!free.notes.isEmpty()) {
        std::stable_sort(free.notes.begin(), free.notes.end(),
                         [](const Note &a, const Note &b) { return a.created < b.created; });
        groups.append(free);
    }
    groups += orphans;
    return groups;
}

} // namespace DockPrep
