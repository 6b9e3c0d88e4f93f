#include "store/searchresultsmodel.h"

namespace DockPrep {

void SearchResultsModel::setResults(QList<SearchResult> results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const SearchResult &result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return result.title;
    case SnippetRole: return result.snippet.text;
    case MatchesRole: return QVariant::fromValue(result.snippet.matches);
    case KindRole: return int(result.kind);
    case IdRole: return result.id;
    case TargetRole: return result.target;
    default: return {};
    }
}

} // namespace DockPrep
