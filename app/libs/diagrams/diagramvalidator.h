#pragma once

#include "content/contenterror.h"
#include "diagrams/diagramcatalog.h"

#include <QList>
#include <QSet>
#include <QString>

namespace DockPrep {

// Checks one diagram's metadata against its drawing and the curriculum: every id it names exists
// in the SVG as a group Qt can hit-test, every element has a title and an explanation, every step
// and keyboard-order entry names an element, every question link resolves, and the SVG uses no
// feature Qt Svg drops. `entryIds` may be empty to skip the question check.
QList<ContentError> validateDiagram(const DiagramMetadata &diagram, const QSet<QString> &entryIds);

// Every diagram of the catalog.
QList<ContentError> validateDiagrams(const DiagramCatalog &catalog, const QSet<QString> &entryIds);

} // namespace DockPrep
