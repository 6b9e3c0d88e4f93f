#pragma once

#include "content/level.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace DockPrep {

// What a challenge's file is, and so which analyzer checks it.
enum class ChallengeFileKind { Compose, Dockerfile };
QString challengeFileKindId(ChallengeFileKind kind);  // "compose", "dockerfile"

// One condition the user's file must meet. `kind` picks the test and `params` holds its
// arguments as written in the challenge file (see content/challenges/README.md for each kind).
struct ChallengeCheck {
    QString id;
    QString message;  // what must hold, in the words shown next to the ✓ or ✗
    QString kind;     // "absent", "service-key", "final-user", "pattern"…
    QVariantMap params;
    bool startPasses = false;  // a guard the starting file already meets (most checks fail on it)
};

// A hands-on exercise: a broken or slow file to fix, checked by the analyzers.
struct Challenge {
    QString id;
    QString title;
    Level level = Level::Mid;
    ChallengeFileKind fileKind = ChallengeFileKind::Compose;
    QString seed;        // where the exercise comes from, if from a seed guide
    QString brief;       // Markdown: the situation and what to fix
    QString start;       // the file the user starts from
    QString solution;    // a reference solution that passes every check
    QStringList hints;   // revealed one at a time, in this order
    QList<ChallengeCheck> checks;
    QString sourceFile;  // where it was loaded from, for error messages
};

} // namespace DockPrep
