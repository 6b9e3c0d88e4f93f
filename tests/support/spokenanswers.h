#pragma once

#include "content/curriculum.h"
#include "interview/keypointmatcher.h"
#include "speech/languagemodel.h"
#include "speech/pcmaudio.h"
#include "speech/transcriber.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

// Spoken answers without a microphone: flite (CMU's synthesiser) says a known text into a WAV
// file, which goes through the same recognition as a recording. espeak-ng was tried first: its
// formant voice is so unlike human speech that CMU's acoustic model misheard nine words in ten
// (measured on the same answers), which would test the voice, not DockPrep.
namespace SpokenAnswers {

inline QString synthesiser()
{
    return QStandardPaths::findExecutable(QStringLiteral("flite"));
}

// The voices take turns so the recogniser is not tuned to one: a female and two male voices.
inline std::optional<DockPrep::PcmAudio> speak(const QString &text, int voice, QTemporaryDir &dir, QString *error)
{
    static const QStringList voices{QStringLiteral("slt"), QStringLiteral("rms"), QStringLiteral("awb")};
    const QString path = dir.filePath(QStringLiteral("answer-%1.wav").arg(voice));
    QProcess flite;
    flite.start(synthesiser(), {QStringLiteral("-voice"), voices.at(voice % voices.size()), QStringLiteral("-t"), text,
                                QStringLiteral("-o"), path});
    if (!flite.waitForFinished(60000) || flite.exitCode() != 0) {
        *error = QStringLiteral("flite failed: ") + QString::fromLocal8Bit(flite.readAllStandardError());
        return std::nullopt;
    }
    return DockPrep::Wav::readFile(path, error);
}

// Word error rate: word-level edit distance from the reference, over the reference's length.
inline double wordErrorRate(const QStringList &reference, const QStringList &heard)
{
    QList<int> previous(heard.size() + 1), current(heard.size() + 1);
    for (qsizetype j = 0; j <= heard.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= reference.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= heard.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (reference.at(i - 1) == heard.at(j - 1) ? 0 : 1)});
        std::swap(previous, current);
    }
    return reference.isEmpty() ? 0 : double(previous[heard.size()]) / double(reference.size());
}

inline QStringList flattened(const QList<QStringList> &sentences)
{
    QStringList words;
    for (const QStringList &sentence : sentences)
        words += sentence;
    return words;
}

} // namespace SpokenAnswers
