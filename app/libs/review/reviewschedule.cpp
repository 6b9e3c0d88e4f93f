#include "review/reviewschedule.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace DockPrep::ReviewScheduler {

Fsrs::Grade gradeForScore(int score)
{
    if (score >= 90)
        return Fsrs::Grade::Easy;
    if (score >= 70)
        return Fsrs::Grade::Good;
    if (score >= 50)
        return Fsrs::Grade::Hard;
    return Fsrs::Grade::Again;
}

ReviewState next(const ReviewState &previous, Fsrs::Grade grade, const QDate &today)
{
    ReviewState state = previous;
    const bool firstReview = previous.reviews == 0 || !previous.lastReviewed.isValid();
    Fsrs::Memory memory;
    if (firstReview) {
        memory = Fsrs::first(grade);
    } else {
        // A clock set back makes the last review look like the future: count it as the same day.
        const int elapsed = int(qMax<qint64>(0, previous.lastReviewed.daysTo(today)));
        memory = Fsrs::next({previous.stability, previous.difficulty}, elapsed, grade);
        if (grade == Fsrs::Grade::Again)
            ++state.lapses;
    }
    state.stability = memory.stability;
    state.difficulty = memory.difficulty;
    ++state.reviews;
    state.lastGrade = int(grade);
    state.lastReviewed = today;
    state.due = today.addDays(Fsrs::intervalDays(memory.stability));
    return state;
}

std::array<int, 4> intervalsFor(const ReviewState &previous, const QDate &today)
{
    std::array<int, 4> days{};
    for (int g = 1; g <= 4; ++g)
        days[std::size_t(g - 1)] = int(today.daysTo(next(previous, Fsrs::Grade(g), today).due));
    return days;
}

bool isDue(const ReviewState &state, const QDate &today)
{
    return state.due.isValid() && state.due <= today;
}

ReviewState fromSm2(const QString &entryId, int repetitions, int intervalDays, int easeCenti, const QDate &due, int lastScore,
                    const QDate &lastReviewed)
{
    const auto &w = Fsrs::defaultWeights;
    ReviewState state;
    state.entryId = entryId;
    state.stability = std::max(double(intervalDays), Fsrs::minimumStability);
    const double growthPerEase = std::exp(w[8]) * std::pow(state.stability, -w[9]) * (std::exp(0.1 * w[10]) - 1.0);
    state.difficulty = std::clamp(11.0 - (easeCenti / 100.0 - 1.0) / growthPerEase, Fsrs::minimumDifficulty, Fsrs::maximumDifficulty);
    state.reviews = qMax(1, repetitions);
    state.lapses = 0;
    state.lastGrade = lastScore >= 0 ? int(gradeForScore(lastScore)) : 0;
    state.due = due;
    state.lastScore = lastScore;
    state.lastReviewed = lastReviewed;
    return state;
}

} // namespace DockPrep::ReviewScheduler
