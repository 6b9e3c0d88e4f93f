#include "notes/notetopics.h"

#include "content/curriculum.h"
#include "diagrams/diagramcatalog.h"

#include <QCoreApplication>

namespace DockPrep {

namespace {
// lupdate files Tr::tr() strings under this context (it cannot see through a forwarding tr()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(NoteTopics)
};
} // namespace

NoteTopics::NoteTopics(const Curriculum *curriculum, const DiagramCatalog *diagrams)
    : m_curriculum(curriculum)
    , m_diagrams(diagrams)
{
}

QString NoteTopics::title(const QString &target) const
{
    if (target.isEmpty())
        return Tr::tr("Free note");
    if (target.startsWith(QLatin1String("entry:"))) {
        const QString id = target.mid(6);
        if (const Entry *entry = m_curriculum ? m_curriculum->entry(id) : nullptr)
            return entry->title;
        return Tr::tr("A question no longer in the curriculum (%1)").arg(id);
    }
    if (target.startsWith(QLatin1String("diagram:"))) {
        const QString link = target.mid(8);
        const QString title = m_diagrams ? m_diagrams->linkTitle(link) : QString();
        // The same words the notes panel's heading uses while the element is open.
        return Tr::tr("Diagram: %1").arg(title.isEmpty() ? link : title);
    }
    return target;
}

} // namespace DockPrep
