#include "exchange/backupimport.h"

#include "exchange/jsonbackup.h"
#include "text/boundedread.h"

#include <QCoreApplication>
#include <QDir>

namespace DockPrep {

namespace {
// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::BackupImport)
};

BackupImportResult failure(BackupImportResult::Outcome outcome, const QString &error)
{
    BackupImportResult result;
    result.outcome = outcome;
    result.error = error;
    return result;
}
} // namespace

ImportCounts countsOf(const ImportPlan &plan)
{
    return {int(plan.addedNotes.size()),      int(plan.updatedNotes.size()),     plan.keptLocalNotes,
            int(plan.addedBookmarks.size()),  int(plan.progressChanges.size()),  int(plan.addedInterviews.size()),
            int(plan.reviewChanges.size()),   int(plan.challengeChanges.size()), int(plan.settingsChanges.size())};
}

BackupFile readBackupFile(const QString &path)
{
    BackupFile file;
    const QString shown = QDir::toNativeSeparators(path);
    // Bounded by bytes read, not by size(): /dev/zero and pipes report 0.
    const BoundedRead read = readBoundedFile(path, InputLimit::backupBytes);
    if (!read.ok()) {
        file.problem = BackupFile::Problem::Unreadable;
        file.error = read.message(shown);
        return file;
    }
    JsonBackup::ReadResult backup = JsonBackup::read(read.data);
    if (!backup.ok()) {
        file.problem = BackupFile::Problem::Malformed;
        file.error = Tr::tr("%1 cannot be imported. %2 Nothing was imported.").arg(shown, backup.error);
        return file;
    }
    file.snapshot = std::move(backup.snapshot);
    return file;
}

BackupImportResult importBackup(const BackupFile &backup, const StudyStores &stores, const Database *db,
                                const BackupImportOptions &options)
{
    using Outcome = BackupImportResult::Outcome;
    if (!backup.ok())
        return failure(backup.problem == BackupFile::Problem::Unreadable ? Outcome::Unreadable : Outcome::Malformed, backup.error);
    BackupImportResult result;
    result.plan = planImport(snapshotOf(stores), backup.snapshot);
    if (result.plan.isEmpty()) {
        result.outcome = Outcome::NothingToImport;
        return result;
    }
    if (options.dryRun) {
        result.outcome = Outcome::Planned;
        return result;
    }
    if (options.confirm && !options.confirm(result.plan)) {
        result.outcome = Outcome::Declined;
        return result;
    }
    QString error;
    const bool applied = db ? applyImport(result.plan, stores, *db, &error) : applyImport(result.plan, *stores.notes, &error);
    if (!applied) {
        result.outcome = Outcome::Failed;
        result.error = Tr::tr("The import failed and nothing was changed: %1").arg(error);
        return result;
    }
    result.outcome = Outcome::Imported;
    return result;
}

BackupImportResult importBackup(const QString &path, const StudyStores &stores, const Database *db,
                                const BackupImportOptions &options)
{
    return importBackup(readBackupFile(path), stores, db, options);
}

} // namespace DockPrep
