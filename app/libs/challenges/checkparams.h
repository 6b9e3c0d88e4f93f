#pragma once

#include "challenges/challengechecker.h"

#include <QStringList>

#include <initializer_list>

// What the rows of the check-kind tables share: reading a check's parameters as the challenge
// file wrote them, the loader's validations of them, and the outcome a run gives back.
namespace DockPrep::Checks {

QStringList stringList(const QVariant &value);  // a list, or one scalar as a list of one
bool boolParam(const QVariantMap &params, const QString &name, bool fallback);
int lineAt(const QString &text, qsizetype offset);  // the 1-based line of character `offset`

CheckOutcome outcome(const ChallengeCheck &check, bool passed, int line = 0, const QString &detail = {});
// `pattern`: `regex` found (or, with `present: false`, not found) in `code`, the file without comments.
CheckOutcome runPattern(const ChallengeCheck &check, const QString &code);

// Loader-time validations: empty when the parameters are usable, else what is wrong with them.
QString requireParams(const ChallengeCheck &check, std::initializer_list<const char *> names);
QString requireRegex(const ChallengeCheck &check, const char *name);  // present and a valid regex
QString validateNothing(const ChallengeCheck &check);  // for kinds without parameters

} // namespace DockPrep::Checks
