#include "analyzers/composespec.h"

#include "text/editdistance.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace DockPrep::ComposeSpec {

namespace {

// The messages' context is the compose checker's, whose sentences they complete.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::ComposeChecker)
};

// Building blocks for the table below, one per kind of JSON-schema node; `|` joins the
// alternatives of a oneOf (or a type list) whose members differ in their YAML shape.
Shape scalar(ScalarFormat format = ScalarFormat::Text)
{
    Shape s;
    s.scalar = true;
    s.format = format;
    return s;
}

Shape oneOfValues(std::initializer_list<const char *> values)
{
    Shape s = scalar(ScalarFormat::Enum);
    for (const char *value : values)
        s.allowed.append(QString::fromLatin1(value));
    return s;
}

Shape listOf(const char *item)
{
    Shape s;
    s.items = QString::fromLatin1(item);
    return s;
}

Shape mapOf(const char *values)
{
    Shape s;
    s.mapping = true;
    s.values = QString::fromLatin1(values);
    return s;
}

// A mapping with a closed set of keys: "key:shape" pairs, the shape "string" when left out.
Shape object(std::initializer_list<const char *> fields)
{
    Shape s;
    s.mapping = true;
    for (const char *field : fields) {
        const QString text = QString::fromLatin1(field);
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        s.fields.insert(colon < 0 ? text : text.left(colon), colon < 0 ? QStringLiteral("string") : text.mid(colon + 1));
    }
    return s;
}

Shape operator|(Shape a, const Shape &b)
{
    if (b.scalar) {
        a.scalar = true;
        a.format = b.format;
        a.allowed = b.allowed;
    }
    if (!b.items.isEmpty())
        a.items = b.items;
    if (b.mapping) {
        a.mapping = true;
        a.fields = b.fields;
        a.values = b.values;
    }
    return a;
}

// From the Compose Specification's JSON schema (compose-spec.json, 2025), definition by
// definition. Two deliberate simplifications keep it from refusing what Compose accepts: a
// single value may be a string, number or boolean wherever the schema allows any of them (the
// schema's own types lean on interpolation turning numbers into strings), and keys starting
// with "x-" (extension fields) are allowed in every mapping.
QHash<QString, Shape> makeTable()
{
    using F = ScalarFormat;
    QHash<QString, Shape> t;
    const auto add = [&t](const char *name, const Shape &shape) { t.insert(QString::fromLatin1(name), shape); };

    add("any", scalar() | listOf("any") | mapOf("any"));
    add("string", scalar());
    add("duration", scalar(F::Duration));
    add("bytes", scalar(F::Bytes));
    add("list_of_strings", listOf("string"));
    add("string_or_list", scalar() | listOf("string"));
    add("list_or_dict", mapOf("string") | listOf("string"));
    add("command", scalar() | listOf("string"));
    add("extra_hosts", mapOf("string_or_list") | listOf("string"));
    add("service_config_or_secret", listOf("config_or_secret_item"));
    add("config_or_secret_item", scalar() | object({"source", "target", "uid", "gid", "mode"}));
    add("ulimits", mapOf("ulimit"));
    add("ulimit", scalar() | object({"hard", "soft"}));
    add("env_file", scalar() | listOf("env_file_item"));
    add("env_file_item", scalar() | object({"path", "format", "required"}));
    add("service_hook", object({"command:command", "user", "privileged", "working_dir", "environment:list_or_dict"}));

    add("compose", object({"version", "name", "include:includes", "services:services", "models:models",
                           "networks:networks", "volumes:volumes", "secrets:secrets", "configs:configs"}));
    add("includes", listOf("include"));
    add("include", scalar() | object({"path:string_or_list", "env_file:string_or_list", "project_directory"}));
    add("services", mapOf("service"));
    add("models", mapOf("model"));
    add("model", object({"name", "model", "context_size", "runtime_flags:list_of_strings"}));
    add("networks", mapOf("network"));
    add("network", object({"name", "driver", "driver_opts:mapping_of_strings", "ipam:ipam", "external:external",
                           "internal", "enable_ipv4", "enable_ipv6", "attachable", "labels:list_or_dict"}));
    add("ipam", object({"driver", "config:ipam_configs", "options:mapping_of_strings"}));
    add("ipam_configs", listOf("ipam_config"));
    add("ipam_config", object({"subnet", "ip_range", "gateway", "aux_addresses:mapping_of_strings"}));
    add("mapping_of_strings", mapOf("string"));
    add("external", scalar() | mapOf("any"));
    add("volumes", mapOf("volume"));
    add("volume", object({"name", "driver", "driver_opts:mapping_of_strings", "external:external", "labels:list_or_dict"}));
    add("secrets", mapOf("secret"));
    add("secret", object({"name", "environment", "file", "external:external", "labels:list_or_dict", "driver",
                          "driver_opts:mapping_of_strings", "template_driver"}));
    add("configs", mapOf("config"));
    add("config", object({"name", "content", "environment", "file", "external:external", "labels:list_or_dict",
                          "template_driver"}));

    add("service", object({
        "develop:development", "deploy:deployment", "annotations:list_or_dict", "attach", "build:build",
        "blkio_config:blkio_config", "cap_add:list_of_strings", "cap_drop:list_of_strings", "cgroup:cgroup",
        "cgroup_parent", "command:command", "configs:service_config_or_secret", "container_name", "cpu_count",
        "cpu_percent", "cpu_shares", "cpu_quota", "cpu_period", "cpu_rt_period", "cpu_rt_runtime", "cpus", "cpuset",
        "credential_spec:credential_spec", "depends_on:depends_on", "device_cgroup_rules:list_of_strings",
        "devices:devices", "dns:string_or_list", "dns_opt:list_of_strings", "dns_search:string_or_list", "domainname",
        "entrypoint:command", "env_file:env_file", "label_file:string_or_list", "environment:list_or_dict",
        "expose:list_of_strings", "extends:extends", "provider:provider", "external_links:list_of_strings",
        "extra_hosts:extra_hosts", "gpus:gpus", "group_add:list_of_strings", "healthcheck:healthcheck", "hostname",
        "image", "init", "ipc", "isolation", "labels:list_or_dict", "links:list_of_strings", "logging:logging",
        "mac_address", "mem_limit:bytes", "mem_reservation:bytes", "mem_swappiness", "memswap_limit:bytes",
        "network_mode", "models:service_models", "networks:service_networks", "oom_kill_disable", "oom_score_adj",
        "pid", "pids_limit", "platform", "ports:ports", "post_start:service_hooks", "pre_stop:service_hooks",
        "privileged", "profiles:list_of_strings", "pull_policy", "pull_refresh_after", "read_only", "restart",
        "runtime", "scale", "security_opt:list_of_strings", "shm_size:bytes", "secrets:service_config_or_secret",
        "sysctls:list_or_dict", "stdin_open", "stop_grace_period:duration", "stop_signal", "storage_opt:any_mapping",
        "tmpfs:string_or_list", "tty", "ulimits:ulimits", "use_api_socket", "user", "uts", "userns_mode",
        "volumes:service_volumes", "volumes_from:list_of_strings", "working_dir"}));
    add("any_mapping", mapOf("any"));
    add("cgroup", oneOfValues({"host", "private"}));
    add("build", scalar() | object({
        "context", "dockerfile", "dockerfile_inline", "entitlements:list_of_strings", "args:list_or_dict",
        "ssh:list_or_dict", "labels:list_or_dict", "cache_from:list_of_strings", "cache_to:list_of_strings",
        "no_cache", "additional_contexts:list_or_dict", "network", "provenance", "sbom", "pull", "target",
        "shm_size:bytes", "extra_hosts:extra_hosts", "isolation", "privileged", "secrets:service_config_or_secret",
        "tags:list_of_strings", "ulimits:ulimits", "platforms:list_of_strings"}));
    add("blkio_config", object({"device_read_bps:blkio_limits", "device_read_iops:blkio_limits",
                                "device_write_bps:blkio_limits", "device_write_iops:blkio_limits", "weight",
                                "weight_device:blkio_weights"}));
    add("blkio_limits", listOf("blkio_limit"));
    add("blkio_limit", object({"path", "rate"}));
    add("blkio_weights", listOf("blkio_weight"));
    add("blkio_weight", object({"path", "weight"}));
    add("credential_spec", object({"config", "file", "registry"}));
    add("depends_on", listOf("string") | mapOf("dependency"));
    add("dependency", object({"restart", "required", "condition:condition"}));
    add("condition", oneOfValues({"service_started", "service_healthy", "service_completed_successfully"}));
    add("devices", listOf("device"));
    add("device", scalar() | object({"source", "target", "permissions"}));
    add("extends", scalar() | object({"service", "file"}));
    add("provider", object({"type", "options:any_mapping"}));
    add("gpus", oneOfValues({"all"}) | listOf("device_request"));
    add("device_request", object({"capabilities:list_of_strings", "count", "device_ids:list_of_strings", "driver",
                                  "options:list_or_dict"}));
    add("healthcheck", object({"disable", "interval:duration", "retries", "test:string_or_list", "timeout:duration",
                               "start_period:duration", "start_interval:duration"}));
    add("logging", object({"driver", "options:mapping_of_strings"}));
    add("service_models", listOf("string") | mapOf("service_model"));
    add("service_model", object({"endpoint_var", "model_var"}));
    add("service_networks", listOf("string") | mapOf("service_network"));
    add("service_network", object({"aliases:list_of_strings", "interface_name", "ipv4_address", "ipv6_address",
                                   "link_local_ips:list_of_strings", "mac_address", "driver_opts:mapping_of_strings",
                                   "priority", "gw_priority"}));
    add("ports", listOf("port"));
    add("port", scalar(F::PortSpec) | object({"name", "mode", "host_ip", "target", "published", "protocol", "app_protocol"}));
    add("service_hooks", listOf("service_hook"));
    add("service_volumes", listOf("service_volume"));
    add("service_volume", scalar(F::MountSpec) | object({"type:mount_type", "source", "target", "read_only", "consistency",
                                                         "bind:bind_options", "volume:volume_options",
                                                         "tmpfs:tmpfs_options", "image:image_options"}));
    add("mount_type", oneOfValues({"bind", "volume", "tmpfs", "cluster", "npipe", "image"}));
    add("bind_options", object({"propagation", "create_host_path", "recursive:bind_recursive", "selinux:selinux"}));
    add("bind_recursive", oneOfValues({"enabled", "disabled", "writable", "readonly"}));
    add("selinux", oneOfValues({"z", "Z"}));
    add("volume_options", object({"labels:list_or_dict", "nocopy", "subpath"}));
    add("tmpfs_options", object({"size:bytes", "mode"}));
    add("image_options", object({"subpath"}));
    add("development", object({"watch:watch_rules"}));
    add("watch_rules", listOf("watch_rule"));
    add("watch_rule", object({"ignore:string_or_list", "include:string_or_list", "path", "action:watch_action", "target",
                              "exec:service_hook"}));
    add("watch_action", oneOfValues({"rebuild", "sync", "restart", "sync+restart", "sync+exec"}));
    add("deployment", object({"mode", "endpoint_mode", "replicas", "labels:list_or_dict", "rollback_config:update_config",
                              "update_config:update_config", "resources:resources", "restart_policy:restart_policy",
                              "placement:placement"}));
    add("update_config", object({"parallelism", "delay:duration", "failure_action", "monitor:duration",
                                 "max_failure_ratio", "order:update_order"}));
    add("update_order", oneOfValues({"start-first", "stop-first"}));
    add("resources", object({"limits:resource_limits", "reservations:resource_reservations"}));
    add("resource_limits", object({"cpus", "memory:bytes", "pids"}));
    add("resource_reservations", object({"cpus", "memory:bytes", "generic_resources:generic_resources",
                                         "devices:device_requests"}));
    add("generic_resources", listOf("generic_resource"));
    add("generic_resource", object({"discrete_resource_spec:discrete_resource_spec"}));
    add("discrete_resource_spec", object({"kind", "value"}));
    add("device_requests", listOf("device_request"));
    add("restart_policy", object({"condition", "delay:duration", "max_attempts", "window:duration"}));
    add("placement", object({"constraints:list_of_strings", "preferences:placement_preferences", "max_replicas_per_node"}));
    add("placement_preferences", listOf("placement_preference"));
    add("placement_preference", object({"spread"}));
    return t;
}


} // namespace

const Shape &shape(QAnyStringView name)
{
    static const QHash<QString, Shape> table = makeTable();
    static const Shape anything = scalar() | listOf("any") | mapOf("any");
    const auto it = table.constFind(name.toString());
    return it == table.cend() ? anything : *it;
}

QString closestKey(const QString &key, const Shape &shape)
{
    QString best;
    int bestDistance = 3;  // more than two edits away is not a typo of it
    const QString lower = key.toLower();
    for (auto it = shape.fields.cbegin(); it != shape.fields.cend(); ++it) {
        const QString &candidate = it.key();
        const int distance = editDistance(lower, candidate);
        // Ties go to the alphabetically first key, so the suggestion does not depend on hashing.
        if (distance < bestDistance || (distance == bestDistance && candidate < best)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

bool isDuration(const QString &value)
{
    // Go's time.ParseDuration, which Compose uses, plus the d and w units some Compose versions
    // read: "0", or numbers each followed by a unit (1h30m, 1.5s, 500ms). A number without a
    // unit is refused ("missing unit in duration").
    static const QRegularExpression pattern(
        QStringLiteral("^[-+]?(0|((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|\\x{00B5}s|\\x{03BC}s|ms|s|m|h|d|w))+)$"));
    return pattern.match(value.trimmed()).hasMatch();
}

bool isByteSize(const QString &value)
{
    // go-units' RAMInBytes: a number, an optional space, an optional k/m/g/t/p, then optional i
    // and b ("512m", "2 GB", "1.5g"). -1 stands for "unlimited" in memswap_limit.
    static const QRegularExpression pattern(QStringLiteral("^(-1|\\d+(\\.\\d+)* ?[kKmMgGtTpP]?[iI]?[bB]?)$"));
    return pattern.match(value.trimmed()).hasMatch();
}

namespace {

// go-connections' ParsePortRange: "80" or "8000-8010", each 0–65535.
bool isPortRange(const QString &text)
{
    const QStringList bounds = text.split(QLatin1Char('-'));
    if (bounds.size() > 2)
        return false;
    int previous = -1;
    for (const QString &bound : bounds) {
        bool ok = false;
        const uint port = bound.toUInt(&ok);
        if (!ok || port > 65535 || bound.startsWith(QLatin1Char('+')) || int(port) < previous)
            return false;
        previous = int(port);
    }
    return true;
}

} // namespace

QString portProblem(const QString &spec)
{
    if (spec.contains(QLatin1Char('$')))
        return {};
    // Split as go-connections' ParsePortSpec does: the last part is the container port, the one
    // before it the host port, anything before that the host address (IPv6 ones bracketed).
    const QStringList parts = spec.trimmed().split(QLatin1Char(':'));
    QString container = parts.constLast();
    const QString host = parts.size() >= 2 ? parts.at(parts.size() - 2) : QString();
    QString protocol;
    if (const qsizetype slash = container.indexOf(QLatin1Char('/')); slash >= 0) {
        protocol = container.mid(slash + 1);
        container.truncate(slash);
    }
    if (container.isEmpty())
        return Tr::tr("it names no container port");
    if (!isPortRange(container))
        return Tr::tr("'%1' is not a container port from 0 to 65535").arg(container);
    if (!host.isEmpty() && !isPortRange(host))
        return Tr::tr("'%1' is not a host port from 0 to 65535").arg(host);
    const QString lower = protocol.toLower();
    if (!protocol.isEmpty() && lower != QLatin1String("tcp") && lower != QLatin1String("udp") && lower != QLatin1String("sctp"))
        return Tr::tr("'%1' is not a protocol (tcp, udp or sctp)").arg(protocol);
    return {};
}

QString mountProblem(const QString &spec)
{
    if (spec.contains(QLatin1Char('$')))
        return {};
    // compose-go's ParseVolume refuses an empty part between colons: ":/data" mounts nothing.
    if (spec.startsWith(QLatin1Char(':')) || spec.contains(QLatin1String("::")))
        return Tr::tr("an empty part between colons, so the mount has no source");
    return {};
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
