#pragma once

#include <QString>

class QWidget;

namespace DockPrep {

class Database;

// Opens the user's database and talks the user through whatever happened: a damaged file moved
// aside (with the offer to restore the newest automatic backup), a file from a newer DockPrep
// opened read-only. Then takes today's automatic backup. Without a screen (interactive=false)
// the same messages go to stderr and no question is asked.
bool openUserDatabase(Database &db, const QString &path, const QString &backupFolder, bool interactive,
                      QWidget *parent = nullptr);

} // namespace DockPrep
