// Parse + analyze time of the Dockerfile analyzer: the largest corpus Dockerfile, generated files
// of 10,000 to 40,000 lines (to see that time grows linearly) and a single 1 MB RUN line.
// Usage: dockprep_bench_analyzer [--runs N] [--corpus DIR] [--rows FILE]. Prints the median of N
// runs per step; with --rows, also appends them to the suite's table (see benchrows.h).
#include "benchrows.h"
#include "analyzers/buildcache.h"
#include "analyzers/dockerfilelint.h"
#include "analyzers/dockerfileparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

using namespace DockPrep;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// A realistic mix: stages, continuations with comments, heredocs, ENV/ARG, COPY --from.
QString generated(int lines)
{
    QString text = QStringLiteral("# syntax=docker/dockerfile:1\nARG BASE_TAG=3.20\n");
    int stage = 0;
    int count = 2;
    while (count < lines) {
        text += QStringLiteral("FROM alpine:${BASE_TAG} AS stage%1\n").arg(stage);
        text += QStringLiteral("ARG VERSION=1.%1\nENV APP_HOME=/srv/app%1 PATH=/srv/bin:$PATH\nWORKDIR /srv/app%1\n").arg(stage);
        text += QStringLiteral("COPY package.json package-lock.json ./\n");
        text += QStringLiteral("RUN apk add --no-cache curl git \\\n    # tools for the build\n    && npm ci \\\n    && echo ${VERSION}\n");
        text += QStringLiteral("RUN <<EOF\nset -e\nmake -j4 all\nmake install\nEOF\n");
        text += QStringLiteral("COPY src/ ./src/\n");
        if (stage > 0)
            text += QStringLiteral("COPY --from=stage%1 /srv/app%1/dist ./dist%1\n").arg(stage - 1);
        text += QStringLiteral("LABEL org.opencontainers.image.version=\"1.%1\"\nEXPOSE 80%2\n").arg(stage).arg(stage % 10);
        count += stage > 0 ? 18 : 17;  // the lines added above
        ++stage;
    }
    text += QStringLiteral("USER app\nCMD [\"/srv/bin/app\"]\n");
    return text;
}

struct Timing {
    double parse = 0, stages = 0, lint = 0, cache = 0;
    double total() const { return parse + stages + lint + cache; }
};

Timing measure(const QString &text, int runs)
{
    QList<double> parse, stages, lint, cache, total;
    const CacheQuery query{{QStringLiteral("src/main.c")}, {QStringLiteral("VERSION")}, {}};
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const ParsedDockerfile file = parseDockerfile(text);
        const qint64 t1 = timer.nsecsElapsed();
        const BuildGraph graph = buildStageGraph(file);
        const qint64 t2 = timer.nsecsElapsed();
        const QList<LintFinding> findings = lintDockerfile(file, graph);
        const qint64 t3 = timer.nsecsElapsed();
        const CacheSimulation simulation = simulateBuildCache(file, graph, query);
        const qint64 t4 = timer.nsecsElapsed();
        if (file.instructions.isEmpty() || simulation.steps.isEmpty())
            qFatal("nothing was analyzed");
        Q_UNUSED(findings)
        parse.append(t1 / 1e6);
        stages.append((t2 - t1) / 1e6);
        lint.append((t3 - t2) / 1e6);
        cache.append((t4 - t3) / 1e6);
    }
    return {median(parse), median(stages), median(lint), median(cache)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    int runs = 21;
    QString corpus = QStringLiteral(DOCKPREP_CORPUS_DIR);
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--corpus"))
            corpus = args.at(i + 1);
    }

    QList<std::pair<QString, QString>> cases;
    const QFileInfoList files = QDir(corpus + QStringLiteral("/dockerfiles")).entryInfoList(QDir::Files, QDir::Size);
    if (!files.isEmpty()) {
        QFile file(files.constFirst().filePath());
        if (file.open(QIODevice::ReadOnly))
            cases.append({QStringLiteral("largest corpus file: ") + files.constFirst().fileName(), QString::fromUtf8(file.readAll())});
    }
    for (int lines : {10000, 20000, 40000})
        cases.append({QStringLiteral("generated, %1 lines").arg(lines), generated(lines)});
    cases.append({QStringLiteral("one 1 MB RUN line"), QStringLiteral("FROM alpine:3.20\nRUN echo ") + QString(1 << 20, QLatin1Char('x')) + QLatin1Char('\n')});

    const Bench::BenchRows rows = Bench::BenchRows::fromArguments(args);
    QTextStream out(stdout);
    out << "Dockerfile analyzer, median of " << runs << " runs, milliseconds\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("case"), -70)
               .arg(QStringLiteral("lines"), 7)
               .arg(QStringLiteral("bytes"), 9)
               .arg(QStringLiteral("parse"), 8)
               .arg(QStringLiteral("stages"), 8)
               .arg(QStringLiteral("lint"), 8)
               .arg(QStringLiteral("cache"), 8)
               .arg(QStringLiteral("total"), 8);
    for (const auto &[name, text] : std::as_const(cases)) {
        const Timing t = measure(text, runs);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(name, -70)
                   .arg(text.count(QLatin1Char('\n')), 7)
                   .arg(text.toUtf8().size(), 9)
                   .arg(t.parse, 8, 'f', 2)
                   .arg(t.stages, 8, 'f', 2)
                   .arg(t.lint, 8, 'f', 2)
                   .arg(t.cache, 8, 'f', 2)
                   .arg(t.total(), 8, 'f', 2);
        out.flush();
        rows.add(QStringLiteral("Dockerfile analyzer: parse + stages + lint + cache (median of %1 runs)").arg(runs), name,
                 {{QStringLiteral("lines"), double(text.count(QLatin1Char('\n')))}, {QStringLiteral("parse_ms"), t.parse},
                  {QStringLiteral("lint_ms"), t.lint}, {QStringLiteral("cache_ms"), t.cache}, {QStringLiteral("total_ms"), t.total()}});
    }
    return 0;
}
