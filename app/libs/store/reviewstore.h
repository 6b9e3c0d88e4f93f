#pragma once

#include "review/reviewschedule.h"
#include "store/database.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace DockPrep {

// The review schedule in the user's database (table review_schedule): one FSRS state per
// question, moved by grading in the reader and by finished interviews alike, so both queues are
// one. Failures return false / nullopt with a plain-words message and leave the data as it was.
class ReviewStore final : public QObject
{
    Q_OBJECT

public:
    explicit ReviewStore(Database &db, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDate today() const;  // the local calendar day of the clock: due dates are days

    // Records a review of `entryId` graded today and returns its new state.
    std::optional<ReviewState> grade(const QString &entryId, Fsrs::Grade grade, QString *error = nullptr);

    std::optional<ReviewState> state(const QString &entryId) const;
    QHash<QString, ReviewState> states() const;
    int dueCount(const QDate &today) const;
    int scheduledCount() const;                        // every question in the schedule, due or not
    QStringList dueEntries(const QDate &today) const;  // most overdue first

    // One row inserted or replaced, inside a transaction the caller holds; the caller announces
    // the change once its transaction is committed.
    static bool writeRow(const Database &db, const ReviewState &state, QString *sqlError);
    void announceChange() { Q_EMIT scheduleChanged(); }

Q_SIGNALS:
    void scheduleChanged();

private:
    QList<ReviewState> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace DockPrep
