#pragma once

#include "diagrams/diagramcatalog.h"

#include <QString>
#include <QTest>

// The shipped diagrams, read from the source tree.
namespace DiagramTestData {

inline QString catalogPath()
{
    return QStringLiteral(DOCKPREP_SOURCE_DIR "/diagrams/catalog.yaml");
}

// Read and checked once per test program (each test class is its own program), then shared.
inline const DockPrep::DiagramCatalog &catalog()
{
    static const DockPrep::DiagramCatalog shipped = [] {
        QList<DockPrep::ContentError> errors;
        DockPrep::DiagramCatalog result = DockPrep::DiagramCatalog::load(catalogPath(), errors);
        if (!errors.isEmpty())
            qFatal("diagram catalog is broken: %s", qPrintable(errors.first().toString()));
        return result;
    }();
    return shipped;
}

} // namespace DiagramTestData
