#pragma once

#include "content/level.h"
#include "interviewer/interviewsheet.h"

#include <QList>
#include <QString>

#include <optional>

namespace DockPrep {

class Curriculum;

// What the sheet shows at one level: the questions of that level asked and the share of their
// key points the candidate covered.
struct LevelEvidence {
    Level level = Level::Junior;
    int questions = 0;
    int keyPointsTicked = 0;
    int keyPointCount = 0;
    bool shown = false;  // asked, with at least levelPassShare of the key points covered

    int percent() const { return keyPointCount > 0 ? (100 * keyPointsTicked + keyPointCount / 2) / keyPointCount : 0; }
};

// The competency level the evidence supports, with the figures behind it and the reason in one
// sentence for the scorecard.
struct CompetencyAssessment {
    std::optional<Level> supported;  // none: not even the junior level is shown yet
    QList<LevelEvidence> levels;     // the levels asked, junior first
    int keyPointsTicked = 0;
    int keyPointCount = 0;
    int score = 0;  // 0–100: questionScore() over every key point asked and the rubric
    QString reason;
};

// The rule, taken from the interview-craft chapter (what separates the levels):
//  - A level is shown when at least one of its questions was asked and the answers covered at
//    least 60 % of those questions' key points. Questions without key points give no evidence.
//  - The level supported is the highest shown level with no asked level below it left unshown
//    (a junior question answered poorly caps a candidate who did well on senior ones at junior,
//    since the basics are part of every level above).
//  - Senior is production work: it also needs production experience rated at least 3 of 5.
//    Principal is strategy across teams: it also needs leadership rated at least 3 of 5 (and the
//    production rating senior needs). Short of that the level drops to the one the rubric backs.
// Entries the curriculum no longer has, and key-point indexes beyond an entry's list, count for
// nothing.
inline constexpr int levelPassPercent = 60;
inline constexpr int seniorProductionRating = 3;
inline constexpr int principalLeadershipRating = 3;

CompetencyAssessment assessCompetency(const InterviewSheet &sheet, const Curriculum &curriculum);

} // namespace DockPrep
