#include "sessions/sessionhistorymodel.h"

#include "interview/sessionsummary.h"

#include <QLocale>

namespace DockPrep {

SessionHistoryModel::SessionHistoryModel(InterviewStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &InterviewStore::sessionCreated, this, &SessionHistoryModel::reload);
    connect(store, &InterviewStore::sessionFinished, this, &SessionHistoryModel::reload);
    connect(store, &InterviewStore::sessionAbandoned, this, &SessionHistoryModel::reload);
    connect(store, &InterviewStore::sessionsImported, this, &SessionHistoryModel::reload);
    reload();
}

void SessionHistoryModel::reload()
{
    beginResetModel();
    m_records = m_store->sessions();
    endResetModel();
}

int SessionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int SessionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const SessionRecord *SessionHistoryModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

QVariant SessionHistoryModel::data(const QModelIndex &index, int role) const
{
    const SessionRecord *r = index.isValid() ? record(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == SessionIdRole)
        return r->id;
    if (role == IncompleteRole)
        return r->state == SessionRecord::State::Incomplete;
    if (role == Qt::TextAlignmentRole && (index.column() == Questions || index.column() == Time || index.column() == Score))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Started:
        return QLocale().toString(r->started.toLocalTime(), QLocale::ShortFormat);
    case Kind: {
        if (const auto preset = sessionPreset(r->config.presetId))
            return preset->title;
        return tr("Custom (shuffle number %1)").arg(r->config.seed);
    }
    case Questions:
        return tr("%1 of %2").arg(r->answered).arg(r->questions);
    case Time:
        return formatDuration(r->usedMs);
    case Score:
        return r->score >= 0 ? QVariant(r->score) : QVariant();
    case Status:
        switch (r->state) {
        case SessionRecord::State::Incomplete: return tr("Incomplete: can be resumed");
        case SessionRecord::State::Finished: return tr("Finished");
        case SessionRecord::State::Abandoned: return tr("Discarded");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant SessionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started: return tr("Started");
    case Kind: return tr("Session");
    case Questions: return tr("Answered");
    case Time: return tr("Time");
    case Score: return tr("Score");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace DockPrep
