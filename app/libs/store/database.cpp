#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
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

} // namespace DockPrep
