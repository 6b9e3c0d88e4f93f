#pragma once

#include "speech/delivery.h"
#include "speech/transcriber.h"

#include <QString>

namespace DockPrep {

class Curriculum;
struct Entry;

// A spoken answer to `entry` heard from a WAV file: the transcript, the delivery figures, or why
// not. The whole pipeline (read, recognise against the curriculum's language model leaning
// towards the entry, measure), blocking: the app runs it in the background, the command line in
// place. The curriculum's pronouncing dictionary is made once per process and curriculum.
struct SpokenAnswer {
    Transcript transcript;
    DeliveryFigures delivery;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

SpokenAnswer hearSpokenAnswer(const QString &wavPath, const Curriculum &curriculum, const Entry &entry,
                              const SpeechModel &model = SpeechModel::installed());

} // namespace DockPrep
