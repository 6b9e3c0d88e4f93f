#pragma once

#include <QStringList>

class QTextStream;

namespace DockPrep {

// `dockprep search QUERY [--limit N] [--format text|json] [--data-dir DIR] [--content DIR]`:
// the app's search from a terminal, over the same data. `arguments` starts with the program
// name and "search". Returns the exit code: 0 (with or without results), 2 for bad arguments,
// 1 when the data cannot be opened.
int runSearchCommand(const QStringList &arguments, const QString &builtInContent, const QString &diagramCatalog,
                     QTextStream &out, QTextStream &err);

} // namespace DockPrep
