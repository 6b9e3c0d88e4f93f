#include "speech/transcriber.h"

#include "speech/languagemodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <pocketsphinx.h>

#include <memory>

namespace DockPrep {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::Transcriber)
};

// PocketSphinx counts time in frames of 10 ms (its default -frate of 100).
constexpr qint64 msPerFrame = 10;

struct DecoderDeleter {
    void operator()(ps_decoder_t *decoder) const { ps_free(decoder); }
};
struct ConfigDeleter {
    void operator()(cmd_ln_t *config) const { cmd_ln_free_r(config); }
};

// "<s>", "</s>", "<sil>", "[NOISE]", "+SPN+": the recogniser's markers, not words said.
bool isMarker(const QString &word)
{
    return word.isEmpty() || word.startsWith(u'<') || word.startsWith(u'[') || word.startsWith(u'+');
}

} // namespace

SpeechModel SpeechModel::installed()
{
    const QString folder = QStringLiteral(DOCKPREP_POCKETSPHINX_MODELDIR "/en-us");
    return {folder + QStringLiteral("/en-us"), folder + QStringLiteral("/cmudict-en-us.dict")};
}

QString SpeechModel::problem() const
{
    if (!QFileInfo(acousticModel + QStringLiteral("/mdef")).isFile() || !QFileInfo(dictionary).isFile())
        return Tr::tr("The offline speech recogniser's English model is not installed (%1). On Debian and Ubuntu it is the "
                      "package pocketsphinx-en-us.")
            .arg(acousticModel);
    return {};
}

Transcript transcribe(const PcmAudio &audio, const QByteArray &languageModel, const PronouncingDictionary &dictionary,
                      const SpeechModel &model)
{
    Transcript result;
    if (const QString problem = model.problem(); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    if (languageModel.isEmpty()) {
        result.error = Tr::tr("There is no language model to recognise the answer with.");
        return result;
    }
    // The recogniser reads its language model and dictionary from files: CMUdict with the words
    // it lacks added (ps_add_word() on a word the language model has corrupts PocketSphinx 5's
    // model trie, so they go into the file instead).
    QTemporaryFile lmFile(QDir::temp().filePath(QStringLiteral("dockprep-XXXXXX.lm")));
    QTemporaryFile dictFile(QDir::temp().filePath(QStringLiteral("dockprep-XXXXXX.dict")));
    const QByteArray pronunciations = dictionary.fileContents();
    if (!lmFile.open() || lmFile.write(languageModel) != languageModel.size() || !lmFile.flush() || !dictFile.open()
        || dictFile.write(pronunciations) != pronunciations.size() || !dictFile.flush()) {
        result.error = Tr::tr("The speech models could not be written to a temporary file: %1")
                           .arg(lmFile.error() != QFileDevice::NoError ? lmFile.errorString() : dictFile.errorString());
        return result;
    }
    const QByteArray hmm = model.acousticModel.toLocal8Bit();
    const QByteArray dict = (pronunciations.isEmpty() ? model.dictionary : dictFile.fileName()).toLocal8Bit();
    const QByteArray lm = lmFile.fileName().toLocal8Bit();
    // The recogniser logs every step to stderr unless given somewhere else to write.
    std::unique_ptr<cmd_ln_t, ConfigDeleter> config(cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmm.constData(), "-dict",
                                                                dict.constData(), "-lm", lm.constData(), "-logfn", "/dev/null",
                                                                static_cast<const char *>(nullptr)));
    std::unique_ptr<ps_decoder_t, DecoderDeleter> decoder(config ? ps_init(config.get()) : nullptr);
    if (!decoder) {
        result.error = Tr::tr("The offline speech recogniser could not start with its model in %1.").arg(model.acousticModel);
        return result;
    }
    const PcmAudio speech = resampled(audio, Wav::speechRate);
    if (ps_start_utt(decoder.get()) < 0
        || ps_process_raw(decoder.get(), speech.samples.constData(), size_t(speech.samples.size()), FALSE, TRUE) < 0
        || ps_end_utt(decoder.get()) < 0) {
        result.error = Tr::tr("The offline speech recogniser failed on this recording.");
        return result;
    }
    for (ps_seg_t *segment = ps_seg_iter(decoder.get()); segment; segment = ps_seg_next(segment)) {
        QString word = QString::fromUtf8(ps_seg_word(segment));
        if (const qsizetype variant = word.indexOf(u'('); variant > 0)
            word.truncate(variant);  // "read(2)": the second pronunciation of "read"
        if (isMarker(word))
            continue;
        int startFrame = 0;
        int endFrame = 0;
        ps_seg_frames(segment, &startFrame, &endFrame);
        const SpokenWord spoken{word, startFrame * msPerFrame, (endFrame + 1) * msPerFrame, 0};
        if (!result.words.isEmpty()) {
            const qint64 pause = spoken.startMs - result.words.constLast().endMs;
            result.text += pause >= sentencePauseMs ? QLatin1String(". ") : pause >= commaPauseMs ? QLatin1String(", ") : QLatin1String(" ");
        }
        result.words.append(spoken);
        result.words.last().offset = result.text.size();
        result.text += word;
    }
    if (!result.text.isEmpty())
        result.text += u'.';
    return result;
}

} // namespace DockPrep
