#pragma once

#include "ui/mainwindow.h"

namespace DockPrep {

class ChallengeStore;
class Curriculum;
class DiagramCatalog;
class InterviewStore;

// The four pages beside the reader as DockPrep ships them: the diagrams of `catalog`, the mock
// interview and the challenges saving to their stores, and the Dockerfile explainer. Each is
// made when the window first shows it, so everything given here must outlive the window's use
// of it (main() keeps them until the event loop has ended).
StudyPages builtInStudyPages(const Curriculum &curriculum, const DiagramCatalog &catalog, InterviewStore &interviews,
                             ChallengeStore &attempts);

} // namespace DockPrep
