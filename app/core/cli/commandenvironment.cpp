#include "commandenvironment.h"

#include "content/contentloader.h"

#include <QTextStream>

namespace DockPrep {

bool CommandEnvironment::open(const QString &dataDir, const QString &contentFolder, const QString &diagramCatalog,
                              QTextStream &err)
{
    QString error;
    if (!data.open(dataDir, &error)) {
        err << "dockprep: " << error << '\n';
        return false;
    }
    const ContentLoadResult loaded = loadCurriculum(contentFolder, diagramCatalog);
    for (const ContentError &e : loaded.errors)
        err << e.toString() << '\n';
    if (!loaded.ok())
        return false;
    curriculum = loaded.curriculum;
    const Database::OpenResult opened = database.open(data.filePath(QStringLiteral("dockprep.sqlite")));
    if (!opened.ok()) {
        err << "dockprep: " << opened.message << '\n';
        return false;
    }
    if (opened.status == Database::Status::RecoveredFromCorruption || opened.status == Database::Status::NewerSchemaReadOnly)
        err << "dockprep: " << opened.message << '\n';
    return true;
}

} // namespace DockPrep
