#pragma once

#include "exchange/importplan.h"

#include <QString>

#include <functional>

namespace DockPrep {

class Database;

// Importing a JSON backup, the one way both File ▸ Import and `dockprep import` do it: read the
// file (bounded), parse it, plan the merge against what is here, let the caller show the plan and
// confirm, then write all of it in one transaction or nothing. Nothing is written before the
// confirmation, on a dry run, or when any step fails. The callers only ask and tell: the window
// shows a file picker and message boxes, the command prints.

// How many records of each kind an import adds or changes, for a caller that reports numbers.
struct ImportCounts {
    int addedNotes = 0;
    int updatedNotes = 0;
    int keptLocalNotes = 0;  // the local copy was newer and stays
    int addedBookmarks = 0;
    int progressChanges = 0;
    int addedInterviews = 0;
    int reviewChanges = 0;
    int challengeChanges = 0;
    int settingsChanges = 0;
};
ImportCounts countsOf(const ImportPlan &plan);

// A backup read from disk and parsed, before anything here is looked at: the command reads it
// before it opens the data folder, so a bad file never touches the database.
struct BackupFile {
    enum class Problem { None, Unreadable, Malformed };
    Problem problem = Problem::None;
    QString error;  // one sentence for the user naming the file; empty when problem is None
    StudySnapshot snapshot;
    bool ok() const { return problem == Problem::None; }
};
// Unreadable: missing, unreadable, over InputLimit::backupBytes or not text. Malformed: not JSON,
// not a DockPrep backup, damaged, or written by a newer DockPrep (JsonBackup::read says which).
BackupFile readBackupFile(const QString &path);

struct BackupImportOptions {
    bool dryRun = false;  // plan and report only
    // Asked with the plan before anything is written (never when the plan is empty); returning
    // false leaves everything as it was. Without it the import goes ahead.
    std::function<bool(const ImportPlan &plan)> confirm;
};

struct BackupImportResult {
    enum class Outcome {
        Unreadable,       // the file could not be read
        Malformed,        // the file is no backup this DockPrep can import
        NothingToImport,  // everything in it is here already
        Planned,          // a dry run: the plan, nothing written
        Declined,         // the confirmation said no
        Imported,         // all of the plan is written
        Failed,           // writing failed and was rolled back
    };
    Outcome outcome = Outcome::Unreadable;
    ImportPlan plan;  // what would change (or changed); empty for Unreadable and Malformed
    QString error;    // for Unreadable, Malformed and Failed: one sentence for the user
    bool failed() const { return outcome == Outcome::Unreadable || outcome == Outcome::Malformed || outcome == Outcome::Failed; }
    ImportCounts counts() const { return countsOf(plan); }
};

// Plans `backup` against `stores` and, unless told otherwise, writes it. With `db`, everything
// the stores given hold is imported in one transaction; without it, the notes part only.
BackupImportResult importBackup(const BackupFile &backup, const StudyStores &stores, const Database *db,
                                const BackupImportOptions &options = {});
// readBackupFile() and then the above.
BackupImportResult importBackup(const QString &path, const StudyStores &stores, const Database *db,
                                const BackupImportOptions &options = {});

} // namespace DockPrep
