#include "speech/spokenanswer.h"

#include "content/curriculum.h"
#include "speech/languagemodel.h"

#include <QMutex>

#include <memory>

namespace DockPrep {

namespace {

// Reading CMUdict and learning the curriculum's words takes about a second: once per curriculum.
std::shared_ptr<const PronouncingDictionary> dictionaryFor(const Curriculum &curriculum, const SpeechModel &model, QString *error)
{
    static QMutex lock;
    static const Curriculum *madeFor = nullptr;
    static QString madeFrom;
    static std::shared_ptr<const PronouncingDictionary> made;
    const QMutexLocker locked(&lock);
    if (!made || madeFor != &curriculum || madeFrom != model.dictionary) {
        std::optional<PronouncingDictionary> dictionary = curriculumDictionary(curriculum, model.dictionary, error);
        if (!dictionary)
            return nullptr;
        made = std::make_shared<const PronouncingDictionary>(std::move(*dictionary));
        madeFor = &curriculum;
        madeFrom = model.dictionary;
    }
    return made;
}

} // namespace

SpokenAnswer hearSpokenAnswer(const QString &wavPath, const Curriculum &curriculum, const Entry &entry, const SpeechModel &model)
{
    SpokenAnswer answer;
    const std::optional<PcmAudio> audio = Wav::readFile(wavPath, &answer.error);
    if (!audio)
        return answer;
    answer.error = model.problem();
    if (!answer.error.isEmpty())
        return answer;
    const std::shared_ptr<const PronouncingDictionary> dictionary = dictionaryFor(curriculum, model, &answer.error);
    if (!dictionary)
        return answer;
    answer.transcript = transcribe(*audio, answerLanguageModel(curriculum, entry, *dictionary), *dictionary, model);
    answer.error = answer.transcript.error;
    if (answer.ok())
        answer.delivery = deliveryFigures(answer.transcript, entry.keyPoints);
    return answer;
}

} // namespace DockPrep
