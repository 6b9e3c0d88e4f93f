#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace DockPrep {

class Curriculum;
struct Entry;

// The words the recogniser can say: the headwords of its pronouncing dictionary (CMUdict).
class PronouncingDictionary
{
public:
    static std::optional<PronouncingDictionary> load(const QString &path, QString *error);
    static PronouncingDictionary of(const QStringList &words);  // for tests
    bool contains(const QString &word) const { return m_words.contains(word) || m_learned.contains(word); }
    qsizetype size() const { return m_words.size() + m_learned.size(); }

    // Gives every word of `text` the dictionary lacks a pronunciation of its own (see
    // pronunciationOf()), so Docker's vocabulary can be recognised: "containerd", "runc", "cgroup".
    void learnWordsOf(const QString &text);
    // The words learnt that way, with their phones.
    const QHash<QString, QString> &learned() const { return m_learned; }
    // The dictionary as the recogniser reads it: CMUdict's lines and one per learnt word.
    QByteArray fileContents() const;

private:
    QByteArray m_cmudict;
    QSet<QString> m_words;
    QHash<QString, QString> m_learned;
};

// CMUdict and every word of the curriculum, learnt as above; read once per curriculum.
std::optional<PronouncingDictionary> curriculumDictionary(const Curriculum &curriculum, const QString &cmudictPath,
                                                          QString *error);

// Text cut into sentences of lower-case words the dictionary knows. A sentence keeps going over
// a word the dictionary lacks ("cgroup") by leaving it out, so "memory cgroup limit" still
// teaches that "memory" and "limit" go together.
QList<QStringList> spokenSentences(const QString &text, const PronouncingDictionary &dictionary);

// A bigram language model in ARPA form with absolute discounting and back-off, from `sentences`.
// Every word the model can produce comes from them, so the recogniser hears Docker talk as Docker
// talk ("the kernel kills" rather than "the colonel guild"). Empty when there are no sentences.
QByteArray bigramArpa(const QList<QStringList> &sentences);

// The model for answering `asked`: the whole curriculum's questions, answers and key points, the
// asked entry's own text and key-point terms counted several times more (the answer is most
// likely about them), and the hesitations people really say ("um", "you know") so they are heard
// as fillers instead of being forced into content words.
QByteArray answerLanguageModel(const Curriculum &curriculum, const Entry &asked, const PronouncingDictionary &dictionary);

// Filler words and phrases a coach counts, as the recogniser writes them. Not "like" or "so":
// they are as often content words ("like a VM", "so the layer is cached").
const QStringList &fillerPhrases();

} // namespace DockPrep
