#pragma once

#include "store/search.h"

#include <QAbstractListModel>

namespace DockPrep {

// Search results as a list model for the search popup: display is the title, the snippet (with
// where its matches are) and what a result opens come through roles.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Role {
        SnippetRole = Qt::UserRole + 1,  // plain text
        MatchesRole,                     // QList<MatchRange>: where the snippet holds the words searched for
        KindRole,                        // int(SearchResult::Kind)
        IdRole,                          // entry id or note id
        TargetRole,                      // what a note is attached to
    };

    using QAbstractListModel::QAbstractListModel;

    void setResults(QList<SearchResult> results);
    const QList<SearchResult> &results() const { return m_results; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SearchResult> m_results;
};

} // namespace DockPrep
