#include "speech/delivery.h"

#include "content/entry.h"
#include "interview/keypointmatcher.h"
#include "speech/languagemodel.h"

namespace DockPrep {

DeliveryFigures deliveryFigures(const Transcript &transcript, const QList<KeyPoint> &keyPoints)
{
    DeliveryFigures figures;
    const QList<SpokenWord> &words = transcript.words;
    if (words.isEmpty())
        return figures;
    figures.words = int(words.size());
    figures.speakingMs = words.constLast().endMs - words.constFirst().startMs;
    if (figures.speakingMs >= 2000)
        figures.wordsPerMinute = int((qint64(figures.words) * 60000 + figures.speakingMs / 2) / figures.speakingMs);
    for (qsizetype i = 1; i < words.size(); ++i) {
        const qint64 gap = words.at(i).startMs - words.at(i - 1).endMs;
        figures.longestSilenceMs = std::max(figures.longestSilenceMs, gap);
        if (gap >= longSilenceMs)
            ++figures.longSilences;
    }

    // Fillers: longest phrase first at each position, so "you know" is not also "know".
    for (qsizetype i = 0; i < words.size();) {
        qsizetype matched = 0;
        for (const QString &phrase : fillerPhrases()) {
            const QStringList parts = phrase.split(u' ');
            if (parts.size() <= matched || i + parts.size() > words.size())
                continue;
            bool all = true;
            for (qsizetype k = 0; k < parts.size() && all; ++k)
                all = words.at(i + k).text == parts.at(k);
            if (all) {
                matched = parts.size();
                if (!figures.fillersHeard.contains(phrase))
                    figures.fillersHeard.append(phrase);
            }
        }
        figures.fillers += matched > 0 ? 1 : 0;
        i += std::max<qsizetype>(matched, 1);
    }

    QList<qsizetype> offsets;
    for (const SpokenWord &word : words)
        offsets.append(word.offset);
    for (const KeyPointVerdict &verdict : KeyPointMatcher::assess(keyPoints, transcript.text)) {
        for (const MatchEvidence &evidence : verdict.counted()) {
            const auto word = std::upper_bound(offsets.cbegin(), offsets.cend(), evidence.start) - offsets.cbegin() - 1;
            if (word < 0)
                continue;
            const qint64 at = words.at(word).startMs;
            if (!figures.firstKeyPointMs || at < *figures.firstKeyPointMs)
                figures.firstKeyPointMs = at;
        }
    }
    return figures;
}

} // namespace DockPrep
