#pragma once

#include "store/database.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace DockPrep {

// The user's latest try at a challenge: the file as typed, whether it passed every check the
// last time it was checked, and how many hints were revealed.
struct ChallengeAttempt {
    QString challengeId;
    QString body;
    bool passed = false;
    int hintsShown = 0;
    QDateTime updated;  // UTC
};

// The challenge_attempts table: one row per challenge, saved over by the editor. Failures return
// false with a plain-words message and leave the stored attempt as it was.
class ChallengeStore : public QObject
{
    Q_OBJECT

public:
    explicit ChallengeStore(Database &db, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Inserts or replaces the attempt; `updated` comes from the clock and only moves when
    // something changed. On success `attempt` holds what was stored.
    bool saveAttempt(ChallengeAttempt &attempt, QString *error = nullptr);
    std::optional<ChallengeAttempt> attempt(const QString &challengeId) const;
    QHash<QString, ChallengeAttempt> allAttempts() const;
    bool removeAttempt(const QString &challengeId, QString *error = nullptr);  // "start over"
    // Writes attempts from a backup as they were (`updated` kept), all or nothing.
    bool writeImported(const QList<ChallengeAttempt> &attempts, QString *error = nullptr);

Q_SIGNALS:
    void attemptSaved(const DockPrep::ChallengeAttempt &attempt);
    void attemptRemoved(const QString &challengeId);

private:
    bool writable(QString *error) const;

    Database &m_db;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace DockPrep
