#pragma once

#include "platform/datalocation.h"
#include "platform/instancelock.h"
#include "content/curriculum.h"
#include "diagrams/diagramcatalog.h"
#include "store/database.h"

#include <memory>

class QTextStream;

namespace DockPrep {

// What a headless command (search, export…) needs: the user's data folder, the curriculum and
// the database, opened the way the app opens them, with failures written to `err`.
struct CommandEnvironment {
    // A command that only reads works in a data folder it cannot write (the database is then
    // opened read-only, and the command says so); one that writes needs a writable folder.
    enum class Use { Read, Write };

    DataLocation data;
    Curriculum curriculum;
    DiagramCatalog diagrams;  // read once: the curriculum's links were checked against it
    Database database;
    // Held while the command runs. While the app holds the folder, a command that changes the
    // data (set changesData before open()) refuses, and the others read it read-only.
    std::unique_ptr<InstanceLock> lock;
    bool changesData = false;

    // Fails (false) on a damaged database too: the file is set aside as the app does it, the
    // message names it and the newest automatic backup, and the settings keep its name so the
    // next start of the app tells the user and offers the restore. Until then the commands refuse
    // the empty database that took its place.
    bool open(const QString &dataDir, const QString &contentFolder, const QString &diagramCatalog, QTextStream &err,
              Use use = Use::Write);
};

} // namespace DockPrep
