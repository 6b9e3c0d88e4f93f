#include "studysnapshot.h"

#include "content/curriculum.h"

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

QList<NoteGroup> groupNotes(const QList<Note> &notes, const Curriculum &curriculum)
{
    QMap<QString, QList<Note>> byTarget;
    for (const Note &note : notes)
        byTarget[note.target].append(note);

    QList<NoteGroup> groups;
    const QString entryPrefix = QStringLiteral("entry:");
    for (const QString &id : curriculum.readingOrder()) {
        const auto found = byTarget.constFind(entryPrefix + id);
        if (found == byTarget.constEnd())
            continue;
        const Entry *entry = curriculum.entry(id);
        groups.append({NoteGroup::Kind::Entry, found.key(), entry, entry->title, found.value()});
    }
    QList<NoteGroup> diagrams;
    QList<NoteGroup> orphans;
    // Free-standing notes, and any target a newer DockPrep may have invented, share one group.
    NoteGroup free{NoteGroup::Kind::Free, {}, nullptr, QCoreApplication::translate("Export", "Free notes"), {}};
    for (auto it = byTarget.constBegin(); it != byTarget.constEnd(); ++it) {
        const QString &target = it.key();
        if (target.startsWith(QLatin1String("diagram:"))) {
            QString element = target.mid(8);
            element.replace(QLatin1Char('#'), QStringLiteral(" › "));
            diagrams.append({NoteGroup::Kind::Diagram, target, nullptr,
                             QCoreApplication::translate("Export", "Diagram: %1").arg(element), it.value()});
        } else if (target.startsWith(entryPrefix)) {
            const QString id = target.mid(entryPrefix.size());
            if (!curriculum.entry(id)) {
                orphans.append({NoteGroup::Kind::Orphan, target, nullptr,
                                QCoreApplication::translate("Export", "A question no longer in the curriculum (%1)").arg(id),
                                it.value()});
            }
        } else {
            free.notes += it.value();
        }
    }
    groups += diagrams;
    if (!free.notes.isEmpty()) {
        std::stable_sort(free.notes.begin(), free.notes.end(),
                         [](const Note &a, const Note &b) { return a.created < b.created; });
        groups.append(free);
    }
    groups += orphans;
    return groups;
}

} // namespace DockPrep
