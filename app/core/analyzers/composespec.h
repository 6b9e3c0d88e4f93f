#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace DockPrep {

// What the compose checker knows about the Compose Specification and about the images it meets,
// kept apart from the YAML walking so each table can be read (and corrected) on its own.
namespace ComposeSpec {

bool isKnownTopLevelKey(const QString &key);
bool isKnownServiceKey(const QString &key);
// The known service key closest to `key` (a likely typo), or empty when none is close.
QString closestServiceKey(const QString &key);
QString closestTopLevelKey(const QString &key);

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
