#pragma once

#include <QDate>
#include <QString>

namespace DockPrep {

// Where one question stands in the review queue. Separate from reading progress: a question can
// be "studied" and still due for review because the last interview answer was weak.
struct ReviewState {
    QString entryId;
    int repetitions = 0;       // successful reviews in a row
    int intervalDays = 0;      // days from the last review to the next
    int easeCenti = 250;       // SM-2 ease factor × 100 (2.50), never below 130
    QDate due;                 // invalid until first reviewed
    int lastScore = -1;        // 0–100, -1 when never scored
    QDate lastReviewed;

    bool operator==(const ReviewState &) const = default;
};

// SM-2 (SuperMemo 2, Woźniak 1990) driven by interview scores.
//
// The 0–100 score becomes SM-2's quality q: 90+ → 5, 75+ → 4, 60+ → 3, 40+ → 2, 20+ → 1, else 0.
// q < 3 is a lapse: repetitions restart and the question is due again tomorrow; the ease stays.
// q ≥ 3: the interval is 1 day, then 6, then the previous interval × ease (rounded, halves up);
// the ease moves by 0.1 − (5 − q) × (0.08 + (5 − q) × 0.02), i.e. +0.10, 0, −0.14 for q = 5, 4, 3,
// and never drops below 1.30. Ease is kept in hundredths so every step is exact.
namespace ReviewScheduler {
inline constexpr int initialEaseCenti = 250;
inline constexpr int minimumEaseCenti = 130;

int quality(int score);
ReviewState next(const ReviewState &previous, int score, const QDate &today);
bool isDue(const ReviewState &state, const QDate &today);
} // namespace ReviewScheduler

} // namespace DockPrep
