#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace DockPrep {

// Where "now" comes from, so tests can be exact and instant.
using Clock = std::function<QDateTime()>;

// The SQLite file holding the user's notes, bookmarks and progress: opening (with recovery from a
// damaged file), schema migrations, daily backups and restore. One connection per object, used
// from the thread that created it.
class Database
{
public:
    static constexpr int schemaVersion = 7;

    enum class Status {
        Ok,                       // opened (and upgraded if it was older)
        CreatedNew,               // there was no database yet
        RecoveredFromCorruption,  // the old file was unreadable, moved aside, and a new one made
        NewerSchemaReadOnly,      // written by a newer DockPrep: readable, never written
        Failed,                   // not open; message says why
    };
    struct OpenResult {
        Status status = Status::Failed;
        QString message;     // plain words, fit for the user
        QString movedAside;  // where an unreadable or replaced file went, if anywhere
        bool ok() const { return status != Status::Failed; }
    };

    struct BackupResult {
        enum class Outcome { Created, NotDue, Failed };
        Outcome outcome = Outcome::Failed;
        QString path;        // the backup written, or today's existing one when not due
        QStringList pruned;  // old backups removed to stay within `keep`
        QString message;
    };

    // When open() reads every page of an existing file with quick_check before using it.
    // quick_check is what finds a damaged page, but it reads the whole file: 1.4 s of start-up at
    // 100,000 notes. The app therefore opens with AfterUncleanShutdown and runs checkFile() on a
    // worker thread once its window is up.
    enum class IntegrityCheck {
        BeforeUse,             // always (the default: command line, tests, restores)
        AfterUncleanShutdown,  // only when a -wal or -journal file left behind says the last
                               // session did not close; otherwise only the header and schema are
                               // read, which still tells a file that is not a database
    };

    // What checkFile() found.
    struct FileCheck {
        enum class Outcome { Sound, Damaged, Failed };  // Failed: could not be read at all
        Outcome outcome = Outcome::Failed;
        QString message;  // what SQLite reported, when not Sound
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // ReadOnly is for a data folder that cannot be written: nothing is created, migrated, set
    // aside or written; a damaged file fails (it cannot be moved) and a missing one too.
    enum class Access { ReadWrite, ReadOnly };

    OpenResult open(const QString &path, IntegrityCheck check = IntegrityCheck::BeforeUse, Access access = Access::ReadWrite);
    // Whether the last open() read every page (and found them sound).
    bool integrityChecked() const { return m_integrityChecked; }
    // quick_check of the database file at `path` through a read-only connection of its own, so
    // it can run on another thread while this one keeps using the database.
    static FileCheck checkFile(const QString &path);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    int userVersion() const;  // -1 when it cannot be read

    // How to open a second, read-only connection to this database, in another thread: a Qt SQL
    // connection may only be used in the thread that made it. Empty while closed.
    struct ReaderSettings {
        QString path;
        QString databaseName;  // what the connection was opened with (a URI for immutable files)
        QString options;
    };
    ReaderSettings readerSettings() const;
    // Opens this object as such a connection. None of open()'s checks, recovery or upgrades:
    // the connection the settings came from made them. (databasereader.cpp)
    bool openReader(const ReaderSettings &settings, QString *error);

    // Names moved-aside files; defaults to the local wall clock.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // For the core's stores only; the UI goes through them and never runs SQL.
    // A forward-only query on this connection, for exec().
    QSqlQuery query() const;
    // Prepares `sql` (one statement) on `query`, binds `values` in order and executes it. On
    // failure the query is left inactive and *error (when given) says what went wrong.
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {},
              QString *error = nullptr) const;
    // The same, for statements whose rows are not needed.
    bool exec(const QString &sql, const QVariantList &values = {}, QString *error = nullptr) const;

    // At most one backup per calendar day of `now`: VACUUM INTO folder/dockprep-YYYYMMDD.sqlite,
    // then removes the oldest such backups beyond `keep` (at least 1). Other files are never
    // touched. Works on a read-only database too.
    BackupResult backupIfDue(const QString &folder, const QDateTime &now, int keep = 7);
    // The same through a read-only connection of its own to the database file at `path`, so it
    // can run on another thread while this one keeps using the database (WAL lets a reader copy
    // a consistent snapshot while the app writes).
    static BackupResult backupFileIfDue(const QString &path, const QString &folder, const QDateTime &now, int keep = 7);
    static QString newestBackup(const QString &folder);

    // Replaces the live database with a copy of `backupPath` after checking the backup is sound.
    // The replaced file is moved aside, never deleted; then the database is reopened (and
    // upgraded if the backup is older). A bad backup leaves the live database open and untouched.
    OpenResult restoreFromBackup(const QString &backupPath);

private:
    bool connect(bool readOnly, QString *error, bool immutable = false);
    OpenResult openReadOnly(IntegrityCheck check);
    QString moveAside(const QString &what, QString *error);
    bool migrate(int from, QString *error);
    bool migrateTo1(QString *error);
    bool migrateTo2(QString *error);
    bool migrateTo3(QString *error);
    bool migrateTo4(QString *error);
    bool migrateTo5(QString *error);
    bool migrateTo6(QString *error);
    bool migrateTo7(QString *error);
    bool execAll(const QStringList &statements, QString *error);
    // The backup steps around `vacuumInto`, which writes the database to the file it is given.
    using VacuumInto = std::function<bool(const QString &file, QString *error)>;
    static BackupResult backupWith(const VacuumInto &vacuumInto, const QString &folder, const QDateTime &now, int keep);
    OpenResult fail(const QString &message);

    friend class Transaction;
    mutable int m_transactionDepth = 0;  // Transactions open on this connection
    QString m_connectionName;
    // Behind a pointer so that only the store library sees Qt Sql (it links it privately).
    std::unique_ptr<QSqlDatabase> m_connection;
    QString m_path;
    bool m_readOnly = false;
    bool m_integrityChecked = false;
    Clock m_clock = [] { return QDateTime::currentDateTime(); };
};

// Runs a write transaction (BEGIN IMMEDIATE) that rolls back unless commit() succeeds, so an early
// return or a failed statement never leaves half of a change behind. Inside another Transaction on
// the same connection it is a savepoint: the outer one still decides about all of it (an import
// writes through several stores, all or nothing).
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    bool commit();

private:
    const Database &m_db;
    bool m_nested = false;  // a savepoint inside another Transaction
    bool m_active = false;
    QString m_error;
};

} // namespace DockPrep
