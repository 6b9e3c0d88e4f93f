#pragma once

#include "app/datalocation.h"
#include "app/instancelock.h"
#include "content/curriculum.h"
#include "store/database.h"

#include <memory>

class QTextStream;

namespace DockPrep {

// What a headless command (search, export…) needs: the user's data folder, the curriculum and
// the database, opened the way the app opens them, with failures written to `err`.
struct CommandEnvironment {
    DataLocation data;
    Curriculum curriculum;
    Database database;
    // Held while the command runs. While the app holds the folder, a command that changes the
    // data (set changesData before open()) refuses, and the others read it read-only.
    std::unique_ptr<InstanceLock> lock;
    bool changesData = false;

    bool open(const QString &dataDir, const QString &contentFolder, const QString &diagramCatalog, QTextStream &err);
};

} // namespace DockPrep
