#include "interview/sessionsummary.h"

#include "content/curriculum.h"
#include "content/level.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace DockPrep {

int roundedMean(qint64 sum, qint64 count)
{
    if (count <= 0)
        return 0;
    return int((2 * sum + count) / (2 * count));
}

QString formatDuration(qint64 ms)
{
    const bool negative = ms < 0;
    // Whole seconds, rounded up while counting down so "0:00" only shows at zero.
    qint64 seconds = negative ? (-ms) / 1000 : (ms + 999) / 1000;
    const qint64 hours = seconds / 3600;
    seconds %= 3600;
    QString text = hours > 0 ? QStringLiteral("%1:%2:%3").arg(hours).arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'))
                             : QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return negative ? u'-' + text : text;
}

QString formatOvertime(qint64 overtimeMs)
{
    //: Time used after the clock reached zero; %1 is a duration such as 0:42
    return QCoreApplication::translate("DockPrep::Scoring", "+%1 over").arg(formatDuration(-qMax<qint64>(0, overtimeMs)).remove(u'-'));
}

SessionSummary summarise(const QList<SessionQuestion> &questions, const Curriculum &curriculum)
{
    SessionSummary summary;
    qint64 scoreSum = 0;
    QHash<QString, std::pair<qint64, int>> byChapter;
    QHash<Level, std::pair<qint64, int>> byLevel;
    for (const SessionQuestion &question : questions) {
        if (!question.counts())
            continue;
        ++summary.asked;
        summary.usedMs += question.usedMs;
        summary.pausedMs += question.pausedMs;
        summary.overtimeMs += question.overtimeMs;
        if (question.reachedZero)
            ++summary.overtimeQuestions;
        if (question.status == QuestionStatus::Skipped)
            ++summary.skipped;
        else
            ++summary.answered;
        if (question.status == QuestionStatus::Answered || question.status == QuestionStatus::Pending)
            ++summary.unscored;
        const int score = qMax(0, question.score);
        scoreSum += score;
        auto &chapter = byChapter[question.chapterId];
        chapter.first += score;
        ++chapter.second;
        auto &level = byLevel[question.level];
        level.first += score;
        ++level.second;

        if (score < SessionSummary::weakBelow) {
            SessionSummary::Weak weak{question.entryId, question.entryId, score, {}};
            if (const Entry *entry = curriculum.entry(question.entryId)) {
                weak.title = entry->title;
                for (qsizetype i = 0; i < entry->keyPoints.size(); ++i) {
                    if (!question.keyPointsTicked.value(i, false))
                        weak.missedKeyPoints.append(entry->keyPoints.at(i).text);
                }
            }
            summary.weakest.append(weak);
        }
    }
    summary.score = roundedMean(scoreSum, summary.asked);

    for (const Chapter &chapter : curriculum.chapters()) {
        const auto found = byChapter.constFind(chapter.id);
        if (found != byChapter.constEnd())
            summary.chapters.append({chapter.id, chapter.title, found->second, roundedMean(found->first, found->second)});
    }
    // Chapters the curriculum no longer has still appear, under their id.
    QStringList unknown;
    for (auto it = byChapter.constBegin(); it != byChapter.constEnd(); ++it) {
        if (!curriculum.chapter(it.key()))
            unknown.append(it.key());
    }
    unknown.sort();
    for (const QString &id : std::as_const(unknown)) {
        const auto &group = byChapter[id];
        summary.chapters.append({id, id, group.second, roundedMean(group.first, group.second)});
    }
    for (Level level : allLevels) {
        const auto found = byLevel.constFind(level);
        if (found != byLevel.constEnd())
            summary.levels.append({levelId(level), levelDisplayName(level), found->second, roundedMean(found->first, found->second)});
    }
    std::stable_sort(summary.weakest.begin(), summary.weakest.end(),
                     [](const SessionSummary::Weak &a, const SessionSummary::Weak &b) { return a.score < b.score; });
    if (summary.weakest.size() > SessionSummary::maxWeakest)
        summary.weakest.resize(SessionSummary::maxWeakest);
    return summary;
}

} // namespace DockPrep
