#include "ui/studypages.h"

#include "challenges/challengeloader.h"
#include "ui/challenges/challengespage.h"
#include "ui/challenges/explaindockerfilepage.h"
#include "diagrams/diagramcatalog.h"
#include "ui/diagrams/diagrampage.h"
#include "diagrams/diagramquestionindex.h"
#include "ui/interview/interviewerpage.h"
#include "ui/interview/interviewpage.h"

#include <cstdio>

namespace DockPrep {

StudyPages builtInStudyPages(const Curriculum &curriculum, const DiagramCatalog &catalog, InterviewStore &interviews,
                             ChallengeStore &attempts, const QString &interviewerDraft)
{
    return {
        [&curriculum, &catalog] {
            auto *diagrams = new DiagramPage(catalog);
            diagrams->setQuestionIndex(DiagramQuestionIndex(curriculum, catalog));
            return diagrams;
        },
        [&curriculum, &interviews] { return new InterviewPage(curriculum, &interviews); },
        [&attempts] {
            const ChallengeLoadResult challenges = loadChallenges(builtInChallengeFolder());
            for (const ContentError &e : challenges.errors)
                std::fprintf(stderr, "dockprep: %s\n", qPrintable(e.toString()));
            return new ChallengesPage(challenges.challenges, &attempts);
        },
        [] { return new ExplainDockerfilePage; },
        [&curriculum, interviewerDraft] { return new InterviewerPage(curriculum, interviewerDraft); },
    };
}

} // namespace DockPrep
