#include "store/challengestore.h"

#include <QSqlQuery>
#include <QVariant>

namespace DockPrep {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

ChallengeAttempt attemptFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() != 0, query.value(3).toInt(),
            QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs).toUTC()};
}

const QString selectColumns = QStringLiteral("SELECT challenge_id, body, passed, hints_shown, updated FROM challenge_attempts");

} // namespace

ChallengeStore::ChallengeStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

bool ChallengeStore::writable(QString *error) const
{
    if (!m_db.isOpen())
        return failWith(error, tr("The database is not open."));
    if (m_db.isReadOnly())
        return failWith(error, tr("The database was written by a newer DockPrep and is open read-only; your attempt cannot be saved."));
    return true;
}

bool ChallengeStore::saveAttempt(ChallengeAttempt &attempt, QString *error)
{
    if (!writable(error))
        return false;
    if (attempt.challengeId.isEmpty())
        return failWith(error, tr("An attempt needs the id of its challenge."));
    QString sqlError;
    QSqlQuery upsert = m_db.query();
    // The WHERE keeps `updated` (and the signal) still when an autosave writes the same state again.
    if (!m_db.exec(upsert,
                   QStringLiteral("INSERT INTO challenge_attempts (challenge_id, body, passed, hints_shown, updated)"
                                  " VALUES (?, ?, ?, ?, ?)"
                                  " ON CONFLICT (challenge_id) DO UPDATE SET body = excluded.body, passed = excluded.passed,"
                                  " hints_shown = excluded.hints_shown, updated = excluded.updated"
                                  " WHERE challenge_attempts.body IS NOT excluded.body"
                                  " OR challenge_attempts.passed IS NOT excluded.passed"
                                  " OR challenge_attempts.hints_shown IS NOT excluded.hints_shown"),
                   {attempt.challengeId, attempt.body.isNull() ? QStringLiteral("") : attempt.body, attempt.passed ? 1 : 0,
                    qMax(0, attempt.hintsShown), isoUtc(m_clock())},
                   &sqlError)) {
        return failWith(error, tr("Could not save your attempt: %1").arg(sqlError));
    }
    const bool changed = upsert.numRowsAffected() > 0;
    const std::optional<ChallengeAttempt> stored = this->attempt(attempt.challengeId);
    if (!stored)
        return failWith(error, tr("Could not read back your attempt."));
    attempt = *stored;
    if (changed)
        Q_EMIT attemptSaved(attempt);
    return true;
}

std::optional<ChallengeAttempt> ChallengeStore::attempt(const QString &challengeId) const
{
    QSqlQuery query = m_db.query();
    QString error;
    if (!m_db.exec(query, selectColumns + QStringLiteral(" WHERE challenge_id = ?"), {challengeId}, &error)) {
        qWarning("Could not read a challenge attempt: %s", qPrintable(error));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return attemptFrom(query);
}

QHash<QString, ChallengeAttempt> ChallengeStore::allAttempts() const
{
    QHash<QString, ChallengeAttempt> attempts;
    QSqlQuery query = m_db.query();
    QString error;
    if (!m_db.exec(query, selectColumns, {}, &error)) {
        qWarning("Could not read challenge attempts: %s", qPrintable(error));
        return attempts;
    }
    while (query.next()) {
        const ChallengeAttempt attempt = attemptFrom(query);
        attempts.insert(attempt.challengeId, attempt);
    }
    return attempts;
}

bool ChallengeStore::removeAttempt(const QString &challengeId, QString *error)
{
    if (!writable(error))
        return false;
    QString sqlError;
    if (!m_db.exec(QStringLiteral("DELETE FROM challenge_attempts WHERE challenge_id = ?"), {challengeId}, &sqlError))
        return failWith(error, tr("Could not remove your attempt: %1").arg(sqlError));
    Q_EMIT attemptRemoved(challengeId);
    return true;
}

bool ChallengeStore::writeImported(const QList<ChallengeAttempt> &attempts, QString *error)
{
    if (!writable(error))
        return false;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failWith(error, tr("Could not import the challenge attempts: %1").arg(transaction.error()));
    QString sqlError;
    for (const ChallengeAttempt &attempt : attempts) {
        if (!m_db.exec(QStringLiteral("INSERT INTO challenge_attempts (challenge_id, body, passed, hints_shown, updated)"
                                      " VALUES (?, ?, ?, ?, ?)"
                                      " ON CONFLICT (challenge_id) DO UPDATE SET body = excluded.body, passed = excluded.passed,"
                                      " hints_shown = excluded.hints_shown, updated = excluded.updated"),
                       {attempt.challengeId, attempt.body.isNull() ? QStringLiteral("") : attempt.body, attempt.passed ? 1 : 0,
                        qMax(0, attempt.hintsShown), isoUtc(attempt.updated)},
                       &sqlError))
            return failWith(error, tr("Could not import the challenge attempts: %1").arg(sqlError));
    }
    if (!transaction.commit())
        return failWith(error, tr("Could not import the challenge attempts: %1").arg(transaction.error()));
    for (const ChallengeAttempt &attempt : attempts)
        Q_EMIT attemptSaved(attempt);
    return true;
}

} // namespace DockPrep
