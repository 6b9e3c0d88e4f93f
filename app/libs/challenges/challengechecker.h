#pragma once

#include "challenges/challenge.h"

#include <QList>
#include <QString>

namespace DockPrep {

// How one check came out on the user's file.
struct CheckOutcome {
    QString id;
    QString message;  // the check's own words: what must hold
    bool passed = false;
    int line = 0;     // where to look (1-based): the offending line when failed, 0 when none applies
    QString detail;   // why it failed, in one sentence from the analyzer; empty when passed
};

struct ChallengeResult {
    QList<CheckOutcome> outcomes;  // "parses" first, then the challenge's checks in order
    bool passed() const;
    int passedCount() const;
};

// Runs the challenge's checks on `text` with the compose checker or the Dockerfile parser, stage
// graph and build-cache simulator. Never throws; a file that does not parse fails "parses" (with
// the line) and every check that needs its structure.
ChallengeResult checkChallenge(const Challenge &challenge, const QString &text);

// Empty when `check` is well-formed for files of `kind`; otherwise what is wrong with it (unknown
// kind, missing or invalid parameter, unknown rule id). The loader reports these with the line.
// Both this and checkChallenge read the kinds' one table (ComposeChecks::kinds(),
// DockerfileChecks::kinds()): a new kind is one row there.
QString validateCheck(ChallengeFileKind kind, const ChallengeCheck &check);

} // namespace DockPrep
