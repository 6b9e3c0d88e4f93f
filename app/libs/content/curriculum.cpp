#include "content/curriculum.h"

#include <algorithm>

namespace DockPrep {

Curriculum::Curriculum(QList<Chapter> chapters, QList<Entry> entries)
    : m_chapters(std::move(chapters))
{
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.level != b.level)
            return a.level < b.level;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    for (Chapter &chapter : m_chapters) {
        chapter.entryIds.clear();
        for (const Entry &entry : std::as_const(entries)) {
            if (entry.chapterId == chapter.id)
                chapter.entryIds.append(entry.id);
        }
        m_readingOrder += chapter.entryIds;
    }
    for (Entry &entry : entries)
        m_entries.insert(entry.id, std::move(entry));
    for (int i = 0; i < m_readingOrder.size(); ++i)
        m_positions.insert(m_readingOrder.at(i), i);
}

const Chapter *Curriculum::chapter(const QString &id) const
{
    auto it = std::find_if(m_chapters.cbegin(), m_chapters.cend(),
                           [&id](const Chapter &c) { return c.id == id; });
    return it == m_chapters.cend() ? nullptr : &*it;
}

const Entry *Curriculum::entry(const QString &id) const
{
    auto it = m_entries.constFind(id);
    return it == m_entries.cend() ? nullptr : &*it;
}

QString Curriculum::nextEntry(const QString &id) const
{
    const int pos = m_positions.value(id, -1);
    return pos >= 0 && pos + 1 < m_readingOrder.size() ? m_readingOrder.at(pos + 1) : QString();
}

QString Curriculum::previousEntry(const QString &id) const
{
    const int pos = m_positions.value(id, -1);
    return pos > 0 ? m_readingOrder.at(pos - 1) : QString();
}

} // namespace DockPrep
