#include "store/interviewstore.h"

#include "interview/sessionsummary.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace DockPrep {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// "1011": one character per key point, so the column reads at a glance in any SQLite tool.
QString tickedText(const QList<bool> &ticked)
{
    QString text = QStringLiteral("");  // never null: a null QString binds as SQL NULL
    for (bool on : ticked)
        text += on ? u'1' : u'0';
    return text;
}

QList<bool> tickedFromText(const QString &text)
{
    QList<bool> ticked;
    for (QChar c : text)
        ticked.append(c == u'1');
    return ticked;
}

// A null QString binds as SQL NULL, which the NOT NULL text columns refuse.
QString notNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1StringView("")) : text;
}

QString deliveryText(const std::optional<DeliveryFigures> &delivery)
{
    return delivery ? QString::fromUtf8(QJsonDocument(delivery->toJson()).toJson(QJsonDocument::Compact)) : QStringLiteral("");
}

// Figures that do not read back (edited by hand in a SQLite tool) are dropped, not guessed.
std::optional<DeliveryFigures> deliveryFromText(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    return json.isObject() ? DeliveryFigures::fromJson(json.object()) : std::nullopt;
}

// A score or rating not given yet (negative) is SQL NULL.
QVariant optionalInt(int value)
{
    return value >= 0 ? QVariant(value) : QVariant(QMetaType::fromType<int>());
}

QVariant nullableRating(const SessionQuestion &question, int value)
{
    return question.status == QuestionStatus::Scored ? QVariant(value) : QVariant(QMetaType::fromType<int>());
}

SessionRecord::State stateFromId(const QString &id)
{
    if (id == QLatin1String("finished"))
        return SessionRecord::State::Finished;
    if (id == QLatin1String("abandoned"))
        return SessionRecord::State::Abandoned;
    return SessionRecord::State::Incomplete;
}

const QString sessionColumns = QStringLiteral(
    "s.id, s.config, s.started, s.updated, s.finished, s.state, s.score,"
    " (SELECT count(*) FROM interview_questions q WHERE q.session_id = s.id AND q.status <> 'not-asked'),"
    " (SELECT count(*) FROM interview_questions q WHERE q.session_id = s.id AND q.status IN ('answered', 'scored')),"
    " (SELECT coalesce(sum(used_ms), 0) FROM interview_questions q WHERE q.session_id = s.id)");

} // namespace

InterviewStore::InterviewStore(Database &db, QObject *parent)
    : InterviewStore(db, *new ReviewStore(db), parent)
{
    m_reviews->setParent(this);
}

InterviewStore::InterviewStore(Database &db, ReviewStore &reviews, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_reviews(&reviews)
{
    connect(m_reviews, &ReviewStore::scheduleChanged, this, &InterviewStore::reviewScheduleChanged);
}

bool InterviewStore::writable(QString *error) const
{
    if (!m_db.isOpen())
        return failWith(error, tr("The database is not open."));
    if (m_db.isReadOnly())
        return failWith(error, tr("The database was written by a newer DockPrep and is open read-only; the interview cannot be saved."));
    return true;
}

QString InterviewStore::now() const
{
    return isoUtc(m_clock());
}

QDate InterviewStore::today() const
{
    return m_clock().toLocalTime().date();
}

std::optional<qint64> InterviewStore::createSession(const SessionConfig &config, const QList<SessionQuestion> &questions,
                                                    QString *error)
{
    if (!writable(error))
        return std::nullopt;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        failWith(error, tr("Could not start the session: %1").arg(transaction.error()));
        return std::nullopt;
    }
    QString sqlError;
    QSqlQuery insert = m_db.query();
    const QString time = now();
    if (!m_db.exec(insert, QStringLiteral("INSERT INTO interview_sessions (config, started, updated) VALUES (?, ?, ?)"),
                   {QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact)), time, time}, &sqlError)) {
        failWith(error, tr("Could not start the session: %1").arg(sqlError));
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    for (int i = 0; i < questions.size(); ++i) {
        const SessionQuestion &q = questions.at(i);
        if (!m_db.exec(QStringLiteral("INSERT INTO interview_questions (session_id, position, entry_id, chapter_id, level,"
                                      " key_point_count) VALUES (?, ?, ?, ?, ?, ?)"),
                       {id, i, q.entryId, q.chapterId, levelId(q.level), q.keyPointCount}, &sqlError)
            || !saveQuestion(id, i, q, &sqlError)) {
            failWith(error, tr("Could not start the session: %1").arg(sqlError));
            return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        failWith(error, tr("Could not start the session: %1").arg(transaction.error()));
        return std::nullopt;
    }
    Q_EMIT sessionCreated(id);
    return id;
}

bool InterviewStore::saveQuestion(qint64 sessionId, int position, const SessionQuestion &q, QString *error)
{
    if (!writable(error))
        return false;
    QString sqlError;
    QSqlQuery update = m_db.query();
    if (!m_db.exec(update,
                   QStringLiteral("UPDATE interview_questions SET status = ?, answer = ?, used_ms = ?, paused_ms = ?,"
                                  " overtime_ms = ?, reached_zero = ?, key_points_ticked = ?, technical = ?,"
                                  " communication = ?, production = ?, leadership = ?, score = ?, recording = ?, delivery = ?"
                                  " WHERE session_id = ? AND position = ?"),
                   {questionStatusId(q.status), notNull(q.answer), q.usedMs,
                    q.pausedMs, q.overtimeMs, q.reachedZero ? 1 : 0, tickedText(q.keyPointsTicked),
                    nullableRating(q, q.ratings.technical), nullableRating(q, q.ratings.communication),
                    nullableRating(q, q.ratings.production), nullableRating(q, q.ratings.leadership),
                    optionalInt(q.score), notNull(q.recording),
                    deliveryText(q.delivery), sessionId, position},
                   &sqlError)) {
        return failWith(error, tr("Could not save the answer: %1").arg(sqlError));
    }
    if (update.numRowsAffected() != 1)
        return failWith(error, tr("Could not save the answer: session %1 has no question %2.").arg(sessionId).arg(position + 1));
    m_db.exec(QStringLiteral("UPDATE interview_sessions SET updated = ? WHERE id = ?"), {now(), sessionId});
    return true;
}

bool InterviewStore::finishSession(qint64 sessionId, QString *error)
{
    if (!writable(error))
        return false;
    const auto stored = loadSession(sessionId, error);
    if (!stored)
        return false;
    if (stored->record.state != SessionRecord::State::Incomplete)
        return failWith(error, tr("Session %1 is already closed.").arg(sessionId));

    qint64 sum = 0;
    int count = 0;
    for (const SessionQuestion &q : stored->questions) {
        if (q.counts()) {
            sum += qMax(0, q.score);
            ++count;
        }
    }
    const QDate day = today();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failWith(error, tr("Could not finish the session: %1").arg(transaction.error()));
    QString sqlError;
    if (!m_db.exec(QStringLiteral("UPDATE interview_sessions SET state = 'finished', finished = ?, updated = ?, score = ? WHERE id = ?"),
                   {now(), now(), roundedMean(sum, count), sessionId}, &sqlError)) {
        return failWith(error, tr("Could not finish the session: %1").arg(sqlError));
    }
    bool scheduled = false;
    for (const SessionQuestion &q : stored->questions) {
        if (q.status != QuestionStatus::Scored && q.status != QuestionStatus::Skipped)
            continue;
        ReviewState previous = reviewState(q.entryId).value_or(ReviewState{});
        previous.entryId = q.entryId;
        ReviewState next = ReviewScheduler::next(previous, ReviewScheduler::gradeForScore(qMax(0, q.score)), day);
        next.lastScore = qBound(0, q.score, 100);
        if (!ReviewStore::writeRow(m_db, next, &sqlError)) {
            return failWith(error, tr("Could not update the review schedule: %1").arg(sqlError));
        }
        scheduled = true;
    }
    if (!transaction.commit())
        return failWith(error, tr("Could not finish the session: %1").arg(transaction.error()));
    Q_EMIT sessionFinished(sessionId);
    if (scheduled)
        m_reviews->announceChange();
    return true;
}

bool InterviewStore::abandonSession(qint64 sessionId, QString *error)
{
    if (!writable(error))
        return false;
    QSqlQuery update = m_db.query();
    QString sqlError;
    if (!m_db.exec(update, QStringLiteral("UPDATE interview_sessions SET state = 'abandoned', updated = ? WHERE id = ? AND state = 'incomplete'"),
                   {now(), sessionId}, &sqlError)) {
        return failWith(error, tr("Could not discard the session: %1").arg(sqlError));
    }
    if (update.numRowsAffected() != 1)
        return failWith(error, tr("There is no unfinished session %1.").arg(sessionId));
    Q_EMIT sessionAbandoned(sessionId);
    return true;
}

bool InterviewStore::deleteSession(qint64 sessionId, QString *error)
{
    if (!writable(error))
        return false;
    QSqlQuery remove = m_db.query();
    QString sqlError;
    // Its questions go with it (ON DELETE CASCADE); the review schedule it moved stays as it is.
    if (!m_db.exec(remove, QStringLiteral("DELETE FROM interview_sessions WHERE id = ?"), {sessionId}, &sqlError))
        return failWith(error, tr("Could not delete the session: %1").arg(sqlError));
    if (remove.numRowsAffected() != 1)
        return failWith(error, tr("There is no interview session %1.").arg(sessionId));
    Q_EMIT sessionDeleted(sessionId);
    return true;
}

QList<SessionRecord> InterviewStore::querySessions(const QString &where, const QVariantList &values) const
{
    QList<SessionRecord> result;
    QSqlQuery query = m_db.query();
    QString error;
    if (!m_db.exec(query, u"SELECT " + sessionColumns + u" FROM interview_sessions s " + where, values, &error)) {
        qWarning("Could not read interview sessions: %s", qPrintable(error));
        return result;
    }
    while (query.next()) {
        SessionRecord record;
        record.id = query.value(0).toLongLong();
        QString configError;
        const auto config = SessionConfig::fromJson(QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object(), &configError);
        if (!config)
            qWarning("Session %lld has an unreadable configuration (%s); showing defaults", record.id, qPrintable(configError));
        record.config = config.value_or(SessionConfig{});
        record.started = fromIso(query.value(2));
        record.updated = fromIso(query.value(3));
        record.finished = fromIso(query.value(4));
        record.state = stateFromId(query.value(5).toString());
        record.score = query.value(6).isNull() ? -1 : query.value(6).toInt();
        record.questions = query.value(7).toInt();
        record.answered = query.value(8).toInt();
        record.usedMs = query.value(9).toLongLong();
        result.append(record);
    }
    return result;
}

QList<SessionRecord> InterviewStore::sessions() const
{
    return querySessions(QStringLiteral("ORDER BY s.started DESC, s.id DESC"), {});
}

std::optional<SessionRecord> InterviewStore::latestIncomplete() const
{
    const QList<SessionRecord> found = querySessions(QStringLiteral("WHERE s.state = 'incomplete' ORDER BY s.updated DESC, s.id DESC LIMIT 1"), {});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<StoredSession> InterviewStore::loadSession(qint64 sessionId, QString *error) const
{
    const QList<SessionRecord> found = querySessions(QStringLiteral("WHERE s.id = ?"), {sessionId});
    if (found.isEmpty()) {
        failWith(error, tr("There is no interview session %1.").arg(sessionId));
        return std::nullopt;
    }
    StoredSession stored{found.first(), {}};
    QSqlQuery query = m_db.query();
    QString sqlError;
    if (!m_db.exec(query,
                   QStringLiteral("SELECT entry_id, chapter_id, level, key_point_count, status, answer, used_ms, paused_ms,"
                                  " overtime_ms, reached_zero, key_points_ticked, technical, communication, production,"
                                  " leadership, score, recording, delivery FROM interview_questions WHERE session_id = ?"
                                  " ORDER BY position"),
                   {sessionId}, &sqlError)) {
        failWith(error, tr("Could not read session %1: %2").arg(sessionId).arg(sqlError));
        return std::nullopt;
    }
    while (query.next()) {
        SessionQuestion q;
        q.entryId = query.value(0).toString();
        q.chapterId = query.value(1).toString();
        q.level = levelFromId(query.value(2).toString()).value_or(Level::Junior);
        q.keyPointCount = query.value(3).toInt();
        q.status = questionStatusFromId(query.value(4).toString()).value_or(QuestionStatus::Pending);
        q.answer = query.value(5).toString();
        q.usedMs = query.value(6).toLongLong();
        q.pausedMs = query.value(7).toLongLong();
        q.overtimeMs = query.value(8).toLongLong();
        q.reachedZero = query.value(9).toInt() != 0;
        q.keyPointsTicked = tickedFromText(query.value(10).toString());
        q.ratings = {query.value(11).toInt(), query.value(12).toInt(), query.value(13).toInt(), query.value(14).toInt()};
        q.score = query.value(15).isNull() ? -1 : query.value(15).toInt();
        q.recording = query.value(16).toString();
        q.delivery = deliveryFromText(query.value(17).toString());
        stored.questions.append(q);
    }
    return stored;
}

QList<StoredSession> InterviewStore::allSessions() const
{
    QList<StoredSession> all;
    const QList<SessionRecord> records = querySessions(QStringLiteral("ORDER BY s.started, s.id"), {});
    for (const SessionRecord &record : records) {
        if (std::optional<StoredSession> stored = loadSession(record.id))
            all.append(*stored);
    }
    return all;
}

bool InterviewStore::writeImported(const QList<StoredSession> &sessions, const QList<ReviewState> &schedule, QString *error)
{
    if (!writable(error))
        return false;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failWith(error, tr("Could not import the interviews: %1").arg(transaction.error()));
    const auto optionalTime = [](const QDateTime &time) { return time.isValid() ? QVariant(isoUtc(time)) : QVariant(QMetaType::fromType<QString>()); };
    static const char *const states[] = {"incomplete", "finished", "abandoned"};
    QString sqlError;
    for (const StoredSession &session : sessions) {
        const SessionRecord &r = session.record;
        QSqlQuery insert = m_db.query();
        if (!m_db.exec(insert,
                       QStringLiteral("INSERT INTO interview_sessions (config, started, updated, finished, state, score)"
                                      " VALUES (?, ?, ?, ?, ?, ?)"),
                       {QString::fromUtf8(QJsonDocument(r.config.toJson()).toJson(QJsonDocument::Compact)), isoUtc(r.started),
                        isoUtc(r.updated), optionalTime(r.finished), QLatin1String(states[int(r.state)]), optionalInt(r.score)},
                       &sqlError))
            return failWith(error, tr("Could not import the interviews: %1").arg(sqlError));
        const qint64 id = insert.lastInsertId().toLongLong();
        for (int i = 0; i < session.questions.size(); ++i) {
            const SessionQuestion &q = session.questions.at(i);
            if (!m_db.exec(QStringLiteral("INSERT INTO interview_questions (session_id, position, entry_id, chapter_id, level,"
                                          " key_point_count, status, answer, used_ms, paused_ms, overtime_ms, reached_zero,"
                                          " key_points_ticked, technical, communication, production, leadership, score, delivery)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {id, i, q.entryId, q.chapterId, levelId(q.level), q.keyPointCount, questionStatusId(q.status),
                            notNull(q.answer), q.usedMs, q.pausedMs, q.overtimeMs,
                            q.reachedZero ? 1 : 0, tickedText(q.keyPointsTicked), nullableRating(q, q.ratings.technical),
                            nullableRating(q, q.ratings.communication), nullableRating(q, q.ratings.production),
                            nullableRating(q, q.ratings.leadership), optionalInt(q.score), deliveryText(q.delivery)},
                           &sqlError))
                return failWith(error, tr("Could not import the interviews: %1").arg(sqlError));
        }
    }
    for (const ReviewState &state : schedule) {
        if (!ReviewStore::writeRow(m_db, state, &sqlError))
            return failWith(error, tr("Could not import the review schedule: %1").arg(sqlError));
    }
    if (!transaction.commit())
        return failWith(error, tr("Could not import the interviews: %1").arg(transaction.error()));
    if (!sessions.isEmpty())
        Q_EMIT sessionsImported();
    if (!schedule.isEmpty())
        m_reviews->announceChange();
    return true;
}

QList<ScorePoint> InterviewStore::scoreHistory(const QString &chapterId) const
{
    QList<ScorePoint> points;
    QSqlQuery query = m_db.query();
    QString error;
    const bool ok = chapterId.isEmpty()
        ? m_db.exec(query,
                    QStringLiteral("SELECT s.id, s.finished, s.score,"
                                   " (SELECT count(*) FROM interview_questions q WHERE q.session_id = s.id AND q.status <> 'not-asked')"
                                   " FROM interview_sessions s WHERE s.state = 'finished' ORDER BY s.finished, s.id"),
                    {}, &error)
        : m_db.exec(query,
                    QStringLiteral("SELECT s.id, s.finished, sum(coalesce(q.score, 0)), count(*)"
                                   " FROM interview_sessions s JOIN interview_questions q ON q.session_id = s.id"
                                   " WHERE s.state = 'finished' AND q.chapter_id = ? AND q.status <> 'not-asked'"
                                   " GROUP BY s.id ORDER BY s.finished, s.id"),
                    {chapterId}, &error);
    if (!ok) {
        qWarning("Could not read the score history: %s", qPrintable(error));
        return points;
    }
    while (query.next()) {
        ScorePoint point;
        point.sessionId = query.value(0).toLongLong();
        point.when = fromIso(query.value(1));
        point.questions = query.value(3).toInt();
        point.score = chapterId.isEmpty() ? query.value(2).toInt() : roundedMean(query.value(2).toLongLong(), point.questions);
        points.append(point);
    }
    return points;
}

} // namespace DockPrep
