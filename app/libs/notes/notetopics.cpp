#include "notes/notetopics.h"

#include "content/curriculum.h"
#include "diagrams/diagramcatalog.h"
#include "store/notetarget.h"

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
    const NoteTarget parsed = NoteTarget::parse(target);
    if (parsed.isEntry()) {
        const QString id = parsed.entryId();
        if (const Entry *entry = m_curriculum ? m_curriculum->entry(id) : nullptr)
            return entry->title;
        return Tr::tr("A question no longer in the curriculum (%1)").arg(id);
    }
    // The same words the notes panel's heading uses while the element is open.
    if (parsed.isDiagram())
        return Tr::tr("Diagram: %1").arg(diagramLinkHeading(parsed.diagramLink(), m_diagrams));
    return target;
}

} // namespace DockPrep
