#pragma once

#include "app/datalocation.h"
#include "content/curriculum.h"
#include "store/database.h"

class QTextStream;

namespace DockPrep {

// What a headless command (search, export…) needs: the user's data folder, the curriculum and
// the database, opened the way the app opens them, with failures written to `err`.
struct CommandEnvironment {
    DataLocation data;
    Curriculum curriculum;
    Database database;

    bool open(const QString &dataDir, const QString &contentFolder, const QString &diagramCatalog, QTextStream &err);
};

} // namespace DockPrep
