// A damaged or unreadable database is moved aside and a fresh one made; the checks that find it.
#include "support/storetesting.h"

#include <QTest>

using namespace DockPrep;
using namespace StoreTesting;

class TestStoreRecovery : public QObject, protected StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(prepare()); }

    void movesUnreadableFileAside_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("empty file") << QStringLiteral("empty");
        QTest::newRow("random bytes") << QStringLiteral("random");
        QTest::newRow("random bytes with -wal and -shm") << QStringLiteral("random+companions");
        QTest::newRow("truncated database") << QStringLiteral("truncated");
        QTest::newRow("damaged page") << QStringLiteral("damaged");
    }

    void movesUnreadableFileAside()
    {
        QFETCH(QString, kind);
        const QString live = path();
        if (kind == QLatin1String("empty")) {
            QVERIFY(writeFile(live, {}));
        } else if (kind.startsWith(QLatin1String("random"))) {
            QVERIFY(writeFile(live, randomBytes(64 * 1024, 1)));
            if (kind.endsWith(QLatin1String("companions"))) {
                QVERIFY(writeFile(live + QStringLiteral("-wal"), randomBytes(4096, 2)));
                QVERIFY(writeFile(live + QStringLiteral("-shm"), randomBytes(32 * 1024, 3)));
            }
        } else {
            TestData::writeDamagedDatabase(live, kind == QLatin1String("truncated") ? TestData::Damage::Truncated : TestData::Damage::ScribbledPage);
            if (QTest::currentTestFailed())
                return;
        }
        const QByteArray original = fileBytes(live);
        const QByteArray originalWal = fileBytes(live + QStringLiteral("-wal"));
        const bool hadCompanions = QFile::exists(live + QStringLiteral("-wal"));

        Database db;
        db.setClock([] { return QDateTime(QDate(2025, 3, 1), QTime(10, 15, 30)); });
        const auto result = db.open(live);
        QCOMPARE(result.status, Database::Status::RecoveredFromCorruption);
        const QString aside = live + QStringLiteral(".corrupt-20250301-101530");
        QCOMPARE(result.movedAside, aside);
        QVERIFY2(result.message.contains(QDir::toNativeSeparators(aside)), qPrintable(result.message));
        QCOMPARE(fileBytes(aside), original);
        QCOMPARE(QFile::exists(aside + QStringLiteral("-wal")), hadCompanions);
        QCOMPARE(QFile::exists(aside + QStringLiteral("-shm")), hadCompanions);
        if (hadCompanions)
            QCOMPARE(fileBytes(aside + QStringLiteral("-wal")), originalWal);

        // The fresh database is complete and takes notes.
        QCOMPARE(db.userVersion(), Database::schemaVersion);
        NoteStore store(db);
        QVERIFY(store.allNotes().isEmpty());
        Note note{{}, {}, QStringLiteral("starting over"), {}, {}};
        QVERIFY(store.saveNote(note));
        QCOMPARE(store.allNotes().size(), 1);
    }

    // At start-up the app leaves quick_check to a worker behind the window; open() then reads the
    // header and schema only, which still catches a file that is not a database at all.
    void deferredCheckFindsWhatOpenLeftOut()
    {
        const QString live = path();
        TestData::writeDamagedDatabase(live, TestData::Damage::ScribbledPage);
        if (QTest::currentTestFailed())
            return;
        const QByteArray damaged = fileBytes(live);
        {
            Database db;
            const auto result = db.open(live, Database::IntegrityCheck::AfterUncleanShutdown);
            QVERIFY2(result.ok(), qPrintable(result.message));
            QVERIFY(!db.integrityChecked());
            const Database::FileCheck check = Database::checkFile(live);  // what the worker runs
            QCOMPARE(check.outcome, Database::FileCheck::Outcome::Damaged);
            QVERIFY(!check.message.isEmpty());
        }
        QCOMPARE(fileBytes(live), damaged);  // nothing moved or rewritten behind the user's back

        // What the next start does once that check has found damage.
        Database db;
        db.setClock([] { return QDateTime(QDate(2025, 3, 1), QTime(10, 15, 30)); });
        const auto result = db.open(live, Database::IntegrityCheck::BeforeUse);
        QCOMPARE(result.status, Database::Status::RecoveredFromCorruption);
        QVERIFY(db.integrityChecked());
        QCOMPARE(fileBytes(result.movedAside), damaged);
    }

    void deferredCheckStillCatchesWhatIsNoDatabase()
    {
        QVERIFY(writeFile(path(), randomBytes(64 * 1024, 7)));
        Database db;
        QCOMPARE(db.open(path(), Database::IntegrityCheck::AfterUncleanShutdown).status, Database::Status::RecoveredFromCorruption);
        QCOMPARE(Database::checkFile(path()).outcome, Database::FileCheck::Outcome::Sound);  // the new one
        QCOMPARE(Database::checkFile(path(QStringLiteral("missing/none.sqlite"))).outcome, Database::FileCheck::Outcome::Failed);
    }

    void uncleanShutdownMeansCheckingBeforeUse()
    {
        // A copy of a live database with its write-ahead log, as a crash or kill -9 leaves it.
        Database writer;
        QVERIFY(writer.open(path()).ok());
        NoteStore store(writer);
        Note note{{}, {}, QStringLiteral("saved just before the crash"), {}, {}};
        QVERIFY(store.saveNote(note));
        QVERIFY(QFile::exists(path() + QStringLiteral("-wal")));
        const QString copy = path(QStringLiteral("crashed.sqlite"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            QVERIFY(QFile::copy(path() + suffix, copy + suffix));

        Database db;
        QCOMPARE(db.open(copy, Database::IntegrityCheck::AfterUncleanShutdown).status, Database::Status::Ok);
        QVERIFY(db.integrityChecked());
        QCOMPARE(NoteStore(db).note(note.id)->body, note.body);

        // Closed cleanly this time: the next open leaves the check to the worker.
        db.close();
        QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
        QCOMPARE(db.open(copy, Database::IntegrityCheck::AfterUncleanShutdown).status, Database::Status::Ok);
        QVERIFY(!db.integrityChecked());
    }

    void secondRecoveryInTheSameSecondKeepsBoth()
    {
        const auto stamp = [] { return QDateTime(QDate(2025, 3, 1), QTime(10, 15, 30)); };
        QVERIFY(writeFile(path(), randomBytes(4096, 5)));
        {
            Database db;
            db.setClock(stamp);
            QCOMPARE(db.open(path()).status, Database::Status::RecoveredFromCorruption);
        }
        QVERIFY(writeFile(path(), randomBytes(4096, 6)));
        Database db;
        db.setClock(stamp);
        const auto result = db.open(path());
        QCOMPARE(result.status, Database::Status::RecoveredFromCorruption);
        QCOMPARE(result.movedAside, path() + QStringLiteral(".corrupt-20250301-101530-2"));
        QCOMPARE(fileBytes(path() + QStringLiteral(".corrupt-20250301-101530")), randomBytes(4096, 5));
        QCOMPARE(fileBytes(result.movedAside), randomBytes(4096, 6));
    }

    void leavesOtherFilesAlone()
    {
        // A folder at the path: not ours to move.
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.sqlite")));
        {
            Database db;
            const auto result = db.open(path(QStringLiteral("folder.sqlite")));
            QCOMPARE(result.status, Database::Status::Failed);
            QVERIFY(!result.message.isEmpty());
        }
        QVERIFY(QFileInfo(path(QStringLiteral("folder.sqlite"))).isDir());

        // Another program's healthy SQLite database: readable, but never turned into ours.
        {
            RawConnection raw(path(QStringLiteral("other.sqlite")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        }
        const QByteArray before = fileBytes(path(QStringLiteral("other.sqlite")));
        {
            Database db;
            const auto result = db.open(path(QStringLiteral("other.sqlite")));
            QCOMPARE(result.status, Database::Status::Failed);
            QVERIFY2(result.message.contains(QStringLiteral("not DockPrep's")), qPrintable(result.message));
        }
        QCOMPARE(fileBytes(path(QStringLiteral("other.sqlite"))), before);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("other.sqlite")});
    }
};

QTEST_GUILESS_MAIN(TestStoreRecovery)
#include "tst_store_recovery.moc"
