#include "cli/analyzecommand.h"

#include "analyzers/buildcache.h"
#include "analyzers/dockerfilelint.h"
#include "analyzers/dockerfileparser.h"
#include "text/boundedread.h"
#include "cli/commandhelp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace DockPrep {

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::AnalyzeCommand)
};

QString summary(const Instruction &ins)
{
    return instructionSummary(ins);
}

QString dependencyKindName(StageDependency::Kind kind)
{
    switch (kind) {
    case StageDependency::Kind::Base: return QStringLiteral("from");
    case StageDependency::Kind::CopyFrom: return QStringLiteral("copy-from");
    case StageDependency::Kind::MountFrom: return QStringLiteral("mount-from");
    }
    return {};
}

struct Analysis {
    QString path;
    ParsedDockerfile file;
    BuildGraph graph;
    QList<LintFinding> findings;
    CacheQuery query;
    CacheSimulation cache;
};

QJsonValue lineOrNull(int line)
{
    return line > 0 ? QJsonValue(line) : QJsonValue();
}

QJsonObject toJson(const Analysis &a)
{
    const auto &instructions = a.file.instructions;
    QJsonArray directives;
    for (const ParserDirective &d : a.file.directives)
        directives.append(QJsonObject{{QStringLiteral("name"), d.name}, {QStringLiteral("value"), d.value}, {QStringLiteral("line"), d.line}});
    QJsonArray diagnostics;
    QList<DockerfileDiagnostic> all = a.file.diagnostics;
    all += a.graph.diagnostics;
    for (const DockerfileDiagnostic &d : std::as_const(all))
        diagnostics.append(QJsonObject{{QStringLiteral("severity"), d.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                                       {QStringLiteral("line"), d.line}, {QStringLiteral("column"), d.column},
                                       {QStringLiteral("message"), d.message},
                                       {QStringLiteral("rule"), d.rule.isEmpty() ? QJsonValue() : QJsonValue(d.rule)}});
    QJsonArray stages;
    for (const BuildStage &stage : a.graph.stages) {
        QJsonArray dependencies;
        for (const StageDependency &d : stage.dependencies)
            dependencies.append(QJsonObject{{QStringLiteral("stage"), d.stage}, {QStringLiteral("kind"), dependencyKindName(d.kind)},
                                            {QStringLiteral("line"), instructions.at(d.instruction).firstLine}});
        QJsonArray layers;
        for (int index : a.graph.layers(a.file, stage.index)) {
            const Instruction &ins = instructions.at(index);
            layers.append(QJsonObject{{QStringLiteral("instruction"), instructionKeyword(ins.kind)},
                                      {QStringLiteral("firstLine"), ins.firstLine}, {QStringLiteral("lastLine"), ins.lastLine},
                                      {QStringLiteral("text"), summary(ins)}});
        }
        const Instruction &from = instructions.at(stage.fromInstruction);
        stages.append(QJsonObject{
            {QStringLiteral("index"), stage.index},
            {QStringLiteral("name"), stage.name.isEmpty() ? QJsonValue() : QJsonValue(stage.name)},
            {QStringLiteral("base"), stage.baseImage},
            {QStringLiteral("resolvedBase"), stage.resolvedBase},
            {QStringLiteral("baseStage"), stage.baseStage >= 0 ? QJsonValue(stage.baseStage) : QJsonValue()},
            {QStringLiteral("firstLine"), from.firstLine},
            {QStringLiteral("lastLine"), stage.instructions.isEmpty() ? from.lastLine : instructions.at(stage.instructions.constLast()).lastLine},
            {QStringLiteral("reachesTarget"), stage.reachesTarget},
            {QStringLiteral("inTargetImage"), stage.inTargetImage},
            {QStringLiteral("dependencies"), dependencies},
            {QStringLiteral("copiedImages"), QJsonArray::fromStringList(stage.copiedImages)},
            {QStringLiteral("layers"), layers},
        });
    }
    QJsonArray findings;
    for (const LintFinding &f : a.findings)
        findings.append(QJsonObject{{QStringLiteral("rule"), f.rule}, {QStringLiteral("severity"), lintSeverityName(f.severity)},
                                    {QStringLiteral("line"), f.line}, {QStringLiteral("lastLine"), f.lastLine},
                                    {QStringLiteral("column"), f.column}, {QStringLiteral("message"), f.message},
                                    {QStringLiteral("why"), f.why}});
    QJsonArray steps;
    for (const CacheStep &s : a.cache.steps) {
        const Instruction &ins = instructions.at(s.instruction);
        QJsonObject step{{QStringLiteral("stage"), s.stage},
                         {QStringLiteral("instruction"), instructionKeyword(ins.kind)},
                         {QStringLiteral("firstLine"), ins.firstLine},
                         {QStringLiteral("lastLine"), ins.lastLine},
                         {QStringLiteral("layer"), ins.isLayer()},
                         {QStringLiteral("status"), cacheStatusName(s.status)},
                         {QStringLiteral("reason"), cacheReasonName(s.reason)},
                         {QStringLiteral("explanation"), s.explanation()}};
        if (!s.detail.isEmpty())
            step.insert(QStringLiteral("detail"), s.detail);
        if (!s.pattern.isEmpty())
            step.insert(QStringLiteral("source"), s.pattern);
        if (s.previousLine > 0)
            step.insert(QStringLiteral("firstMissLine"), lineOrNull(s.previousLine));
        steps.append(step);
    }
    return QJsonObject{
        {QStringLiteral("file"), a.path},
        {QStringLiteral("escape"), QString(a.file.escape)},
        {QStringLiteral("directives"), directives},
        {QStringLiteral("diagnostics"), diagnostics},
        {QStringLiteral("target"), a.graph.target >= 0 ? QJsonValue(a.graph.target) : QJsonValue()},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("cache"), QJsonObject{{QStringLiteral("changedPaths"), QJsonArray::fromStringList(a.query.changedPaths)},
                                              {QStringLiteral("changedArgs"), QJsonArray::fromStringList(a.query.changedArgs)},
                                              {QStringLiteral("hits"), a.cache.hitCount()},
                                              {QStringLiteral("misses"), a.cache.missCount()},
                                              {QStringLiteral("steps"), steps}}},
    };
}

void printText(const Analysis &a, QTextStream &out)
{
    const auto &instructions = a.file.instructions;
    out << a.path << '\n';
    QList<DockerfileDiagnostic> all = a.file.diagnostics;
    all += a.graph.diagnostics;
    if (!all.isEmpty()) {
        out << '\n' << Tr::tr("Problems reading the file:") << '\n';
        for (const DockerfileDiagnostic &d : std::as_const(all))
            out << "  " << a.path << ':' << d.toString() << '\n';
    }
    if (a.graph.stages.isEmpty())
        return;

    out << '\n' << Tr::tr("Stages (target: %1):").arg(a.graph.stages.at(a.graph.target).displayName()) << '\n';
    for (const BuildStage &stage : a.graph.stages) {
        const int layerCount = int(a.graph.layers(a.file, stage.index).size());
        out << "  " << stage.displayName() << "  " << Tr::tr("FROM %1").arg(stage.resolvedBase) << "  "
            << Tr::tr("(line %1, %n layer(s))", nullptr, layerCount).arg(instructions.at(stage.fromInstruction).firstLine);
        if (!stage.reachesTarget)
            out << "  " << Tr::tr("[not needed by the target]");
        out << '\n';
        for (const StageDependency &d : stage.dependencies) {
            if (d.kind != StageDependency::Kind::Base)
                out << "      " << Tr::tr("uses %1 (%2, line %3)").arg(a.graph.stages.at(d.stage).displayName(), dependencyKindName(d.kind))
                                        .arg(instructions.at(d.instruction).firstLine)
                    << '\n';
        }
        for (const QString &image : stage.copiedImages)
            out << "      " << Tr::tr("copies from the image %1").arg(image) << '\n';
    }

    out << '\n' << Tr::tr("Layers:") << '\n';
    for (const BuildStage &stage : a.graph.stages) {
        out << "  " << stage.displayName() << '\n';
        const QList<int> layers = a.graph.layers(a.file, stage.index);
        if (layers.isEmpty())
            out << "    " << Tr::tr("(no layers of its own)") << '\n';
        for (int index : layers) {
            const Instruction &ins = instructions.at(index);
            const QString range = ins.lastLine > ins.firstLine ? QStringLiteral("%1-%2").arg(ins.firstLine).arg(ins.lastLine)
                                                               : QString::number(ins.firstLine);
            out << "    " << range.leftJustified(9) << summary(ins) << '\n';
        }
    }

    out << '\n' << Tr::tr("Findings (%1):").arg(a.findings.size()) << '\n';
    if (a.findings.isEmpty())
        out << "  " << Tr::tr("none") << '\n';
    for (const LintFinding &f : a.findings)
        out << "  " << a.path << ':' << f.line << ':' << f.column << ": " << lintSeverityName(f.severity) << ' ' << f.rule << ": "
            << f.message << "\n      " << Tr::tr("why: %1").arg(f.why) << '\n';

    if (a.query.changedPaths.isEmpty() && a.query.changedArgs.isEmpty())
        return;
    QStringList changes = a.query.changedPaths;
    for (const QString &arg : a.query.changedArgs)
        changes.append(Tr::tr("ARG %1").arg(arg));
    out << '\n' << Tr::tr("Build cache after changing %1 (%2 hits, %3 misses):").arg(changes.join(QStringLiteral(", "))).arg(a.cache.hitCount()).arg(a.cache.missCount())
        << '\n';
    int stage = -1;
    for (const CacheStep &s : a.cache.steps) {
        if (s.stage != stage) {
            stage = s.stage;
            out << "  " << a.graph.stages.at(stage).displayName() << '\n';
        }
        const Instruction &ins = instructions.at(s.instruction);
        out << "    " << QString::number(ins.firstLine).leftJustified(6) << cacheStatusName(s.status).leftJustified(8)
            << summary(ins).left(60).leftJustified(62);
        if (s.status != CacheStep::Status::Hit)
            out << s.explanation();
        out << '\n';
    }
}

} // namespace

int runAnalyzeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Analyze a Dockerfile: stages, layers, lint findings and the build-cache cascade."));
    const QCommandLineOption changedOption(QStringLiteral("changed"), Tr::tr("A path in the build context that changed (repeatable)."),
                                           QStringLiteral("path"));
    const QCommandLineOption argOption(QStringLiteral("build-arg"), Tr::tr("A build argument whose value changed (repeatable; NAME or NAME=VALUE)."),
                                       QStringLiteral("name"));
    const QCommandLineOption targetOption(QStringLiteral("target"), Tr::tr("The stage to build (default: the last one)."), QStringLiteral("stage"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Tr::tr("Output as text or json."), QStringLiteral("format"),
                                          QStringLiteral("text"));
    parser.addOptions({changedOption, argOption, targetOption, formatOption});
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The Dockerfile to analyze ('-' reads standard input)."));
    addCommandHelp(parser);
    QStringList withoutCommand = arguments;
    if (withoutCommand.size() > 1)
        withoutCommand.removeAt(1);  // "analyze"
    if (!parser.parse(withoutCommand)) {
        err << "dockprep analyze: " << parser.errorText() << '\n';
        return 2;
    }
    if (printCommandHelpIfAsked(parser, QStringLiteral("analyze"), out))
        return 0;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << "dockprep analyze: " << Tr::tr("--format takes text or json") << '\n';
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "dockprep analyze: " << Tr::tr("give exactly one Dockerfile, e.g. dockprep analyze Dockerfile --changed src/app.py") << '\n';
        return 2;
    }

    Analysis a;
    a.path = parser.positionalArguments().constFirst();
    if (a.path != QLatin1String("-") && QFileInfo(a.path).isDir()) {
        err << "dockprep analyze: " << Tr::tr("%1 is a folder; give the Dockerfile inside it").arg(a.path) << '\n';
        return 4;
    }
    const BoundedRead read = a.path == QLatin1String("-") ? readBoundedStdin(InputLimit::dockerfileBytes)
                                                          : readBoundedFile(a.path, InputLimit::dockerfileBytes);
    if (!read.ok()) {
        err << "dockprep analyze: " << read.message(a.path) << '\n';
        return 4;
    }
    a.file = parseDockerfile(QString::fromUtf8(read.data));

    const QString target = parser.value(targetOption);
    a.graph = buildStageGraph(a.file, target);
    if (!target.isEmpty() && !a.graph.stages.isEmpty() && a.graph.stageFor(target, int(a.graph.stages.size())) < 0) {
        err << "dockprep analyze: " << a.graph.diagnostics.constLast().message << '\n';
        return 2;
    }
    a.findings = lintDockerfile(a.file, a.graph);
    a.query.changedPaths = parser.values(changedOption);
    for (const QString &arg : parser.values(argOption))
        a.query.changedArgs.append(arg.section(QLatin1Char('='), 0, 0));
    a.query.target = target;
    a.cache = simulateBuildCache(a.file, a.graph, a.query);

    if (format == QLatin1String("json"))
        out << QString::fromUtf8(QJsonDocument(toJson(a)).toJson(QJsonDocument::Indented));
    else
        printText(a, out);
    out.flush();

    // The same scale as `dockprep check-compose`: 0 clean, 1 warnings, 3 errors.
    QList<DockerfileDiagnostic> diagnostics = a.file.diagnostics;
    diagnostics += a.graph.diagnostics;
    const bool errors = std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const DockerfileDiagnostic &d) { return d.isError(); })
        || std::any_of(a.findings.cbegin(), a.findings.cend(), [](const LintFinding &f) { return f.severity == LintSeverity::Error; });
    const bool warnings = !diagnostics.isEmpty()
        || std::any_of(a.findings.cbegin(), a.findings.cend(), [](const LintFinding &f) { return f.severity == LintSeverity::Warning; });
    return errors ? 3 : warnings ? 1 : 0;
}

} // namespace DockPrep
