#pragma once

#include "store/notestore.h"

#include <QList>

namespace DockPrep {

class Curriculum;
struct Entry;

// Everything of the user's that leaves DockPrep in an export or a backup, read in one go.
struct StudySnapshot {
    QList<Note> notes;
    QList<Bookmark> bookmarks;
    QList<Progress> progress;
};

StudySnapshot snapshotOf(const NoteStore &store);

// Notes gathered under what they are about, in the order an export lists them: questions in
// reading order, then diagram elements, then free notes, then notes on questions the curriculum
// no longer has (kept, never dropped).
struct NoteGroup {
    enum class Kind { Entry, Diagram, Free, Orphan };
    Kind kind = Kind::Free;
    QString target;
    const Entry *entry = nullptr;  // for Kind::Entry
    QString heading;               // plain text
    QList<Note> notes;             // oldest first
};

QList<NoteGroup> groupNotes(const QList<Note> &notes, const Curriculum &curriculum);

} // namespace DockPrep
