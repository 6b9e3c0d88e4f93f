// The coach's figures on a spoken answer, from a transcript with known timings.
#include "content/entry.h"
#include "speech/delivery.h"

#include <QTest>

using namespace DockPrep;

namespace {

// Words one every `stepMs`, each lasting 300 ms, from `startMs`; "|" in the text adds a 4 s pause.
Transcript timed(const QString &text, qint64 startMs = 1000, qint64 stepMs = 400)
{
    Transcript transcript;
    qint64 at = startMs;
    QStringList words;
    for (const QString &token : text.split(u' ', Qt::SkipEmptyParts)) {
        if (token == QLatin1String("|")) {
            at += 4000;
            continue;
        }
        transcript.words.append({token, at, at + 300, words.join(u' ').size() + (words.isEmpty() ? 0 : 1)});
        words.append(token);
        at += stepMs;
    }
    transcript.text = words.join(u' ');
    return transcript;
}

const QList<KeyPoint> memoryPoints{{QStringLiteral("A memory limit stops the leak at the container"), {QStringLiteral("memory limit")}},
                                   {QStringLiteral("The OOM killer picks by score"), {QStringLiteral("oom killer")}}};

} // namespace

class TestDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paceAndSpeakingTime()
    {
        // 30 words, one every 400 ms: 29 × 400 + 300 = 11.9 s of speaking, about 151 a minute.
        QStringList words;
        for (int i = 0; i < 30; ++i)
            words.append(QStringLiteral("word"));
        const DeliveryFigures figures = deliveryFigures(timed(words.join(u' ')), {});
        QCOMPARE(figures.words, 30);
        QCOMPARE(figures.speakingMs, 11'900);
        QCOMPARE(figures.wordsPerMinute, 151);
        QCOMPARE(figures.longSilences, 0);
    }

    void longSilencesAreCounted()
    {
        const DeliveryFigures figures = deliveryFigures(timed(QStringLiteral("first | second third | fourth")), {});
        QCOMPARE(figures.longSilences, 2);
        QCOMPARE(figures.longestSilenceMs, 4100);
    }

    void fillersAreCountedOncePerUse()
    {
        const DeliveryFigures figures
            = deliveryFigures(timed(QStringLiteral("um the layer you know is cached uh basically you know it is")), {});
        QCOMPARE(figures.fillers, 5);  // um, you know, uh, basically, you know
        QCOMPARE(figures.fillersHeard,
                 (QStringList{QStringLiteral("um"), QStringLiteral("you know"), QStringLiteral("uh"), QStringLiteral("basically")}));
    }

    void likeAndSoAreNotFillers()
    {
        const DeliveryFigures figures = deliveryFigures(timed(QStringLiteral("so it runs like a process")), {});
        QCOMPARE(figures.fillers, 0);
    }

    void timeToTheFirstKeyPoint()
    {
        // "memory limit" starts at the sixth word: 1000 + 5 × 400 ms.
        const DeliveryFigures figures = deliveryFigures(
            timed(QStringLiteral("well first of all a memory limit stops it then the oom killer picks")), memoryPoints);
        QVERIFY(figures.firstKeyPointMs);
        QCOMPARE(*figures.firstKeyPointMs, 3000);
    }

    void aNegatedOrMissingPointIsNoFirstKeyPoint()
    {
        QVERIFY(!deliveryFigures(timed(QStringLiteral("the layer is cached")), memoryPoints).firstKeyPointMs);
        QVERIFY(!deliveryFigures(timed(QStringLiteral("there is no oom killer here")), memoryPoints).firstKeyPointMs);
    }

    void silenceGivesNoFigures()
    {
        const DeliveryFigures figures = deliveryFigures(Transcript{}, memoryPoints);
        QCOMPARE(figures.words, 0);
        QCOMPARE(figures.wordsPerMinute, 0);
        QVERIFY(!figures.firstKeyPointMs);
    }
};

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
