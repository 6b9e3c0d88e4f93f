#pragma once

#include <QIODevice>
#include <QString>

#include <functional>

namespace DockPrep {

// Writes a document the user asked for (a report, a scorecard) through QSaveFile: `write` fills
// the device and says whether it managed; only then does the file replace what was at `path`, so
// a failed export never leaves half a file where a good one was. On failure *error (when given)
// says "Could not write <path>: <reason>" for the user.
bool writeDocumentFile(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error);

} // namespace DockPrep
