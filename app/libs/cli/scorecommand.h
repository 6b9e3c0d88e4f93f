#pragma once

#include <QStringList>

class QTextStream;

namespace DockPrep {

// `dockprep score ENTRY_ID (--answer-file FILE | --recording WAV | -) [--format text|json]
// [--content DIR]`: which key points of an entry a typed answer covers, as the mock interview
// pre-ticks them, with the words that decided each one, so anyone can check the matcher from a
// terminal. With --recording the answer is a spoken one, recorded with any program: it is
// transcribed offline first, and the transcript and the delivery figures are shown too. `arguments`
// starts with the program name and "score". Exit codes: 0 scored, 1 the curriculum or the answer
// cannot be read, 2 bad arguments, 4 unknown entry id.
int runScoreCommand(const QStringList &arguments, const QString &builtInContent, const QString &diagramCatalog,
                    QTextStream &in, QTextStream &out, QTextStream &err);

} // namespace DockPrep
