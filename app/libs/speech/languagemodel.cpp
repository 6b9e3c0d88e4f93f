#include "speech/languagemodel.h"

#include "content/curriculum.h"
#include "speech/lettertosound.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace DockPrep {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::LanguageModel)
};

// How many times the asked entry's text counts against the rest of the curriculum.
constexpr int askedEntryWeight = 8;
constexpr double discount = 0.5;

QString proseOf(const BlockList &blocks)
{
    QString text;
    for (const ContentBlock &block : blocks) {
        if (block.kind == ContentBlock::Kind::Prose)
            text += block.text + u'\n';
    }
    return text;
}

QString entryText(const Entry &entry)
{
    QString text = entry.title + u'\n' + entry.question + u'\n' + proseOf(entry.answer);
    for (const KeyPoint &point : entry.keyPoints)
        text += point.text + u'\n';
    for (const FollowUp &followUp : entry.followUps)
        text += followUp.question + u'\n' + proseOf(followUp.answer);
    return text;
}

} // namespace

std::optional<PronouncingDictionary> PronouncingDictionary::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = Tr::tr("The speech dictionary %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    PronouncingDictionary dictionary;
    dictionary.m_cmudict = file.read(qint64(64) << 20);  // CMUdict is 3.6 MB
    for (const QByteArray &line : dictionary.m_cmudict.split('\n')) {
        const qsizetype end = line.indexOf(' ');
        if (end <= 0)
            continue;
        QString word = QString::fromUtf8(line.left(end));
        const qsizetype variant = word.indexOf(u'(');  // "read(2)": a second pronunciation
        if (variant > 0)
            word.truncate(variant);
        dictionary.m_words.insert(word);
    }
    return dictionary;
}

QByteArray PronouncingDictionary::fileContents() const
{
    QByteArray contents = m_cmudict;
    if (!contents.isEmpty() && !contents.endsWith('\n'))
        contents += '\n';
    for (auto it = m_learned.cbegin(); it != m_learned.cend(); ++it)
        contents += it.key().toUtf8() + ' ' + it.value().toUtf8() + '\n';
    return contents;
}

PronouncingDictionary PronouncingDictionary::of(const QStringList &words)
{
    PronouncingDictionary dictionary;
    for (const QString &word : words)
        dictionary.m_words.insert(word);
    return dictionary;
}

void PronouncingDictionary::learnWordsOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[a-z][a-z']*"));
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();) {
        const QString w = it.next().captured();
        if (contains(w))
            continue;
        if (const QString phones = pronunciationOf(w); !phones.isEmpty())
            m_learned.insert(w, phones);
    }
}

std::optional<PronouncingDictionary> curriculumDictionary(const Curriculum &curriculum, const QString &cmudictPath, QString *error)
{
    std::optional<PronouncingDictionary> dictionary = PronouncingDictionary::load(cmudictPath, error);
    if (!dictionary)
        return std::nullopt;
    for (const QString &id : curriculum.readingOrder()) {
        if (const Entry *entry = curriculum.entry(id)) {
            QString text = entryText(*entry);
            for (const KeyPoint &point : entry->keyPoints)
                text += point.matchTerms.join(u'\n') + u'\n';
            dictionary->learnWordsOf(text);
        }
    }
    return dictionary;
}

QList<QStringList> spokenSentences(const QString &text, const PronouncingDictionary &dictionary)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?;:\\n]+"));
    static const QRegularExpression word(QStringLiteral("[a-z][a-z']*"));
    QList<QStringList> sentences;
    for (const QString &sentence : text.toLower().split(sentenceEnd, Qt::SkipEmptyParts)) {
        QStringList words;
        for (auto it = word.globalMatch(sentence); it.hasNext();) {
            const QString w = it.next().captured();
            if (dictionary.contains(w))
                words.append(w);
        }
        if (!words.isEmpty())
            sentences.append(words);
    }
    return sentences;
}

QByteArray bigramArpa(const QList<QStringList> &sentences)
{
    const QString begin = QStringLiteral("<s>");
    const QString end = QStringLiteral("</s>");
    QHash<QString, qint64> unigrams;
    QHash<QString, QHash<QString, qint64>> bigrams;
    qint64 total = 0;
    for (const QStringList &sentence : sentences) {
        QString previous = begin;
        ++unigrams[begin];
        for (const QString &w : sentence + QStringList{end}) {
            ++unigrams[w];
            ++bigrams[previous][w];
            previous = w;
            ++total;
        }
    }
    if (total == 0)
        return {};
    QStringList vocabulary = unigrams.keys();
    vocabulary.sort();
    QHash<QString, double> unigramProbability;
    for (const QString &w : vocabulary)
        unigramProbability[w] = double(unigrams.value(w)) / double(total);

    QByteArray arpa;
    qint64 bigramCount = 0;
    for (const auto &followers : std::as_const(bigrams))
        bigramCount += followers.size();
    arpa += "\\data\\\nngram 1=" + QByteArray::number(vocabulary.size()) + "\nngram 2=" + QByteArray::number(bigramCount)
        + "\n\n\\1-grams:\n";
    QByteArray second = "\n\\2-grams:\n";
    for (const QString &w : vocabulary) {
        double backoff = 0;
        const auto followers = bigrams.constFind(w);
        if (followers != bigrams.cend()) {
            qint64 count = 0;
            double seen = 0;
            for (auto it = followers->cbegin(); it != followers->cend(); ++it) {
                count += it.value();
                seen += unigramProbability.value(it.key());
            }
            // Absolute discounting: each seen follower gives up `discount`; what is freed goes
            // to the unseen followers in proportion to their unigram probability.
            const double freed = discount * double(followers->size()) / double(count);
            backoff = seen < 1 ? std::log10(freed / (1 - seen)) : -99;
            for (auto it = followers->cbegin(); it != followers->cend(); ++it) {
                second += QByteArray::number(std::log10((double(it.value()) - discount) / double(count)), 'f', 4) + ' '
                    + w.toUtf8() + ' ' + it.key().toUtf8() + '\n';
            }
        }
        // <s> is never predicted; ARPA gives it -99.
        const double logProbability = w == begin ? -99 : std::log10(unigramProbability.value(w));
        arpa += QByteArray::number(logProbability, 'f', 4) + ' ' + w.toUtf8() + ' ' + QByteArray::number(backoff, 'f', 4) + '\n';
    }
    return arpa + second + "\n\\end\\\n";
}

const QStringList &fillerPhrases()
{
    static const QStringList phrases{QStringLiteral("um"), QStringLiteral("uh"), QStringLiteral("er"), QStringLiteral("you know"),
                                     QStringLiteral("i mean"), QStringLiteral("basically"), QStringLiteral("kind of"),
                                     QStringLiteral("sort of")};
    return phrases;
}

QByteArray answerLanguageModel(const Curriculum &curriculum, const Entry &asked, const PronouncingDictionary &dictionary)
{
    QList<QStringList> sentences;
    for (const QString &id : curriculum.readingOrder()) {
        if (const Entry *entry = curriculum.entry(id); entry && entry->id != asked.id)
            sentences += spokenSentences(entryText(*entry), dictionary);
    }
    QString own = entryText(asked);
    for (const KeyPoint &point : asked.keyPoints)
        own += point.matchTerms.join(u'\n') + u'\n';
    const QList<QStringList> ownSentences = spokenSentences(own, dictionary);
    for (int i = 0; i < askedEntryWeight; ++i)
        sentences += ownSentences;
    for (const QString &filler : fillerPhrases()) {
        for (const QStringList &sentence : spokenSentences(QStringLiteral("so %1 the container\n%1 i think").arg(filler), dictionary))
            sentences.append(sentence);
    }
    return bigramArpa(sentences);
}

} // namespace DockPrep
