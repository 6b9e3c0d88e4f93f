#include "cli/commandenvironment.h"

#include "settings/appsettings.h"
#include "curriculum/contentloader.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>

#include <memory>

namespace DockPrep {

namespace {

// The rest of the message about a set-aside database: what the user can do about it.
QString whatToDo(const QString &backupFolder)
{
    const QString backup = Database::newestBackup(backupFolder);
    if (backup.isEmpty()) {
        return QStringLiteral("There is no automatic backup in %1. Start DockPrep to continue with the new, empty database.")
            .arg(QDir::toNativeSeparators(backupFolder));
    }
    return QStringLiteral("The newest automatic backup is %1: start DockPrep to restore it (or to continue with the new, "
                          "empty database).")
        .arg(QDir::toNativeSeparators(backup));
}

} // namespace

bool CommandEnvironment::open(const QString &dataDir, const QString &contentFolder, const QString &diagramCatalog,
                              QTextStream &err, Use use)
{
    QString error;
    if (!data.open(dataDir, &error, use == Use::Read ? DataLocation::Access::ReadOnlyAllowed : DataLocation::Access::ReadWrite)) {
        err << "dockprep: " << error << '\n';
        return false;
    }
    ContentError catalogError;
    diagrams = DiagramCatalog::load(diagramCatalog, &catalogError);
    const ContentLoadResult loaded = loadCurriculum(contentFolder, diagrams, catalogError);
    for (const ContentError &e : loaded.errors)
        err << e.toString() << '\n';
    if (!loaded.ok())
        return false;
    curriculum = loaded.curriculum;

    const QString backupFolder = data.filePath(QStringLiteral("backups"));
    const std::unique_ptr<QSettings> settings(data.createSettings(nullptr));
    AppSettings preferences(settings.get());
    const QString setAsideBefore = preferences.databaseSetAside();
    if (!setAsideBefore.isEmpty() && QFileInfo::exists(setAsideBefore)) {
        err << "dockprep: the notes database was found damaged and set aside as " << QDir::toNativeSeparators(setAsideBefore)
            << " (nothing was deleted); the one in its place is new and empty, so this command did nothing. "
            << whatToDo(backupFolder) << '\n';
        return false;
    }

    // A folder nobody can write holds no lock either: nothing here will write to it.
    lock = std::make_unique<InstanceLock>(data.path());
    const InstanceLock::Result held = data.isWritable() ? lock->acquire(&error) : InstanceLock::Result::Acquired;
    if (held == InstanceLock::Result::Failed) {
        err << "dockprep: " << error << '\n';
        return false;
    }
    const QString folder = QDir::toNativeSeparators(data.path());
    const bool appRunning = held == InstanceLock::Result::HeldElsewhere;
    if (appRunning && changesData) {
        err << "dockprep: DockPrep is running with the data in " << folder
            << ". Quit it, then run this command again; nothing was changed.\n";
        return false;
    }
    if (appRunning)
        err << "dockprep: DockPrep is running with the data in " << folder << ", so this command only reads it.\n";
    else if (!data.isWritable())
        err << "dockprep: the data folder " << folder << " cannot be written, so the notes database is opened read-only (nothing in it changes)\n";
    const bool readOnly = appRunning || !data.isWritable();
    const Database::OpenResult opened = database.open(data.filePath(QStringLiteral("dockprep.sqlite")), Database::IntegrityCheck::BeforeUse,
                                                      readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    if (!opened.ok()) {
        err << "dockprep: " << opened.message << '\n';
        return false;
    }
    if (opened.status == Database::Status::RecoveredFromCorruption) {
        // The app tells the user at its next start, as if it had found the damage itself.
        preferences.migrate();
        preferences.setDatabaseSetAside(opened.movedAside);
        err << "dockprep: " << opened.message << ' ' << whatToDo(backupFolder) << " This command did nothing.\n";
        database.close();
        return false;
    }
    if (opened.status == Database::Status::NewerSchemaReadOnly)
        err << "dockprep: " << opened.message << '\n';
    return true;
}

} // namespace DockPrep
