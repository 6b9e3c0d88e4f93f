#pragma once

#include "review/fsrs.h"

#include <QDate>
#include <QString>

#include <array>

namespace DockPrep {

// Where one question stands in the review queue: its FSRS memory and when it is due. One row per
// question serves the reader's grading and the interview's scores alike. Separate from reading
// progress: a question can be "studied" and still due because it is about to be forgotten.
struct ReviewState {
    QString entryId;
    double stability = 0;   // days for recall to fall to 90 %
    double difficulty = 0;  // 1–10
    int reviews = 0;        // every graded review
    int lapses = 0;         // Again after the first review
    int lastGrade = 0;      // 1 Again … 4 Easy; 0 when never graded
    QDate due;              // invalid until first reviewed
    int lastScore = -1;     // the last interview score, 0–100; -1 when never scored
    QDate lastReviewed;

    bool operator==(const ReviewState &) const = default;
};

// FSRS over calendar days (see fsrs.h for the equations): the elapsed time is whole days since
// the last review, and the next due date is the review day plus I(0.9, S) rounded.
namespace ReviewScheduler {

// An interview score as a grade: 0–49 Again (most key points missed: learn it again), 50–69
// Hard, 70–89 Good, 90–100 Easy. A skipped question scores 0, so it comes back tomorrow.
Fsrs::Grade gradeForScore(int score);

ReviewState next(const ReviewState &previous, Fsrs::Grade grade, const QDate &today);
// Days until the question would be due again after each grade, Again first: what the grading
// buttons show before one is pressed.
std::array<int, 4> intervalsFor(const ReviewState &previous, const QDate &today);
bool isDue(const ReviewState &state, const QDate &today);

// A row of the SM-2 schedule that DockPrep kept before FSRS (data version 5, backup format 2),
// as an FSRS state that keeps its due date. S: SM-2 scheduled each interval for recall it
// expected to hold, so the interval is taken as the stability (I(0.9, S) = S). D: SM-2 multiplies
// the interval by the ease on a pass, FSRS multiplies S by 1 + e^w8 · (11 − D) · S^(−w9) ·
// (e^(w10 · 0.1) − 1) on a Good review at R = 0.9; setting the two equal and solving for D gives
// D = 11 − (ease − 1) / (e^w8 · S^(−w9) · (e^(0.1 · w10) − 1)), clamped to [1, 10] (the same
// inversion Anki applies when it switches a collection to FSRS). The review count is SM-2's
// repetitions (at least 1: the row exists because the question was reviewed); lapses were not
// kept, so 0; the last grade follows from the last score.
ReviewState fromSm2(const QString &entryId, int repetitions, int intervalDays, int easeCenti, const QDate &due, int lastScore,
                    const QDate &lastReviewed);

} // namespace ReviewScheduler

} // namespace DockPrep
