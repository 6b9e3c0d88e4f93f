#pragma once

#include "content/contenterror.h"
#include "content/curriculum.h"

#include <QSet>
#include <QString>

namespace DockPrep {

class DiagramCatalog;

struct ContentLoadResult {
    Curriculum curriculum;
    QList<ContentError> errors;
    bool ok() const { return errors.isEmpty(); }
};

// Reads content/chapters.yaml and every content/<chapter>/<id>.md (see content/README.md) from a
// folder on disk or in the resources (":/content"). Validation is all-or-nothing: any error means
// the curriculum must not be shown, and every error found is reported, not just the first.
class ContentLoader
{
public:
    // diagramLinks: the valid "diagram#element" targets (see DiagramCatalog).
    explicit ContentLoader(QSet<QString> diagramLinks);

    ContentLoadResult load(const QString &folder) const;

    // Parses one question file; exposed for tests and the fuzzer. Cross-file checks (duplicate ids,
    // related links, the folder matching the chapter) happen in load().
    static Entry parseEntry(const QString &fileName, const QByteArray &data,
                            const QSet<QString> &chapterIds, const QSet<QString> &diagramLinks,
                            QList<ContentError> &errors);

private:
    QSet<QString> m_diagramLinks;
};

// The curriculum in `contentFolder` with its diagram links checked against the catalog file:
// what the app, the headless commands and the build-time check all load. A broken catalog is
// reported as an error like any broken content file.
ContentLoadResult loadCurriculum(const QString &contentFolder, const QString &diagramCatalogFile);
// The same with the catalog already read (and `catalogError` what reading it said), for a
// program that keeps the catalog to show the diagrams: it is read once.
ContentLoadResult loadCurriculum(const QString &contentFolder, const DiagramCatalog &catalog, const ContentError &catalogError);

} // namespace DockPrep
