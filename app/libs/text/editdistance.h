#pragma once

#include <QString>

namespace DockPrep {

// Levenshtein distance (insertions, deletions and substitutions of UTF-16 units), for "did you
// mean …?" suggestions on short keywords: quadratic in time, so only for small strings.
int editDistance(const QString &a, const QString &b);

} // namespace DockPrep
