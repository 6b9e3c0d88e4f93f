// The key-point matcher against the labelled set in tests/data/keypoint-answers.json: precision and
// recall of pre-ticking over every (answer, key point) pair, per kind of answer, and the time one
// answer takes to score. The same set and targets as tst_keypointmatcher, printed as figures.
// Usage: dockprep_bench_matcher [--runs N] [--rows FILE]
#include "benchrows.h"
#include "curriculum/curriculumresources.h"
#include "stats.h"

#include "curriculum/contentloader.h"
#include "interview/keypointmatcher.h"
#include "interview/matcherevaluation.h"

#include <QCoreApplication>
#include <QMap>
#include <QTextStream>

using namespace DockPrep;
using namespace DockPrep::Bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const BenchRows rows = BenchRows::fromArguments(args);
    const int runs = qMax(1, integerOption(args, QStringLiteral("--runs"), 21));
    QTextStream out(stdout);

    const ContentLoadResult loaded = loadCurriculum(builtInContentFolder(), builtInDiagramCatalog());
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.errors.constFirst().toString()));
    QString error;
    const QList<LabelledAnswer> answers =
        loadLabelledAnswers(QStringLiteral(DOCKPREP_SOURCE_DIR "/tests/data/keypoint-answers.json"), &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));

    const auto report = [&](const QString &item, const MatcherScores &s, bool withTargets) {
        out << QStringLiteral("%1: %2 answers over %3 entries, precision %4, recall %5 (TP %6, FP %7, FN %8)\n")
                   .arg(item, -12).arg(s.answers).arg(s.entries).arg(s.precision(), 0, 'f', 3).arg(s.recall(), 0, 'f', 3)
                   .arg(s.truePositives).arg(s.falsePositives).arg(s.falseNegatives);
        const QList<Metric> metrics{{QStringLiteral("precision"), s.precision()}, {QStringLiteral("recall"), s.recall()},
                                    {QStringLiteral("answers"), s.answers}, {QStringLiteral("tp"), s.truePositives},
                                    {QStringLiteral("fp"), s.falsePositives}, {QStringLiteral("fn"), s.falseNegatives}};
        if (withTargets) {
            rows.add(QStringLiteral("Key-point pre-ticking (labelled set)"), item, metrics,
                     QStringLiteral("precision >= 0.90, recall >= 0.75, negated/buzzwords <= 1 point"),
                     verdictFor(s.precision() >= 0.90 && s.recall() >= 0.75 && s.worstNegatedOrBuzzwords <= 1));
        } else {
            rows.add(QStringLiteral("Key-point pre-ticking (labelled set)"), item, metrics);
        }
    };

    const MatcherScores all = evaluateMatcher(loaded.curriculum, answers, &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    report(QStringLiteral("all"), all, true);
    out << QStringLiteral("most points ticked by one negated or buzzword answer: %1 (target <= 1)\n").arg(all.worstNegatedOrBuzzwords);
    QMap<QString, QList<LabelledAnswer>> byKind;
    for (const LabelledAnswer &a : answers)
        byKind[a.kind].append(a);
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        report(it.key(), evaluateMatcher(loaded.curriculum, it.value(), &error), false);
    if (args.contains(QStringLiteral("--verbose"))) {
        for (const QString &line : all.mismatches)
            out << "  " << line << '\n';
    }

    // Scoring time of one answer, as the scoring page pays it when it opens.
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        times.append(millisecondsOf([&] {
            for (const LabelledAnswer &a : answers)
                KeyPointMatcher::assess(loaded.curriculum.entry(a.entryId)->keyPoints, a.answer);
        }) / double(answers.size()));
    }
    const Percentiles figures = percentiles(times);
    out << QStringLiteral("assess one answer: median %1 ms, max %2 ms (%3 runs over %4 answers)\n")
               .arg(figures.p50, 0, 'f', 3).arg(figures.max, 0, 'f', 3).arg(runs).arg(answers.size());
    rows.add(QStringLiteral("Key-point pre-ticking (labelled set)"), QStringLiteral("assess one answer"),
             {{QStringLiteral("median_ms"), figures.p50}, {QStringLiteral("max_ms"), figures.max}});
    return 0;
}
