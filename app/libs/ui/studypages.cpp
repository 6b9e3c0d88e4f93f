#include "ui/studypages.h"

#include "challenges/challengeloader.h"
#include "ui/challenges/challengespage.h"
#include "ui/challenges/explaindockerfilepage.h"
#include "diagrams/diagramcatalog.h"
#include "ui/diagrams/diagrampage.h"
#include "diagrams/diagramquestionindex.h"
#include "ui/interview/interviewerpage.h"
#include "ui/interview/interviewpage.h"

#include <QDir>

#include <cstdio>

namespace DockPrep {

StudyPages builtInStudyPages(const Curriculum &curriculum, const DiagramCatalog &catalog, InterviewStore &interviews,
                             ChallengeStore &attempts, const QString &dataFolder)
{
    return {
        [&curriculum, &catalog] {
            auto *diagrams = new DiagramPage(catalog);
            diagrams->setQuestionIndex(DiagramQuestionIndex(curriculum, catalog));
            return diagrams;
        },
        [&curriculum, &interviews, dataFolder] {
            auto *page = new InterviewPage(curriculum, &interviews);
            page->setRecordings(SessionRecordings(QDir(dataFolder).filePath(QStringLiteral("recordings"))));
            return page;
        },
        [&attempts] {
            const ChallengeLoadResult challenges = loadChallenges(builtInChallengeFolder());
            for (const ContentError &e : challenges.errors)
                std::fprintf(stderr, "dockprep: %s\n", qPrintable(e.toString()));
            return new ChallengesPage(challenges.challenges, &attempts);
        },
        [] { return new ExplainDockerfilePage; },
        [&curriculum, dataFolder] {
            return new InterviewerPage(curriculum, QDir(dataFolder).filePath(QStringLiteral("interviewer-sheet.json")));
        },
    };
}

} // namespace DockPrep
