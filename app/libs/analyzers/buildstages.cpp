#include "analyzers/buildstages.h"

#include "analyzers/buildkitvalues.h"
#include "analyzers/dockerfilevariables.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <vector>

namespace DockPrep {

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::BuildStages)
};

// `binaries-$TARGETOS` with TARGETOS unknown: a pattern matching every stage it could name.
QRegularExpression patternFor(const QString &unresolved, QChar escape)
{
    QString pattern;
    qsizetype last = 0;
    static const QRegularExpression reference(QStringLiteral("\\$(\\{[^}]*\\}|[A-Za-z_][A-Za-z0-9_]*)"));
    QRegularExpressionMatchIterator it = reference.globalMatch(unresolved);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        pattern += QRegularExpression::escape(unresolved.mid(last, m.capturedStart() - last)) + QStringLiteral(".*");
        last = m.capturedEnd();
    }
    Q_UNUSED(escape)
    pattern += QRegularExpression::escape(unresolved.mid(last));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern), QRegularExpression::CaseInsensitiveOption);
}

// Sets `mark` on the target and every stage it reaches through its dependencies (only through
// FROM when `baseOnly`). A std::vector: GCC 14 at -O3 reports a false -Warray-bounds on the
// equivalent one-element QList.
void markFromTarget(BuildGraph &graph, bool BuildStage::*mark, bool baseOnly)
{
    std::vector<int> pending{graph.target};
    while (!pending.empty()) {
        BuildStage &stage = graph.stages[pending.back()];
        pending.pop_back();
        if (stage.*mark)
            continue;
        stage.*mark = true;
        for (const StageDependency &d : std::as_const(stage.dependencies)) {
            if (!baseOnly || d.kind == StageDependency::Kind::Base)
                pending.push_back(d.stage);
        }
    }
}

} // namespace

QString BuildStage::displayName() const
{
    return name.isEmpty() ? Tr::tr("stage %1").arg(index) : name;
}

bool BuildStage::isScratch() const
{
    return resolvedBase.compare(QLatin1String("scratch"), Qt::CaseInsensitive) == 0;
}

int BuildGraph::stageFor(const QString &reference, int before) const
{
    bool isNumber = false;
    const int number = reference.toInt(&isNumber);
    if (isNumber)
        return number >= 0 && number < before && number < stages.size() ? number : -1;
    const auto found = stageNames.constFind(reference.toLower());
    return found != stageNames.constEnd() && *found < before ? *found : -1;
}

QList<int> BuildGraph::layers(const ParsedDockerfile &file, int stage) const
{
    QList<int> result;
    for (int index : stages.at(stage).instructions) {
        if (file.instructions.at(index).isLayer())
            result.append(index);
    }
    return result;
}

QHash<QString, QString> BuildGraph::globalArgDefaults(const ParsedDockerfile &file) const
{
    QHash<QString, QString> values;
    for (int index : globalArgs) {
        for (const KeyValue &kv : file.instructions.at(index).pairs) {
            if (kv.hasValue)
                values.insert(kv.key, expandVariables(kv.value, values, file.escape));
        }
    }
    return values;
}

QHash<QString, QString> parseMountOptions(const QString &spec)
{
    QHash<QString, QString> options;
    // Comma-separated key=value (BuildKit reads it as CSV, so a quoted field may hold a comma).
    QString field;
    QStringList fields;
    bool quoted = false;
    for (const QChar c : spec) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char(',') && !quoted) {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    for (const QString &f : std::as_const(fields)) {
        const qsizetype eq = f.indexOf(QLatin1Char('='));
        QString key = (eq < 0 ? f : f.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QStringLiteral("true") : f.mid(eq + 1).trimmed();
        if (key == QLatin1String("src"))
            key = QStringLiteral("source");
        else if (key == QLatin1String("dst") || key == QLatin1String("destination"))
            key = QStringLiteral("target");
        if (!key.isEmpty())
            options.insert(key, value);
    }
    if (!options.contains(QStringLiteral("type")))
        options.insert(QStringLiteral("type"), QStringLiteral("bind"));
    return options;
}

namespace {

// BuildKit's hasCircularDependency: a depth-first walk over every stage's dependencies (its base,
// COPY --from and --mount from=, earlier or later stages alike) that refuses the file when it
// comes back to a stage on its path: "circular dependency detected on stage". A stage naming
// itself is already refused by the parser (DP111), so self-references are left to it here.
void reportCircularDependencies(const ParsedDockerfile &file, BuildGraph &graph, const QList<QList<StageDependency>> &later)
{
    const qsizetype count = graph.stages.size();
    QList<int> state(count, 0);  // 0 unseen, 1 on the path, 2 done
    const auto edgesOf = [&](int stage) -> QList<StageDependency> {
        QList<StageDependency> edges = graph.stages.at(stage).dependencies;
        edges += later.value(stage);
        return edges;
    };
    // Iterative, so a hostile chain of stages cannot exhaust the stack.
    for (int root = 0; root < count; ++root) {
        if (state.at(root) != 0)
            continue;
        QList<std::pair<int, qsizetype>> stack{{root, 0}};
        state[root] = 1;
        bool reported = false;
        while (!stack.isEmpty() && !reported) {
            auto &[stage, next] = stack.last();
            const QList<StageDependency> edges = edgesOf(stage);
            if (next >= edges.size()) {
                state[stage] = 2;
                stack.removeLast();
                continue;
            }
            const StageDependency edge = edges.at(next++);
            if (edge.stage == stage)
                continue;
            if (state.at(edge.stage) == 1) {
                const Instruction &ins = file.instructions.at(edge.instruction);
                graph.diagnostics.append({DockerfileDiagnostic::Severity::Error, ins.firstLine, ins.column,
                                          Tr::tr("circular dependency detected on stage: %1 (stages that copy or mount from each other "
                                                 "cannot be built in any order)")
                                              .arg(graph.stages.at(edge.stage).displayName()),
                                          QString::fromLatin1(BuildKitRule::SelfReference)});
                reported = true;  // one report per cycle, as BuildKit stops at the first
            } else if (state.at(edge.stage) == 0) {
                state[edge.stage] = 1;
                stack.append({edge.stage, 0});
            }
        }
        if (reported)
            return;
    }
}

} // namespace

BuildGraph buildStageGraph(const ParsedDockerfile &file, const QString &target)
{
    BuildGraph graph;
    const auto &instructions = file.instructions;
    int current = -1;
    for (int i = 0; i < instructions.size(); ++i) {
        const Instruction &ins = instructions.at(i);
        if (ins.kind == InstructionKind::From) {
            BuildStage stage;
            stage.index = int(graph.stages.size());
            stage.name = ins.stageName;
            stage.fromInstruction = i;
            stage.baseImage = ins.fromImage;
            if (!stage.name.isEmpty()) {
                const QString key = stage.name.toLower();
                if (graph.stageNames.contains(key)) {
                    graph.diagnostics.append({DockerfileDiagnostic::Severity::Error, ins.firstLine, ins.column,
                                              Tr::tr("duplicate stage name '%1' (first used on line %2)")
                                                  .arg(stage.name)
                                                  .arg(instructions.at(graph.stages.at(graph.stageNames.value(key)).fromInstruction).firstLine), {}});
                } else {
                    graph.stageNames.insert(key, stage.index);
                }
            }
            graph.stages.append(stage);
            current = stage.index;
            continue;
        }
        if (current < 0) {
            if (ins.kind == InstructionKind::Arg)
                graph.globalArgs.append(i);
            continue;
        }
        graph.stages[current].instructions.append(i);
    }

    const QHash<QString, QString> globals = graph.globalArgDefaults(file);
    // COPY --from / --mount from= naming the same or a later stage: BuildKit resolves these
    // against every stage of the file (a FROM only against earlier ones).
    QList<QList<StageDependency>> laterReferences(graph.stages.size());
    for (BuildStage &stage : graph.stages) {
        stage.resolvedBase = expandVariables(stage.baseImage, globals, file.escape, &stage.baseResolved);
        const int earlier = graph.stageFor(stage.resolvedBase, stage.index);
        if (earlier >= 0) {
            stage.baseStage = earlier;
            stage.dependencies.append({StageDependency::Kind::Base, earlier, stage.fromInstruction});
        } else if (!stage.baseResolved
                   && !QString(stage.resolvedBase).remove(QRegularExpression(QStringLiteral("\\$\\{[^}]*\\}|\\$\\w+"))).isEmpty()) {
            // `FROM binaries-$TARGETOS`: a name with a literal part may be any stage it matches.
            // A bare `FROM ${IMAGE}` with no default is an image chosen at build time, not a stage.
            const QRegularExpression pattern = patternFor(stage.resolvedBase, file.escape);
            QList<int> candidates;
            for (int s = 0; s < stage.index; ++s) {
                if (!graph.stages.at(s).name.isEmpty() && pattern.match(graph.stages.at(s).name).hasMatch())
                    candidates.append(s);
            }
            for (int s : std::as_const(candidates))
                stage.dependencies.append({StageDependency::Kind::Base, s, stage.fromInstruction});
            if (candidates.size() == 1)
                stage.baseStage = candidates.constFirst();
        }

        // Stage-scoped values for --from=$VAR: global defaults plus ARGs declared in the stage.
        QHash<QString, QString> scope;
        const auto addDependency = [&](const QString &reference, StageDependency::Kind kind, int instruction) {
            const QString resolved = expandVariables(reference, scope, file.escape);
            const int source = graph.stageFor(resolved, stage.index);
            if (const int any = graph.stageFor(resolved, int(graph.stages.size())); source < 0 && any >= 0)
                laterReferences[stage.index].append({kind, any, instruction});
            if (source >= 0)
                stage.dependencies.append({kind, source, instruction});
            else if (!stage.copiedImages.contains(resolved))
                stage.copiedImages.append(resolved);
        };
        for (int index : std::as_const(stage.instructions)) {
            const Instruction &ins = instructions.at(index);
            if (ins.kind == InstructionKind::Arg) {
                for (const KeyValue &kv : ins.pairs) {
                    if (kv.hasValue)
                        scope.insert(kv.key, expandVariables(kv.value, scope, file.escape));
                    else if (globals.contains(kv.key))
                        scope.insert(kv.key, globals.value(kv.key));
                }
            } else if ((ins.kind == InstructionKind::Copy || ins.kind == InstructionKind::Add) && ins.hasFlag(QStringLiteral("from"))) {
                addDependency(ins.flagValue(QStringLiteral("from")), StageDependency::Kind::CopyFrom, index);
            } else if (ins.kind == InstructionKind::Run) {
                for (const QString &spec : ins.flagValues(QStringLiteral("mount"))) {
                    const QHash<QString, QString> mount = parseMountOptions(spec);
                    if (mount.contains(QStringLiteral("from")))
                        addDependency(mount.value(QStringLiteral("from")), StageDependency::Kind::MountFrom, index);
                }
            }
        }
    }

    reportCircularDependencies(file, graph, laterReferences);

    if (graph.stages.isEmpty())
        return graph;
    graph.target = int(graph.stages.size()) - 1;
    if (!target.isEmpty()) {
        const int named = graph.stageFor(target, int(graph.stages.size()));
        if (named >= 0) {
            graph.target = named;
        } else {
            graph.diagnostics.append({DockerfileDiagnostic::Severity::Error, 1, 1,
                                      Tr::tr("no stage named '%1' to build (the stages are: %2)")
                                          .arg(target, [&graph] {
                                              QStringList names;
                                              for (const BuildStage &s : std::as_const(graph.stages))
                                                  names.append(s.displayName());
                                              return names.join(QStringLiteral(", "));
                                          }()), {}});
        }
    }

    // What the target needs: everything reachable through any dependency. What ends up as the
    // image's own filesystem: the target and the chain of stages it is built FROM.
    markFromTarget(graph, &BuildStage::reachesTarget, false);
    markFromTarget(graph, &BuildStage::inTargetImage, true);
    return graph;
}

} // namespace DockPrep
