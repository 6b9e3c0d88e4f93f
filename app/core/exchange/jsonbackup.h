#pragma once

#include "studysnapshot.h"

#include <QByteArray>
#include <QDateTime>

namespace DockPrep {

// The full backup: every note, bookmark and progress record with its stable id and timestamps,
// in a documented JSON shape (see README, "Backups") that carries a format version.
namespace JsonBackup {

inline constexpr QLatin1StringView formatName{"dockprep-backup"};
inline constexpr int formatVersion = 1;

QByteArray write(const StudySnapshot &snapshot, const QDateTime &exportedAt);

struct ReadResult {
    StudySnapshot snapshot;
    QString error;  // empty on success; plain words otherwise, nothing partial is returned
    bool ok() const { return error.isEmpty(); }
};
ReadResult read(const QByteArray &data);

} // namespace JsonBackup

} // namespace DockPrep
