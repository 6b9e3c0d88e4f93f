#pragma once

#include "settings/appsettings.h"
#include "store/challengestore.h"
#include "store/interviewstore.h"
#include "store/notestore.h"

#include <QJsonObject>

#include <QList>

namespace DockPrep {

class Curriculum;
class DiagramCatalog;
struct Entry;

// Everything of the user's that leaves DockPrep in an export or a backup, read in one go. The
// readable exports use the notes, bookmarks and progress; a JSON backup holds all of it.
struct StudySnapshot {
    QList<Note> notes;
    QList<Bookmark> bookmarks;
    QList<Progress> progress;
    QList<StoredSession> interviews;    // oldest first
    QList<ReviewState> reviewSchedule;
    QList<ChallengeAttempt> challenges;
    QJsonObject settings;               // AppSettings::backupValues(); empty when not known
};

// Where the user's data lives; the stores other than the notes are optional (a caller that has
// none gets an empty part, and an import leaves that part alone).
struct StudyStores {
    NoteStore *notes = nullptr;
    InterviewStore *interviews = nullptr;
    ChallengeStore *challenges = nullptr;
    AppSettings *settings = nullptr;
};

StudySnapshot snapshotOf(const NoteStore &store);
StudySnapshot snapshotOf(const StudyStores &stores);

// Notes gathered under what they are about, in the order an export lists them: questions in
// reading order (each chapter a section), then diagram elements, then free notes, then notes on
// questions the curriculum no longer has (kept, never dropped). Every heading is words a reader
// knows (titles), never an id.
struct NoteGroup {
    enum class Kind { Entry, Diagram, Free, Orphan };
    Kind kind = Kind::Free;
    QString target;
    const Entry *entry = nullptr;  // for Kind::Entry
    QString section;               // plain text: the chapter's title, "Diagrams", "Free notes"…
    QString heading;               // plain text; empty when the notes sit right under the section
    QList<Note> notes;             // oldest first
};

// `diagrams` names diagram elements by their titles; without it (or for an element it no longer
// has) the id is spelled out as words.
QList<NoteGroup> groupNotes(const QList<Note> &notes, const Curriculum &curriculum, const DiagramCatalog *diagrams);

} // namespace DockPrep
