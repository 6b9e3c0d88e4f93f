#include "reviewschedule.h"

#include <QtGlobal>

namespace DockPrep::ReviewScheduler {

int quality(int score)
{
    if (score >= 90)
        return 5;
    if (score >= 75)
        return 4;
    if (score >= 60)
        return 3;
    if (score >= 40)
        return 2;
    if (score >= 20)
        return 1;
    return 0;
}

ReviewState next(const ReviewState &previous, int score, const QDate &today)
{
    ReviewState state = previous;
    const int q = quality(score);
    if (q < 3) {
        state.repetitions = 0;
        state.intervalDays = 1;
    } else {
        if (state.repetitions == 0)
            state.intervalDays = 1;
        else if (state.repetitions == 1)
            state.intervalDays = 6;
        else
            state.intervalDays = int((qint64(state.intervalDays) * state.easeCenti + 50) / 100);
        ++state.repetitions;
        // 0.1 − (5 − q)(0.08 + (5 − q)·0.02), in hundredths: 10 − d·(8 + 2d).
        const int d = 5 - q;
        state.easeCenti = qMax(minimumEaseCenti, state.easeCenti + 10 - d * (8 + 2 * d));
    }
    state.lastScore = qBound(0, score, 100);
    state.lastReviewed = today;
    state.due = today.addDays(state.intervalDays);
    return state;
}

bool isDue(const ReviewState &state, const QDate &today)
{
    return state.due.isValid() && state.due <= today;
}

} // namespace DockPrep::ReviewScheduler
