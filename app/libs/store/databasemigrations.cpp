// The schema's history: one step per version, each in a transaction of its own, so a failed step
// leaves the database at the version before it (Database::open runs them; the rest of Database
// is in database.cpp).
#include "store/database.h"

#include "review/reviewschedule.h"

#include <QDate>
#include <QSqlQuery>

#include <iterator>

namespace DockPrep {

bool Database::migrate(int from, QString *error)
{
    using Step = bool (Database::*)(QString *);
    static constexpr Step steps[] = {&Database::migrateTo1, &Database::migrateTo2, &Database::migrateTo3,
                                     &Database::migrateTo4, &Database::migrateTo5, &Database::migrateTo6,
                                     &Database::migrateTo7};
    static_assert(std::size(steps) == schemaVersion, "one migration step per schema version");

    for (int version = from; version < schemaVersion; ++version) {
        Transaction transaction(*this);
        if (!transaction.isActive()) {
            *error = transaction.error();
            return false;
        }
        QString stepError;
        // PRAGMA takes no bound values; the number comes from this code, never from input.
        const bool ok = (this->*steps[version])(&stepError)
            && exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1), {}, &stepError)
            && transaction.commit();
        if (!ok) {
            *error = stepError.isEmpty() ? transaction.error() : stepError;
            return false;
        }
    }
    return true;
}

bool Database::execAll(const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        if (!exec(statement, {}, error))
            return false;
    }
    return true;
}

bool Database::migrateTo1(QString *error)
{
    // `num` gives each note a stable integer rowid: VACUUM (and so every VACUUM INTO backup) may
    // renumber implicit rowids, and the full-text index refers to notes by rowid.
    return execAll({QStringLiteral("CREATE TABLE notes ("
                                   " num INTEGER PRIMARY KEY,"
                                   " id TEXT NOT NULL UNIQUE,"
                                   " target TEXT NOT NULL DEFAULT '',"
                                   " body TEXT NOT NULL,"
                                   " created TEXT NOT NULL,"
                                   " updated TEXT NOT NULL)"),
                    QStringLiteral("CREATE INDEX notes_by_target ON notes(target)"),
                    QStringLiteral("CREATE TABLE bookmarks ("
                                   " entry_id TEXT PRIMARY KEY NOT NULL,"
                                   " label TEXT NOT NULL DEFAULT '',"
                                   " created TEXT NOT NULL)"),
                    QStringLiteral("CREATE TABLE progress ("
                                   " entry_id TEXT PRIMARY KEY NOT NULL,"
                                   " studied INTEGER NOT NULL DEFAULT 0 CHECK (studied IN (0, 1)),"
                                   " studied_at TEXT,"
                                   " last_seen TEXT)")},
                   error);
}

bool Database::migrateTo2(QString *error)
{
    // Full-text search over the curriculum (filled by Search::indexCurriculum) and over notes.
    // The notes index borrows its text from `notes`; the triggers keep it in step, and delete
    // and update must hand FTS5 the OLD text or the removed words stay findable.
    return execAll({QStringLiteral("CREATE VIRTUAL TABLE entries_fts USING fts5("
                                   "entry_id UNINDEXED, title, question, answer, key_points, snippets, tags,"
                                   " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
                    QStringLiteral("CREATE VIRTUAL TABLE notes_fts USING fts5("
                                   "body, content = 'notes', content_rowid = 'num',"
                                   " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
                    QStringLiteral("CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN"
                                   " INSERT INTO notes_fts(rowid, body) VALUES (new.num, new.body);"
                                   " END"),
                    QStringLiteral("CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN"
                                   " INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.num, old.body);"
                                   " END"),
                    QStringLiteral("CREATE TRIGGER notes_fts_update AFTER UPDATE ON notes BEGIN"
                                   " INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.num, old.body);"
                                   " INSERT INTO notes_fts(rowid, body) VALUES (new.num, new.body);"
                                   " END"),
                    // Notes written by version 1 exist before their index does.
                    QStringLiteral("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')"),
                    // Small facts about the database itself, such as the curriculum index's hash.
                    QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")},
                   error);
}

bool Database::migrateTo3(QString *error)
{
    // The user's latest attempt at each hands-on challenge, kept so a half-fixed file survives a
    // restart. One row per challenge: the editor saves over it.
    return execAll({QStringLiteral("CREATE TABLE challenge_attempts ("
                                   " challenge_id TEXT PRIMARY KEY NOT NULL,"
                                   " body TEXT NOT NULL,"
                                   " passed INTEGER NOT NULL DEFAULT 0 CHECK (passed IN (0, 1)),"
                                   " hints_shown INTEGER NOT NULL DEFAULT 0,"
                                   " updated TEXT NOT NULL)")},
                   error);
}

bool Database::migrateTo4(QString *error)
{
    // Mock interviews: each session with its configuration (JSON, seed included) and its
    // questions as answered, timed and scored; `finished` stays NULL while a session is
    // incomplete, so one cut off by a crash can be resumed. The review schedule is per entry and
    // separate from `progress`: an interview never changes what the user marked as studied.
    return execAll({QStringLiteral("CREATE TABLE interview_sessions ("
                                   " id INTEGER PRIMARY KEY,"
                                   " config TEXT NOT NULL,"
                                   " started TEXT NOT NULL,"
                                   " updated TEXT NOT NULL,"
                                   " finished TEXT,"
                                   " state TEXT NOT NULL DEFAULT 'incomplete'"
                                   "  CHECK (state IN ('incomplete', 'finished', 'abandoned')),"
                                   " score INTEGER)"),
                    QStringLiteral("CREATE TABLE interview_questions ("
                                   " session_id INTEGER NOT NULL REFERENCES interview_sessions(id) ON DELETE CASCADE,"
                                   " position INTEGER NOT NULL,"
                                   " entry_id TEXT NOT NULL,"
                                   " chapter_id TEXT NOT NULL,"
                                   " level TEXT NOT NULL,"
                                   " key_point_count INTEGER NOT NULL DEFAULT 0,"
                                   " status TEXT NOT NULL DEFAULT 'pending',"
                                   " answer TEXT NOT NULL DEFAULT '',"
                                   " used_ms INTEGER NOT NULL DEFAULT 0,"
                                   " paused_ms INTEGER NOT NULL DEFAULT 0,"
                                   " overtime_ms INTEGER NOT NULL DEFAULT 0,"
                                   " reached_zero INTEGER NOT NULL DEFAULT 0 CHECK (reached_zero IN (0, 1)),"
                                   " key_points_ticked TEXT NOT NULL DEFAULT '',"
                                   " technical INTEGER, communication INTEGER, production INTEGER, leadership INTEGER,"
                                   " score INTEGER,"
                                   " PRIMARY KEY (session_id, position))"),
                    QStringLiteral("CREATE INDEX interview_questions_by_entry ON interview_questions(entry_id)"),
                    QStringLiteral("CREATE TABLE review_schedule ("
                                   " entry_id TEXT PRIMARY KEY NOT NULL,"
                                   " repetitions INTEGER NOT NULL,"
                                   " interval_days INTEGER NOT NULL,"
                                   " ease_centi INTEGER NOT NULL,"
                                   " due TEXT NOT NULL,"
                                   " last_score INTEGER NOT NULL,"
                                   " last_reviewed TEXT NOT NULL)"),
                    QStringLiteral("CREATE INDEX review_schedule_by_due ON review_schedule(due)")},
                   error);
}

bool Database::migrateTo5(QString *error)
{
    // A revision per note, counted up by every change, so a save based on an older read (a second
    // DockPrep on the same data, left open with stale text) is caught instead of overwriting the
    // newer text; such text is kept as a new note whose conflict_of names the original.
    return execAll({QStringLiteral("ALTER TABLE notes ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"),
                    QStringLiteral("ALTER TABLE notes ADD COLUMN conflict_of TEXT NOT NULL DEFAULT ''")},
                   error);
}

bool Database::migrateTo6(QString *error)
{
    // The review schedule moves from SM-2 (repetitions, interval, ease) to FSRS (stability,
    // difficulty, reviews, lapses, last grade) and now serves the reader's grading as well. Each
    // SM-2 row becomes the FSRS state ReviewScheduler::fromSm2 derives from it: stability = the
    // interval, difficulty solved from the ease, the due date and last review kept, so nothing
    // the user had scheduled moves. Done in C++, as SQLite's math functions are not always built in.
    if (!execAll({QStringLiteral("CREATE TABLE review_schedule_fsrs ("
                                 " entry_id TEXT PRIMARY KEY NOT NULL,"
                                 " stability REAL NOT NULL,"
                                 " difficulty REAL NOT NULL,"
                                 " reviews INTEGER NOT NULL,"
                                 " lapses INTEGER NOT NULL DEFAULT 0,"
                                 " last_grade INTEGER NOT NULL DEFAULT 0,"
                                 " due TEXT NOT NULL,"
                                 " last_score INTEGER NOT NULL DEFAULT -1,"
                                 " last_reviewed TEXT NOT NULL)")},
                 error))
        return false;
    QSqlQuery old = query();
    if (!exec(old, QStringLiteral("SELECT entry_id, repetitions, interval_days, ease_centi, due, last_score, last_reviewed"
                                  " FROM review_schedule"),
              {}, error))
        return false;
    while (old.next()) {
        const ReviewState state = ReviewScheduler::fromSm2(
            old.value(0).toString(), old.value(1).toInt(), old.value(2).toInt(), old.value(3).toInt(),
            QDate::fromString(old.value(4).toString(), Qt::ISODate), old.value(5).toInt(),
            QDate::fromString(old.value(6).toString(), Qt::ISODate));
        if (!exec(QStringLiteral("INSERT INTO review_schedule_fsrs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {state.entryId, state.stability, state.difficulty, state.reviews, state.lapses, state.lastGrade,
                   old.value(4).toString(), state.lastScore, old.value(6).toString()},
                  error))
            return false;
    }
    return execAll({QStringLiteral("DROP TABLE review_schedule"),
                    QStringLiteral("ALTER TABLE review_schedule_fsrs RENAME TO review_schedule"),
                    QStringLiteral("CREATE INDEX review_schedule_by_due ON review_schedule(due)")},
                   error);
}

bool Database::migrateTo7(QString *error)
{
    // Spoken answers: the file name of the answer's recording (in the data folder's recordings
    // folder, never a path, so a moved data folder keeps its recordings) and the delivery figures
    // heard from it, as JSON. Empty for typed answers and every older question.
    return execAll({QStringLiteral("ALTER TABLE interview_questions ADD COLUMN recording TEXT NOT NULL DEFAULT ''"),
                    QStringLiteral("ALTER TABLE interview_questions ADD COLUMN delivery TEXT NOT NULL DEFAULT ''")},
                   error);
}

} // namespace DockPrep
