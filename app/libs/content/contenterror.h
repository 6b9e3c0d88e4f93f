#pragma once

#include <QString>

namespace DockPrep {

// One problem in one content file (a question, chapters.yaml, the diagram catalog), located
// precisely enough for an author to fix it.
struct ContentError {
    QString file;
    int line = 0;
    QString message;
    // "file:line: message", the form compilers use
    QString toString() const { return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message); }
};

} // namespace DockPrep
