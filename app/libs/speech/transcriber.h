#pragma once

#include "speech/pcmaudio.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace DockPrep {

class PronouncingDictionary;

// One recognised word and when it was said, from the start of the recording.
struct SpokenWord {
    QString text;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qsizetype offset = 0;  // where it starts in Transcript::text
};

// Pauses read as punctuation: people pause at the end of a sentence and, shorter, between the
// items of a list. The key-point matcher needs both to tell a sentence that explains from a bare
// list of buzzwords, and a recogniser writes no punctuation of its own.
inline constexpr qint64 commaPauseMs = 150;
inline constexpr qint64 sentencePauseMs = 450;

struct Transcript {
    QString text;  // the words, with ", " and ". " where the speaker paused (see above)
    QList<SpokenWord> words;
    QString error;  // why there is no transcript (no model installed, unreadable sound…)

    bool ok() const { return error.isEmpty(); }
};

// Where the offline recogniser's files are: PocketSphinx's US English acoustic model and
// pronouncing dictionary, as Debian's pocketsphinx-en-us installs them.
struct SpeechModel {
    QString acousticModel;  // folder
    QString dictionary;     // CMUdict file

    static SpeechModel installed();
    // Empty when both are there; otherwise what is missing, in words for the user.
    QString problem() const;
};

// Offline speech recognition with PocketSphinx: the recording (any rate, brought to 16 kHz) is
// decoded against `languageModel` (ARPA text, see answerLanguageModel()). Runs in the calling
// thread and takes about a third of the recording's length on one core, so callers run it in the
// background. Nothing leaves the machine.
// `dictionary` gives the pronunciations (CMUdict and the words learnt from the curriculum); an
// empty one means the model's own CMUdict.
Transcript transcribe(const PcmAudio &audio, const QByteArray &languageModel, const PronouncingDictionary &dictionary,
                      const SpeechModel &model = SpeechModel::installed());

} // namespace DockPrep
