#include "store/reviewstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace DockPrep {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

ReviewStore::ReviewStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

QDate ReviewStore::today() const
{
    return m_clock().toLocalTime().date();
}

bool ReviewStore::writeRow(const Database &db, const ReviewState &state, QString *sqlError)
{
    return db.exec(QStringLiteral("INSERT INTO review_schedule (entry_id, stability, difficulty, reviews, lapses, last_grade,"
                                  " due, last_score, last_reviewed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                  " ON CONFLICT (entry_id) DO UPDATE SET stability = excluded.stability,"
                                  " difficulty = excluded.difficulty, reviews = excluded.reviews, lapses = excluded.lapses,"
                                  " last_grade = excluded.last_grade, due = excluded.due, last_score = excluded.last_score,"
                                  " last_reviewed = excluded.last_reviewed"),
                   {state.entryId, state.stability, state.difficulty, state.reviews, state.lapses, state.lastGrade,
                    isoDate(state.due), state.lastScore, isoDate(state.lastReviewed)},
                   sqlError);
}

std::optional<ReviewState> ReviewStore::grade(const QString &entryId, Fsrs::Grade grade, QString *error)
{
    if (!m_db.isOpen() || m_db.isReadOnly()) {
        failWith(error, tr("The database is open read-only; the review was not recorded."));
        return std::nullopt;
    }
    ReviewState previous = state(entryId).value_or(ReviewState{});
    previous.entryId = entryId;
    const ReviewState next = ReviewScheduler::next(previous, grade, today());
    QString sqlError;
    if (!writeRow(m_db, next, &sqlError)) {
        failWith(error, tr("Could not record the review: %1").arg(sqlError));
        return std::nullopt;
    }
    announceChange();
    return next;
}

QList<ReviewState> ReviewStore::select(const QString &where, const QVariantList &values) const
{
    QList<ReviewState> states;
    QSqlQuery query = m_db.query();
    QString error;
    if (!m_db.exec(query,
                   QStringLiteral("SELECT entry_id, stability, difficulty, reviews, lapses, last_grade, due, last_score,"
                                  " last_reviewed FROM review_schedule ")
                       + where,
                   values, &error)) {
        qWarning("Could not read the review schedule: %s", qPrintable(error));
        return states;
    }
    while (query.next()) {
        ReviewState state;
        state.entryId = query.value(0).toString();
        state.stability = query.value(1).toDouble();
        state.difficulty = query.value(2).toDouble();
        state.reviews = query.value(3).toInt();
        state.lapses = query.value(4).toInt();
        state.lastGrade = query.value(5).toInt();
        state.due = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        state.lastScore = query.value(7).toInt();
        state.lastReviewed = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        states.append(state);
    }
    return states;
}

std::optional<ReviewState> ReviewStore::state(const QString &entryId) const
{
    const QList<ReviewState> found = select(QStringLiteral("WHERE entry_id = ?"), {entryId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QHash<QString, ReviewState> ReviewStore::states() const
{
    QHash<QString, ReviewState> states;
    for (const ReviewState &state : select({}, {}))
        states.insert(state.entryId, state);
    return states;
}

int ReviewStore::dueCount(const QDate &today) const
{
    QSqlQuery query = m_db.query();
    if (!m_db.exec(query, QStringLiteral("SELECT count(*) FROM review_schedule WHERE due <= ?"), {isoDate(today)}) || !query.next())
        return 0;
    return query.value(0).toInt();
}

int ReviewStore::scheduledCount() const
{
    QSqlQuery query = m_db.query();
    if (!m_db.exec(query, QStringLiteral("SELECT count(*) FROM review_schedule"), {}) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QStringList ReviewStore::dueEntries(const QDate &today) const
{
    QStringList ids;
    QSqlQuery query = m_db.query();
    if (!m_db.exec(query, QStringLiteral("SELECT entry_id FROM review_schedule WHERE due <= ? ORDER BY due, entry_id"), {isoDate(today)}))
        return ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

} // namespace DockPrep
