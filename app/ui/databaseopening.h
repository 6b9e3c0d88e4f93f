#pragma once

#include <QString>

class QWidget;

namespace DockPrep {

class Database;

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
                      QWidget *parent = nullptr);

// Takes today's automatic backup, if it is due, on a worker thread with its own connection: it
// reads the whole file, which at 10,000 notes took 50 ms of start-up before the window appeared.
// The application waits for it on exit (QCoreApplication waits for the global thread pool).
// Nothing happens when the policy turns daily backups off.
void startDailyBackup(const Database &db, const BackupPolicy &backups);

} // namespace DockPrep
