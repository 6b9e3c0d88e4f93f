#pragma once

#include <QObject>
#include <QPointer>

namespace DockPrep {

class InterviewSession;
class InterviewStore;

// Keeps a running session and its stored copy in step: every question the engine records
// (submitted, skipped, paused, scored, timed out) is saved at once, and the session is finished
// in the store when the engine finishes. Typing is saved through saveProgress(), which the UI
// calls debounced. Errors are reported, never thrown: the session goes on in memory.
class SessionRecorder final : public QObject
{
    Q_OBJECT

public:
    SessionRecorder(InterviewSession *session, InterviewStore *store, qint64 sessionId, QObject *parent = nullptr);

    qint64 sessionId() const { return m_sessionId; }
    // Saves the current question with its answer and time up to this moment.
    bool saveProgress();

Q_SIGNALS:
    void saveFailed(const QString &message);
    void sessionStored(qint64 sessionId);  // finished in the store, review schedule updated

private:
    bool save(int index);

    QPointer<InterviewSession> m_session;
    InterviewStore *m_store;
    qint64 m_sessionId;
};

} // namespace DockPrep
