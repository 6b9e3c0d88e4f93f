#pragma once

#include "challenges/challengechecker.h"

#include <QLatin1StringView>

#include <span>

namespace DockPrep {

// One row of a check-kind table: its name in the challenge files, what the loader checks of its
// parameters, and how it runs on a file analysed as `Checks` (ComposeChecks, DockerfileChecks).
// The loader (through validateCheck) and the checker read the same table, so a new kind is a row.
template <typename Checks>
struct CheckKind {
    QLatin1StringView name;
    QString (*validate)(const ChallengeCheck &check);  // empty when the parameters are usable
    CheckOutcome (Checks::*run)(const ChallengeCheck &check) const;
};

template <typename Checks>
const CheckKind<Checks> *findCheckKind(std::span<const CheckKind<Checks>> kinds, const QString &name)
{
    for (const CheckKind<Checks> &kind : kinds) {
        if (kind.name == name)
            return &kind;
    }
    return nullptr;
}

} // namespace DockPrep
