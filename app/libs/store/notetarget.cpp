#include "store/notetarget.h"

namespace DockPrep {

namespace {
constexpr QLatin1StringView entryPrefix("entry:");
constexpr QLatin1StringView diagramPrefix("diagram:");

// "diagram" or "diagram#element": a diagram id, and an element id when there is a '#'.
bool isDiagramLink(const QString &link)
{
    const qsizetype hash = link.indexOf(QLatin1Char('#'));
    return hash < 0 ? !link.isEmpty() : hash > 0 && hash < link.size() - 1;
}
} // namespace

NoteTarget NoteTarget::entry(const QString &entryId)
{
    return entryId.isEmpty() ? NoteTarget(Kind::Invalid, entryPrefix + entryId) : NoteTarget(Kind::Entry, entryId);
}

NoteTarget NoteTarget::diagram(const QString &link)
{
    return isDiagramLink(link) ? NoteTarget(Kind::Diagram, link) : NoteTarget(Kind::Invalid, diagramPrefix + link);
}

NoteTarget NoteTarget::parse(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    if (stored.startsWith(entryPrefix))
        return entry(stored.sliced(entryPrefix.size()));
    if (stored.startsWith(diagramPrefix))
        return diagram(stored.sliced(diagramPrefix.size()));
    return NoteTarget(Kind::Invalid, stored);
}

QString NoteTarget::toString() const
{
    switch (m_kind) {
    case Kind::Free: return {};
    case Kind::Entry: return entryPrefix + m_value;
    case Kind::Diagram: return diagramPrefix + m_value;
    case Kind::Invalid: return m_value;
    }
    return {};
}

} // namespace DockPrep
