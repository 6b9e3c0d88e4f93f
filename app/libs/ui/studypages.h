#pragma once

#include "ui/mainwindow.h"

namespace DockPrep {

class ChallengeStore;
class Curriculum;
class DiagramCatalog;
class InterviewStore;

// The pages beside the reader as DockPrep ships them: the diagrams of `catalog`, the mock
// interview and the challenges saving to their stores (the recordings of spoken answers in
// `dataFolder`'s recordings folder), the Dockerfile explainer, and the interviewer's mode keeping
// its sheet in `dataFolder` as interviewer-sheet.json. Each is
// made when the window first shows it, so everything given here must outlive the window's use
// of it (main() keeps them until the event loop has ended).
StudyPages builtInStudyPages(const Curriculum &curriculum, const DiagramCatalog &catalog, InterviewStore &interviews,
                             ChallengeStore &attempts, const QString &dataFolder);

} // namespace DockPrep
