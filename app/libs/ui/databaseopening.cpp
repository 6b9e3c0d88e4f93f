#include "ui/databaseopening.h"

#include "store/databaseopenpolicy.h"

#include <QCoreApplication>
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

QMessageBox::Icon iconOf(DatabaseOpenOutcome::Severity severity)
{
    switch (severity) {
    case DatabaseOpenOutcome::Severity::Information:
        return QMessageBox::Information;
    case DatabaseOpenOutcome::Severity::Warning:
        return QMessageBox::Warning;
    case DatabaseOpenOutcome::Severity::Critical:
        break;
    }
    return QMessageBox::Critical;
}

// Returns true when the user chose to restore the backup.
bool askToRestore(const DatabaseOpenOutcome &outcome, QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("DockPrep"),
                    outcome.notice + Tr::tr("\n\nRestore the newest automatic backup (%1)?").arg(QLocale().toString(QFileInfo(outcome.backup).lastModified(), QLocale::LongFormat)),
                    QMessageBox::NoButton, parent);
    QPushButton *restore = box.addButton(Tr::tr("Restore the backup"), QMessageBox::AcceptRole);
    box.addButton(Tr::tr("Start with an empty database"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == restore;
}

// Shows what opening came to and, when a backup is offered and taken, restores it.
void follow(Database &db, const DatabaseOpenOutcome &outcome, bool interactive, QWidget *parent)
{
    switch (outcome.next) {
    case DatabaseOpenOutcome::Next::Continue:
        return;
    case DatabaseOpenOutcome::Next::Tell:
    case DatabaseOpenOutcome::Next::Stop:
        tell(interactive, parent, iconOf(outcome.severity), outcome.notice);
        return;
    case DatabaseOpenOutcome::Next::OfferRestore:
        if (askToRestore(outcome, parent))
            follow(db, restoreStudyDatabase(db, outcome.backup), interactive, parent);
        return;
    }
}
} // namespace

bool openUserDatabase(Database &db, const QString &path, const BackupPolicy &backups, bool interactive, QWidget *parent,
                      Database::IntegrityCheck check)
{
    follow(db, openStudyDatabase(db, path, backups, interactive, check), interactive, parent);
    return db.isOpen();
}

void offerRestoreAfterCommand(Database &db, const QString &movedAside, const BackupPolicy &backups, bool interactive,
                              QWidget *parent)
{
    follow(db, outcomeOfSetAside(movedAside, backups, interactive), interactive, parent);
}

void startBackgroundUpkeep(const Database &db, const BackupPolicy &backups, QObject *context,
                           std::function<void(const QString &problem)> damaged)
{
    const UpkeepPlan plan = planUpkeep(db, backups);
    if (!plan.isNeeded())
        return;
    // The worker gets copies only; what it found comes back through a watcher owned by
    // `context`, so nobody hears of it once the window is gone.
    auto *watcher = new QFutureWatcher<UpkeepResult>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, damaged = std::move(damaged)] {
        const UpkeepResult result = watcher->result();
        watcher->deleteLater();
        if (!result.damage.isEmpty())
            damaged(result.damage);
    });
    watcher->setFuture(QtConcurrent::run([path = db.path(), backups, plan] {
        UpkeepResult result = runUpkeep(path, backups, plan, QDateTime::currentDateTime());
        if (!result.problems.isEmpty())
            std::fprintf(stderr, "dockprep: %s\n", qPrintable(result.problems));
        return result;
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
