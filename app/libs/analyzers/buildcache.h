#pragma once

#include "analyzers/buildstages.h"

namespace DockPrep {

// The build-cache simulator: given what changed since the last build, which steps BuildKit would
// take from its cache and which it would run again, and why.
//
// The rules (Dockerfile reference, "Build cache" and ARG's "Impact on build caching"):
// - a COPY/ADD misses when a changed path matches one of its local sources (`.` and directories
//   match everything below them; `*`, `?` and `[…]` as in Go's filepath.Match, per path element;
//   ARG references in sources are expanded, unknown ones match anything); a RUN with a bind mount of
//   the context (`--mount=type=bind`, the default type) misses when a path under its source changed;
// - an ARG whose value changed makes the first step after its declaration in the stage that uses
//   it miss: a step that references the variable, or any RUN (ARGs reach RUN as environment
//   variables). An ARG before the first FROM only matters to FROM lines and to stages that declare
//   it again. Predefined proxy ARGs (HTTP_PROXY…) never affect the cache unless declared;
// - once a step misses, every later step of its stage misses;
// - a stage built FROM a stage that missed misses from its FROM on; a COPY --from or a
//   RUN --mount=from= of a stage that missed misses (conservatively: BuildKit may still hit if the
//   copied files come out byte-identical);
// - stages the target does not need are skipped.
// ONBUILD triggers run in the images built from this one, so they are not steps here.

struct CacheQuery {
    QStringList changedPaths;  // relative to the build context: "src/main.go", "package.json"
    QStringList changedArgs;   // ARG names whose value differs from the last build
    QString target;            // stage to build; empty = last
};

struct CacheStep {
    enum class Status { Hit, Miss, Skipped };
    enum class Reason {
        None,                // a hit
        SourcesChanged,      // detail: the changed path
        ArgChanged,          // detail: the ARG name
        PreviousStepMissed,  // previousLine: the step that missed first in the stage
        BaseStageChanged,    // FROM <stage> and that stage missed; detail: the stage name
        SourceStageChanged,  // COPY --from / RUN --mount=from= a stage that missed; detail: stage name
        NotNeeded,           // the stage does not reach the target
    };
    int instruction = -1;  // index into ParsedDockerfile::instructions (FROM lines are steps too)
    int stage = -1;
    Status status = Status::Hit;
    Reason reason = Reason::None;
    QString detail;
    QString pattern;  // SourcesChanged: the COPY/ADD source or bind-mount source that matched
    int previousLine = 0;  // PreviousStepMissed: line of the stage's first miss

    // One sentence for a person: "cache miss: src/app.py matches the COPY source ."
    QString explanation() const;
};

QString cacheStatusName(CacheStep::Status status);  // "hit", "miss", "skipped"
QString cacheReasonName(CacheStep::Reason reason);  // "sources-changed", "arg-changed"…

struct CacheSimulation {
    QList<CacheStep> steps;  // every instruction of every stage, in file order
    int missCount() const;
    int hitCount() const;
    // The first step that misses, or -1 (an index into steps).
    int firstMiss() const;
};

CacheSimulation simulateBuildCache(const ParsedDockerfile &file, const BuildGraph &graph, const CacheQuery &query);

// `pattern` is a COPY/ADD source (or mount source) relative to the context; true when a change to
// `path` changes what it copies (the path itself or anything below it matches, or the path is a
// directory above a match). Both use '/'; "./" and leading '/' are ignored.
bool contextSourceMatches(const QString &pattern, const QString &path);

} // namespace DockPrep
