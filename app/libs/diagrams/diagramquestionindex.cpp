#include "diagrams/diagramquestionindex.h"

#include "content/curriculum.h"
#include "diagrams/diagramcatalog.h"

namespace DockPrep {

DiagramQuestionIndex::DiagramQuestionIndex(const Curriculum &curriculum, const DiagramCatalog &catalog)
{
    for (const QString &entryId : curriculum.readingOrder()) {
        const Entry *entry = curriculum.entry(entryId);
        for (const QString &link : entry->diagrams)
            m_links[link].append({entry->id, entry->title});
    }
    for (const DiagramMetadata &diagram : catalog.diagrams()) {
        for (const DiagramElement &element : diagram.elements) {
            QList<QuestionLink> &links = m_links[diagram.id + QLatin1Char('#') + element.id];
            for (const QString &entryId : element.questions) {
                const Entry *entry = curriculum.entry(entryId);
                if (!entry)
                    continue;  // the build-time check reports it
                const QuestionLink link{entry->id, entry->title};
                if (!links.contains(link))
                    links.append(link);
            }
        }
    }
}

QList<QuestionLink> DiagramQuestionIndex::questions(const QString &diagramId, const QString &elementId) const
{
    return m_links.value(diagramId + QLatin1Char('#') + elementId);
}

} // namespace DockPrep
