#include "interviewer/competency.h"

#include "content/curriculum.h"

#include <QCoreApplication>

namespace DockPrep {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::Competency)
};

int ticksWithin(const AskedQuestion &question, const Entry &entry)
{
    int ticks = 0;
    for (int index : question.tickedKeyPoints)
        ticks += index < entry.keyPoints.size() ? 1 : 0;
    return ticks;
}

// The highest level the rubric lets the key points claim, and why when it is lower.
Level cappedByRubric(Level level, const RubricRatings &ratings, QString *why)
{
    if (level == Level::Principal && ratings.leadership < principalLeadershipRating) {
        *why = Tr::tr("leadership rated %1 of 5; principal needs %2").arg(ratings.leadership).arg(principalLeadershipRating);
        level = Level::Senior;
    }
    if ((level == Level::Senior || level == Level::Principal) && ratings.production < seniorProductionRating) {
        *why = Tr::tr("production experience rated %1 of 5; senior needs %2").arg(ratings.production).arg(seniorProductionRating);
        level = Level::Mid;
    }
    return level;
}

} // namespace

CompetencyAssessment assessCompetency(const InterviewSheet &sheet, const Curriculum &curriculum)
{
    CompetencyAssessment result;
    LevelEvidence byLevel[std::size(allLevels)];
    for (Level level : allLevels)
        byLevel[int(level)].level = level;
    for (const AskedQuestion &question : sheet.questions()) {
        const Entry *entry = curriculum.entry(question.entryId);
        if (!entry)
            continue;
        LevelEvidence &evidence = byLevel[int(entry->level)];
        ++evidence.questions;
        evidence.keyPointCount += int(entry->keyPoints.size());
        evidence.keyPointsTicked += ticksWithin(question, *entry);
    }

    std::optional<Level> highestShown;
    std::optional<Level> firstUnshown;
    for (LevelEvidence &evidence : byLevel) {
        if (evidence.questions == 0)
            continue;
        evidence.shown = evidence.keyPointCount > 0 && evidence.percent() >= levelPassPercent;
        result.levels.append(evidence);
        result.keyPointsTicked += evidence.keyPointsTicked;
        result.keyPointCount += evidence.keyPointCount;
        if (evidence.shown && !firstUnshown)
            highestShown = evidence.level;
        if (!evidence.shown && evidence.keyPointCount > 0 && !firstUnshown)
            firstUnshown = evidence.level;
    }
    result.score = sheet.questions().isEmpty() ? 0 : questionScore(result.keyPointsTicked, result.keyPointCount, sheet.ratings);

    if (!highestShown) {
        result.reason = result.levels.isEmpty()
            ? Tr::tr("No questions with key points have been asked yet.")
            : Tr::tr("The answers covered fewer than %1 % of the key points of the lowest level asked (%2).")
                  .arg(levelPassPercent)
                  .arg(levelDisplayName(result.levels.constFirst().level));
        return result;
    }
    QString capped;
    const Level level = cappedByRubric(*highestShown, sheet.ratings, &capped);
    result.supported = level;
    const LevelEvidence &top = byLevel[int(*highestShown)];
    QString reason = Tr::tr("%1 of %2 key points at %3 level (%4 %)")
                         .arg(top.keyPointsTicked)
                         .arg(top.keyPointCount)
                         .arg(levelDisplayName(*highestShown))
                         .arg(top.percent());
    if (!capped.isEmpty())
        reason += u"; " + Tr::tr("not %1: %2").arg(levelDisplayName(*highestShown), capped);
    if (firstUnshown && *firstUnshown > *highestShown)
        reason += u"; " + Tr::tr("%1 questions were asked but not shown").arg(levelDisplayName(*firstUnshown));
    result.reason = reason + u'.';
    return result;
}

} // namespace DockPrep
