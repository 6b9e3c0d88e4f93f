#include "curriculum/curriculumresources.h"

namespace DockPrep {

QString builtInContentFolder()
{
    return QStringLiteral(":/content");
}

QString builtInDiagramCatalog()
{
    return QStringLiteral(":/diagrams/catalog.yaml");
}

} // namespace DockPrep
