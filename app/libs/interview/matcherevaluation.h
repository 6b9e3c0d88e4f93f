#pragma once

#include "content/curriculum.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace DockPrep {

// One typed answer of the labelled set, with the key points a careful human grader ticks.
struct LabelledAnswer {
    QString entryId;
    QString kind;  // strong, partial, wrong, negated, off-topic, buzzwords
    QString answer;
    QList<int> ticks;  // indexes into the entry's key points
};

// Precision and recall of pre-ticking over every (answer, key point) pair of the set.
struct MatcherScores {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int answers = 0;
    int entries = 0;
    int worstNegatedOrBuzzwords = 0;  // the most points ticked in one negated or buzzword answer
    QStringList mismatches;           // "entry [kind] point N: ticked/missed", for reading
    double precision() const;
    double recall() const;
};

// The labelled set (tests/data/keypoint-answers.json). On a malformed file, `error` is set and
// the list is empty.
QList<LabelledAnswer> loadLabelledAnswers(const QString &path, QString *error);

using PreTicker = std::function<QList<bool>(const QList<KeyPoint> &, const QString &)>;

// Scores `preTick` (KeyPointMatcher::match by default) against the set. An answer whose entry is
// missing or whose labels point past the entry's key points is reported in `error`.
MatcherScores evaluateMatcher(const Curriculum &curriculum, const QList<LabelledAnswer> &answers, QString *error,
                              const PreTicker &preTick = {});

} // namespace DockPrep
