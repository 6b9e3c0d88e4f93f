#include "commandenvironment.h"

#include "content/contentloader.h"

#include <QDir>
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
    lock = std::make_unique<InstanceLock>(data.path());
    const InstanceLock::Result held = lock->acquire(&error);
    if (held == InstanceLock::Result::Failed) {
        err << "dockprep: " << error << '\n';
        return false;
    }
    const QString folder = QDir::toNativeSeparators(data.path());
    if (held == InstanceLock::Result::HeldElsewhere && changesData) {
        err << "dockprep: DockPrep is running with the data in " << folder
            << ". Quit it, then run this command again; nothing was changed.\n";
        return false;
    }
    if (held == InstanceLock::Result::HeldElsewhere)
        err << "dockprep: DockPrep is running with the data in " << folder << ", so this command only reads it.\n";
    const QString databasePath = data.filePath(QStringLiteral("dockprep.sqlite"));
    const Database::OpenResult opened =
        held == InstanceLock::Result::Acquired ? database.open(databasePath) : database.openReadOnly(databasePath);
    if (!opened.ok()) {
        err << "dockprep: " << opened.message << '\n';
        return false;
    }
    if (opened.status == Database::Status::RecoveredFromCorruption || opened.status == Database::Status::NewerSchemaReadOnly)
        err << "dockprep: " << opened.message << '\n';
    return true;
}

} // namespace DockPrep
