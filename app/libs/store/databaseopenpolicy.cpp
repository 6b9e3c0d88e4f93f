#include "store/databaseopenpolicy.h"

#include <QCoreApplication>
#include <QDir>

namespace DockPrep {

namespace {
// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()). The context is the one these
// words had when the window decided all this, so their translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::DatabaseOpening)
};

using Next = DatabaseOpenOutcome::Next;
using Severity = DatabaseOpenOutcome::Severity;

DatabaseOpenOutcome tell(Next next, Severity severity, const QString &notice)
{
    DatabaseOpenOutcome outcome;
    outcome.next = next;
    outcome.severity = severity;
    outcome.notice = notice;
    return outcome;
}
} // namespace

DatabaseOpenOutcome openStudyDatabase(Database &db, const QString &path, const BackupPolicy &backups, bool canAsk,
                                      Database::IntegrityCheck check)
{
    const Database::OpenResult result = db.open(path, check);
    switch (result.status) {
    case Database::Status::Failed:
        return tell(Next::Stop, Severity::Critical,
                    Tr::tr("DockPrep cannot open your notes database %1:\n%2").arg(QDir::toNativeSeparators(path), result.message));
    case Database::Status::RecoveredFromCorruption:
        return outcomeOfSetAside(result.movedAside, backups, canAsk);
    case Database::Status::NewerSchemaReadOnly:
        return tell(Next::Tell, Severity::Information, result.message);
    case Database::Status::Ok:
    case Database::Status::CreatedNew:
        break;
    }
    return tell(Next::Continue, Severity::Information, {});
}

DatabaseOpenOutcome outcomeOfSetAside(const QString &movedAside, const BackupPolicy &backups, bool canAsk)
{
    const QString backup = Database::newestBackup(backups.folder);
    DatabaseOpenOutcome outcome = tell(Next::Tell, Severity::Warning,
                                       Tr::tr("Your notes database could not be read, so DockPrep started a new one.\n\n"
                                              "The damaged file was kept at:\n%1")
                                           .arg(QDir::toNativeSeparators(movedAside)));
    outcome.movedAside = movedAside;
    if (backup.isEmpty())
        return outcome;
    if (!canAsk) {
        outcome.notice += Tr::tr("\n\nThe newest automatic backup is %1.").arg(QDir::toNativeSeparators(backup));
        return outcome;
    }
    outcome.next = Next::OfferRestore;
    outcome.backup = backup;
    return outcome;
}

DatabaseOpenOutcome restoreStudyDatabase(Database &db, const QString &backup)
{
    const Database::OpenResult restored = db.restoreFromBackup(backup);
    if (!restored.ok())
        return tell(Next::Tell, Severity::Critical, Tr::tr("The backup could not be restored: %1").arg(restored.message));
    return tell(Next::Continue, Severity::Information, {});
}

UpkeepPlan planUpkeep(const Database &db, const BackupPolicy &backups)
{
    if (!db.isOpen())
        return {};
    return {!db.integrityChecked(), !db.isReadOnly() && backups.daily};
}

UpkeepResult runUpkeep(const QString &path, const BackupPolicy &backups, const UpkeepPlan &plan, const QDateTime &now)
{
    UpkeepResult result;
    if (plan.check) {
        const Database::FileCheck checked = Database::checkFile(path);
        if (checked.outcome == Database::FileCheck::Outcome::Damaged)
            result.damage = checked.message;
        if (checked.outcome != Database::FileCheck::Outcome::Sound) {
            result.problems = QStringLiteral("the database check found a problem: ") + checked.message;
            return result;
        }
    }
    if (!plan.backup)
        return result;
    const Database::BackupResult made = Database::backupFileIfDue(path, backups.folder, now, backups.kept);
    if (made.outcome == Database::BackupResult::Outcome::Failed)
        result.problems = QStringLiteral("automatic backup failed: ") + made.message;
    return result;
}

} // namespace DockPrep
