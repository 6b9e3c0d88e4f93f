// Upgrading databases of every earlier schema version, and refusing what cannot be upgraded.
#include "support/storetesting.h"
#include "store/reviewstore.h"

#include <QTest>

using namespace DockPrep;
using namespace StoreTesting;

class TestStoreMigration : public QObject, protected StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(prepare()); }

    void upgradesVersion1()
    {
        const QString noteId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            RawConnection raw(path());
            for (const QString &statement : version1Schema)
                QVERIFY(raw.exec(statement));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (id, target, body, created, updated) VALUES (?, ?, ?, ?, ?)"),
                             {noteId, QStringLiteral("entry:second-run"), QStringLiteral("written before search existed, about overlayfs"),
                              QStringLiteral("2024-05-06T07:08:09.000Z"), QStringLiteral("2024-05-07T07:08:09.000Z")}));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO bookmarks (entry_id, label, created) VALUES ('first-image', 'old', '2024-05-06T00:00:00.000Z')")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO progress (entry_id, studied, studied_at, last_seen)"
                                            " VALUES ('third-kernel', 1, '2024-05-06T00:00:00.000Z', '2024-05-08T00:00:00.000Z')")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        }

        Database db;
        const auto result = db.open(path());
        QCOMPARE(result.status, Database::Status::Ok);
        QVERIFY2(result.message.contains(QStringLiteral("upgraded")), qPrintable(result.message));
        QCOMPARE(db.userVersion(), Database::schemaVersion);

        NoteStore store(db);
        const auto note = store.note(noteId);
        QVERIFY(note.has_value());
        QCOMPARE(note->target, QStringLiteral("entry:second-run"));
        QCOMPARE(note->created, utc(QStringLiteral("2024-05-06T07:08:09Z")));
        QCOMPARE(note->updated, utc(QStringLiteral("2024-05-07T07:08:09Z")));
        QCOMPARE(store.bookmarks().size(), 1);
        QCOMPARE(store.bookmarks().first().label, QStringLiteral("old"));
        QCOMPARE(store.studiedEntries(), QSet<QString>{QStringLiteral("third-kernel")});
        QCOMPARE(store.lastSeen(QStringLiteral("third-kernel")), utc(QStringLiteral("2024-05-08T00:00:00Z")));

        // The upgrade indexed the notes that were already there.
        QSqlQuery query = db.query();
        QVERIFY(db.exec(query, QStringLiteral("SELECT n.id FROM notes_fts JOIN notes AS n ON n.num = notes_fts.rowid"
                                              " WHERE notes_fts MATCH ?"),
                        {QStringLiteral("overlayfs")}));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), noteId);
    }

    void migratesSm2ScheduleToFsrs()
    {
        // A data version 5 file with the SM-2 schedule: a question on a 6-day interval at ease 2.50
        // and one just forgotten (1 day, ease 1.30).
        {
            RawConnection raw(path());
            for (const QString &statement : schemaOfVersion(5))
                QVERIFY(raw.exec(statement));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO review_schedule VALUES ('first-image', 2, 6, 250, '2025-01-07', 80, '2025-01-01')")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO review_schedule VALUES ('second-run', 0, 1, 130, '2025-01-02', 20, '2025-01-01')")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 5")));
        }
        Database db;
        QCOMPARE(db.open(path()).status, Database::Status::Ok);
        QCOMPARE(db.userVersion(), Database::schemaVersion);
        ReviewStore reviews(db);
        // S = the interval (6); D = 11 − (2.50 − 1) / (e^w8 · 6^(−w9) · (e^(0.1 · w10) − 1))
        //   = 11 − 1.5 / (4.691489 · 0.807689 · 0.107300) = 11 − 1.5 / 0.406590 = 7.310778.
        const ReviewState kept = *reviews.state(QStringLiteral("first-image"));
        QCOMPARE(kept.stability, 6.0);
        QVERIFY2(qAbs(kept.difficulty - 7.310778) < 1e-4, qPrintable(QString::number(kept.difficulty)));
        QCOMPARE(kept.due, QDate(2025, 1, 7));  // the user's queue does not move
        QCOMPARE(kept.lastReviewed, QDate(2025, 1, 1));
        QCOMPARE(kept.reviews, 2);
        QCOMPARE(kept.lastScore, 80);
        QCOMPARE(kept.lastGrade, int(Fsrs::Grade::Good));
        // Ease 1.30 at 1 day solves to D = 10.40, held at the maximum of 10.
        const ReviewState lapsed = *reviews.state(QStringLiteral("second-run"));
        QCOMPARE(lapsed.stability, 1.0);
        QCOMPARE(lapsed.difficulty, 10.0);
        QCOMPARE(lapsed.reviews, 1);
        QCOMPARE(lapsed.lastGrade, int(Fsrs::Grade::Again));
        QCOMPARE(reviews.dueEntries(QDate(2025, 1, 7)), (QStringList{QStringLiteral("second-run"), QStringLiteral("first-image")}));
        // The next review runs on from the converted memory: 6 days after the last, R = 0.9 exactly,
        // and Good grows S by e^w8 · (11 − D) · 6^(−w9) · (e^(0.1 · w10) − 1) = 0.406590 · 3.689222 = 1.5,
        // the ease SM-2 would have applied: S′ = 6 · 2.5 = 15.
        const ReviewState next = ReviewScheduler::next(kept, Fsrs::Grade::Good, QDate(2025, 1, 7));
        QVERIFY2(qAbs(next.stability - 15.0) < 1e-6, qPrintable(QString::number(next.stability)));
    }

    void upgradesEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < Database::schemaVersion; ++version)
            QTest::addRow("version %d", version) << version;
    }

    void upgradesEveryEarlierVersion()
    {
        QFETCH(int, version);
        QVERIFY2(version <= 6, "write the schema of the new version out in this test");
        {
            RawConnection raw(path());
            for (const QString &statement : schemaOfVersion(version))
                QVERIFY(raw.exec(statement));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (id, target, body, created, updated) VALUES (?, ?, ?, ?, ?)"),
                             {QStringLiteral("kept-note"), QStringLiteral("entry:first-image"), QStringLiteral("about overlayfs upper dirs"),
                              QStringLiteral("2024-05-06T07:08:09.000Z"), QStringLiteral("2024-05-07T07:08:09.000Z")}));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO bookmarks (entry_id, label, created) VALUES ('first-image', 'mark', '2024-05-06T00:00:00.000Z')")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO progress (entry_id, studied, studied_at, last_seen)"
                                            " VALUES ('third-kernel', 1, '2024-05-06T00:00:00.000Z', '2024-05-08T00:00:00.000Z')")));
            if (version >= 2)
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('curriculum-hash', 'abc123')")));
            if (version >= 3) {
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO challenge_attempts (challenge_id, body, passed, hints_shown, updated)"
                                                " VALUES ('slim-image', 'FROM alpine', 1, 2, '2024-05-09T00:00:00.000Z')")));
            }
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        }

        {
            Database db;
            const auto result = db.open(path());
            QCOMPARE(result.status, Database::Status::Ok);
            QVERIFY2(result.message.contains(QStringLiteral("upgraded")), qPrintable(result.message));
            QCOMPARE(db.userVersion(), Database::schemaVersion);
            NoteStore store(db);
            QCOMPARE(store.note(QStringLiteral("kept-note"))->body, QStringLiteral("about overlayfs upper dirs"));
            QCOMPARE(store.note(QStringLiteral("kept-note"))->updated, utc(QStringLiteral("2024-05-07T07:08:09Z")));
            // Notes from before revisions start at 1, and are no conflicted copies.
            QCOMPARE(store.note(QStringLiteral("kept-note"))->revision, qint64(1));
            QVERIFY(store.note(QStringLiteral("kept-note"))->conflictOf.isEmpty());
            QCOMPARE(store.bookmarks().first().label, QStringLiteral("mark"));
            QCOMPARE(store.studiedEntries(), QSet<QString>{QStringLiteral("third-kernel")});
            QSqlQuery query = db.query();
            QVERIFY(db.exec(query, QStringLiteral("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'overlayfs'")));
            QVERIFY(query.next());
            // The interview tables work: a session with a question, and the review schedule.
            QVERIFY(db.exec(QStringLiteral("INSERT INTO interview_sessions (config, started, updated) VALUES ('{}', 'a', 'b')")));
            QVERIFY(db.exec(QStringLiteral("INSERT INTO interview_questions (session_id, position, entry_id, chapter_id, level)"
                                           " VALUES (1, 0, 'first-image', 'basics', 'junior')")));
            // Spoken answers (version 7): every older question has no recording and no figures.
            QSqlQuery spoken = db.query();
            QVERIFY(db.exec(spoken, QStringLiteral("SELECT recording || '/' || delivery FROM interview_questions")) && spoken.next());
            QCOMPARE(spoken.value(0).toString(), QStringLiteral("/"));
            ReviewState state = ReviewScheduler::next({}, Fsrs::Grade::Good, QDate(2025, 1, 1));
            state.entryId = QStringLiteral("first-image");
            QString error;
            QVERIFY2(ReviewStore::writeRow(db, state, &error), qPrintable(error));
            // A question cannot outlive its session.
            QVERIFY(db.exec(QStringLiteral("DELETE FROM interview_sessions")));
            QSqlQuery left = db.query();
            QVERIFY(db.exec(left, QStringLiteral("SELECT count(*) FROM interview_questions")) && left.next());
            QCOMPARE(left.value(0).toInt(), 0);
        }
        RawConnection raw(path());
        if (version >= 2)
            QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'curriculum-hash'")).toString(), QStringLiteral("abc123"));
        if (version >= 3) {
            QCOMPARE(raw.value(QStringLiteral("SELECT body || '/' || passed || '/' || hints_shown FROM challenge_attempts"
                                              " WHERE challenge_id = 'slim-image'")).toString(),
                     QStringLiteral("FROM alpine/1/2"));
        }
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM review_schedule")).toInt(), 1);
    }

    void failedUpgradeRollsBack()
    {
        {
            RawConnection raw(path());
            for (const QString &statement : version1Schema)
                QVERIFY(raw.exec(statement));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (id, body, created, updated) VALUES ('n1', 'keep me', 'a', 'b')")));
            // Something a version 1 database could hold that version 2 wants to create.
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE meta (something_else INTEGER)")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        const QByteArray before = fileBytes(path());
        QVERIFY(!before.isEmpty());
        {
            Database db;
            const auto result = db.open(path());
            QCOMPARE(result.status, Database::Status::Failed);
            QVERIFY2(result.message.contains(QStringLiteral("from data version 1 to %1").arg(Database::schemaVersion)), qPrintable(result.message));
            QVERIFY2(result.message.contains(QStringLiteral("meta")), qPrintable(result.message));
            QVERIFY(!db.isOpen());
        }
        QCOMPARE(fileBytes(path()), before);
        QVERIFY(!QFile::exists(path() + QStringLiteral("-journal")));
        RawConnection raw(path());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        // The statements that ran before the failing one were rolled back with it.
        QVERIFY(!raw.hasObject(QStringLiteral("notes_fts")));
        QVERIFY(!raw.hasObject(QStringLiteral("notes_fts_insert")));
        QCOMPARE(raw.value(QStringLiteral("SELECT body FROM notes WHERE id = 'n1'")).toString(), QStringLiteral("keep me"));
    }

    void newerSchemaIsReadOnly()
    {
        const QString noteId = makeDatabaseWithNote(QStringLiteral("dockprep.sqlite"), QStringLiteral("from the future"));
        QVERIFY(!noteId.isEmpty());
        {
            RawConnection raw(path());
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QByteArray before = fileBytes(path());
        {
            Database db;
            const auto result = db.open(path());
            QCOMPARE(result.status, Database::Status::NewerSchemaReadOnly);
            QVERIFY2(result.message.contains(QStringLiteral("read-only")), qPrintable(result.message));
            QVERIFY(db.isReadOnly());
            QCOMPARE(db.userVersion(), 99);
            NoteStore store(db);
            QCOMPARE(store.note(noteId)->body, QStringLiteral("from the future"));
            Note note{{}, {}, QStringLiteral("new"), {}, {}};
            QString error;
            QVERIFY(!store.saveNote(note, &error));
            QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
            QVERIFY(!store.setBookmark(QStringLiteral("first-image"), true));
            QVERIFY(!store.deleteNote(noteId));
            // Even behind the store's back, the connection itself cannot write.
            QVERIFY(!db.exec(QStringLiteral("DELETE FROM notes")));
        }
        QCOMPARE(fileBytes(path()), before);
        RawConnection raw(path());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 99);
    }
};

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_store_migration.moc"
