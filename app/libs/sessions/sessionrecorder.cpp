#include "sessions/sessionrecorder.h"

#include "interview/interviewsession.h"
#include "store/interviewstore.h"

namespace DockPrep {

SessionRecorder::SessionRecorder(InterviewSession *session, InterviewStore *store, qint64 sessionId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_sessionId(sessionId)
{
    connect(session, &InterviewSession::questionRecorded, this, &SessionRecorder::save);
    connect(session, &InterviewSession::finished, this, [this] {
        QString error;
        if (m_store->finishSession(m_sessionId, &error))
            Q_EMIT sessionStored(m_sessionId);
        else
            Q_EMIT saveFailed(error);
    });
}

bool SessionRecorder::save(int index)
{
    if (!m_session || index < 0)
        return false;
    QString error;
    if (m_store->saveQuestion(m_sessionId, index, m_session->question(index), &error))
        return true;
    Q_EMIT saveFailed(error);
    return false;
}

bool SessionRecorder::saveProgress()
{
    return m_session && save(m_session->currentIndex());
}

} // namespace DockPrep
