#include "challenges/databaseurl.h"

#include "analyzers/composespec.h"

#include <QCoreApplication>
#include <QUrl>

namespace DockPrep {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::ChallengeChecker)
};

} // namespace

InitialDatabase initialDatabase(const QString &image, const QHash<QString, QString> &environment)
{
    InitialDatabase out;
    const std::optional<ComposeSpec::DatabaseProfile> profile = ComposeSpec::databaseProfile(ComposeSpec::parseImage(image));
    if (!profile)
        return out;
    out.kind = profile->kind;
    const auto value = [&](const char *name) { return environment.value(QString::fromLatin1(name)); };
    const auto has = [&](const char *name) { return environment.contains(QString::fromLatin1(name)); };
    if (out.kind == QLatin1String("postgres")) {
        out.namesKnown = !has("POSTGRES_USER_FILE") && !has("POSTGRES_DB_FILE");
        const QString user = value("POSTGRES_USER").isEmpty() ? QStringLiteral("postgres") : value("POSTGRES_USER");
        out.users = {user};
        out.databases = {value("POSTGRES_DB").isEmpty() ? user : value("POSTGRES_DB")};
    } else if (out.kind == QLatin1String("mysql") || out.kind == QLatin1String("mariadb")) {
        out.kind = QStringLiteral("mysql");
        out.namesKnown = !has("MYSQL_USER_FILE") && !has("MYSQL_DATABASE_FILE") && !has("MARIADB_USER_FILE")
            && !has("MARIADB_DATABASE_FILE");
        out.users = {QStringLiteral("root")};
        for (const char *name : {"MYSQL_USER", "MARIADB_USER"}) {
            if (!value(name).isEmpty())
                out.users.append(value(name));
        }
        for (const char *name : {"MYSQL_DATABASE", "MARIADB_DATABASE"}) {
            if (!value(name).isEmpty())
                out.databases.append(value(name));
        }
    } else {
        out.kind.clear();
    }
    return out;
}

QString databaseUrlProblem(const QString &text, const QString &serviceName, const InitialDatabase &database)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Tr::tr("'%1' is not a connection URL.").arg(text);
    if (url.host() != serviceName)
        return Tr::tr("The URL connects to the host '%1', but the database service is called '%2'.").arg(url.host(), serviceName);
    if (database.kind.isEmpty())
        return Tr::tr("'%1' is not a PostgreSQL, MySQL or MariaDB image.").arg(serviceName);
    if (!database.namesKnown)
        return {};
    const QString user = url.userName();
    const QString name = url.path().mid(1);
    if (!user.isEmpty() && !database.users.contains(user)) {
        return Tr::tr("The URL logs in as '%1', but the %2 image creates only the user %3.")
            .arg(user, database.kind, database.users.join(QStringLiteral(", ")));
    }
    if (!name.isEmpty() && !database.databases.contains(name)) {
        if (database.databases.isEmpty())
            return Tr::tr("The URL names the database '%1', but the %2 image creates none.").arg(name, database.kind);
        return Tr::tr("The URL names the database '%1', but the %2 image creates '%3'.")
            .arg(name, database.kind, database.databases.join(QStringLiteral("', '")));
    }
    return {};
}

} // namespace DockPrep
