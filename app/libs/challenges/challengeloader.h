#pragma once

#include "challenges/challenge.h"
#include "content/contenterror.h"

#include <QList>

#include <optional>

namespace DockPrep {

struct ChallengeLoadResult {
    QList<Challenge> challenges;  // in file-name order
    QList<ContentError> errors;
    bool ok() const { return errors.isEmpty(); }
};

// The challenges compiled into the binary (content/challenges).
QString builtInChallengeFolder();

// Reads every *.yaml file of `folder` (format: content/challenges/README.md). A file with a
// problem is reported with its line and left out; the others still load.
ChallengeLoadResult loadChallenges(const QString &folder);

// One challenge from its text; problems go to `errors` (named after `fileName`).
std::optional<Challenge> parseChallenge(const QString &fileName, const QByteArray &data, QList<ContentError> &errors);

} // namespace DockPrep
