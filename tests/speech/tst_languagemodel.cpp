// The recogniser's language model: made only of words it can pronounce, a proper probability
// model, and leaning towards the question being answered.
#include "content/curriculum.h"
#include "speech/languagemodel.h"

#include <QHash>
#include <QTest>

#include <cmath>

using namespace DockPrep;

namespace {

struct Arpa {
    QHash<QString, double> unigram;  // log10
    QHash<QString, double> backoff;
    QHash<QString, QHash<QString, double>> bigram;
};

Arpa parsed(const QByteArray &text)
{
    Arpa arpa;
    int section = 0;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line == QLatin1String("\\1-grams:"))
            section = 1;
        else if (line == QLatin1String("\\2-grams:"))
            section = 2;
        else if (line.startsWith(u'\\') || line.isEmpty())
            continue;
        else if (section == 1) {
            const QStringList f = line.split(u' ');
            arpa.unigram[f.at(1)] = f.at(0).toDouble();
            arpa.backoff[f.at(1)] = f.at(2).toDouble();
        } else if (section == 2) {
            const QStringList f = line.split(u' ');
            arpa.bigram[f.at(1)][f.at(2)] = f.at(0).toDouble();
        }
    }
    return arpa;
}

// P(w | context) as the recogniser computes it: the bigram when seen, else back-off × unigram.
double probability(const Arpa &arpa, const QString &context, const QString &word)
{
    const auto seen = arpa.bigram.value(context);
    if (seen.contains(word))
        return std::pow(10, seen.value(word));
    return std::pow(10, arpa.backoff.value(context) + arpa.unigram.value(word));
}

const PronouncingDictionary dictionary = PronouncingDictionary::of(
    {QStringLiteral("the"), QStringLiteral("kernel"), QStringLiteral("kills"), QStringLiteral("a"), QStringLiteral("process"),
     QStringLiteral("memory"), QStringLiteral("limit"), QStringLiteral("layer"), QStringLiteral("is"), QStringLiteral("cached"),
     QStringLiteral("um"), QStringLiteral("you"), QStringLiteral("know"), QStringLiteral("so"), QStringLiteral("container"),
     QStringLiteral("i"), QStringLiteral("think")});

Entry entry(const QString &id, const QString &answer)
{
    Entry e;
    e.id = id;
    e.chapterId = QStringLiteral("c");
    e.title = id;
    e.answer = {ContentBlock{ContentBlock::Kind::Prose, answer, {}, 1, false}};
    return e;
}

} // namespace

class TestLanguageModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentencesKeepOnlyWordsTheRecogniserKnows()
    {
        const QList<QStringList> sentences
            = spokenSentences(QStringLiteral("The memory cgroup limit!\nThe kernel kills a process; OOM."), dictionary);
        QCOMPARE(sentences, (QList<QStringList>{{QStringLiteral("the"), QStringLiteral("memory"), QStringLiteral("limit")},
                                                {QStringLiteral("the"), QStringLiteral("kernel"), QStringLiteral("kills"),
                                                 QStringLiteral("a"), QStringLiteral("process")}}));
    }

    void nothingToLearnFromGivesNoModel()
    {
        QVERIFY(bigramArpa({}).isEmpty());
        QVERIFY(spokenSentences(QStringLiteral("cgroup OOM dockerd"), dictionary).isEmpty());
    }

    void eachContextsProbabilitiesAddUpToOne()
    {
        const QList<QStringList> sentences = spokenSentences(
            QStringLiteral("the kernel kills a process. the memory limit. the layer is cached. a layer is cached. the kernel"),
            dictionary);
        const Arpa arpa = parsed(bigramArpa(sentences));
        QVERIFY(arpa.unigram.contains(QStringLiteral("</s>")));
        for (const QString &context : {QStringLiteral("<s>"), QStringLiteral("the"), QStringLiteral("layer"), QStringLiteral("kernel")}) {
            double total = 0;
            for (auto it = arpa.unigram.cbegin(); it != arpa.unigram.cend(); ++it) {
                if (it.key() != QLatin1String("<s>"))
                    total += probability(arpa, context, it.key());
            }
            QVERIFY2(std::abs(total - 1) < 0.01, qPrintable(QStringLiteral("%1: %2").arg(context).arg(total)));
        }
        // Seen pairs beat unseen ones.
        QVERIFY(probability(arpa, QStringLiteral("the"), QStringLiteral("kernel"))
                > probability(arpa, QStringLiteral("the"), QStringLiteral("process")));
    }

    void theAskedQuestionWeighsMore()
    {
        const Curriculum curriculum({Chapter{QStringLiteral("c"), QStringLiteral("C"), {}, {QStringLiteral("mem"), QStringLiteral("build")}}},
                                    {entry(QStringLiteral("mem"), QStringLiteral("The kernel kills a process.")),
                                     entry(QStringLiteral("build"), QStringLiteral("The layer is cached."))});
        const Arpa forMemory = parsed(answerLanguageModel(curriculum, *curriculum.entry(QStringLiteral("mem")), dictionary));
        const Arpa forBuild = parsed(answerLanguageModel(curriculum, *curriculum.entry(QStringLiteral("build")), dictionary));
        QVERIFY(probability(forMemory, QStringLiteral("the"), QStringLiteral("kernel"))
                > probability(forBuild, QStringLiteral("the"), QStringLiteral("kernel")));
        QVERIFY(probability(forBuild, QStringLiteral("the"), QStringLiteral("layer"))
                > probability(forMemory, QStringLiteral("the"), QStringLiteral("layer")));
        // Fillers can be heard as fillers.
        QVERIFY(forMemory.unigram.contains(QStringLiteral("um")));
        QVERIFY(forMemory.bigram.value(QStringLiteral("you")).contains(QStringLiteral("know")));
    }
};

QTEST_GUILESS_MAIN(TestLanguageModel)
#include "tst_languagemodel.moc"
