#pragma once

#include <QStringList>

class QTextStream;

namespace DockPrep {

// `dockprep check-compose FILE [--format text|json]`: the compose checker from a terminal. FILE
// may be "-" for standard input. `arguments` starts with the program name and "check-compose".
// Exit codes: 0 no warnings or errors (info findings may be printed), 1 warnings, 2 bad
// arguments, 3 errors (not YAML, or Compose would refuse the file), 4 the file cannot be read.
int runCheckComposeCommand(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err);

} // namespace DockPrep
