#include "review/fsrs.h"

#include <algorithm>
#include <cmath>

namespace DockPrep::Fsrs {

namespace {

double w(int index)
{
    return defaultWeights[std::size_t(index)];
}

double clampDifficulty(double difficulty)
{
    return std::clamp(difficulty, minimumDifficulty, maximumDifficulty);
}

int value(Grade grade)
{
    return int(grade);
}

} // namespace

double retrievability(double elapsedDays, double stability)
{
    return std::pow(1.0 + factor * elapsedDays / std::max(stability, minimumStability), decay);
}

int intervalDays(double stability, double retention)
{
    const double days = stability / factor * (std::pow(retention, 1.0 / decay) - 1.0);
    return int(std::clamp(std::round(days), 1.0, double(maximumIntervalDays)));
}

double initialStability(Grade grade)
{
    return std::max(w(value(grade) - 1), minimumStability);
}

double initialDifficulty(Grade grade)
{
    return clampDifficulty(w(4) - std::exp(w(5) * (value(grade) - 1)) + 1.0);
}

double nextDifficulty(double difficulty, Grade grade)
{
    const double delta = -w(6) * (value(grade) - 3);
    const double damped = difficulty + delta * (10.0 - difficulty) / 9.0;
    return clampDifficulty(w(7) * initialDifficulty(Grade::Easy) + (1.0 - w(7)) * damped);
}

double stabilityAfterRecall(double difficulty, double stability, double retrievability, Grade grade)
{
    const double hardPenalty = grade == Grade::Hard ? w(15) : 1.0;
    const double easyBonus = grade == Grade::Easy ? w(16) : 1.0;
    const double growth = std::exp(w(8)) * (11.0 - difficulty) * std::pow(stability, -w(9))
        * (std::exp(w(10) * (1.0 - retrievability)) - 1.0) * hardPenalty * easyBonus;
    return std::max(stability * (1.0 + growth), minimumStability);
}

double stabilityAfterForgetting(double difficulty, double stability, double retrievability)
{
    const double fresh = w(11) * std::pow(difficulty, -w(12)) * (std::pow(stability + 1.0, w(13)) - 1.0)
        * std::exp(w(14) * (1.0 - retrievability));
    return std::max(std::min(fresh, stability / std::exp(w(17) * w(18))), minimumStability);
}

double stabilityAfterSameDayReview(double stability, Grade grade)
{
    return std::max(stability * std::exp(w(17) * (value(grade) - 3 + w(18))), minimumStability);
}

Memory first(Grade grade)
{
    return {initialStability(grade), initialDifficulty(grade)};
}

Memory next(const Memory &memory, int elapsedDays, Grade grade)
{
    Memory after;
    after.difficulty = nextDifficulty(memory.difficulty, grade);
    if (elapsedDays <= 0) {
        after.stability = stabilityAfterSameDayReview(memory.stability, grade);
        return after;
    }
    const double r = retrievability(elapsedDays, memory.stability);
    after.stability = grade == Grade::Again ? stabilityAfterForgetting(memory.difficulty, memory.stability, r)
                                            : stabilityAfterRecall(memory.difficulty, memory.stability, r, grade);
    return after;
}

} // namespace DockPrep::Fsrs
