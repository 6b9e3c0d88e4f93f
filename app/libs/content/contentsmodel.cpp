#include "content/contentsmodel.h"

#include "content/level.h"

#include <QCoreApplication>

#include <algorithm>

namespace DockPrep {

// Internal ids: 0 marks a chapter row; chapter rows' children carry (chapter row + 1).
ContentsModel::ContentsModel(const Curriculum &curriculum, QObject *parent)
    : QAbstractItemModel(parent)
    , m_curriculum(curriculum)
{
}

QModelIndex ContentsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_curriculum.chapters().size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    const Chapter &chapter = m_curriculum.chapters().at(parent.row());
    return row < chapter.entryIds.size() ? createIndex(row, 0, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex ContentsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ContentsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_curriculum.chapters().size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_curriculum.chapters().at(parent.row()).entryIds.size());
}

int ContentsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags ContentsModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant ContentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Chapter &chapter = m_curriculum.chapters().at(index.row());
        switch (role) {
        case Qt::DisplayRole: return chapter.title;
        case Qt::ToolTipRole:
            return chapter.summary.isEmpty() ? chapter.title : QString(chapter.title + QStringLiteral("\n\n") + chapter.summary);
        case ChapterIdRole: return chapter.id;
        case StudiedCountRole: return studiedIn(chapter);
        case EntryCountRole: return int(chapter.entryIds.size());
        case Qt::AccessibleDescriptionRole:
            return QCoreApplication::translate("DockPrep::ContentsModel", "%1 of %2 studied")
                .arg(studiedIn(chapter))
                .arg(chapter.entryIds.size());
        default: return {};
        }
    }
    const Chapter &chapter = m_curriculum.chapters().at(int(index.internalId() - 1));
    const QString &id = chapter.entryIds.at(index.row());
    const Entry *entry = m_curriculum.entry(id);
    switch (role) {
    case Qt::DisplayRole: return entry->title;
    case Qt::ToolTipRole: return QString(entry->title + QStringLiteral("\n\n") + entry->question);
    case EntryIdRole: return id;
    case ChapterIdRole: return chapter.id;
    case LevelRole: return int(entry->level);
    case TagsRole: return entry->tags;
    case StudiedRole: return m_studied.contains(id);
    case BookmarkedRole: return m_bookmarked.contains(id);
    case DueRole: return m_due.contains(id);
    case Qt::AccessibleDescriptionRole: {
        // What the delegate draws as a badge and markers, in words for a screen reader.
        QStringList parts{levelDisplayName(entry->level)};
        if (m_studied.contains(id))
            parts.append(QCoreApplication::translate("DockPrep::ContentsModel", "studied"));
        if (m_bookmarked.contains(id))
            parts.append(QCoreApplication::translate("DockPrep::ContentsModel", "bookmarked"));
        if (m_due.contains(id))
            parts.append(QCoreApplication::translate("DockPrep::ContentsModel", "due for review"));
        return parts.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

QModelIndex ContentsModel::indexForEntry(const QString &id) const
{
    const Entry *entry = m_curriculum.entry(id);
    if (!entry)
        return {};
    const QList<Chapter> &chapters = m_curriculum.chapters();
    for (int c = 0; c < chapters.size(); ++c) {
        const int row = int(chapters.at(c).entryIds.indexOf(id));
        if (row >= 0)
            return createIndex(row, 0, quintptr(c + 1));
    }
    return {};
}

int ContentsModel::studiedIn(const Chapter &chapter) const
{
    return int(std::count_if(chapter.entryIds.cbegin(), chapter.entryIds.cend(),
                             [this](const QString &id) { return m_studied.contains(id); }));
}

void ContentsModel::markerChanged(const QString &id, int role)
{
    const QModelIndex index = indexForEntry(id);
    if (!index.isValid())
        return;
    Q_EMIT dataChanged(index, index, {role, Qt::AccessibleDescriptionRole});
    if (role == StudiedRole) {
        const QModelIndex chapter = index.parent();
        Q_EMIT dataChanged(chapter, chapter, {StudiedCountRole, Qt::AccessibleDescriptionRole});
    }
}

// Markers change data, not structure: a reset would collapse every expanded chapter in the view.
void ContentsModel::allEntriesChanged(int role)
{
    for (int c = 0; c < rowCount(); ++c) {
        const QModelIndex chapter = index(c, 0);
        const int rows = rowCount(chapter);
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0, chapter), index(rows - 1, 0, chapter), {role, Qt::AccessibleDescriptionRole});
    }
    if (role == StudiedRole && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {StudiedCountRole, Qt::AccessibleDescriptionRole});
}

void ContentsModel::setStudied(const QSet<QString> &ids)
{
    m_studied = ids;
    allEntriesChanged(StudiedRole);
}

void ContentsModel::setBookmarked(const QSet<QString> &ids)
{
    m_bookmarked = ids;
    allEntriesChanged(BookmarkedRole);
}

void ContentsModel::setEntryStudied(const QString &id, bool studied)
{
    if (studied == m_studied.contains(id))
        return;
    studied ? (void)m_studied.insert(id) : (void)m_studied.remove(id);
    markerChanged(id, StudiedRole);
}

void ContentsModel::setEntryBookmarked(const QString &id, bool bookmarked)
{
    if (bookmarked == m_bookmarked.contains(id))
        return;
    bookmarked ? (void)m_bookmarked.insert(id) : (void)m_bookmarked.remove(id);
    markerChanged(id, BookmarkedRole);
}

void ContentsModel::setDue(const QSet<QString> &ids)
{
    // A grade changes one row; the day turning over may change many. Either way only those.
    const QSet<QString> changed = (ids - m_due) + (m_due - ids);
    m_due = ids;
    for (const QString &id : changed)
        markerChanged(id, DueRole);
}

QString foldForMatching(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toLower());
    }
    return folded;
}

ContentsFilterModel::ContentsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void ContentsFilterModel::setText(const QString &text)
{
    const QStringList words = foldForMatching(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void ContentsFilterModel::setMarks(Marks marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    invalidateRowsFilter();
}

void ContentsFilterModel::setLevels(const QSet<int> &levels)
{
    if (levels == m_levels)
        return;
    m_levels = levels;
    invalidateRowsFilter();
}

bool ContentsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ContentsModel::EntryIdRole).toString().isEmpty())
        return !isFiltering();  // a chapter: shown for its own sake only when nothing filters
    if (!m_levels.isEmpty() && !m_levels.contains(index.data(ContentsModel::LevelRole).toInt()))
        return false;
    if (m_marks == Marks::Unstudied && index.data(ContentsModel::StudiedRole).toBool())
        return false;
    if (m_marks == Marks::Bookmarked && !index.data(ContentsModel::BookmarkedRole).toBool())
        return false;
    const QString haystack = foldForMatching(index.data(Qt::DisplayRole).toString() + QLatin1Char(' ')
                                             + index.data(ContentsModel::TagsRole).toStringList().join(QLatin1Char(' '))
                                             + QLatin1Char(' ') + index.data(ContentsModel::EntryIdRole).toString());
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace DockPrep
