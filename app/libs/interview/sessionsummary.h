#pragma once

#include "content/level.h"
#include "interview/sessionquestion.h"

#include <QList>
#include <QString>

namespace DockPrep {

class Curriculum;

// The figures a finished (or ended) session is judged by.
struct SessionSummary {
    struct Group {
        QString key;    // chapter id, or level id
        QString title;  // for display
        int questions = 0;
        int score = 0;  // mean, 0–100
    };
    struct Weak {
        QString entryId;
        QString title;
        int score = 0;
        QStringList missedKeyPoints;
    };

    int score = 0;     // mean of the scores of every asked question (skipped ones count 0)
    int asked = 0;     // questions that count (not NotAsked)
    int answered = 0;  // asked and not skipped
    int skipped = 0;
    int unscored = 0;  // answered, still waiting for a score
    qint64 usedMs = 0;
    qint64 pausedMs = 0;
    qint64 overtimeMs = 0;
    int overtimeQuestions = 0;  // questions whose clock reached zero
    QList<Group> chapters;      // in curriculum order
    QList<Group> levels;        // junior → principal
    QList<Weak> weakest;        // lowest scores first, at most `maxWeakest`, only those below 70

    static constexpr int maxWeakest = 5;
    static constexpr int weakBelow = 70;
};

// Rounded half up, for means of 0–100 scores.
int roundedMean(qint64 sum, qint64 count);

SessionSummary summarise(const QList<SessionQuestion> &questions, const Curriculum &curriculum);

// "2:05", "-0:12" (overtime), "1:02:05"
QString formatDuration(qint64 ms);
// Time past the zero, the one way every page says it: "+0:42 over" (whole seconds, rounded down
// as a count-up clock shows them).
QString formatOvertime(qint64 overtimeMs);

} // namespace DockPrep
