#include "composespec.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace DockPrep::ComposeSpec {

namespace {

// From the Compose Specification's JSON schema (compose-spec.json, 2025). Keys starting with
// "x-" are extension fields and always allowed.
const QSet<QString> &topLevelKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("version"), QStringLiteral("name"),    QStringLiteral("include"), QStringLiteral("services"),
        QStringLiteral("models"),  QStringLiteral("networks"), QStringLiteral("volumes"), QStringLiteral("secrets"),
        QStringLiteral("configs"),
    };
    return keys;
}

const QSet<QString> &serviceKeys()
{
    static const QSet<QString> keys = [] {
        QSet<QString> set;
        for (const char *key : {
                 "annotations", "attach", "blkio_config", "build", "cap_add", "cap_drop", "cgroup", "cgroup_parent",
                 "command", "configs", "container_name", "cpu_count", "cpu_percent", "cpu_period", "cpu_quota",
                 "cpu_rt_period", "cpu_rt_runtime", "cpu_shares", "cpus", "cpuset", "credential_spec", "depends_on",
                 "deploy", "develop", "device_cgroup_rules", "devices", "dns", "dns_opt", "dns_search", "domainname",
                 "entrypoint", "env_file", "environment", "expose", "extends", "external_links", "extra_hosts", "gpus",
                 "group_add", "healthcheck", "hostname", "image", "init", "ipc", "isolation", "label_file", "labels",
                 "links", "logging", "mac_address", "mem_limit", "mem_reservation", "mem_swappiness", "memswap_limit",
                 "models", "network_mode", "networks", "oom_kill_disable", "oom_score_adj", "pid", "pids_limit",
                 "platform", "ports", "post_start", "pre_stop", "privileged", "profiles", "provider", "pull_policy",
                 "pull_refresh_after", "read_only", "restart", "runtime", "scale", "secrets", "security_opt",
                 "shm_size", "stdin_open", "stop_grace_period", "stop_signal", "storage_opt", "sysctls", "tmpfs",
                 "tty", "ulimits", "use_api_socket", "user", "userns_mode", "uts", "volumes", "volumes_from",
                 "working_dir"}) {
            set.insert(QString::fromLatin1(key));
        }
        return set;
    }();
    return keys;
}

// Levenshtein distance, small strings only.
int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString closest(const QString &key, const QSet<QString> &known)
{
    QString best;
    int bestDistance = 3;  // more than two edits away is not a typo of it
    const QString lower = key.toLower();
    for (const QString &candidate : known) {
        const int distance = editDistance(lower, candidate);
        // Ties go to the alphabetically first key, so the suggestion does not depend on hashing.
        if (distance < bestDistance || (distance == bestDistance && candidate < best)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

bool isKnownTopLevelKey(const QString &key)
{
    return key.startsWith(QLatin1String("x-")) || topLevelKeys().contains(key);
}

bool isKnownServiceKey(const QString &key)
{
    return key.startsWith(QLatin1String("x-")) || serviceKeys().contains(key);
}

QString closestServiceKey(const QString &key)
{
    return closest(key, serviceKeys());
}

QString closestTopLevelKey(const QString &key)
{
    return closest(key, topLevelKeys());
}

ImageReference parseImage(const QString &image)
{
    ImageReference ref;
    QString rest = image.trimmed();
    ref.interpolated = rest.contains(QLatin1Char('$'));
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        ref.pinnedByDigest = true;
        rest.truncate(at);
    }
    // A colon after the last slash starts the tag; one before it belongs to a registry port.
    const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > slash) {
        ref.tag = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    ref.repository = rest;
    ref.name = rest.mid(rest.lastIndexOf(QLatin1Char('/')) + 1).toLower();
    return ref;
}

std::optional<DatabaseProfile> databaseProfile(const ImageReference &image)
{
    if (image.interpolated)
        return std::nullopt;
    const QString &name = image.name;
    const QString postgresPassword = QStringLiteral("POSTGRES_PASSWORD");
    if (name == QLatin1String("postgres") || name == QLatin1String("postgis") || name == QLatin1String("timescaledb")) {
        // Up to 17 the data lives in /var/lib/postgresql/data; from 18 in /var/lib/postgresql/<major>/docker.
        return DatabaseProfile{QStringLiteral("postgres"),
                               {QStringLiteral("/var/lib/postgresql")},
                               {{postgresPassword, QStringLiteral("POSTGRES_PASSWORD_FILE"), QStringLiteral("POSTGRES_HOST_AUTH_METHOD")}},
                               {QStringLiteral("POSTGRES_DB")}};
    }
    const QStringList mysqlRoot{QStringLiteral("MYSQL_ROOT_PASSWORD"), QStringLiteral("MYSQL_ROOT_PASSWORD_FILE"),
                                QStringLiteral("MYSQL_ALLOW_EMPTY_PASSWORD"), QStringLiteral("MYSQL_RANDOM_ROOT_PASSWORD")};
    if (name == QLatin1String("mysql") || name == QLatin1String("percona")) {
        return DatabaseProfile{QStringLiteral("mysql"), {QStringLiteral("/var/lib/mysql")}, {mysqlRoot},
                               {QStringLiteral("MYSQL_DATABASE")}};
    }
    if (name == QLatin1String("mariadb")) {
        QStringList root = mysqlRoot;
        root << QStringLiteral("MARIADB_ROOT_PASSWORD") << QStringLiteral("MARIADB_ROOT_PASSWORD_FILE")
             << QStringLiteral("MARIADB_ROOT_PASSWORD_HASH") << QStringLiteral("MARIADB_ALLOW_EMPTY_ROOT_PASSWORD")
             << QStringLiteral("MARIADB_RANDOM_ROOT_PASSWORD");
        return DatabaseProfile{QStringLiteral("mariadb"), {QStringLiteral("/var/lib/mysql")}, {root},
                               {QStringLiteral("MARIADB_DATABASE"), QStringLiteral("MYSQL_DATABASE")}};
    }
    if (name == QLatin1String("mongo"))
        return DatabaseProfile{QStringLiteral("mongo"), {QStringLiteral("/data/db")}, {}, {}};
    if (name == QLatin1String("redis") || name == QLatin1String("valkey"))
        return DatabaseProfile{QStringLiteral("redis"), {QStringLiteral("/data")}, {}, {}};
    if (image.repository.contains(QLatin1String("mssql/server")) || name == QLatin1String("azure-sql-edge")) {
        return DatabaseProfile{QStringLiteral("sqlserver"),
                               {QStringLiteral("/var/opt/mssql")},
                               {{QStringLiteral("ACCEPT_EULA")}, {QStringLiteral("MSSQL_SA_PASSWORD"), QStringLiteral("SA_PASSWORD")}},
                               {}};
    }
    if (name == QLatin1String("cassandra"))
        return DatabaseProfile{QStringLiteral("cassandra"), {QStringLiteral("/var/lib/cassandra")}, {}, {}};
    if (name == QLatin1String("couchdb"))
        return DatabaseProfile{QStringLiteral("couchdb"), {QStringLiteral("/opt/couchdb/data")}, {}, {}};
    if (name == QLatin1String("elasticsearch"))
        return DatabaseProfile{QStringLiteral("elasticsearch"), {QStringLiteral("/usr/share/elasticsearch/data")}, {}, {}};
    return std::nullopt;
}

bool isSecretVariableName(const QString &name)
{
    static const QRegularExpression secret(QStringLiteral("PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_KEY|CREDENTIALS"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression flag(QStringLiteral("_FILE$|ALLOW_EMPTY|RANDOM_ROOT|HOST_AUTH_METHOD|_HASH$"),
                                         QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch() && !flag.match(name).hasMatch();
}

} // namespace DockPrep::ComposeSpec
