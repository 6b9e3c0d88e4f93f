#pragma once

#include <QString>
#include <QStringList>

namespace DockPrep {

// Whether a user (or group) named in `USER name[:group]` exists in the image: created by a RUN
// before that USER line (useradd, adduser, groupadd, addgroup, or a line written to /etc/passwd or
// /etc/group), or one the base image ships by convention (nobody, daemon, www-data, nonroot, and
// the image's own user: node in node images, nginx in nginx…). Numbers always count: the kernel
// runs a process as any UID/GID, named or not.
bool imageUserExists(const QString &name, const QString &baseImage, const QStringList &scriptsBefore);
bool imageGroupExists(const QString &name, const QString &baseImage, const QStringList &scriptsBefore);

} // namespace DockPrep
