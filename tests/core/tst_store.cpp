#include "../damageddatabase.h"
#include "review/reviewstore.h"
#include "store/database.h"
#include "store/notestore.h"
#include "store/notetarget.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <thread>

using namespace DockPrep;

namespace {

// Version 1 of the schema exactly as it shipped. Written out here rather than taken from the
// code, so an edit to migrateTo1() cannot make the upgrade test pass against a database no user
// ever had.
const QStringList version1Schema{
    QStringLiteral("CREATE TABLE notes (num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
                   " target TEXT NOT NULL DEFAULT '', body TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX notes_by_target ON notes(target)"),
    QStringLiteral("CREATE TABLE bookmarks (entry_id TEXT PRIMARY KEY NOT NULL, label TEXT NOT NULL DEFAULT '',"
                   " created TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE progress (entry_id TEXT PRIMARY KEY NOT NULL,"
                   " studied INTEGER NOT NULL DEFAULT 0 CHECK (studied IN (0, 1)), studied_at TEXT, last_seen TEXT)"),
};

// Versions 2 and 3 as they shipped, written out for the same reason: each is the previous one
// plus what its migration added.
const QStringList version2Additions{
    QStringLiteral("CREATE VIRTUAL TABLE entries_fts USING fts5(entry_id UNINDEXED, title, question, answer, key_points,"
                   " snippets, tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
    QStringLiteral("CREATE VIRTUAL TABLE notes_fts USING fts5(body, content = 'notes', content_rowid = 'num',"
                   " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
    QStringLiteral("CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN"
                   " INSERT INTO notes_fts(rowid, body) VALUES (new.num, new.body); END"),
    QStringLiteral("CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN"
                   " INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.num, old.body); END"),
    QStringLiteral("CREATE TRIGGER notes_fts_update AFTER UPDATE ON notes BEGIN"
                   " INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.num, old.body);"
                   " INSERT INTO notes_fts(rowid, body) VALUES (new.num, new.body); END"),
    QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
};
const QStringList version3Additions{
    QStringLiteral("CREATE TABLE challenge_attempts (challenge_id TEXT PRIMARY KEY NOT NULL, body TEXT NOT NULL,"
                   " passed INTEGER NOT NULL DEFAULT 0 CHECK (passed IN (0, 1)), hints_shown INTEGER NOT NULL DEFAULT 0,"
                   " updated TEXT NOT NULL)"),
};
const QStringList version4Additions{
    QStringLiteral("CREATE TABLE interview_sessions (id INTEGER PRIMARY KEY, config TEXT NOT NULL, started TEXT NOT NULL,"
                   " updated TEXT NOT NULL, finished TEXT, state TEXT NOT NULL DEFAULT 'incomplete'"
                   " CHECK (state IN ('incomplete', 'finished', 'abandoned')), score INTEGER)"),
    QStringLiteral("CREATE TABLE interview_questions (session_id INTEGER NOT NULL REFERENCES interview_sessions(id) ON DELETE CASCADE,"
                   " position INTEGER NOT NULL, entry_id TEXT NOT NULL, chapter_id TEXT NOT NULL, level TEXT NOT NULL,"
                   " key_point_count INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT 'pending',"
                   " answer TEXT NOT NULL DEFAULT '', used_ms INTEGER NOT NULL DEFAULT 0, paused_ms INTEGER NOT NULL DEFAULT 0,"
                   " overtime_ms INTEGER NOT NULL DEFAULT 0, reached_zero INTEGER NOT NULL DEFAULT 0 CHECK (reached_zero IN (0, 1)),"
                   " key_points_ticked TEXT NOT NULL DEFAULT '', technical INTEGER, communication INTEGER, production INTEGER,"
                   " leadership INTEGER, score INTEGER, PRIMARY KEY (session_id, position))"),
    QStringLiteral("CREATE INDEX interview_questions_by_entry ON interview_questions(entry_id)"),
    QStringLiteral("CREATE TABLE review_schedule (entry_id TEXT PRIMARY KEY NOT NULL, repetitions INTEGER NOT NULL,"
                   " interval_days INTEGER NOT NULL, ease_centi INTEGER NOT NULL, due TEXT NOT NULL,"
                   " last_score INTEGER NOT NULL, last_reviewed TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX review_schedule_by_due ON review_schedule(due)"),
};
const QStringList version5Additions{
    QStringLiteral("ALTER TABLE notes ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"),
    QStringLiteral("ALTER TABLE notes ADD COLUMN conflict_of TEXT NOT NULL DEFAULT ''"),
};

QStringList schemaOfVersion(int version)
{
    QStringList statements = version1Schema;
    if (version >= 2)
        statements += version2Additions;
    if (version >= 3)
        statements += version3Additions;
    if (version >= 4)
        statements += version4Additions;
    if (version >= 5)
        statements += version5Additions;
    return statements;
}

// A plain connection the test controls completely, to build and inspect files behind
// Database's back.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        if (!m_db.open())
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(m_db.lastError().text()));
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }
    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }
    bool hasObject(const QString &name)
    {
        return value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"), {name}).toInt() == 1;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (char &byte : data)
        byte = char(generator.bounded(256));
    return data;
}

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now = utc(QStringLiteral("2025-03-01T10:15:00Z"));

    QString path(const QString &name = QStringLiteral("dockprep.sqlite")) const { return m_dir->filePath(name); }
    Clock clock()
    {
        return [this] { return m_now; };
    }

    // A database with the current schema and one note, closed again.
    QString makeDatabaseWithNote(const QString &name, const QString &body)
    {
        Database db;
        if (!db.open(path(name)).ok())
            return {};
        NoteStore store(db);
        Note note{{}, {}, body, {}, {}};
        if (!store.saveNote(note))
            return {};
        return note.id;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_now = utc(QStringLiteral("2025-03-01T10:15:00Z"));
    }

    void createsFreshDatabase()
    {
        {
            Database db;
            const auto result = db.open(path());
            QCOMPARE(result.status, Database::Status::CreatedNew);
            QVERIFY2(result.message.contains(QStringLiteral("Created")), qPrintable(result.message));
            QVERIFY(db.isOpen());
            QVERIFY(!db.isReadOnly());
            QCOMPARE(db.userVersion(), Database::schemaVersion);
        }
        RawConnection raw(path());
        for (const char *table : {"notes", "bookmarks", "progress", "meta", "notes_fts", "entries_fts", "challenge_attempts",
                                  "interview_sessions", "interview_questions", "review_schedule"})
            QVERIFY2(raw.hasObject(QLatin1String(table)), table);
        Database again;
        QCOMPARE(again.open(path()).status, Database::Status::Ok);
    }

    void pragmasAreInEffect()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        QSqlQuery query = db.query();
        const auto pragma = [&](const QString &name) {
            return db.exec(query, QStringLiteral("PRAGMA ") + name) && query.next() ? query.value(0) : QVariant();
        };
        QCOMPARE(pragma(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(QStringLiteral("synchronous")).toInt(), 1);  // NORMAL
        QCOMPARE(pragma(QStringLiteral("busy_timeout")).toInt(), 5000);
    }

    void savesUpdatesAndDeletesNotes()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        NoteStore store(db);
        store.setClock(clock());
        QSignalSpy saved(&store, &NoteStore::noteSaved);
        QSignalSpy deleted(&store, &NoteStore::noteDeleted);

        const QDateTime t0 = m_now;
        Note note{{}, NoteTarget::entry(QStringLiteral("first-image")).toString(), QStringLiteral("Layers are **cached**."), {}, {}};
        QString error;
        QVERIFY2(store.saveNote(note, &error), qPrintable(error));
        QVERIFY(!QUuid::fromString(note.id).isNull());
        QCOMPARE(note.created, t0);
        QCOMPARE(note.updated, t0);
        QCOMPARE(saved.size(), 1);

        m_now = m_now.addSecs(90);
        const QDateTime t1 = m_now;
        note.body = QStringLiteral("Layers are cached; RUN ordering matters.");
        QVERIFY(store.saveNote(note));
        QCOMPARE(note.created, t0);
        QCOMPARE(note.updated, t1);
        QCOMPARE(saved.size(), 2);

        // An autosave of unchanged text is not an edit.
        m_now = m_now.addSecs(90);
        QVERIFY(store.saveNote(note));
        QCOMPARE(note.updated, t1);
        QCOMPARE(saved.size(), 2);

        const auto stored = store.note(note.id);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->body, note.body);
        QCOMPARE(stored->target, note.target);
        QCOMPARE(stored->created, t0);
        QCOMPARE(stored->updated, t1);
        QCOMPARE(stored->created.timeSpec(), Qt::UTC);

        // Text that would break SQL built by concatenation goes through bound values untouched.
        Note tricky{{}, {}, QStringLiteral("'); DROP TABLE notes; -- \"quoted\" ü 🐳\n\tnext line"), {}, {}};
        QVERIFY(store.saveNote(tricky));
        QCOMPARE(store.note(tricky.id)->body, tricky.body);

        // An imported note keeps its id and creation time.
        const QString importedId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Note imported{importedId, QStringLiteral("diagram:engine-chain#containerd"), QStringLiteral("from export"),
                      utc(QStringLiteral("2024-01-02T03:04:05Z")), {}};
        QVERIFY(store.saveNote(imported));
        QCOMPARE(imported.id, importedId);
        QCOMPARE(imported.created, utc(QStringLiteral("2024-01-02T03:04:05Z")));

        QCOMPARE(store.notesFor(note.target).size(), 1);
        QCOMPARE(store.notesFor(QString()).size(), 1);  // the free-standing one
        const QList<Note> all = store.allNotes();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().id, importedId);  // oldest first

        QVERIFY(store.deleteNote(note.id, &error));
        QVERIFY(!store.note(note.id).has_value());
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.first().first().toString(), note.id);
        QVERIFY(!store.deleteNote(note.id, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.allNotes().size(), 2);
    }

    // Two DockPrep windows on one data folder: the one left open with older text must not
    // overwrite what the other saved. Both texts are kept; the older one as a conflicted copy.
    void staleSaveNeverOverwritesANewerVersion()
    {
        Database mine;
        QVERIFY(mine.open(path()).ok());
        Database theirs;
        QVERIFY(theirs.open(path()).ok());
        NoteStore myStore(mine);
        NoteStore theirStore(theirs);

        Note note{{}, NoteTarget::entry(QStringLiteral("first-image")).toString(), QStringLiteral("read by both"), {}, {}};
        QVERIFY(myStore.saveNote(note));
        QCOMPARE(note.revision, qint64(1));
        Note theirCopy = *theirStore.note(note.id);
        QCOMPARE(theirCopy.revision, qint64(1));
        theirCopy.body = QStringLiteral("their newer text");
        QVERIFY(theirStore.saveNote(theirCopy));
        QCOMPARE(theirCopy.revision, qint64(2));

        QSignalSpy saved(&myStore, &NoteStore::noteSaved);
        Note stale = note;
        stale.body = QStringLiteral("my older text, edited");
        QString error;
        QVERIFY2(myStore.saveNote(stale, &error), qPrintable(error));
        QVERIFY(stale.id != note.id);
        QCOMPARE(stale.conflictOf, note.id);
        QCOMPARE(stale.target, note.target);
        QCOMPARE(stale.revision, qint64(1));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().value<Note>().id, stale.id);

        QCOMPARE(myStore.note(note.id)->body, QStringLiteral("their newer text"));
        QCOMPARE(myStore.note(stale.id)->body, QStringLiteral("my older text, edited"));
        QCOMPARE(myStore.note(stale.id)->conflictOf, note.id);
        QCOMPARE(myStore.notesFor(note.target).size(), 2);
        // Both are found by search, like any note.
        QSqlQuery query = mine.query();
        QVERIFY(mine.exec(query, QStringLiteral("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'text'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }

    void saveBasedOnTheLatestVersionUpdatesInPlace()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        NoteStore store(db);
        Note note{{}, {}, QStringLiteral("one"), {}, {}};
        QVERIFY(store.saveNote(note));
        for (int edit = 2; edit <= 4; ++edit) {
            note.body = QString::number(edit);
            QVERIFY(store.saveNote(note));
            QCOMPARE(note.revision, qint64(edit));
            QVERIFY(note.conflictOf.isEmpty());
        }
        QCOMPARE(store.allNotes().size(), 1);

        // The same text from an older read is no conflict: there is nothing to keep twice.
        Note older = note;
        older.revision = 1;
        QVERIFY(store.saveNote(older));
        QCOMPARE(older.id, note.id);
        QCOMPARE(older.revision, qint64(4));
        QCOMPARE(store.allNotes().size(), 1);

        // A note deleted elsewhere while still being edited here is written again, not dropped.
        QVERIFY(store.deleteNote(note.id));
        note.body = QStringLiteral("typed after the delete");
        QVERIFY(store.saveNote(note));
        QCOMPARE(store.note(note.id)->body, QStringLiteral("typed after the delete"));
        QVERIFY(store.note(note.id)->conflictOf.isEmpty());
    }

    void failedSaveLeavesNoteAsItWas()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        NoteStore store(db);
        Note note{{}, {}, QStringLiteral("original"), {}, {}};
        QVERIFY(store.saveNote(note));
        // A temporary trigger lives on this connection only and makes every update fail.
        QVERIFY(db.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE UPDATE ON notes"
                                       " BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
        QSignalSpy saved(&store, &NoteStore::noteSaved);
        note.body = QStringLiteral("changed");
        QString error;
        QVERIFY(!store.saveNote(note, &error));
        QVERIFY2(error.contains(QStringLiteral("disk says no")), qPrintable(error));
        QCOMPARE(saved.size(), 0);
        QCOMPARE(store.note(note.id)->body, QStringLiteral("original"));
        // The failed save left no transaction open: the next change goes through.
        QVERIFY(db.exec(QStringLiteral("DROP TRIGGER temp.refuse")));
        QVERIFY2(store.saveNote(note, &error), qPrintable(error));
        QCOMPARE(store.note(note.id)->body, QStringLiteral("changed"));
    }

    void refusesWritesWhenClosed()
    {
        Database db;
        NoteStore store(db);
        Note note{{}, {}, QStringLiteral("x"), {}, {}};
        QString error;
        QVERIFY(!store.saveNote(note, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(store.allNotes().isEmpty());
    }

    void bookmarks()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        NoteStore store(db);
        store.setClock(clock());
        QSignalSpy changed(&store, &NoteStore::bookmarkChanged);
        const QString first = QStringLiteral("first-image");
        const QString second = QStringLiteral("second-run");

        const QDateTime t0 = m_now;
        QVERIFY(store.setBookmark(first, true, QStringLiteral("revise")));
        m_now = m_now.addSecs(60);
        QVERIFY(store.setBookmark(second, true));
        QVERIFY(store.setBookmark(first, true, QStringLiteral("revise before Friday")));
        QVERIFY(store.setBookmark(first, true, QStringLiteral("revise before Friday")));  // no change
        QCOMPARE(changed.size(), 3);

        QList<Bookmark> list = store.bookmarks();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).entryId, first);
        QCOMPARE(list.at(0).label, QStringLiteral("revise before Friday"));
        QCOMPARE(list.at(0).created, t0);  // relabelling keeps the date
        QCOMPARE(list.at(1).entryId, second);
        QCOMPARE(list.at(1).label, QString());
        QVERIFY(store.isBookmarked(first));

        QVERIFY(store.setBookmark(first, false));
        QVERIFY(!store.isBookmarked(first));
        QCOMPARE(changed.size(), 4);
        QCOMPARE(changed.last().at(1).toBool(), false);
        QVERIFY(store.setBookmark(first, false));  // already off: fine, no signal
        QCOMPARE(changed.size(), 4);
        QCOMPARE(store.bookmarks().size(), 1);
        QVERIFY(!store.setBookmark(QString(), true));
    }

    void progress()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        NoteStore store(db);
        store.setClock(clock());
        QSignalSpy changed(&store, &NoteStore::progressChanged);
        const QString entry = QStringLiteral("third-kernel");

        QVERIFY(!store.lastSeen(entry).isValid());
        QVERIFY(store.touch(entry));
        QCOMPARE(store.lastSeen(entry), m_now);
        QVERIFY(store.studiedEntries().isEmpty());  // seeing is not studying

        QVERIFY(store.markStudied(entry, true));
        QVERIFY(store.markStudied(QStringLiteral("first-image"), true));
        QCOMPARE(store.studiedEntries(), (QSet<QString>{entry, QStringLiteral("first-image")}));
        QVERIFY(store.markStudied(entry, true));  // no change
        const auto signalsSoFar = changed.size();
        QCOMPARE(signalsSoFar, 3);

        m_now = m_now.addDays(2);
        QVERIFY(store.touch(entry));
        QCOMPARE(store.lastSeen(entry), m_now);
        QVERIFY(store.markStudied(entry, false));
        QCOMPARE(store.studiedEntries(), QSet<QString>{QStringLiteral("first-image")});
        QCOMPARE(store.lastSeen(entry), m_now);  // unmarking keeps the history of visits
        QCOMPARE(changed.size(), signalsSoFar + 2);
    }

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
        QVERIFY2(version <= 5, "write the schema of the new version out in this test");
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

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
