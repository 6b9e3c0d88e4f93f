#pragma once

#include "speech/transcriber.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace DockPrep {

struct KeyPoint;

// The figures a speaking coach gives about one spoken answer.
struct DeliveryFigures {
    qint64 speakingMs = 0;     // from the first word to the end of the last
    int words = 0;
    int wordsPerMinute = 0;    // over the speaking time; 0 under two seconds of speech
    int longSilences = 0;      // pauses between words of at least longSilenceMs
    qint64 longestSilenceMs = 0;
    int fillers = 0;           // "um", "you know"… (see fillerPhrases())
    QStringList fillersHeard;  // each filler phrase heard, once, in order of first use
    // From the start of the recording to the first word of the first key-point term that
    // counted (the same matching as a typed answer); none when no key point was mentioned.
    std::optional<qint64> firstKeyPointMs;
};

inline constexpr qint64 longSilenceMs = 3000;

DeliveryFigures deliveryFigures(const Transcript &transcript, const QList<KeyPoint> &keyPoints);

} // namespace DockPrep
