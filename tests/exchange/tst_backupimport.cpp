// The backup import use case File ▸ Import and `dockprep import` share: read, plan, confirm, write,
// and every way it refuses (unreadable file, malformed JSON, a newer backup, a failed write)
// leaving the data as it was.
#include "exchange/backupimport.h"
#include "exchange/jsonbackup.h"
#include "store/interviewstore.h"
#include "store/database.h"
#include "store/notestore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DockPrep;

namespace {

using Outcome = BackupImportResult::Outcome;

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toUTC();
}

StudySnapshot twoNotes()
{
    StudySnapshot snapshot;
    snapshot.notes = {{QStringLiteral("n-1"), QStringLiteral("entry:first-image"), QStringLiteral("Layers are cached."),
                       utc("2026-01-01T10:00:00.000Z"), utc("2026-01-01T10:05:00.000Z")},
                      {QStringLiteral("n-2"), QString(), QStringLiteral("A free note."), utc("2026-01-01T11:00:00.000Z"),
                       utc("2026-01-01T11:00:00.000Z")}};
    snapshot.bookmarks = {{QStringLiteral("second-run"), QString(), utc("2026-01-01T09:00:00.000Z")}};
    return snapshot;
}

// A database with its stores, in a folder of its own where the backup files are written too.
struct Fixture {
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<NoteStore> notes;
    std::unique_ptr<InterviewStore> interviews;

    explicit Fixture(Database::Access access = Database::Access::ReadWrite)
    {
        const QString path = dir.filePath(QStringLiteral("dockprep.sqlite"));
        if (access == Database::Access::ReadOnly) {
            Database creator;  // a read-only open needs an existing file
            if (!creator.open(path).ok())
                qFatal("cannot create a test database");
        }
        if (!dir.isValid() || !db.open(path, Database::IntegrityCheck::BeforeUse, access).ok())
            qFatal("cannot open a test database");
        notes = std::make_unique<NoteStore>(db);
        interviews = std::make_unique<InterviewStore>(db);
    }
    StudyStores stores() const { return {notes.get(), interviews.get(), nullptr, nullptr}; }
    QString write(const char *name, const QByteArray &data) const
    {
        const QString path = dir.filePath(QLatin1String(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write a test file");
        return path;
    }
    QString backup(const StudySnapshot &snapshot = twoNotes()) const
    {
        return write("backup.json", JsonBackup::write(snapshot, utc("2026-02-01T00:00:00.000Z")));
    }
};

} // namespace

class TestBackupImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsAndCountsThenHasNothingMoreToImport()
    {
        Fixture here;
        const QString path = here.backup();
        int asked = 0;
        BackupImportOptions options;
        options.confirm = [&asked](const ImportPlan &plan) {
            ++asked;
            return plan.addedNotes.size() == 2;
        };
        const BackupImportResult first = importBackup(path, here.stores(), &here.db, options);
        QCOMPARE(first.outcome, Outcome::Imported);
        QVERIFY(!first.failed());
        QVERIFY(first.error.isEmpty());
        QCOMPARE(asked, 1);
        QCOMPARE(first.counts().addedNotes, 2);
        QCOMPARE(first.counts().addedBookmarks, 1);
        QCOMPARE(first.counts().updatedNotes, 0);
        QCOMPARE(here.notes->allNotes().size(), 2);
        QVERIFY(here.notes->isBookmarked(QStringLiteral("second-run")));

        // Everything is here now: nothing to confirm, nothing written.
        const BackupImportResult second = importBackup(path, here.stores(), &here.db, options);
        QCOMPARE(second.outcome, Outcome::NothingToImport);
        QCOMPARE(asked, 1);
        QVERIFY(second.plan.isEmpty());
    }

    void keptLocalNotesAreCounted()
    {
        Fixture here;
        StudySnapshot newer = twoNotes();
        newer.notes.first().body = QStringLiteral("edited here later");
        newer.notes.first().updated = utc("2026-03-01T00:00:00.000Z");
        QVERIFY(here.notes->writeRecords(newer.notes, {}, {}));
        const BackupImportResult result = importBackup(here.backup(), here.stores(), &here.db);
        QCOMPARE(result.outcome, Outcome::Imported);
        QCOMPARE(result.counts().keptLocalNotes, 1);
        QCOMPARE(here.notes->note(QStringLiteral("n-1"))->body, QStringLiteral("edited here later"));
    }

    void aDryRunWritesNothing()
    {
        Fixture here;
        BackupImportOptions options;
        options.dryRun = true;
        options.confirm = [](const ImportPlan &) {
            qFatal("a dry run asks nothing");
            return true;
        };
        const BackupImportResult result = importBackup(here.backup(), here.stores(), &here.db, options);
        QCOMPARE(result.outcome, Outcome::Planned);
        QCOMPARE(result.counts().addedNotes, 2);
        QVERIFY(here.notes->allNotes().isEmpty());
    }

    void aDeclinedImportWritesNothing()
    {
        Fixture here;
        BackupImportOptions options;
        options.confirm = [](const ImportPlan &) { return false; };
        const BackupImportResult result = importBackup(here.backup(), here.stores(), &here.db, options);
        QCOMPARE(result.outcome, Outcome::Declined);
        QVERIFY(!result.failed());
        QVERIFY(here.notes->allNotes().isEmpty());
        QVERIFY(here.notes->bookmarks().isEmpty());
    }

    void withoutTheDatabaseOnlyNotesImport()
    {
        Fixture here;
        const BackupImportResult result = importBackup(here.backup(), StudyStores{here.notes.get(), nullptr, nullptr, nullptr}, nullptr);
        QCOMPARE(result.outcome, Outcome::Imported);
        QCOMPARE(here.notes->allNotes().size(), 2);
    }

    void badFilesAreRefusedAndNothingChanges_data()
    {
        QTest::addColumn<QByteArray>("contents");  // empty: no file at all
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("says");
        QJsonObject newer = QJsonDocument::fromJson(JsonBackup::write(twoNotes(), {})).object();
        newer.insert(QStringLiteral("formatVersion"), JsonBackup::formatVersion + 1);
        QTest::newRow("missing") << QByteArray() << int(Outcome::Unreadable) << QStringLiteral("absent.json");
        QTest::newRow("not text") << QByteArray("{\"a\":\0}", 7) << int(Outcome::Unreadable) << QStringLiteral("not a text file");
        QTest::newRow("malformed JSON") << QByteArray("{\"format\": \"dockprep-backup\", ") << int(Outcome::Malformed)
                                        << QStringLiteral("Nothing was imported");
        QTest::newRow("not a backup") << QByteArray("[1, 2, 3]") << int(Outcome::Malformed) << QStringLiteral("cannot be imported");
        QTest::newRow("newer version") << QJsonDocument(newer).toJson() << int(Outcome::Malformed)
                                       << QStringLiteral("made by a newer DockPrep");
    }

    void badFilesAreRefusedAndNothingChanges()
    {
        QFETCH(QByteArray, contents);
        QFETCH(int, outcome);
        QFETCH(QString, says);
        Fixture here;
        const QString path = contents.isEmpty() ? here.dir.filePath(QStringLiteral("absent.json")) : here.write("bad.json", contents);

        const BackupFile file = readBackupFile(path);
        QVERIFY(!file.ok());
        QVERIFY2(file.error.contains(says), qPrintable(file.error));

        BackupImportOptions options;
        options.confirm = [](const ImportPlan &) {
            qFatal("a bad file asks nothing");
            return true;
        };
        const BackupImportResult result = importBackup(path, here.stores(), &here.db, options);
        QCOMPARE(int(result.outcome), outcome);
        QVERIFY(result.failed());
        QCOMPARE(result.error, file.error);
        QVERIFY(result.plan.isEmpty());
        QVERIFY(here.notes->allNotes().isEmpty());
    }

    // The write fails (here: a database that may not be written): the plan was made, nothing
    // of it is in, and the error says so.
    void aFailedWriteChangesNothing()
    {
        Fixture here(Database::Access::ReadOnly);
        const BackupImportResult result = importBackup(here.backup(), here.stores(), &here.db);
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY(result.failed());
        QVERIFY2(result.error.contains(QLatin1String("nothing was changed")), qPrintable(result.error));
        QCOMPARE(result.counts().addedNotes, 2);
        QVERIFY(here.notes->allNotes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupImport)
#include "tst_backupimport.moc"
