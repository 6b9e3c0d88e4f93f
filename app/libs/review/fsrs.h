#pragma once

#include <array>

namespace DockPrep {

// FSRS-5, the Free Spaced Repetition Scheduler by Jarrett Ye (open-spaced-repetition), the
// version Anki 24.11 ships as its default, written here from its published equations with its
// published default weights w0…w18. Grades G: 1 Again (forgot), 2 Hard, 3 Good, 4 Easy.
// Stability S is in days: the time for the probability of recall to fall from 100 % to 90 %.
// Difficulty D lies in [1, 10].
//
//   Forgetting curve      R(t, S) = (1 + FACTOR · t / S)^DECAY,  DECAY = −0.5,
//                         FACTOR = 0.9^(1/DECAY) − 1 = 19/81, so R(S, S) = 0.9
//   Next interval         I(r, S) = S / FACTOR · (r^(1/DECAY) − 1); for r = 0.9 this is S
//   Initial stability     S0(G) = w[G−1]
//   Initial difficulty    D0(G) = w4 − e^(w5 · (G − 1)) + 1, clamped to [1, 10]
//   Difficulty update     ΔD = −w6 · (G − 3);  D″ = D + ΔD · (10 − D) / 9   (linear damping)
//                         D′ = w7 · D0(4) + (1 − w7) · D″   (mean reversion), clamped to [1, 10]
//   Recall (G ≥ 2)        S′r = S · (1 + e^w8 · (11 − D) · S^(−w9) · (e^(w10 · (1 − R)) − 1)
//                                    · (w15 if G = 2) · (w16 if G = 4))
//   Forgetting (G = 1)    S′f = min(w11 · D^(−w12) · ((S + 1)^w13 − 1) · e^(w14 · (1 − R)),
//                                   S / e^(w17 · w18))
//   Same-day review       S′s = S · e^(w17 · (G − 3 + w18))
// Stability never drops below 0.01 days.
namespace Fsrs {

enum class Grade { Again = 1, Hard = 2, Good = 3, Easy = 4 };

inline constexpr std::array<double, 19> defaultWeights{0.40255, 1.18385, 3.173,  15.69105, 7.1949,  0.5345, 1.4604,
                                                       0.0046,  1.54575, 0.1192, 1.01925,  1.9395,  0.11,   0.29605,
                                                       2.2698,  0.2315,  2.9898, 0.51655,  0.6621};
inline constexpr double decay = -0.5;
inline constexpr double factor = 19.0 / 81.0;
inline constexpr double desiredRetention = 0.9;
inline constexpr double minimumStability = 0.01;
inline constexpr double minimumDifficulty = 1.0;
inline constexpr double maximumDifficulty = 10.0;
inline constexpr int maximumIntervalDays = 36500;  // a hundred years, as Anki caps it

struct Memory {
    double stability = 0;
    double difficulty = 0;
};

double retrievability(double elapsedDays, double stability);
// Whole days until recall is expected to fall to the desired retention: I(r, S) rounded, at
// least one day (a question is never due again the day it was reviewed) and at most 100 years.
int intervalDays(double stability, double retention = desiredRetention);

double initialStability(Grade grade);
double initialDifficulty(Grade grade);  // clamped
double nextDifficulty(double difficulty, Grade grade);
double stabilityAfterRecall(double difficulty, double stability, double retrievability, Grade grade);
double stabilityAfterForgetting(double difficulty, double stability, double retrievability);
double stabilityAfterSameDayReview(double stability, Grade grade);

// The memory after a first review graded `grade`.
Memory first(Grade grade);
// The memory after a review `elapsedDays` whole days after the previous one (0: the same day).
Memory next(const Memory &memory, int elapsedDays, Grade grade);

} // namespace Fsrs

} // namespace DockPrep
