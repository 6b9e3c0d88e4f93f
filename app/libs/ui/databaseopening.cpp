#include "ui/databaseopening.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace DockPrep {

namespace {
// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::DatabaseOpening)
};

void tell(bool interactive, QWidget *parent, QMessageBox::Icon icon, const QString &text)
{
    std::fprintf(stderr, "dockprep: %s\n", qPrintable(text));
    if (interactive)
        QMessageBox(icon, Tr::tr("DockPrep"), text, QMessageBox::Ok, parent).exec();
}

// Returns true when the user chose to restore (and it worked).
bool offerRestore(Database &db, const QString &backupFolder, const Database::OpenResult &result, bool interactive,
                  QWidget *parent)
{
    const QString backup = Database::newestBackup(backupFolder);
    QString text = Tr::tr("Your notes database could not be read, so DockPrep started a new one.\n\n"
                      "The damaged file was kept at:\n%1")
                       .arg(QDir::toNativeSeparators(result.movedAside));
    if (backup.isEmpty() || !interactive) {
        if (!backup.isEmpty())
            text += Tr::tr("\n\nThe newest automatic backup is %1.").arg(QDir::toNativeSeparators(backup));
        tell(interactive, parent, QMessageBox::Warning, text);
        return false;
    }
    QMessageBox box(QMessageBox::Warning, Tr::tr("DockPrep"),
                    text + Tr::tr("\n\nRestore the newest automatic backup (%1)?").arg(QLocale().toString(QFileInfo(backup).lastModified(), QLocale::LongFormat)),
                    QMessageBox::NoButton, parent);
    QPushButton *restore = box.addButton(Tr::tr("Restore the backup"), QMessageBox::AcceptRole);
    box.addButton(Tr::tr("Start with an empty database"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    const auto restored = db.restoreFromBackup(backup);
    if (!restored.ok()) {
        tell(interactive, parent, QMessageBox::Critical, Tr::tr("The backup could not be restored: %1").arg(restored.message));
        return false;
    }
    return true;
}
} // namespace

bool openUserDatabase(Database &db, const QString &path, const BackupPolicy &backups, bool interactive, QWidget *parent,
                      Database::IntegrityCheck check)
{
    const Database::OpenResult result = db.open(path, check);
    switch (result.status) {
    case Database::Status::Failed:
        tell(interactive, parent, QMessageBox::Critical, Tr::tr("DockPrep cannot open your notes database %1:\n%2")
                                                             .arg(QDir::toNativeSeparators(path), result.message));
        return false;
    case Database::Status::RecoveredFromCorruption:
        offerRestore(db, backups.folder, result, interactive, parent);
        break;
    case Database::Status::NewerSchemaReadOnly:
        tell(interactive, parent, QMessageBox::Information, result.message);
        break;
    case Database::Status::Ok:
    case Database::Status::CreatedNew:
        break;
    }
    return db.isOpen();
}

void offerRestoreAfterCommand(Database &db, const QString &movedAside, const BackupPolicy &backups, bool interactive,
                              QWidget *parent)
{
    Database::OpenResult setAside;
    setAside.movedAside = movedAside;
    offerRestore(db, backups.folder, setAside, interactive, parent);
}

void startBackgroundUpkeep(const Database &db, const BackupPolicy &backups, QObject *context,
                           std::function<void(const QString &problem)> damaged)
{
    if (!db.isOpen())
        return;
    const bool check = !db.integrityChecked();
    const bool backup = !db.isReadOnly() && backups.daily;
    if (!check && !backup)
        return;
    // The worker gets copies only; what it found comes back through a watcher owned by
    // `context`, so nobody hears of it once the window is gone.
    auto *watcher = new QFutureWatcher<Database::FileCheck>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, damaged = std::move(damaged)] {
        const Database::FileCheck found = watcher->result();
        watcher->deleteLater();
        if (found.outcome == Database::FileCheck::Outcome::Damaged)
            damaged(found.message);
    });
    watcher->setFuture(QtConcurrent::run([path = db.path(), backups, check, backup] {
        if (check) {
            const Database::FileCheck result = Database::checkFile(path);
            if (result.outcome != Database::FileCheck::Outcome::Sound) {
                std::fprintf(stderr, "dockprep: the database check found a problem: %s\n", qPrintable(result.message));
                return result;
            }
        }
        if (backup) {
            const auto made = Database::backupFileIfDue(path, backups.folder, QDateTime::currentDateTime(), backups.kept);
            if (made.outcome == Database::BackupResult::Outcome::Failed)
                std::fprintf(stderr, "dockprep: automatic backup failed: %s\n", qPrintable(made.message));
        }
        return Database::FileCheck{Database::FileCheck::Outcome::Sound, {}};
    }));
}

bool askToQuitAfterDamage(const QString &problem, QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("DockPrep"),
                    Tr::tr("DockPrep's check of your notes database found damage.\n\n"
                           "When DockPrep starts next, it sets the damaged file aside (nothing is deleted) and "
                           "offers you the newest automatic backup. Quit now and start DockPrep again to do that "
                           "at once; what you have typed is saved first."),
                    QMessageBox::NoButton, parent);
    box.setDetailedText(problem);  // SQLite's own words, for whoever looks into the kept file
    QPushButton *quit = box.addButton(Tr::tr("Quit DockPrep now"), QMessageBox::AcceptRole);
    box.addButton(Tr::tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(quit);
    box.exec();
    return box.clickedButton() == quit;
}

} // namespace DockPrep
