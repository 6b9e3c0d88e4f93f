#pragma once

#include "store/reviewstore.h"
#include "interview/sessionconfig.h"
#include "interview/sessionquestion.h"
#include "store/database.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

namespace DockPrep {

// A session as the history lists it.
struct SessionRecord {
    enum class State { Incomplete, Finished, Abandoned };
    qint64 id = 0;
    SessionConfig config;
    QDateTime started;   // UTC
    QDateTime updated;   // UTC: the last answer saved
    QDateTime finished;  // UTC, invalid while incomplete
    State state = State::Incomplete;
    int score = -1;      // 0–100 once finished
    int questions = 0;   // that count (not NotAsked)
    int answered = 0;    // not skipped and not pending
    qint64 usedMs = 0;
};

struct StoredSession {
    SessionRecord record;
    QList<SessionQuestion> questions;  // in session order
};

// One point of the score chart: a finished session's score, overall or for one chapter.
struct ScorePoint {
    qint64 sessionId = 0;
    QDateTime when;  // UTC, when the session finished
    int score = 0;
    int questions = 0;
};

// Mock interviews in the user's database: sessions, their questions as answered and scored, and
// the review schedule. Every question is saved as it changes (the UI debounces typing), so a
// crash or close keeps the session incomplete and resumable with its elapsed time. Failures
// return false / nullopt with a plain-words message and leave the data as it was.
class InterviewStore final : public QObject
{
    Q_OBJECT

public:
    // With a review store of its own, or one shared with the reader (as the app does), so a
    // question graded while reading and one scored in an interview move the same schedule.
    explicit InterviewStore(Database &db, QObject *parent = nullptr);
    InterviewStore(Database &db, ReviewStore &reviews, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDate today() const;

    std::optional<qint64> createSession(const SessionConfig &config, const QList<SessionQuestion> &questions,
                                        QString *error = nullptr);
    bool saveQuestion(qint64 sessionId, int position, const SessionQuestion &question, QString *error = nullptr);
    // Marks the session finished with its score, and moves every scored or skipped question
    // through the review schedule (its score as a grade, ReviewScheduler::gradeForScore), in one
    // transaction.
    bool finishSession(qint64 sessionId, QString *error = nullptr);
    // The user chose not to resume it: kept in the history, no longer offered.
    bool abandonSession(qint64 sessionId, QString *error = nullptr);

    // Removes the session and its questions from the history. Their recordings are files, which
    // the caller removes (SessionRecordings::deleteSession does both).
    bool deleteSession(qint64 sessionId, QString *error = nullptr);

    std::optional<StoredSession> loadSession(qint64 sessionId, QString *error = nullptr) const;
    QList<SessionRecord> sessions() const;  // newest first
    std::optional<SessionRecord> latestIncomplete() const;
    // Finished sessions oldest first; with a chapter, the mean score of that chapter's questions
    // in each session that asked any.
    QList<ScorePoint> scoreHistory(const QString &chapterId = {}) const;

    // Every session with its questions, oldest first: what a backup holds.
    QList<StoredSession> allSessions() const;
    // Adds sessions from a backup as they were (new ids; times, answers and scores kept) and
    // writes the review states as given, all or nothing.
    bool writeImported(const QList<StoredSession> &sessions, const QList<ReviewState> &schedule, QString *error = nullptr);

    std::optional<ReviewState> reviewState(const QString &entryId) const { return m_reviews->state(entryId); }
    QHash<QString, ReviewState> reviewStates() const { return m_reviews->states(); }
    int dueCount(const QDate &today) const { return m_reviews->dueCount(today); }
    int scheduledCount() const { return m_reviews->scheduledCount(); }  // every question in the schedule, due or not
    QStringList dueEntries(const QDate &today) const { return m_reviews->dueEntries(today); }  // most overdue first

Q_SIGNALS:
    void sessionCreated(qint64 sessionId);
    void sessionFinished(qint64 sessionId);
    void sessionAbandoned(qint64 sessionId);
    void sessionDeleted(qint64 sessionId);
    void reviewScheduleChanged();  // by an interview, an import or the reader's grading
    // A backup's sessions were added: every list of sessions is read again.
    void sessionsImported();

private:
    bool writable(QString *error) const;
    QString now() const;
    QList<SessionRecord> querySessions(const QString &where, const QVariantList &values) const;

    Database &m_db;
    ReviewStore *m_reviews;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace DockPrep
