#pragma once

#include "store/interviewstore.h"

#include <QAbstractTableModel>

namespace DockPrep {

// Every stored interview session, newest first, for the history table. Follows the store: a
// created, finished, abandoned or imported session shows without a manual refresh.
class SessionHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionHistoryModel)

public:
    enum Column { Started, Kind, Questions, Time, Score, Status, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1, IncompleteRole };

    explicit SessionHistoryModel(InterviewStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const SessionRecord *record(int row) const;
    void reload();

private:
    InterviewStore *m_store;
    QList<SessionRecord> m_records;
};

} // namespace DockPrep
