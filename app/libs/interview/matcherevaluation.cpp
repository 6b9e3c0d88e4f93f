#include "interview/matcherevaluation.h"

#include "interview/keypointmatcher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace DockPrep {

double MatcherScores::precision() const
{
    const int ticked = truePositives + falsePositives;
    return ticked == 0 ? 1.0 : double(truePositives) / ticked;
}

double MatcherScores::recall() const
{
    const int expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : double(truePositives) / expected;
}

QList<LabelledAnswer> loadLabelledAnswers(const QString &path, QString *error)
{
    constexpr qint64 maxBytes = 4 * 1024 * 1024;  // the set is a few dozen kilobytes
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(maxBytes), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2)").arg(path, parseError.errorString());
        return {};
    }
    QList<LabelledAnswer> result;
    for (const QJsonValue &value : document.object().value(QLatin1String("cases")).toArray()) {
        const QJsonObject object = value.toObject();
        LabelledAnswer answer{object.value(QLatin1String("entry")).toString(), object.value(QLatin1String("kind")).toString(),
                              object.value(QLatin1String("answer")).toString(), {}};
        for (const QJsonValue &tick : object.value(QLatin1String("ticks")).toArray())
            answer.ticks.append(tick.toInt(-1));
        if (answer.entryId.isEmpty() || answer.kind.isEmpty() || answer.answer.isEmpty()) {
            *error = QStringLiteral("%1: case %2 needs an entry, a kind and an answer").arg(path).arg(result.size() + 1);
            return {};
        }
        result.append(answer);
    }
    if (result.isEmpty())
        *error = QStringLiteral("%1: no cases").arg(path);
    return result;
}

MatcherScores evaluateMatcher(const Curriculum &curriculum, const QList<LabelledAnswer> &answers, QString *error,
                              const PreTicker &preTick)
{
    const PreTicker ticker = preTick ? preTick : PreTicker(&KeyPointMatcher::match);
    MatcherScores scores;
    QSet<QString> entries;
    for (const LabelledAnswer &answer : answers) {
        const Entry *entry = curriculum.entry(answer.entryId);
        if (!entry) {
            *error = QStringLiteral("unknown entry '%1' in the labelled set").arg(answer.entryId);
            return {};
        }
        QList<bool> expected(entry->keyPoints.size(), false);
        for (const int tick : answer.ticks) {
            if (tick < 0 || tick >= expected.size()) {
                *error = QStringLiteral("key point %1 of '%2' does not exist").arg(tick).arg(answer.entryId);
                return {};
            }
            expected[tick] = true;
        }
        const QList<bool> ticked = ticker(entry->keyPoints, answer.answer);
        ++scores.answers;
        entries.insert(answer.entryId);
        if (answer.kind == QLatin1String("negated") || answer.kind == QLatin1String("buzzwords"))
            scores.worstNegatedOrBuzzwords = qMax(scores.worstNegatedOrBuzzwords, int(ticked.count(true)));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const bool got = i < ticked.size() && ticked.at(i);
            if (got && expected.at(i))
                ++scores.truePositives;
            else if (got)
                ++scores.falsePositives;
            else if (expected.at(i))
                ++scores.falseNegatives;
            if (got != expected.at(i)) {
                scores.mismatches.append(QStringLiteral("%1 [%2] point %3 %4: %5")
                                             .arg(answer.entryId, answer.kind).arg(i)
                                             .arg(got ? QStringLiteral("ticked, not expected") : QStringLiteral("missed"),
                                                  entry->keyPoints.at(i).text));
            }
        }
    }
    scores.entries = int(entries.size());
    return scores;
}

} // namespace DockPrep
