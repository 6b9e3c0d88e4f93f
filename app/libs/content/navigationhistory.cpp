#include "content/navigationhistory.h"

namespace DockPrep {

void NavigationHistory::visit(const QString &id)
{
    if (id.isEmpty() || current() == id)
        return;
    m_items.resize(m_position + 1);
    m_items.append(Item{id, {}});
    if (m_items.size() > maxItems)
        m_items.removeFirst();
    m_position = m_items.size() - 1;
}

QString NavigationHistory::back()
{
    if (!canGoBack())
        return {};
    return m_items.at(--m_position).id;
}

QString NavigationHistory::forward()
{
    if (!canGoForward())
        return {};
    return m_items.at(++m_position).id;
}

void NavigationHistory::setPlace(const ReadingPlace &place)
{
    if (m_position >= 0)
        m_items[m_position].place = place;
}

} // namespace DockPrep
