#pragma once

#include <QAnyStringView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace DockPrep {

// What the compose checker knows about the Compose Specification and about the images it meets,
// kept apart from the YAML walking so each table can be read (and corrected) on its own.
namespace ComposeSpec {

// The structure of a compose file as the Compose Specification's JSON schema (compose-spec.json)
// defines it, reduced to what decides whether Compose refuses a value: which YAML shapes each key
// takes (a single value, a list, a mapping, or several of these), the keys a mapping allows, and
// the format of durations, sizes, ports and enumerations. Shapes are named after the schema's
// definitions ("service", "healthcheck", "list_or_dict"…) and refer to each other by name.
enum class ScalarFormat {
    Text,      // any string, number or boolean
    Duration,  // 30s, 1m30s, 500ms
    Bytes,     // 512m, 2g, 1073741824
    Enum,      // one of Shape::allowed
    PortSpec,  // [[host_ip:]host_port:]container_port[/protocol], ports may be ranges
    MountSpec, // [source:]target[:mode] of a service's volumes
};

struct Shape {
    bool scalar = false;  // a single value is allowed
    ScalarFormat format = ScalarFormat::Text;
    QStringList allowed;  // for ScalarFormat::Enum
    QString items;        // the shape of each item when a list is allowed; empty when it is not
    bool mapping = false; // a mapping is allowed
    QHash<QString, QString> fields;  // the keys of a closed mapping and their shapes
    QString values;       // the shape of every value of an open mapping (when fields is empty)
};

// The shape of that name; the one accepting anything for a name the table does not have.
const Shape &shape(QAnyStringView name);
inline constexpr QLatin1StringView topLevelShape{"compose"};
inline constexpr QLatin1StringView serviceShape{"service"};

// The key of the shape closest to `key` (a likely typo), or empty when none is close.
QString closestKey(const QString &key, const Shape &shape);

// Formats Compose checks while reading the file; values holding ${…} are read after
// interpolation, so they are never judged here.
bool isDuration(const QString &value);
bool isByteSize(const QString &value);
// Why Compose refuses a short port mapping ("8080:80", "127.0.0.1:5432:5432/tcp"), or empty.
QString portProblem(const QString &spec);
// Why Compose refuses a short volume mount (":/data" has no source), or empty.
QString mountProblem(const QString &spec);

// An image reference split the way the engine reads it: registry/path:tag@digest.
struct ImageReference {
    QString repository;  // everything before the tag, e.g. "docker.io/library/postgres"
    QString name;        // the last path component, lower-case, e.g. "postgres"
    QString tag;         // empty when untagged
    bool pinnedByDigest = false;
    bool interpolated = false;  // contains ${…}: what it names is known only at run time
};
ImageReference parseImage(const QString &image);

// A database image: where it keeps its data and which variables it needs at first start.
struct DatabaseProfile {
    QString kind;                     // "postgres", "mysql"…
    QStringList dataPaths;            // a mount on (or above) one of these persists the data
    QList<QStringList> requiredEnv;   // each group: at least one of these must be set
    QStringList databaseNameEnv;      // the variables naming the database to create, if any
};
std::optional<DatabaseProfile> databaseProfile(const ImageReference &image);

// True for variable names that hold credentials (FOO_PASSWORD, API_TOKEN…) and are not the
// *_FILE form or a flag such as MYSQL_ALLOW_EMPTY_PASSWORD.
bool isSecretVariableName(const QString &name);

} // namespace ComposeSpec

} // namespace DockPrep
