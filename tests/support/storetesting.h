#pragma once

// What the store's tests share: the schemas of every earlier version as they shipped, a raw
// SQLite connection behind Database's back, file helpers, and a fixture with a fresh folder and a
// settable clock per test.

#include "support/damageddatabase.h"
#include "store/database.h"
#include "store/notestore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace StoreTesting {

using namespace DockPrep;

// Version 1 of the schema exactly as it shipped. Written out here rather than taken from the
// code, so an edit to migrateTo1() cannot make the upgrade test pass against a database no user
// ever had.
inline const QStringList version1Schema{
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
inline const QStringList version2Additions{
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
inline const QStringList version3Additions{
    QStringLiteral("CREATE TABLE challenge_attempts (challenge_id TEXT PRIMARY KEY NOT NULL, body TEXT NOT NULL,"
                   " passed INTEGER NOT NULL DEFAULT 0 CHECK (passed IN (0, 1)), hints_shown INTEGER NOT NULL DEFAULT 0,"
                   " updated TEXT NOT NULL)"),
};
inline const QStringList version4Additions{
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
inline const QStringList version5Additions{
    QStringLiteral("ALTER TABLE notes ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"),
    QStringLiteral("ALTER TABLE notes ADD COLUMN conflict_of TEXT NOT NULL DEFAULT ''"),
};

// Version 6 replaced the SM-2 schedule with FSRS states.
inline const QStringList version6Additions{
    QStringLiteral("DROP TABLE review_schedule"),
    QStringLiteral("CREATE TABLE review_schedule (entry_id TEXT PRIMARY KEY NOT NULL, stability REAL NOT NULL,"
                   " difficulty REAL NOT NULL, reviews INTEGER NOT NULL, lapses INTEGER NOT NULL DEFAULT 0,"
                   " last_grade INTEGER NOT NULL DEFAULT 0, due TEXT NOT NULL, last_score INTEGER NOT NULL DEFAULT -1,"
                   " last_reviewed TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX review_schedule_by_due ON review_schedule(due)"),
};

inline QStringList schemaOfVersion(int version)
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
    if (version >= 6)
        statements += version6Additions;
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

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (char &byte : data)
        byte = char(generator.bounded(256));
    return data;
}

inline QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

// Each test function gets a fresh folder and the clock at a fixed time (call prepare() from init()).
class StoreFixture
{
protected:
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

    bool prepare()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_now = utc(QStringLiteral("2025-03-01T10:15:00Z"));
        return m_dir->isValid();
    }
};

} // namespace StoreTesting
