#pragma once

#include "store/database.h"
#include "store/databaseopenpolicy.h"

#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace DockPrep {

// Opens the user's database and talks the user through whatever happened (openStudyDatabase
// decides what that is): a damaged file moved aside (with the offer to restore the newest
// automatic backup), a file from a newer DockPrep opened read-only. Without a screen (interactive=false) the same messages go to stderr and no
// question is asked.
bool openUserDatabase(Database &db, const QString &path, const BackupPolicy &backups, bool interactive,
                      QWidget *parent = nullptr, Database::IntegrityCheck check = Database::IntegrityCheck::BeforeUse);

// The same talk for a damaged database that a command-line command found and set aside at
// `movedAside` (AppSettings::databaseSetAside): the commands have no window to ask in, so the app
// tells the user at its next start and offers the newest automatic backup.
void offerRestoreAfterCommand(Database &db, const QString &movedAside, const BackupPolicy &backups, bool interactive,
                              QWidget *parent = nullptr);

// The upkeep that reads the whole database file (planUpkeep, runUpkeep), on a worker thread with
// connections of its own once the window is up (at 10,000 notes the backup alone took 50 ms of
// start-up, at 100,000 the check 1.4 s).
// `damaged` is called in the thread of `context` with what SQLite found wrong. The application
// waits for the worker on exit (QCoreApplication waits for the global thread pool).
void startBackgroundUpkeep(const Database &db, const BackupPolicy &backups, QObject *context,
                           std::function<void(const QString &problem)> damaged);

// Tells the user that the check behind the window found the database damaged and offers to quit
// now: the next start checks the file before use, sets it aside and offers the newest backup
// (openUserDatabase above). Returns true when the user chose to quit. (DockPrep does not start
// itself again: nothing in it starts another process.)
bool askToQuitAfterDamage(const QString &problem, QWidget *parent);

} // namespace DockPrep
