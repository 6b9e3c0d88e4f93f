#pragma once

#include "review/reviewschedule.h"
#include "interview/sessionconfig.h"

#include <QDate>
#include <QHash>
#include <QStringList>

namespace DockPrep {

class Curriculum;

// Chooses the questions of a session. Deterministic: the same curriculum, configuration (seed
// included), review states and day give the same questions in the same order.
class QuestionPicker
{
public:
    struct Result {
        QStringList entryIds;
        int candidates = 0;  // entries that matched the chapters and levels (and were due, if asked)
        QString problem;     // why there are no questions, in words for the user; empty on success
    };

    static Result pick(const Curriculum &curriculum, const SessionConfig &config,
                       const QHash<QString, ReviewState> &reviews, const QDate &today);

    // A Fisher–Yates shuffle driven by QRandomGenerator(seed): the same on every platform and
    // Qt version, unlike std::shuffle whose distribution is up to the standard library.
    static QStringList shuffled(QStringList ids, quint32 seed);
};

} // namespace DockPrep
