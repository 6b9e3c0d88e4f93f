#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace DockPrep {

// The figures a speaking coach gives about one spoken answer. Measured by the speech library from
// a transcript; kept here, with the session's questions, so a stored session, its report and its
// backup carry them without knowing how they were heard.
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

    QJsonObject toJson() const;
    // Missing fields take their defaults; negative or non-numeric figures give nullopt.
    static std::optional<DeliveryFigures> fromJson(const QJsonObject &json);

    bool operator==(const DeliveryFigures &) const = default;
};

inline constexpr qint64 longSilenceMs = 3000;

// One line of the figures for people ("142 words a minute, …"), translated.
QString deliverySummary(const DeliveryFigures &figures);

} // namespace DockPrep
