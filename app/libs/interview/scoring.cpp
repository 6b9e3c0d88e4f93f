#include "interview/scoring.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace DockPrep {

int questionScore(int keyPointsCovered, int keyPointCount, const RubricRatings &ratings)
{
    const auto rating = [](int value) { return qBound(0, value, Rubric::maxRating); };
    // Points of the rubric per rating step: weight / 5.
    const int fixed = (Rubric::communicationWeight / Rubric::maxRating) * rating(ratings.communication)
        + (Rubric::productionWeight / Rubric::maxRating) * rating(ratings.production)
        + (Rubric::leadershipWeight / Rubric::maxRating) * rating(ratings.leadership);
    const int halfTechnical = Rubric::technicalWeight / 2;  // 20 for the key points, 20 for the rating
    if (keyPointCount <= 0)
        return fixed + (Rubric::technicalWeight / Rubric::maxRating) * rating(ratings.technical);
    const int covered = qBound(0, keyPointsCovered, keyPointCount);
    // 20 × covered / count, rounded half up in integers so 0.5 boundaries are exact.
    const int keyPointPoints = (2 * halfTechnical * covered + keyPointCount) / (2 * keyPointCount);
    return keyPointPoints + (halfTechnical / Rubric::maxRating) * rating(ratings.technical) + fixed;
}

QString scoringFormulaHelp()
{
    return QCoreApplication::translate(
        "DockPrep::Scoring",
        "How the score (0–100) is made: the evaluation rubric weighs technical skills 40 %, communication 25 %, "
        "production experience 20 % and leadership 15 %. Half of the technical part comes from the key points you "
        "covered, half from your technical rating. So: score = 20 × key points covered ÷ key points + 4 × technical "
        "+ 5 × communication + 4 × production + 3 × leadership, each rating from 0 to 5, rounded to the nearest "
        "whole number. A skipped question scores 0.");
}

} // namespace DockPrep
