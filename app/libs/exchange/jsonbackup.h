#pragma once

#include "exchange/studysnapshot.h"

#include <QByteArray>
#include <QDateTime>

namespace DockPrep {

// The full backup: every note, bookmark and progress record with its stable id and timestamps,
// the interview sessions and review schedule, the challenge attempts and the settings, in a
// documented JSON shape (see README, "Backups") that carries a format version. Format 3 holds the
// review schedule as FSRS states; format 2 (an SM-2 schedule, converted as the database
// migration does: ReviewScheduler::fromSm2) and format 1 (notes, bookmarks and progress only)
// still read.
namespace JsonBackup {

inline constexpr QLatin1StringView formatName{"dockprep-backup"};
inline constexpr int formatVersion = 3;

QByteArray write(const StudySnapshot &snapshot, const QDateTime &exportedAt);
// The recordings of spoken answers the snapshot refers to: a backup leaves them out (the figures
// heard from them go in) and says how many, as "recordingsExcluded".
int recordingCount(const StudySnapshot &snapshot);

struct ReadResult {
    StudySnapshot snapshot;
    QString error;  // empty on success; plain words otherwise, nothing partial is returned
    bool ok() const { return error.isEmpty(); }
};
ReadResult read(const QByteArray &data);

} // namespace JsonBackup

} // namespace DockPrep
