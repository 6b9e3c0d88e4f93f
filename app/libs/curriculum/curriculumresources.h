#pragma once

#include <QString>

namespace DockPrep {

// Where the compiled-in curriculum lives in the resource system.
QString builtInContentFolder();
QString builtInDiagramCatalog();

} // namespace DockPrep
