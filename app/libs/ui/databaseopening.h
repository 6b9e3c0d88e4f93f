#pragma once

#include "store/database.h"

#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace DockPrep {

// Where the automatic backups go and how many are kept. With `daily` off no new backup is made,
// but the folder is still offered for a restore when the database turns out damaged.
struct BackupPolicy {
    QString folder;
    bool daily = true;
    int kept = 7;
};

// Opens the user's database and talks the user through whatever happened: a damaged file moved
// aside (with the offer to restore the newest automatic backup), a file from a newer DockPrep
// opened read-only. Without a screen (interactive=false) the same messages go to stderr and no
// question is asked.
bool openUserDatabase(Database &db, const QString &path, const BackupPolicy &backups, bool interactive,
                      QWidget *parent = nullptr, Database::IntegrityCheck check = Database::IntegrityCheck::BeforeUse);

// The same talk for a damaged database that a command-line command found and set aside at
// `movedAside` (AppSettings::databaseSetAside): the commands have no window to ask in, so the app
// tells the user at its next start and offers the newest automatic backup.
void offerRestoreAfterCommand(Database &db, const QString &movedAside, const BackupPolicy &backups, bool interactive,
                              QWidget *parent = nullptr);

// The upkeep that reads the whole database file, on a worker thread with connections of its own
// once the window is up (at 10,000 notes the backup alone took 50 ms of start-up, at 100,000 the
// check 1.4 s): first the quick_check open() left out, if it did, then today's automatic backup
// if it is due and the file is sound, so a damaged file never pushes a good backup out.
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
