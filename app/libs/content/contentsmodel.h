#pragma once

#include "content/curriculum.h"

#include <QAbstractItemModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace DockPrep {

// The table of contents: chapters at the top level, their questions below, in reading order.
// Chapter rows also count their studied questions; tooltips carry the full title (a narrow
// panel cuts long ones) and the question or the chapter's summary.
class ContentsModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentsModel)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,  // empty on chapter rows
        ChapterIdRole,
        LevelRole,       // int(Level), entries only
        TagsRole,        // QStringList
        StudiedRole,     // bool
        BookmarkedRole,  // bool
        StudiedCountRole,  // int, chapters only: how many of its questions are studied
        EntryCountRole,    // int, chapters only
        DueRole,         // bool: due for review today
    };

    explicit ContentsModel(const Curriculum &curriculum, QObject *parent = nullptr);

    QModelIndex indexForEntry(const QString &id) const;
    void setStudied(const QSet<QString> &ids);
    void setBookmarked(const QSet<QString> &ids);
    void setEntryStudied(const QString &id, bool studied);
    void setEntryBookmarked(const QString &id, bool bookmarked);
    bool isStudied(const QString &id) const { return m_studied.contains(id); }
    bool isBookmarked(const QString &id) const { return m_bookmarked.contains(id); }
    int studiedCount() const { return int(m_studied.size()); }
    // The questions due for review, from the review schedule; only rows that change are told.
    void setDue(const QSet<QString> &ids);
    bool isDue(const QString &id) const { return m_due.contains(id); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void markerChanged(const QString &id, int role);
    int studiedIn(const Chapter &chapter) const;
    void allEntriesChanged(int role);

    const Curriculum &m_curriculum;
    QSet<QString> m_studied;
    QSet<QString> m_bookmarked;
    QSet<QString> m_due;
};

// Filters the contents by text (title, tag or id, case- and accent-insensitive), by level and by
// the user's marks; a chapter stays visible while any of its questions matches.
class ContentsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Marks { Any, Unstudied, Bookmarked };

    explicit ContentsFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setLevels(const QSet<int> &levels);  // empty: every level
    void setMarks(Marks marks);
    bool isFiltering() const { return !m_words.isEmpty() || !m_levels.isEmpty() || m_marks != Marks::Any; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QSet<int> m_levels;
    Marks m_marks = Marks::Any;
};

// Lower-cases and strips diacritics so "Überlay" finds "uberlay" and "Cgroup" finds "cgroup".
QString foldForMatching(const QString &text);

} // namespace DockPrep
