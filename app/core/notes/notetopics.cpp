#include "notetopics.h"

#include "content/curriculum.h"
#include "diagrams/diagramcatalog.h"

#include <QCoreApplication>

namespace DockPrep {

NoteTopics::NoteTopics(const Curriculum *curriculum, const DiagramCatalog *diagrams)
    : m_curriculum(curriculum)
    , m_diagrams(diagrams)
{
}

QString NoteTopics::title(const QString &target) const
{
    if (target.isEmpty())
        return QCoreApplication::translate("DockPrep::NoteTopics", "Free note");
    if (target.startsWith(QLatin1String("entry:"))) {
        const QString id = target.mid(6);
        if (const Entry *entry = m_curriculum ? m_curriculum->entry(id) : nullptr)
            return entry->title;
        return QCoreApplication::translate("DockPrep::NoteTopics", "A question no longer in the curriculum (%1)").arg(id);
    }
    if (target.startsWith(QLatin1String("diagram:"))) {
        const QString link = target.mid(8);
        const QString title = m_diagrams ? m_diagrams->linkTitle(link) : QString();
        // The same words the notes panel's heading uses while the element is open.
        return QCoreApplication::translate("DockPrep::NoteTopics", "Diagram: %1").arg(title.isEmpty() ? link : title);
    }
    return target;
}

} // namespace DockPrep
