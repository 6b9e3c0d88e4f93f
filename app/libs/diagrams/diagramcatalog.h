#pragma once

#include "content/contenterror.h"
#include "diagrams/diagrammetadata.h"

#include <QList>
#include <QSet>
#include <QString>

namespace DockPrep {

// diagrams/catalog.yaml and the <id>.yaml beside it: which diagrams exist, in which order, and
// everything about their elements. The content loader only needs links(); the diagram page uses
// the whole metadata.
class DiagramCatalog
{
public:
    // Reads the catalog and every diagram's metadata; on failure returns an empty catalog and
    // fills *error with the first problem.
    static DiagramCatalog load(const QString &fileName, ContentError *error = nullptr);
    // The same, reporting every problem found (the build-time check wants them all).
    static DiagramCatalog load(const QString &fileName, QList<ContentError> &errors);

    const QList<DiagramMetadata> &diagrams() const { return m_diagrams; }
    const DiagramMetadata *diagram(const QString &id) const;
    QSet<QString> links() const;  // every "diagram#element"
    // What a reader calls a "diagram#element" link: "Diagram title: element title"; empty when
    // the link names nothing in the catalog.
    QString linkTitle(const QString &link) const;

private:
    QList<DiagramMetadata> m_diagrams;
};

// The heading for a link wherever a reader meets it (note topics, exports): the catalog's title,
// or else its ids as words ("build-cache#cache-hit" → "Build cache: Cache hit") when there is no
// catalog or the link names nothing in it (a diagram removed since the note was written).
QString diagramLinkHeading(const QString &link, const DiagramCatalog *catalog);

} // namespace DockPrep
