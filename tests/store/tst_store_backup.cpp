// Daily backups, pruning them, and restoring from one.
#include "support/storetesting.h"

#include <QTest>

#include <thread>

using namespace DockPrep;
using namespace StoreTesting;

class TestStoreBackup : public QObject, protected StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(prepare()); }

    void backsUpOncePerDay()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        NoteStore store(db);
        Note note{{}, {}, QStringLiteral("worth keeping"), {}, {}};
        QVERIFY(store.saveNote(note));
        const QString folder = m_dir->filePath(QStringLiteral("backups"));

        const QDate day(2025, 3, 1);
        auto first = db.backupIfDue(folder, QDateTime(day, QTime(9, 0)));
        QCOMPARE(first.outcome, Database::BackupResult::Outcome::Created);
        QCOMPARE(first.path, QDir(folder).absoluteFilePath(QStringLiteral("dockprep-20250301.sqlite")));
        QVERIFY(QFile::exists(first.path));
        const QByteArray firstBytes = fileBytes(first.path);

        note.body = QStringLiteral("edited later that day");
        QVERIFY(store.saveNote(note));
        auto again = db.backupIfDue(folder, QDateTime(day, QTime(23, 59)));
        QCOMPARE(again.outcome, Database::BackupResult::Outcome::NotDue);
        QCOMPARE(fileBytes(first.path), firstBytes);

        auto next = db.backupIfDue(folder, QDateTime(day.addDays(1), QTime(0, 1)));
        QCOMPARE(next.outcome, Database::BackupResult::Outcome::Created);
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 (QStringList{QStringLiteral("dockprep-20250301.sqlite"), QStringLiteral("dockprep-20250302.sqlite")}));
        QCOMPARE(Database::newestBackup(folder), next.path);

        // Each backup is a sound, self-contained database holding that day's notes.
        {
            RawConnection raw(first.path);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(raw.value(QStringLiteral("SELECT body FROM notes")).toString(), QStringLiteral("worth keeping"));
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Database::schemaVersion);
        }
        RawConnection raw(next.path);
        QCOMPARE(raw.value(QStringLiteral("SELECT body FROM notes")).toString(), QStringLiteral("edited later that day"));
    }

    // The app takes the daily backup on a worker thread while the window is already in use.
    void backsUpFromAnotherThreadWhileTheAppWrites()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        NoteStore store(db);
        for (int i = 0; i < 200; ++i) {
            Note note{{}, {}, QStringLiteral("note %1 ").arg(i).repeated(50), {}, {}};
            QVERIFY(store.saveNote(note));
        }
        const QString folder = m_dir->filePath(QStringLiteral("backups"));
        const QDateTime now(QDate(2025, 3, 1), QTime(9, 0));
        Database::BackupResult result;
        std::thread worker([&] { result = Database::backupFileIfDue(db.path(), folder, now); });
        for (int i = 0; i < 20; ++i) {  // the app keeps saving meanwhile
            Note note{{}, {}, QStringLiteral("typed during the backup %1").arg(i), {}, {}};
            QVERIFY(store.saveNote(note));
        }
        worker.join();
        QVERIFY2(result.outcome == Database::BackupResult::Outcome::Created, qPrintable(result.message));
        QCOMPARE(result.path, QDir(folder).absoluteFilePath(QStringLiteral("dockprep-20250301.sqlite")));
        {
            RawConnection raw(result.path);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
            QVERIFY(raw.value(QStringLiteral("SELECT count(*) FROM notes")).toInt() >= 200);  // a consistent snapshot
        }
        QCOMPARE(Database::backupFileIfDue(db.path(), folder, now).outcome, Database::BackupResult::Outcome::NotDue);
        QCOMPARE(Database::backupFileIfDue(m_dir->filePath(QStringLiteral("missing/none.sqlite")), folder, now.addDays(1)).outcome,
                 Database::BackupResult::Outcome::Failed);
        QCOMPARE(store.allNotes().size(), 220);  // and the app's own connection is unharmed
    }

    void prunesBackupsBeyondKeep()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        const QString folder = m_dir->filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));
        const QStringList unrelated{QStringLiteral("dockprep-latest.sqlite"), QStringLiteral("dockprep-2025.sqlite"),
                                    QStringLiteral("notes.txt")};
        for (const QString &name : unrelated)
            QVERIFY(writeFile(QDir(folder).filePath(name), "mine"));
        // Left over from a backup that was interrupted: never taken for a finished one.
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("dockprep-20250301.sqlite.partial")), "half"));

        const QDate start(2025, 3, 1);
        QStringList pruned;
        for (int day = 0; day < 10; ++day) {
            const auto result = db.backupIfDue(folder, QDateTime(start.addDays(day), QTime(12, 0)), 7);
            QCOMPARE(result.outcome, Database::BackupResult::Outcome::Created);
            pruned += result.pruned;
        }
        QStringList expected;
        for (int day = 3; day < 10; ++day)
            expected.append(QStringLiteral("dockprep-%1.sqlite").arg(start.addDays(day).toString(QStringLiteral("yyyyMMdd"))));
        QStringList kept = QDir(folder).entryList({QStringLiteral("dockprep-????????.sqlite")}, QDir::Files, QDir::Name);
        QCOMPARE(kept, expected);
        QCOMPARE(pruned.size(), 3);
        QCOMPARE(pruned.first(), QDir(folder).absoluteFilePath(QStringLiteral("dockprep-20250301.sqlite")));
        for (const QString &name : unrelated)
            QCOMPARE(fileBytes(QDir(folder).filePath(name)), QByteArray("mine"));
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("dockprep-20250301.sqlite.partial"))));
        QCOMPARE(Database::newestBackup(folder), QDir(folder).absoluteFilePath(expected.last()));
        QCOMPARE(Database::newestBackup(m_dir->filePath(QStringLiteral("nowhere"))), QString());
    }

    void restoresFromBackup()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        NoteStore store(db);
        Note kept{{}, {}, QStringLiteral("in the backup"), {}, {}};
        QVERIFY(store.saveNote(kept));
        QVERIFY(store.setBookmark(QStringLiteral("first-image"), true));
        const QString folder = m_dir->filePath(QStringLiteral("backups"));
        const auto backup = db.backupIfDue(folder, QDateTime(QDate(2025, 3, 1), QTime(9, 0)));
        QCOMPARE(backup.outcome, Database::BackupResult::Outcome::Created);
        const QByteArray backupBytes = fileBytes(backup.path);

        Note later{{}, {}, QStringLiteral("written after the backup"), {}, {}};
        QVERIFY(store.saveNote(later));
        QVERIFY(store.deleteNote(kept.id));

        db.setClock([] { return QDateTime(QDate(2025, 3, 2), QTime(8, 0, 0)); });
        const auto result = db.restoreFromBackup(backup.path);
        QVERIFY2(result.status == Database::Status::Ok, qPrintable(result.message));
        QVERIFY(db.isOpen());
        QCOMPARE(store.note(kept.id)->body, QStringLiteral("in the backup"));
        QVERIFY(!store.note(later.id).has_value());
        QVERIFY(store.isBookmarked(QStringLiteral("first-image")));
        QCOMPARE(fileBytes(backup.path), backupBytes);  // the backup stays usable

        // What was live before is set aside, whole, not deleted.
        QCOMPARE(result.movedAside, path() + QStringLiteral(".before-restore-20250302-080000"));
        RawConnection raw(result.movedAside);
        QCOMPARE(raw.value(QStringLiteral("SELECT body FROM notes")).toString(), QStringLiteral("written after the backup"));

        // Still a working database.
        Note after{{}, {}, QStringLiteral("after restoring"), {}, {}};
        QVERIFY(store.saveNote(after));
    }

    void restoresOlderBackupAndUpgradesIt()
    {
        const QString backup = m_dir->filePath(QStringLiteral("dockprep-20240101.sqlite"));
        {
            RawConnection raw(backup);
            for (const QString &statement : version1Schema)
                QVERIFY(raw.exec(statement));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (id, body, created, updated)"
                                            " VALUES ('old-note', 'from version one', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        Database db;
        QVERIFY(db.open(path()).ok());
        const auto result = db.restoreFromBackup(backup);
        QVERIFY2(result.status == Database::Status::Ok, qPrintable(result.message));
        QCOMPARE(db.userVersion(), Database::schemaVersion);
        NoteStore store(db);
        QCOMPARE(store.note(QStringLiteral("old-note"))->body, QStringLiteral("from version one"));
    }

    void refusesBadBackup_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("random bytes") << randomBytes(8192, 7) << QStringLiteral("cannot be restored");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("does not exist");
    }

    void refusesBadBackup()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        Database db;
        QVERIFY(db.open(path()).ok());
        NoteStore store(db);
        Note note{{}, {}, QStringLiteral("live"), {}, {}};
        QVERIFY(store.saveNote(note));
        const QString bad = m_dir->filePath(QStringLiteral("bad-backup.sqlite"));
        if (!content.isEmpty())
            QVERIFY(writeFile(bad, content));

        const auto result = db.restoreFromBackup(bad);
        QCOMPARE(result.status, Database::Status::Failed);
        QVERIFY2(result.message.contains(reason), qPrintable(result.message));
        QVERIFY(db.isOpen());
        QCOMPARE(store.note(note.id)->body, QStringLiteral("live"));
        QVERIFY(store.saveNote(note));
        const QStringList files = QDir(m_dir->path()).entryList({QStringLiteral("dockprep.sqlite*")}, QDir::Files);
        for (const QString &file : files)
            QVERIFY2(!file.contains(QLatin1String("before-restore")) && !file.contains(QLatin1String("restoring")), qPrintable(file));
        if (!content.isEmpty())
            QCOMPARE(fileBytes(bad), content);
    }
};

QTEST_GUILESS_MAIN(TestStoreBackup)
#include "tst_store_backup.moc"
