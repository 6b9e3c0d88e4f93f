#include "store/database.h"

#include "review/reviewschedule.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <iterator>
#include <utility>

namespace DockPrep {

namespace {

// SQLite's primary result codes for "this file is not (or no longer) a database".
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

constexpr int busyTimeoutMs = 5000;

// SQLite's own names for the files that belong to a database: moving the database without them
// would let a stale log be replayed into whatever is created at the old path next.
const QStringList &companionSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return suffixes;
}

const QRegularExpression &backupNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^dockprep-\\d{8}\\.sqlite$"));
    return pattern;
}

QStringList backupsOldestFirst(const QDir &dir)
{
    QStringList names;
    const QStringList candidates = dir.entryList({QStringLiteral("dockprep-*.sqlite")}, QDir::Files, QDir::Name);
    for (const QString &name : candidates) {
        if (backupNamePattern().match(name).hasMatch())
            names.append(name);
    }
    return names;  // yyyyMMdd in the name, so name order is date order
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString sqlError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    if (text.isEmpty())
        text = QStringLiteral("unknown database error");
    return text;
}

// Reads `db` as far as `depth` says. A file that is not a database opens fine and only fails at
// the first statement, so even the shallow read tells a damaged file from a healthy one.
enum class Depth { HeaderAndSchema, EveryPage };
Database::FileCheck::Outcome examine(const QSqlDatabase &db, Depth depth, QString *problem)
{
    using Outcome = Database::FileCheck::Outcome;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const bool ran = depth == Depth::EveryPage ? query.exec(QStringLiteral("PRAGMA quick_check"))
                                               : query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!ran) {
        *problem = sqlError(query);
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;  // extended → primary
        return code == sqliteCorrupt || code == sqliteNotADatabase ? Outcome::Damaged : Outcome::Failed;
    }
    if (!query.next()) {
        *problem = sqlError(query);
        return Outcome::Failed;
    }
    if (depth == Depth::EveryPage && query.value(0).toString() != QLatin1String("ok")) {
        *problem = query.value(0).toString();
        return Outcome::Damaged;
    }
    return Outcome::Sound;
}

// Runs `use` with a read-only connection of its own to the file at `path`, so the work can run on
// another thread while the app keeps its connection (WAL lets a reader see a consistent snapshot
// while the app writes). `use` gets nullptr and SQLite's reason when the file cannot be opened.
void withReadOnlyConnection(const QString &path, const std::function<void(const QSqlDatabase *, const QString &)> &use)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("dockprep-reader-%1").arg(++counter);
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(path);
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_READONLY").arg(busyTimeoutMs));
        if (connection.open())
            use(&connection, {});
        else
            use(nullptr, connection.lastError().text());
        connection.close();
    }
    // Only once the last handle is gone, or Qt warns and keeps the connection.
    QSqlDatabase::removeDatabase(name);
}

} // namespace

Database::Database()
{
    static std::atomic<int> counter{0};
    m_connectionName = QStringLiteral("dockprep-store-%1").arg(++counter);
    m_connection = std::make_unique<QSqlDatabase>(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName));
}

bool Database::isOpen() const
{
    return m_connection->isOpen();
}

Database::~Database()
{
    m_connection->close();
    // removeDatabase warns and leaks if any handle to the connection is still alive.
    *m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery Database::query() const
{
    QSqlQuery statement(*m_connection);
    statement.setForwardOnly(true);
    return statement;
}

bool Database::exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error) const
{
    if (!m_connection->isOpen()) {
        if (error)
            *error = QStringLiteral("the database is not open");
        return false;
    }
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok && error)
        *error = sqlError(query);
    return ok;
}

bool Database::exec(const QString &sql, const QVariantList &values, QString *error) const
{
    QSqlQuery statement = query();
    return exec(statement, sql, values, error);
}

int Database::userVersion() const
{
    QSqlQuery query = this->query();
    if (!exec(query, QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void Database::close()
{
    m_connection->close();
    m_readOnly = false;
}

Database::OpenResult Database::fail(const QString &message)
{
    close();
    return {Status::Failed, message, {}};
}

bool Database::connect(bool readOnly, QString *error, bool immutable)
{
    m_connection->close();
    // immutable=1 reads the file without the -shm file WAL mode otherwise needs (and cannot
    // create in a folder that is not writable); only used where no -wal file exists.
    m_connection->setDatabaseName(immutable ? QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1")
                                   : m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    m_connection->setConnectOptions(options);
    if (!m_connection->open()) {
        *error = m_connection->lastError().text();
        return false;
    }
    m_readOnly = readOnly;
    return true;
}

QString Database::moveAside(const QString &what, QString *error)
{
    // Companions keep SQLite's naming relative to the moved file, so opening the moved file with
    // any SQLite tool still finds its write-ahead log.
    const QString stamp = m_clock().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = m_path + u'.' + what + u'-' + stamp;
    const auto taken = [](const QString &base) {
        if (QFileInfo::exists(base))
            return true;
        for (const QString &suffix : companionSuffixes()) {
            if (QFileInfo::exists(base + suffix))
                return true;
        }
        return false;
    };
    for (int n = 2; taken(aside); ++n)
        aside = m_path + u'.' + what + u'-' + stamp + u'-' + QString::number(n);

    // All or nothing: a database left without its -wal (or the reverse) is worse than one that
    // was not moved, because SQLite deletes or replays a log it finds without its database.
    QList<std::pair<QString, QString>> moved;
    for (const QString &suffix : companionSuffixes() + QStringList{QString()}) {  // the database last
        const QString from = m_path + suffix;
        if (!QFileInfo::exists(from))
            continue;
        if (!QFile::rename(from, aside + suffix)) {
            *error = QStringLiteral("could not rename %1 to %2").arg(nativePath(from), nativePath(aside + suffix));
            for (auto it = moved.crbegin(); it != moved.crend(); ++it)
                QFile::rename(it->second, it->first);
            return {};
        }
        moved.append({from, aside + suffix});
    }
    return aside;
}

Database::OpenResult Database::open(const QString &path, IntegrityCheck check, Access access)
{
    close();
    m_integrityChecked = false;
    m_path = QFileInfo(path).absoluteFilePath();
    const QString shown = nativePath(m_path);
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile())
        return fail(QStringLiteral("%1 is not a file, so it cannot hold DockPrep's data.").arg(shown));
    if (access == Access::ReadOnly)
        return openReadOnly(check);

    bool existed = info.exists();
    QStringList companionsBefore;
    for (const QString &suffix : companionSuffixes()) {
        if (QFileInfo::exists(m_path + suffix))
            companionsBefore.append(suffix);
    }
    QString aside;
    QString error;
    const auto recover = [&](const QString &why) {
        close();
        // Opening for the check created these; they hold nothing of the user's.
        for (const QString &suffix : companionSuffixes()) {
            if (!companionsBefore.contains(suffix))
                QFile::remove(m_path + suffix);
        }
        QString moveError;
        aside = moveAside(QStringLiteral("corrupt"), &moveError);
        if (aside.isEmpty()) {
            error = QStringLiteral("%1 is damaged (%2) and could not be moved aside: %3").arg(shown, why, moveError);
            return false;
        }
        existed = false;
        return true;
    };

    // SQLite reads an empty file as an empty database, but DockPrep never leaves one behind: it
    // comes from a failed copy, a sync tool or a full disk, and the user should hear about it.
    if (existed && info.size() == 0 && !recover(QStringLiteral("the file is empty")))
        return fail(error);

    // An existing file is examined through a read-only connection: closing a read-write one lets
    // SQLite checkpoint and delete the -wal file, which for a damaged database may hold the only
    // copy of the latest changes and has to be moved aside with it.
    if (existed) {
        if (!connect(true, &error))
            return fail(QStringLiteral("Could not open %1: %2").arg(shown, error));
        const bool leftOpen = companionsBefore.contains(QStringLiteral("-wal")) || companionsBefore.contains(QStringLiteral("-journal"));
        const Depth depth = check == IntegrityCheck::BeforeUse || leftOpen ? Depth::EveryPage : Depth::HeaderAndSchema;
        const FileCheck::Outcome outcome = examine(*m_connection, depth, &error);
        if (outcome == FileCheck::Outcome::Failed)
            return fail(QStringLiteral("Could not read %1: %2").arg(shown, error));
        if (outcome == FileCheck::Outcome::Damaged && !recover(error))
            return fail(error);
        m_integrityChecked = depth == Depth::EveryPage;
    }
    if (existed) {  // still, unless it was just moved aside
        const int version = userVersion();
        if (version < 0)
            return fail(QStringLiteral("Could not read the data version of %1.").arg(shown));
        if (version > schemaVersion) {
            // Migrating down or writing with an older schema in mind could lose what the newer
            // version stored, so this version only reads.
            return {Status::NewerSchemaReadOnly,
                    QStringLiteral("%1 was written by a newer version of DockPrep (data version %2; this version "
                                   "knows up to %3). It is open read-only: you can read your notes, but changes "
                                   "are not saved until you update DockPrep.")
                        .arg(shown)
                        .arg(version)
                        .arg(schemaVersion),
                    {}};
        }
        if (version == 0) {
            QSqlQuery objects = query();
            if (!exec(objects, QStringLiteral("SELECT count(*) FROM sqlite_schema"), {}, &error) || !objects.next())
                return fail(QStringLiteral("Could not read %1: %2").arg(shown, error));
            if (objects.value(0).toInt() > 0)
                return fail(QStringLiteral("%1 is an SQLite database but not DockPrep's; it was left as it is.").arg(shown));
        }
    }

    if (!connect(false, &error))
        return fail(QStringLiteral("Could not open %1 for writing: %2").arg(shown, error));
    const int version = userVersion();
    if (version < 0 || version > schemaVersion)
        return fail(QStringLiteral("Could not read the data version of %1.").arg(shown));
    if (!exec(QStringLiteral("PRAGMA synchronous = NORMAL"), {}, &error)
        || !exec(QStringLiteral("PRAGMA foreign_keys = ON"), {}, &error)) {
        return fail(QStringLiteral("Could not configure %1: %2").arg(shown, error));
    }
    if (!migrate(version, &error)) {
        return fail(QStringLiteral("Could not upgrade %1 from data version %2 to %3: %4. The file was left "
                                   "as it was.")
                        .arg(shown)
                        .arg(version)
                        .arg(schemaVersion)
                        .arg(error));
    }
    // After the migrations, so a failed upgrade leaves even the journal-mode bytes of the header
    // as they were. With WAL and synchronous=NORMAL a crash of the app loses no commit; a power
    // cut may lose the last few, but never corrupts the file.
    QSqlQuery journal = query();
    if (!exec(journal, QStringLiteral("PRAGMA journal_mode = WAL"), {}, &error) || !journal.next())
        return fail(QStringLiteral("Could not switch %1 to write-ahead logging: %2").arg(shown, error));

    if (!aside.isEmpty()) {
        return {Status::RecoveredFromCorruption,
                QStringLiteral("%1 could not be read, so it was moved aside to %2 (nothing was deleted) and a "
                               "new, empty database was created. If you have a backup, it can be restored.")
                    .arg(shown, nativePath(aside)),
                aside};
    }
    if (!existed)
        return {Status::CreatedNew, QStringLiteral("Created a new database at %1.").arg(shown), {}};
    if (version < schemaVersion) {
        return {Status::Ok,
                QStringLiteral("Opened %1 and upgraded it from data version %2 to %3.").arg(shown).arg(version).arg(schemaVersion),
                {}};
    }
    return {Status::Ok, QStringLiteral("Opened %1.").arg(shown), {}};
}

Database::OpenResult Database::openReadOnly(IntegrityCheck check)
{
    const QString shown = nativePath(m_path);
    if (!QFileInfo::exists(m_path))
        return fail(QStringLiteral("There is no notes database at %1 yet.").arg(shown));
    const bool leftOpen = QFileInfo::exists(m_path + QStringLiteral("-wal")) || QFileInfo::exists(m_path + QStringLiteral("-journal"));
    const Depth depth = check == IntegrityCheck::BeforeUse || leftOpen ? Depth::EveryPage : Depth::HeaderAndSchema;
    QString error;
    if (!connect(true, &error))
        return fail(QStringLiteral("Could not open %1: %2").arg(shown, error));
    FileCheck::Outcome outcome = examine(*m_connection, depth, &error);
    if (outcome == FileCheck::Outcome::Failed && !leftOpen) {
        // A WAL database whose -shm file cannot be created: read it as it stands on disk.
        if (!connect(true, &error, true))
            return fail(QStringLiteral("Could not open %1: %2").arg(shown, error));
        outcome = examine(*m_connection, depth, &error);
    }
    if (outcome == FileCheck::Outcome::Failed)
        return fail(QStringLiteral("Could not read %1: %2").arg(shown, error));
    if (outcome == FileCheck::Outcome::Damaged) {
        return fail(QStringLiteral("%1 is damaged (%2). Its folder cannot be written, so it was not set aside; nothing was "
                                   "changed.")
                        .arg(shown, error));
    }
    m_integrityChecked = depth == Depth::EveryPage;
    const int version = userVersion();
    if (version < 0)
        return fail(QStringLiteral("Could not read the data version of %1.").arg(shown));
    if (version == 0) {
        QSqlQuery objects = query();
        if (exec(objects, QStringLiteral("SELECT count(*) FROM sqlite_schema"), {}, &error) && objects.next()
            && objects.value(0).toInt() > 0)
            return fail(QStringLiteral("%1 is an SQLite database but not DockPrep's; it was left as it is.").arg(shown));
    }
    return {Status::Ok, QStringLiteral("Opened %1 read-only.").arg(shown), {}};
}

bool Database::migrate(int from, QString *error)
{
    using Step = bool (Database::*)(QString *);
    static constexpr Step steps[] = {&Database::migrateTo1, &Database::migrateTo2, &Database::migrateTo3,
                                     &Database::migrateTo4, &Database::migrateTo5, &Database::migrateTo6};
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

Database::BackupResult Database::backupIfDue(const QString &folder, const QDateTime &now, int keep)
{
    if (!isOpen()) {
        BackupResult result;
        result.message = QStringLiteral("No database is open, so there is nothing to back up.");
        return result;
    }
    return backupWith([this](const QString &file, QString *error) { return exec(QStringLiteral("VACUUM INTO ?"), {file}, error); },
                      folder, now, keep);
}

Database::BackupResult Database::backupFileIfDue(const QString &path, const QString &folder, const QDateTime &now, int keep)
{
    BackupResult result;
    withReadOnlyConnection(path, [&](const QSqlDatabase *connection, const QString &openError) {
        if (!connection) {
            result.message = QStringLiteral("Could not open %1 to back it up: %2").arg(nativePath(path), openError);
            return;
        }
        result = backupWith(
            [connection](const QString &file, QString *error) {
                QSqlQuery query(*connection);
                if (query.prepare(QStringLiteral("VACUUM INTO ?"))) {
                    query.addBindValue(file);
                    if (query.exec())
                        return true;
                }
                *error = sqlError(query);
                return false;
            },
            folder, now, keep);
    });
    return result;
}

Database::FileCheck Database::checkFile(const QString &path)
{
    FileCheck result;
    withReadOnlyConnection(path, [&](const QSqlDatabase *connection, const QString &openError) {
        if (connection)
            result.outcome = examine(*connection, Depth::EveryPage, &result.message);
        else
            result.message = QStringLiteral("Could not open %1 to check it: %2").arg(nativePath(path), openError);
    });
    return result;
}

Database::BackupResult Database::backupWith(const VacuumInto &vacuumInto, const QString &folder, const QDateTime &now, int keep)
{
    BackupResult result;
    if (!now.isValid()) {
        result.message = QStringLiteral("The backup date is not valid.");
        return result;
    }
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        result.message = QStringLiteral("Could not create the backup folder %1.").arg(nativePath(folder));
        return result;
    }
    const QString target = dir.absoluteFilePath(QStringLiteral("dockprep-%1.sqlite").arg(now.date().toString(QStringLiteral("yyyyMMdd"))));
    result.path = target;
    if (QFileInfo::exists(target)) {
        result.outcome = BackupResult::Outcome::NotDue;
        result.message = QStringLiteral("Today's backup already exists.");
    } else {
        // Written under a temporary name and renamed when complete, so an interrupted backup never
        // takes the day's name and passes for a good one.
        const QString partial = target + QStringLiteral(".partial");
        QFile::remove(partial);
        QString error;
        if (!vacuumInto(partial, &error)) {
            QFile::remove(partial);
            result.message = QStringLiteral("Could not write the backup %1: %2").arg(nativePath(target), error);
            return result;
        }
        if (!QFile::rename(partial, target)) {
            QFile::remove(partial);
            result.message = QStringLiteral("Could not name the backup %1.").arg(nativePath(target));
            return result;
        }
        result.outcome = BackupResult::Outcome::Created;
        result.message = QStringLiteral("Backed up to %1.").arg(nativePath(target));
    }

    const QStringList backups = backupsOldestFirst(dir);
    for (qsizetype i = 0; i < backups.size() - qMax(keep, 1); ++i) {
        if (dir.remove(backups.at(i)))
            result.pruned.append(dir.absoluteFilePath(backups.at(i)));
    }
    return result;
}

QString Database::newestBackup(const QString &folder)
{
    const QDir dir(folder);
    const QStringList backups = backupsOldestFirst(dir);
    return backups.isEmpty() ? QString() : dir.absoluteFilePath(backups.last());
}

Database::OpenResult Database::restoreFromBackup(const QString &backupPath)
{
    if (m_path.isEmpty())
        return {Status::Failed, QStringLiteral("No database is open, so there is nothing to restore into."), {}};
    const QString shownBackup = nativePath(backupPath);
    if (!QFileInfo(backupPath).isFile())
        return {Status::Failed, QStringLiteral("The backup %1 does not exist.").arg(shownBackup), {}};

    // Checked on a private copy: the backup itself is never opened for writing, and the live
    // database is only touched once the copy has proven sound.
    const QString staging = m_path + QStringLiteral(".restoring");
    for (const QString &suffix : companionSuffixes())
        QFile::remove(staging + suffix);
    QFile::remove(staging);
    if (!QFile::copy(backupPath, staging))
        return {Status::Failed, QStringLiteral("Could not copy the backup %1.").arg(shownBackup), {}};

    QString problem;
    withReadOnlyConnection(staging, [&](const QSqlDatabase *check, const QString &openError) {
        if (!check) {
            problem = openError;
        } else if (examine(*check, Depth::EveryPage, &problem) == FileCheck::Outcome::Sound) {
            QSqlQuery query(*check);
            if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
                problem = sqlError(query);
            else if (const int version = query.value(0).toInt(); version < 1 || version > schemaVersion)
                problem = QStringLiteral("it holds data version %1, this DockPrep reads 1 to %2").arg(version).arg(schemaVersion);
        }
    });
    if (!problem.isEmpty()) {
        QFile::remove(staging);
        for (const QString &suffix : companionSuffixes())
            QFile::remove(staging + suffix);
        return {Status::Failed, QStringLiteral("The backup %1 cannot be restored: %2. Nothing was changed.").arg(shownBackup, problem), {}};
    }

    close();
    QString error;
    const QString aside = moveAside(QStringLiteral("before-restore"), &error);
    if (aside.isEmpty()) {
        QFile::remove(staging);
        OpenResult reopened = open(m_path);
        reopened.status = Status::Failed;
        reopened.message = QStringLiteral("Could not set the current database aside (%1); nothing was restored.").arg(error);
        return reopened;
    }
    if (!QFile::rename(staging, m_path)) {
        // Put the user's data back where it was rather than leave no database at all.
        QFile::rename(aside, m_path);
        for (const QString &suffix : companionSuffixes()) {
            if (QFileInfo::exists(aside + suffix))
                QFile::rename(aside + suffix, m_path + suffix);
        }
        QFile::remove(staging);
        OpenResult reopened = open(m_path);
        reopened.status = Status::Failed;
        reopened.message = QStringLiteral("Could not put the backup in place; nothing was restored.");
        return reopened;
    }

    OpenResult result = open(m_path);
    result.movedAside = aside;
    const QString kept = QStringLiteral("The data you had before is kept in %1.").arg(nativePath(aside));
    if (result.ok()) {
        result.status = Status::Ok;
        result.message = QStringLiteral("Restored %1. ").arg(shownBackup) + kept;
    } else {
        result.message += u' ' + kept;
    }
    return result;
}

Transaction::Transaction(const Database &db)
    : m_db(db)
    , m_nested(db.m_transactionDepth > 0)
{
    // IMMEDIATE takes the write lock up front, so a busy database fails here and not halfway.
    // Nested savepoints may share a name: SQLite's ROLLBACK TO and RELEASE take the innermost.
    m_active = m_nested ? m_db.exec(QStringLiteral("SAVEPOINT nested"), {}, &m_error)
                        : m_db.exec(QStringLiteral("BEGIN IMMEDIATE"), {}, &m_error);
    if (m_active)
        ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_nested) {
        m_db.exec(QStringLiteral("ROLLBACK TO nested"));
        m_db.exec(QStringLiteral("RELEASE nested"));
    } else {
        m_db.exec(QStringLiteral("ROLLBACK"));
    }
    --m_db.m_transactionDepth;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    const bool committed = m_nested ? m_db.exec(QStringLiteral("RELEASE nested"), {}, &m_error)
                                    : m_db.exec(QStringLiteral("COMMIT"), {}, &m_error);
    if (!committed)
        return false;  // still active: the destructor rolls back
    m_active = false;
    --m_db.m_transactionDepth;
    return true;
}

} // namespace DockPrep
