#pragma once

#include "analyzers/dockerfile.h"

#include <QHash>

namespace DockPrep {

// The layer model of a parsed Dockerfile: its stages, what each is built on, which stages feed
// which (FROM <stage>, COPY --from=<stage>, RUN --mount=from=<stage>) and which of them the build
// of a target needs. RUN, COPY and ADD make filesystem layers; every other instruction only
// changes the image's metadata.

struct StageDependency {
    enum class Kind { Base, CopyFrom, MountFrom };
    Kind kind = Kind::Base;
    int stage = -1;        // index into BuildGraph::stages
    int instruction = -1;  // index into ParsedDockerfile::instructions (the FROM, COPY or RUN)
};

struct BuildStage {
    int index = 0;
    QString name;            // `AS name`, as written; empty when unnamed
    int fromInstruction = -1;
    QString baseImage;       // the FROM argument as written
    QString resolvedBase;    // with the global ARG defaults expanded
    bool baseResolved = true;  // false when a variable with no default is left in resolvedBase
    int baseStage = -1;      // the earlier stage this one is built on, or -1 for an image
    // The instructions after FROM up to the next FROM (indexes into ParsedDockerfile::instructions).
    QList<int> instructions;
    QList<StageDependency> dependencies;  // stages this one needs, in the order they appear
    QStringList copiedImages;  // COPY --from=<image> / --mount=from=<image> that are not stages
    bool reachesTarget = false;   // the target's build needs this stage
    bool inTargetImage = false;   // the target or one of its FROM ancestors: its files are the image's

    QString displayName() const;  // the name, or "stage N" (0-based as in `--target`/`COPY --from=N`)
    bool isScratch() const;
};

struct BuildGraph {
    QList<int> globalArgs;     // ARG instructions before the first FROM
    QList<BuildStage> stages;
    int target = -1;           // the stage being built (the last one unless a target is named)
    QList<DockerfileDiagnostic> diagnostics;  // unknown target, duplicate stage names
    QHash<QString, int> stageNames;  // lower-cased `AS` name → its first stage, for stageFor()

    // A stage by `AS` name (case-insensitive, as BuildKit) or by number; -1 when there is none
    // before `before` (stages can only refer to earlier ones).
    int stageFor(const QString &reference, int before) const;
    // Instructions of `stage` that make filesystem layers, in order.
    QList<int> layers(const ParsedDockerfile &file, int stage) const;
    // The global ARG defaults (after expanding earlier ones), for resolving FROM lines.
    QHash<QString, QString> globalArgDefaults(const ParsedDockerfile &file) const;
};

// `type=cache,target=/root/.cache,from=builder` → {type: cache, target: /root/.cache, from: builder}.
// `source`/`src` and `target`/`dst`/`destination` are normalised to "source" and "target"; a
// missing type is "bind", as in BuildKit.
QHash<QString, QString> parseMountOptions(const QString &spec);

// `target` names a stage (`--target`); empty means the last stage.
BuildGraph buildStageGraph(const ParsedDockerfile &file, const QString &target = {});

} // namespace DockPrep
