#pragma once

#include "store/database.h"

#include <QDateTime>
#include <QString>

namespace DockPrep {

// Where the automatic backups go and how many are kept. With `daily` off no new backup is made,
// but the folder is still offered for a restore when the database turns out damaged.
struct BackupPolicy {
    QString folder;
    bool daily = true;
    int kept = 7;
};

// What the app does once it has tried to open the user's database, decided here so it is the
// same with a window and without one, and tested without a screen. The recovery itself has
// happened by then (Database::open sets a damaged file aside and starts a fresh database, and
// opens a newer DockPrep's file read-only); what is left is what to tell the user and whether to
// offer the newest automatic backup. The UI only words the question and shows the boxes.
struct DatabaseOpenOutcome {
    enum class Next {
        Continue,      // open; nothing to tell
        Tell,          // tell `notice` (open unless `severity` is Critical)
        OfferRestore,  // a damaged file was set aside and a fresh database started: tell `notice`
                       // and offer `backup` (restoreStudyDatabase)
        Stop,          // not open: tell `notice`, the app cannot go on
    };
    enum class Severity { Information, Warning, Critical };

    Next next = Next::Stop;
    Severity severity = Severity::Information;
    QString notice;      // plain words for the user; empty for Continue
    QString movedAside;  // where a damaged file was kept, if one was set aside
    QString backup;      // OfferRestore: the newest automatic backup
};

// Opens the database at `path` and decides what follows. `canAsk` is false without a screen:
// a damaged file's backup is then named in the notice instead of offered.
DatabaseOpenOutcome openStudyDatabase(Database &db, const QString &path, const BackupPolicy &backups, bool canAsk,
                                      Database::IntegrityCheck check = Database::IntegrityCheck::BeforeUse);

// The same decision for a damaged database that a command-line command found and set aside at
// `movedAside` (AppSettings::databaseSetAside): the commands have no window to ask in, so the
// app tells the user at its next start.
DatabaseOpenOutcome outcomeOfSetAside(const QString &movedAside, const BackupPolicy &backups, bool canAsk);

// The user chose to restore `backup`: Continue when it is the live database now, else Tell
// (Critical) why not, with the fresh database still open.
DatabaseOpenOutcome restoreStudyDatabase(Database &db, const QString &backup);

// The upkeep that reads the whole database file, meant for a worker thread once the window is
// up: the quick_check open() left out, if it did, then today's automatic backup if it is due.
struct UpkeepPlan {
    bool check = false;   // open() did not read every page
    bool backup = false;  // writable and daily backups on
    bool isNeeded() const { return check || backup; }
};
UpkeepPlan planUpkeep(const Database &db, const BackupPolicy &backups);

struct UpkeepResult {
    QString damage;    // what SQLite found wrong with the file; the user is told
    QString problems;  // anything else that failed (the check could not run, the backup failed); logged only
};
// Runs `plan` on the file at `path` through connections of its own, so any thread may call it.
// A damaged (or unreadable) file never pushes a good backup out: the backup is then skipped.
UpkeepResult runUpkeep(const QString &path, const BackupPolicy &backups, const UpkeepPlan &plan, const QDateTime &now);

} // namespace DockPrep
