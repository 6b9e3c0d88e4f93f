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
// opened read-only. Then takes today's automatic backup, if the policy wants one. Without a screen (interactive=false)
// the same messages go to stderr and no question is asked.
bool openUserDatabase(Database &db, const QString &path, const BackupPolicy &backups, bool interactive,
                      QWidget *parent = nullptr);

} // namespace DockPrep
