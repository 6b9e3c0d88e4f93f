#pragma once

#include <QStringList>

class QTextStream;

namespace DockPrep {

// `dockprep analyze FILE [--changed PATH]... [--build-arg NAME]... [--target STAGE]
// [--format text|json]`: the Dockerfile analyzer from a terminal. `arguments` starts with the
// program name and "analyze"; FILE "-" reads standard input. Exit codes, on the same scale as
// `dockprep check-compose`: 0 no warnings or errors (info findings may be printed), 1 warnings
// (lint or parser), 2 bad arguments, 3 errors (the file does not parse, or an error-severity
// finding such as a secret in ENV), 4 the file cannot be read. Output goes to stdout in every
// case 0/1/3, so a script can read the JSON and still branch on the code.
int runAnalyzeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace DockPrep
