#pragma once

#include <QHash>
#include <QString>

namespace DockPrep {

// What a PostgreSQL, MySQL or MariaDB container creates at its first start (on an empty data
// folder), read from its environment the way the image's entrypoint reads it: postgres makes
// POSTGRES_USER (default "postgres") and the database POSTGRES_DB, which defaults to the user's
// name; mysql/mariadb make MYSQL_DATABASE and MYSQL_USER when set, and root always.
struct InitialDatabase {
    QString kind;        // "postgres", "mysql"; empty when the image is none of these
    QStringList users;   // the users that can log in
    QStringList databases;
    bool namesKnown = true;  // false when a *_FILE variable names them (read at run time)
};
InitialDatabase initialDatabase(const QString &image, const QHash<QString, QString> &environment);

// Why `url` (postgres://user:password@host:port/database) does not reach what the service
// `serviceName` created; empty when it does.
QString databaseUrlProblem(const QString &url, const QString &serviceName, const InitialDatabase &database);

} // namespace DockPrep
