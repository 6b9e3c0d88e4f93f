#pragma once

#include <QString>

namespace DockPrep {

// An id a reader should not see, as words, for the rare record whose title is gone (a note on a
// question the curriculum no longer has): "removed-long-ago" -> "Removed long ago".
QString idAsWords(const QString &id);

} // namespace DockPrep
