#pragma once

#include "exchange/studysnapshot.h"

namespace DockPrep {

// What importing a backup would change, worked out before anything is written so the user can
// see it first. Records merge by their stable keys (note id, entry id):
// - a note that is new here is added; one that differs is replaced only when the backup's copy was
//   changed later than the local one (the local, newer text is kept otherwise);
// - bookmarks are a union (a local label wins);
// - progress merges: studied if either side says so, the later "last seen";
// - interview sessions are a union (keyed by start time and configuration); the review schedule
//   and challenge attempts take whichever side changed last; settings take the backup's values.
// Applying the plan and planning the same backup again gives an empty plan: importing twice
// changes nothing.
struct ImportPlan {
    QList<Note> addedNotes;
    QList<Note> updatedNotes;
    int unchangedNotes = 0;
    int keptLocalNotes = 0;  // the local copy was newer
    QList<Bookmark> addedBookmarks;
    QList<Progress> progressChanges;
    QList<StoredSession> addedInterviews;    // sessions not here yet (same start time and configuration)
    QList<ReviewState> reviewChanges;        // the backup's state where it was reviewed later
    QList<ChallengeAttempt> challengeChanges;  // the backup's attempt where it was changed later
    QJsonObject settingsChanges;             // the backup's settings that differ from these

    bool isEmpty() const
    {
        return addedNotes.isEmpty() && updatedNotes.isEmpty() && addedBookmarks.isEmpty() && progressChanges.isEmpty()
            && addedInterviews.isEmpty() && reviewChanges.isEmpty() && challengeChanges.isEmpty() && settingsChanges.isEmpty();
    }
    QString summary() const;  // one paragraph for the preview
};

ImportPlan planImport(const StudySnapshot &local, const StudySnapshot &incoming);

// Writes the plan in one transaction: all of it, or (on error) nothing. The parts for stores that
// are not given are left out; settings are written last, once the records are in.
bool applyImport(const ImportPlan &plan, const StudyStores &stores, const Database &db, QString *error = nullptr);
bool applyImport(const ImportPlan &plan, NoteStore &store, QString *error = nullptr);

} // namespace DockPrep
