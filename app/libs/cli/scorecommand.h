#pragma once

#include <QStringList>

class QTextStream;

namespace DockPrep {

// `dockprep score ENTRY_ID (--answer-file FILE | -) [--format text|json] [--content DIR]`: which
// key points of an entry a typed answer covers, as the mock interview pre-ticks them, with the
// words that decided each one, so anyone can check the matcher from a terminal. `arguments`
// starts with the program name and "score". Exit codes: 0 scored, 1 the curriculum or the answer
// cannot be read, 2 bad arguments, 4 unknown entry id.
int runScoreCommand(const QStringList &arguments, const QString &builtInContent, const QString &diagramCatalog,
                    QTextStream &in, QTextStream &out, QTextStream &err);

} // namespace DockPrep
