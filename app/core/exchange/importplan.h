#pragma once

#include "studysnapshot.h"

namespace DockPrep {

// What importing a backup would change, worked out before anything is written so the user can
// see it first. Records merge by their stable keys (note id, entry id):
// - a note that is new here is added; one that differs is replaced only when the backup's copy was
//   changed later than the local one (the local, newer text is kept otherwise);
// - bookmarks are a union (a local label wins);
// - progress merges: studied if either side says so, the later "last seen".
// Applying the plan and planning the same backup again gives an empty plan: importing twice
// changes nothing.
struct ImportPlan {
    QList<Note> addedNotes;
    QList<Note> updatedNotes;
    int unchangedNotes = 0;
    int keptLocalNotes = 0;  // the local copy was newer
    QList<Bookmark> addedBookmarks;
    QList<Progress> progressChanges;

    bool isEmpty() const { return addedNotes.isEmpty() && updatedNotes.isEmpty() && addedBookmarks.isEmpty() && progressChanges.isEmpty(); }
    QString summary() const;  // one paragraph for the preview
};

ImportPlan planImport(const StudySnapshot &local, const StudySnapshot &incoming);

// Writes the plan in one transaction: all of it, or (on error) nothing.
bool applyImport(const ImportPlan &plan, NoteStore &store, QString *error = nullptr);

} // namespace DockPrep
