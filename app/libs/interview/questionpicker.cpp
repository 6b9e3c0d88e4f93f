#include "interview/questionpicker.h"

#include "content/curriculum.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>

namespace DockPrep {

QStringList QuestionPicker::shuffled(QStringList ids, quint32 seed)
{
    QRandomGenerator generator(seed);
    for (qsizetype i = ids.size() - 1; i > 0; --i) {
        const auto j = qsizetype(generator.bounded(quint32(i + 1)));
        ids.swapItemsAt(i, j);
    }
    return ids;
}

QuestionPicker::Result QuestionPicker::pick(const Curriculum &curriculum, const SessionConfig &config,
                                            const QHash<QString, ReviewState> &reviews, const QDate &today)
{
    Result result;
    QStringList candidates;
    for (const QString &id : curriculum.readingOrder()) {
        const Entry *entry = curriculum.entry(id);
        if (!config.chapters.isEmpty() && !config.chapters.contains(entry->chapterId))
            continue;
        if (!config.levels.isEmpty() && !config.levels.contains(entry->level))
            continue;
        candidates.append(id);
    }
    if (candidates.isEmpty()) {
        result.problem = QCoreApplication::translate("DockPrep::QuestionPicker",
                                                     "No questions match the chapters and levels you chose.");
        return result;
    }

    // Every order starts from the seeded shuffle, so ties are broken the same way on a replay.
    QStringList ordered = shuffled(candidates, config.seed);
    switch (config.order) {
    case QuestionOrder::Random:
        break;
    case QuestionOrder::WeakestFirst:
        std::stable_sort(ordered.begin(), ordered.end(), [&](const QString &a, const QString &b) {
            // Never-scored questions (-1) go after every scored one.
            const int scoreA = reviews.value(a).lastScore;
            const int scoreB = reviews.value(b).lastScore;
            const int keyA = scoreA < 0 ? 101 : scoreA;
            const int keyB = scoreB < 0 ? 101 : scoreB;
            return keyA < keyB;
        });
        break;
    case QuestionOrder::DueForReview: {
        ordered.removeIf([&](const QString &id) {
            const auto found = reviews.constFind(id);
            return found == reviews.constEnd() || !ReviewScheduler::isDue(*found, today);
        });
        std::stable_sort(ordered.begin(), ordered.end(), [&](const QString &a, const QString &b) {
            return reviews.value(a).due < reviews.value(b).due;  // most overdue first
        });
        if (ordered.isEmpty()) {
            result.problem = QCoreApplication::translate("DockPrep::QuestionPicker",
                                                         "No question in the chapters and levels you chose is due for "
                                                         "review today.");
            return result;
        }
        break;
    }
    }
    result.candidates = int(ordered.size());
    result.entryIds = ordered.mid(0, qMax(0, config.questionCount));
    return result;
}

} // namespace DockPrep
