#pragma once

#include "content/contenterror.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace DockPrep {

struct DiagramInfo {
    QString id;
    QString title;
    QStringList elements;
};

// diagrams/catalog.yaml: which diagrams exist and which of their elements can be linked to.
class DiagramCatalog
{
public:
    // Reads the catalog; on failure returns an empty catalog and fills *error.
    static DiagramCatalog load(const QString &fileName, ContentError *error = nullptr);

    const QList<DiagramInfo> &diagrams() const { return m_diagrams; }
    QSet<QString> links() const;  // every "diagram#element"

private:
    QList<DiagramInfo> m_diagrams;
};

} // namespace DockPrep
