// What the app does after opening the user's database: go on, tell, offer the newest backup, or
// stop; restoring that backup; and the upkeep behind the window. Damaged files are made the way a
// full disk or a bad sector leaves them (damageddatabase.h).
#include "store/databaseopenpolicy.h"
#include "store/notestore.h"
#include "support/damageddatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DockPrep;

namespace {

using Next = DatabaseOpenOutcome::Next;
using Severity = DatabaseOpenOutcome::Severity;

const QDateTime morning(QDate(2026, 3, 1), QTime(9, 0));

// Sets PRAGMA user_version behind DockPrep's back, as a newer DockPrep would have left it.
void setUserVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestDatabaseOpenPolicy : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString live() const { return m_dir->filePath(QStringLiteral("dockprep.sqlite")); }
    BackupPolicy backups() const { return {m_dir->filePath(QStringLiteral("backups")), true, 7}; }

    // A sound backup holding one note, made the way the daily backup makes them.
    QString makeBackup(const QString &body)
    {
        const QString source = m_dir->filePath(QStringLiteral("source.sqlite"));
        Database db;
        if (!db.open(source).ok())
            return {};
        NoteStore store(db);
        Note note{{}, {}, body, {}, {}};
        if (!store.saveNote(note))
            return {};
        return db.backupIfDue(backups().folder, morning).path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void aSoundDatabaseOpensWithoutAWord()
    {
        for (int start = 0; start < 2; ++start) {  // created new, then opened again
            Database db;
            const DatabaseOpenOutcome outcome = openStudyDatabase(db, live(), backups(), true);
            QCOMPARE(outcome.next, Next::Continue);
            QVERIFY(outcome.notice.isEmpty());
            QVERIFY(db.isOpen());
        }
    }

    void aDamagedDatabaseIsSetAsideAndTheBackupOffered_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("truncated") << int(TestData::Damage::Truncated);
        QTest::newRow("scribbled page") << int(TestData::Damage::ScribbledPage);
    }

    void aDamagedDatabaseIsSetAsideAndTheBackupOffered()
    {
        QFETCH(int, damage);
        const QString backup = makeBackup(QStringLiteral("from the backup"));
        QVERIFY(!backup.isEmpty());
        TestData::writeDamagedDatabase(live(), TestData::Damage(damage));
        QVERIFY(!QTest::currentTestFailed());

        Database db;
        const DatabaseOpenOutcome outcome = openStudyDatabase(db, live(), backups(), true);
        QCOMPARE(outcome.next, Next::OfferRestore);
        QCOMPARE(outcome.severity, Severity::Warning);
        QCOMPARE(outcome.backup, backup);
        QVERIFY(QFileInfo::exists(outcome.movedAside));  // kept, never deleted
        QVERIFY2(outcome.notice.contains(QDir::toNativeSeparators(outcome.movedAside)), qPrintable(outcome.notice));
        // A fresh, empty database is already open, so declining the offer is safe.
        QVERIFY(db.isOpen());
        QVERIFY(!db.isReadOnly());
        QVERIFY(NoteStore(db).allNotes().isEmpty());

        const DatabaseOpenOutcome restored = restoreStudyDatabase(db, outcome.backup);
        QCOMPARE(restored.next, Next::Continue);
        const QList<Note> notes = NoteStore(db).allNotes();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().body, QStringLiteral("from the backup"));
    }

    // Without a screen nothing can be asked: the backup is named instead of offered.
    void withoutAScreenTheBackupIsNamed()
    {
        const QString backup = makeBackup(QStringLiteral("kept"));
        TestData::writeDamagedDatabase(live(), TestData::Damage::Truncated);
        QVERIFY(!QTest::currentTestFailed());
        Database db;
        const DatabaseOpenOutcome outcome = openStudyDatabase(db, live(), backups(), false);
        QCOMPARE(outcome.next, Next::Tell);
        QCOMPARE(outcome.severity, Severity::Warning);
        QVERIFY(outcome.backup.isEmpty());
        QVERIFY2(outcome.notice.contains(QDir::toNativeSeparators(backup)), qPrintable(outcome.notice));
        QVERIFY(db.isOpen());
    }

    void withoutABackupTheUserIsToldWhereTheFileWent()
    {
        TestData::writeDamagedDatabase(live(), TestData::Damage::ScribbledPage);
        QVERIFY(!QTest::currentTestFailed());
        Database db;
        const DatabaseOpenOutcome outcome = openStudyDatabase(db, live(), backups(), true);
        QCOMPARE(outcome.next, Next::Tell);
        QVERIFY(outcome.backup.isEmpty());
        QVERIFY(QFileInfo::exists(outcome.movedAside));
        QVERIFY2(outcome.notice.contains(QStringLiteral("started a new one")), qPrintable(outcome.notice));
        QVERIFY(db.isOpen());
    }

    // A command set the file aside earlier; the app offers the backup at its next start.
    void aFileSetAsideByACommandIsReportedLater()
    {
        const QString backup = makeBackup(QStringLiteral("kept"));
        const QString aside = m_dir->filePath(QStringLiteral("dockprep.sqlite.damaged"));
        const DatabaseOpenOutcome asking = outcomeOfSetAside(aside, backups(), true);
        QCOMPARE(asking.next, Next::OfferRestore);
        QCOMPARE(asking.backup, backup);
        QCOMPARE(asking.movedAside, aside);
        QCOMPARE(outcomeOfSetAside(aside, backups(), false).next, Next::Tell);
        QCOMPARE(outcomeOfSetAside(aside, BackupPolicy{m_dir->filePath(QStringLiteral("none")), true, 7}, true).next, Next::Tell);
    }

    void aNewerDatabaseOpensReadOnlyWithANotice()
    {
        {
            Database db;
            QVERIFY(db.open(live()).ok());
        }
        setUserVersion(live(), Database::schemaVersion + 1);
        Database db;
        const DatabaseOpenOutcome outcome = openStudyDatabase(db, live(), backups(), true);
        QCOMPARE(outcome.next, Next::Tell);
        QCOMPARE(outcome.severity, Severity::Information);
        QVERIFY2(outcome.notice.contains(QStringLiteral("read-only")), qPrintable(outcome.notice));
        QVERIFY(db.isOpen());
        QVERIFY(db.isReadOnly());
        // Nothing is written to a newer DockPrep's file, not even a backup.
        QVERIFY(!planUpkeep(db, backups()).backup);
    }

    void aDatabaseThatCannotBeOpenedStops()
    {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("dockprep.sqlite")));  // a folder where the file goes
        Database db;
        const DatabaseOpenOutcome outcome = openStudyDatabase(db, live(), backups(), true);
        QCOMPARE(outcome.next, Next::Stop);
        QCOMPARE(outcome.severity, Severity::Critical);
        QVERIFY2(outcome.notice.contains(QDir::toNativeSeparators(live())), qPrintable(outcome.notice));
        QVERIFY(!db.isOpen());
        QVERIFY(QFileInfo(live()).isDir());  // not ours to move
    }

    void aBadBackupLeavesTheFreshDatabaseOpen()
    {
        Database db;
        QVERIFY(db.open(live()).ok());
        NoteStore store(db);
        Note note{{}, {}, QStringLiteral("typed since"), {}, {}};
        QVERIFY(store.saveNote(note));
        const DatabaseOpenOutcome outcome = restoreStudyDatabase(db, m_dir->filePath(QStringLiteral("missing.sqlite")));
        QCOMPARE(outcome.next, Next::Tell);
        QCOMPARE(outcome.severity, Severity::Critical);
        QVERIFY2(outcome.notice.startsWith(QStringLiteral("The backup could not be restored")), qPrintable(outcome.notice));
        QVERIFY(db.isOpen());
        QCOMPARE(store.note(note.id)->body, QStringLiteral("typed since"));
    }

    void upkeepChecksWhatOpenDidNotAndBacksUpWhenDue()
    {
        {
            Database created;
            QVERIFY(created.open(live()).ok());
        }
        Database db;
        QVERIFY(db.open(live(), Database::IntegrityCheck::BeforeUse).ok());
        QVERIFY(db.integrityChecked());
        const UpkeepPlan checked = planUpkeep(db, backups());
        QVERIFY(!checked.check);  // open() read every page already
        QVERIFY(checked.backup);
        QVERIFY(checked.isNeeded());

        const UpkeepPlan both{true, true};
        const UpkeepResult result = runUpkeep(live(), backups(), both, morning);
        QVERIFY2(result.damage.isEmpty() && result.problems.isEmpty(), qPrintable(result.damage + result.problems));
        QVERIFY(!Database::newestBackup(backups().folder).isEmpty());

        BackupPolicy off = backups();
        off.daily = false;
        QVERIFY(!planUpkeep(db, off).backup);
        QVERIFY(!planUpkeep(db, off).isNeeded());
        db.close();
        QVERIFY(!planUpkeep(db, backups()).isNeeded());
    }

    // A damaged file found behind the window is reported, and never pushes a good backup out.
    void upkeepReportsDamageAndSkipsTheBackup()
    {
        TestData::writeDamagedDatabase(live(), TestData::Damage::ScribbledPage);
        QVERIFY(!QTest::currentTestFailed());
        const UpkeepResult result = runUpkeep(live(), backups(), UpkeepPlan{true, true}, morning);
        QVERIFY(!result.damage.isEmpty());
        QVERIFY(!result.problems.isEmpty());
        QVERIFY(Database::newestBackup(backups().folder).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpenPolicy)
#include "tst_databaseopenpolicy.moc"
