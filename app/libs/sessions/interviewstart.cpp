#include "sessions/interviewstart.h"

#include "interview/questionpicker.h"

#include <QCoreApplication>

namespace DockPrep {

namespace {
// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::InterviewStart)
};

InterviewStart refused(const QString &problem)
{
    InterviewStart start;
    start.problem = problem;
    return start;
}
} // namespace

InterviewStart startInterview(const Curriculum &curriculum, InterviewStore &store, const SessionConfig &config,
                              MonotonicClock clock)
{
    const QuestionPicker::Result picked = QuestionPicker::pick(curriculum, config, store.reviewStates(), store.today());
    if (picked.entryIds.isEmpty())
        return refused(picked.problem);
    const QList<SessionQuestion> questions = makeSessionQuestions(curriculum, picked.entryIds);
    QString error;
    const std::optional<qint64> id = store.createSession(config, questions, &error);
    if (!id)
        return refused(error);
    InterviewStart start;
    start.session = std::make_unique<InterviewSession>(config, questions, std::move(clock));
    start.sessionId = *id;
    return start;
}

InterviewStart resumeInterview(InterviewStore &store, qint64 sessionId, MonotonicClock clock)
{
    QString error;
    const std::optional<StoredSession> stored = store.loadSession(sessionId, &error);
    if (!stored)
        return refused(error);
    switch (stored->record.state) {
    case SessionRecord::State::Incomplete:
        break;
    case SessionRecord::State::Finished:
        return refused(Tr::tr("That session has been finished since; its report is in the history."));
    case SessionRecord::State::Abandoned:
        return refused(Tr::tr("That session has been discarded since; it is kept in the history."));
    }
    if (stored->questions.isEmpty()) {
        store.abandonSession(sessionId);
        return refused(Tr::tr("That session has no questions to resume, so it was discarded."));
    }
    InterviewStart start;
    start.session = std::make_unique<InterviewSession>(stored->record.config, stored->questions, std::move(clock));
    start.sessionId = sessionId;
    return start;
}

std::optional<SessionRecord> interviewToResume(const InterviewStore &store)
{
    return store.latestIncomplete();
}

} // namespace DockPrep
