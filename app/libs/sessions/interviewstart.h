#pragma once

#include "interview/interviewsession.h"
#include "store/interviewstore.h"

#include <memory>
#include <optional>

namespace DockPrep {

class Curriculum;

// The two ways into a mock interview, decided here so the interview page only shows the result:
// a new session (its questions picked for the configuration, recorded in the store before the
// first one is asked, so a crash leaves it resumable) or an unfinished one from the store,
// continuing where it stopped with its elapsed time.
struct InterviewStart {
    std::unique_ptr<InterviewSession> session;  // not started yet; null when `problem` says why
    qint64 sessionId = 0;                       // its id in the store
    QString problem;                            // in words for the user
    bool ok() const { return session != nullptr; }
};

// Nothing is stored when no question fits the configuration or the store cannot record it.
InterviewStart startInterview(const Curriculum &curriculum, InterviewStore &store, const SessionConfig &config,
                              MonotonicClock clock);

// Only a session still unfinished in the store resumes: one finished or discarded since it was
// offered (in another DockPrep window, say) is refused, and the offer goes away, so its answers
// are never run through the clock a second time. An unfinished session without any question
// (written by a version that stored one, or cut short by a crash) has nothing to resume: it is
// discarded, kept in the history.
InterviewStart resumeInterview(InterviewStore &store, qint64 sessionId, MonotonicClock clock);

// The unfinished session to offer for resuming: the one worked on last.
std::optional<SessionRecord> interviewToResume(const InterviewStore &store);

} // namespace DockPrep
