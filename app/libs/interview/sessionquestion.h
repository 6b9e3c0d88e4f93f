#pragma once

#include "content/level.h"
#include "interview/deliveryfigures.h"
#include "interview/scoring.h"

#include <QList>
#include <QString>

#include <optional>

namespace DockPrep {

class Curriculum;

// Where a question of a session stands.
enum class QuestionStatus {
    Pending,   // not asked yet, or being asked
    Answered,  // the answer is in, the score is not
    Skipped,   // given up; scores 0
    Scored,    // answered and scored
    NotAsked,  // the session ended before it came up; left out of every total
};

QString questionStatusId(QuestionStatus status);
std::optional<QuestionStatus> questionStatusFromId(QStringView id);

// One question of a session, with everything recorded about it. Times are active milliseconds:
// `usedMs` never includes the time spent paused, which is in `pausedMs`.
struct SessionQuestion {
    QString entryId;
    QString chapterId;  // as the curriculum had it when the session was made
    Level level = Level::Junior;
    int keyPointCount = 0;

    QuestionStatus status = QuestionStatus::Pending;
    QString answer;
    qint64 usedMs = 0;
    qint64 pausedMs = 0;
    qint64 overtimeMs = 0;     // time used after the clock reached zero
    bool reachedZero = false;  // the clock reached zero on this question
    QList<bool> keyPointsTicked;
    RubricRatings ratings;
    int score = -1;  // 0–100 once scored or skipped
    // A spoken answer: its recording's file name in the data folder's recordings folder, and the
    // delivery figures once it has been heard. Empty and none for a typed answer.
    QString recording;
    std::optional<DeliveryFigures> delivery;

    bool counts() const { return status != QuestionStatus::NotAsked; }
    bool operator==(const SessionQuestion &) const = default;
};

// The questions for these entry ids as a new session holds them; unknown ids are left out.
QList<SessionQuestion> makeSessionQuestions(const Curriculum &curriculum, const QStringList &entryIds);

} // namespace DockPrep
