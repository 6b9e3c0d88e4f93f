#pragma once

#include "content/entry.h"

#include <QHash>
#include <QList>

namespace DockPrep {

// The whole curriculum, immutable once loaded: chapters in reading order and entries by id.
class Curriculum
{
public:
    Curriculum() = default;
    Curriculum(QList<Chapter> chapters, QList<Entry> entries);

    const QList<Chapter> &chapters() const { return m_chapters; }
    const Chapter *chapter(const QString &id) const;
    const Entry *entry(const QString &id) const;
    // Every entry id in reading order: chapter by chapter, junior to principal.
    const QStringList &readingOrder() const { return m_readingOrder; }
    int entryCount() const { return m_readingOrder.size(); }

    // The neighbours of an entry in reading order; empty at either end.
    QString nextEntry(const QString &id) const;
    QString previousEntry(const QString &id) const;

private:
    QList<Chapter> m_chapters;
    QHash<QString, Entry> m_entries;
    QStringList m_readingOrder;
    QHash<QString, int> m_positions;
};

} // namespace DockPrep
