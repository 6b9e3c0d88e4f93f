#include "speech/spokenanswer.h"

#include "content/curriculum.h"
#include "speech/languagemodel.h"

#include <QCoreApplication>
#include <QMutex>

#include <memory>

namespace DockPrep {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::SpokenAnswer)
};

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

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
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

QString deliverySummary(const DeliveryFigures &d)
{
    QString text = Tr::tr("%1 words in %2 s, %3 words a minute; %4 silences of %5 s or more (longest %6 s); %7 fillers")
                       .arg(d.words)
                       .arg(seconds(d.speakingMs))
                       .arg(d.wordsPerMinute)
                       .arg(d.longSilences)
                       .arg(longSilenceMs / 1000)
                       .arg(seconds(d.longestSilenceMs))
                       .arg(d.fillers);
    if (!d.fillersHeard.isEmpty())
        text += QStringLiteral(" (%1)").arg(d.fillersHeard.join(QLatin1String(", ")));
    text += u"; ";
    text += d.firstKeyPointMs ? Tr::tr("first key point at %1 s").arg(seconds(*d.firstKeyPointMs)) : Tr::tr("no key point mentioned");
    return text;
}

} // namespace DockPrep
