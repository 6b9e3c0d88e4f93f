#pragma once

#include <QString>

namespace DockPrep {

// The four criteria of the evaluation rubric, each rated 0 (absent) to 5 (excellent) by
// the candidate after reading the model answer.
struct RubricRatings {
    int technical = 0;      // 40 %: depth, problem-solving approach, best practices, hands-on
    int communication = 0;  // 25 %: clear explanation, teaching, structure
    int production = 0;     // 20 %: real-world scenarios, incidents, operations, monitoring
    int leadership = 0;     // 15 %: decisions, trade-offs, guiding a team, process

    bool operator==(const RubricRatings &) const = default;
};

namespace Rubric {
inline constexpr int maxRating = 5;
inline constexpr int technicalWeight = 40;
inline constexpr int communicationWeight = 25;
inline constexpr int productionWeight = 20;
inline constexpr int leadershipWeight = 15;
} // namespace Rubric

// The score of one answered question, 0–100.
//
// The rubric's weights are kept exactly (technical 40, communication 25, production 20,
// leadership 15). The technical criterion is the one the key points measure objectively, so it
// is split half and half between the key points covered and the technical rating:
//
//     technical  = ½ × covered / keyPoints + ½ × technicalRating / 5
//     score      = 40 × technical + 25 × communication / 5 + 20 × production / 5 + 15 × leadership / 5
//                = 20 × covered / keyPoints + 4 × technical + 5 × communication + 4 × production
//                  + 3 × leadership
//
// rounded to the nearest integer, halves up. Only the key-point term can be fractional. A question
// without key points lets the technical rating stand for the whole technical criterion
// (8 × technical). Ratings are clamped to 0–5 and `covered` to 0–keyPoints. A skipped question
// scores 0 without this formula.
int questionScore(int keyPointsCovered, int keyPointCount, const RubricRatings &ratings);

// The formula above in words for the scoring page's help text (translated).
QString scoringFormulaHelp();

} // namespace DockPrep
