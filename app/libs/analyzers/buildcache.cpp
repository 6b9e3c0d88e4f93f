#include "analyzers/buildcache.h"

#include "analyzers/dockerfilevariables.h"

#include <QCoreApplication>
#include <QSet>

namespace DockPrep {

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::BuildCache)
};

QStringList pathElements(QString path)
{
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList elements;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part != QLatin1String("."))
            elements.append(part);
    }
    return elements;
}

// Go's filepath.Match for one path element: `*`, `?`, `[a-z]`, `[^abc]`, `\` escapes.
bool matchElement(QStringView pattern, QStringView name)
{
    qsizetype p = 0, n = 0, starP = -1, starN = 0;
    while (n < name.size()) {
        if (p < pattern.size()) {
            const QChar c = pattern.at(p);
            if (c == QLatin1Char('*')) {
                starP = ++p;
                starN = n;
                continue;
            }
            if (c == QLatin1Char('?')) {
                ++p;
                ++n;
                continue;
            }
            if (c == QLatin1Char('[')) {
                qsizetype q = p + 1;
                const bool negate = q < pattern.size() && (pattern.at(q) == QLatin1Char('^') || pattern.at(q) == QLatin1Char('!'));
                if (negate)
                    ++q;
                bool matched = false;
                bool first = true;
                while (q < pattern.size() && (first || pattern.at(q) != QLatin1Char(']'))) {
                    first = false;
                    QChar lo = pattern.at(q);
                    if (lo == QLatin1Char('\\') && q + 1 < pattern.size())
                        lo = pattern.at(++q);
                    QChar hi = lo;
                    if (q + 2 < pattern.size() && pattern.at(q + 1) == QLatin1Char('-') && pattern.at(q + 2) != QLatin1Char(']')) {
                        hi = pattern.at(q + 2);
                        q += 2;
                    }
                    if (name.at(n) >= lo && name.at(n) <= hi)
                        matched = true;
                    ++q;
                }
                if (q < pattern.size() && matched != negate) {
                    p = q + 1;
                    ++n;
                    continue;
                }
            } else {
                QChar literal = c;
                qsizetype width = 1;
                if (c == QLatin1Char('\\') && p + 1 < pattern.size()) {
                    literal = pattern.at(p + 1);
                    width = 2;
                }
                if (literal == name.at(n)) {
                    p += width;
                    ++n;
                    continue;
                }
            }
        }
        if (starP < 0)
            return false;
        p = starP;
        n = ++starN;
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

// Element-wise match where `**` spans any number of elements. `prefixOk`: the path may stop
// early (it is a directory above what the pattern names). A path longer than the pattern is
// below a matched directory, which COPY takes whole.
bool matchElements(const QStringList &pattern, qsizetype p, const QStringList &path, qsizetype x)
{
    while (p < pattern.size()) {
        if (x == path.size())
            return true;  // the changed path is a directory holding what the pattern names
        if (pattern.at(p) == QLatin1String("**")) {
            for (qsizetype skip = x; skip <= path.size(); ++skip) {
                if (matchElements(pattern, p + 1, path, skip))
                    return true;
            }
            return false;
        }
        if (!matchElement(pattern.at(p), path.at(x)))
            return false;
        ++p;
        ++x;
    }
    return true;
}

bool isRemoteSource(const QString &source)
{
    return source.contains(QLatin1String("://")) || source.startsWith(QLatin1String("git@"));
}

// `${VAR}` left unexpanded (no default known) could be anything: treat it as `*`.
QString wildcardUnknownVariables(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('$')) {
            qsizetype end = i + 1;
            if (end < text.size() && text.at(end) == QLatin1Char('{')) {
                end = text.indexOf(QLatin1Char('}'), end);
                end = end < 0 ? text.size() : end + 1;
            } else {
                while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('_')))
                    ++end;
            }
            out += QLatin1Char('*');
            i = end - 1;
            continue;
        }
        out += text.at(i);
    }
    return out;
}

} // namespace

bool contextSourceMatches(const QString &pattern, const QString &path)
{
    return matchElements(pathElements(pattern), 0, pathElements(path), 0);
}

QString cacheStatusName(CacheStep::Status status)
{
    switch (status) {
    case CacheStep::Status::Hit: return QStringLiteral("hit");
    case CacheStep::Status::Miss: return QStringLiteral("miss");
    case CacheStep::Status::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QString cacheReasonName(CacheStep::Reason reason)
{
    switch (reason) {
    case CacheStep::Reason::None: return QStringLiteral("none");
    case CacheStep::Reason::SourcesChanged: return QStringLiteral("sources-changed");
    case CacheStep::Reason::ArgChanged: return QStringLiteral("arg-changed");
    case CacheStep::Reason::PreviousStepMissed: return QStringLiteral("previous-step-missed");
    case CacheStep::Reason::BaseStageChanged: return QStringLiteral("base-stage-changed");
    case CacheStep::Reason::SourceStageChanged: return QStringLiteral("source-stage-changed");
    case CacheStep::Reason::NotNeeded: return QStringLiteral("not-needed");
    }
    return {};
}

QString CacheStep::explanation() const
{
    switch (reason) {
    case Reason::None: return Tr::tr("cache hit");
    case Reason::SourcesChanged: return Tr::tr("cache miss: %1 changed and matches the source %2").arg(detail, pattern);
    case Reason::ArgChanged: return Tr::tr("cache miss: the build argument %1 changed and this is its first use in the stage").arg(detail);
    case Reason::PreviousStepMissed: return Tr::tr("cache miss: the step on line %1 missed, so every later step of the stage runs again").arg(previousLine);
    case Reason::BaseStageChanged: return Tr::tr("cache miss: it is built FROM the stage %1, which changed").arg(detail);
    case Reason::SourceStageChanged: return Tr::tr("cache miss: it takes files from the stage %1, which changed").arg(detail);
    case Reason::NotNeeded: return Tr::tr("skipped: the target does not need this stage");
    }
    return {};
}

int CacheSimulation::missCount() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(), [](const CacheStep &s) { return s.status == CacheStep::Status::Miss; }));
}

int CacheSimulation::hitCount() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(), [](const CacheStep &s) { return s.status == CacheStep::Status::Hit; }));
}

int CacheSimulation::firstMiss() const
{
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).status == CacheStep::Status::Miss)
            return i;
    }
    return -1;
}

CacheSimulation simulateBuildCache(const ParsedDockerfile &file, const BuildGraph &graph, const CacheQuery &query)
{
    CacheSimulation result;
    const QSet<QString> changedArgs(query.changedArgs.cbegin(), query.changedArgs.cend());
    QStringList changedPaths;
    for (const QString &path : query.changedPaths) {
        if (!path.trimmed().isEmpty())
            changedPaths.append(path.trimmed());
    }
    const QHash<QString, QString> globals = graph.globalArgDefaults(file);
    QSet<QString> globalNames;
    for (int index : graph.globalArgs) {
        for (const KeyValue &kv : file.instructions.at(index).pairs)
            globalNames.insert(kv.key);
    }
    // A different --target may not reach the stage the graph was built for; honour the query's.
    const BuildGraph *effective = &graph;
    BuildGraph retargeted;
    if (!query.target.isEmpty()) {
        retargeted = buildStageGraph(file, query.target);
        effective = &retargeted;
    }
    QList<bool> stageMissed(effective->stages.size(), false);

    for (const BuildStage &stage : effective->stages) {
        const auto step = [&](int instruction) {
            CacheStep s;
            s.instruction = instruction;
            s.stage = stage.index;
            return s;
        };
        if (!stage.reachesTarget) {
            CacheStep from = step(stage.fromInstruction);
            from.status = CacheStep::Status::Skipped;
            from.reason = CacheStep::Reason::NotNeeded;
            result.steps.append(from);
            for (int index : stage.instructions) {
                CacheStep s = step(index);
                s.status = CacheStep::Status::Skipped;
                s.reason = CacheStep::Reason::NotNeeded;
                result.steps.append(s);
            }
            continue;
        }

        // FROM: the base stage changed, or a global ARG it uses did.
        CacheStep from = step(stage.fromInstruction);
        for (const StageDependency &d : stage.dependencies) {
            if (d.kind == StageDependency::Kind::Base && stageMissed.at(d.stage)) {
                from.status = CacheStep::Status::Miss;
                from.reason = CacheStep::Reason::BaseStageChanged;
                from.detail = effective->stages.at(d.stage).displayName();
                break;
            }
        }
        if (from.status == CacheStep::Status::Hit) {
            const Instruction &fromIns = file.instructions.at(stage.fromInstruction);
            QString used = fromIns.fromImage;
            for (const InstructionFlag &flag : fromIns.flags)
                used += QLatin1Char(' ') + flag.value;
            for (const QString &name : referencedVariables(used, file.escape)) {
                if (changedArgs.contains(name) && globalNames.contains(name)) {
                    from.status = CacheStep::Status::Miss;
                    from.reason = CacheStep::Reason::ArgChanged;
                    from.detail = name;
                    break;
                }
            }
        }
        bool missed = from.status == CacheStep::Status::Miss;
        int firstMissLine = missed ? file.instructions.at(stage.fromInstruction).firstLine : 0;
        result.steps.append(from);

        QHash<QString, QString> scope;   // ARG values known in the stage, for COPY sources
        QStringList pendingArgs;         // changed ARGs declared here and not used yet
        for (int index : stage.instructions) {
            const Instruction &ins = file.instructions.at(index);
            CacheStep s = step(index);
            if (ins.kind == InstructionKind::Arg) {
                for (const KeyValue &kv : ins.pairs) {
                    if (kv.hasValue)
                        scope.insert(kv.key, expandVariables(kv.value, scope, file.escape));
                    else if (globals.contains(kv.key))
                        scope.insert(kv.key, globals.value(kv.key));
                    if (changedArgs.contains(kv.key) && !pendingArgs.contains(kv.key))
                        pendingArgs.append(kv.key);
                }
            }
            if (missed) {
                s.status = CacheStep::Status::Miss;
                s.reason = CacheStep::Reason::PreviousStepMissed;
                s.previousLine = firstMissLine;
                result.steps.append(s);
                continue;
            }
            const auto miss = [&s](CacheStep::Reason reason, const QString &detail, const QString &pattern = {}) {
                if (s.status == CacheStep::Status::Miss)
                    return;
                s.status = CacheStep::Status::Miss;
                s.reason = reason;
                s.detail = detail;
                s.pattern = pattern;
            };
            const auto stageChanged = [&](const QString &reference) {
                const int source = effective->stageFor(expandVariables(reference, scope, file.escape), stage.index);
                if (source >= 0 && stageMissed.at(source))
                    miss(CacheStep::Reason::SourceStageChanged, effective->stages.at(source).displayName());
            };
            const auto sourceChanged = [&](const QString &source) {
                if (isRemoteSource(source) || source.startsWith(QLatin1String("<<")))
                    return;
                const QString pattern = wildcardUnknownVariables(expandVariables(source, scope, file.escape));
                for (const QString &path : std::as_const(changedPaths)) {
                    if (contextSourceMatches(pattern, path)) {
                        miss(CacheStep::Reason::SourcesChanged, path, source);
                        return;
                    }
                }
            };

            if (ins.kind == InstructionKind::Copy || ins.kind == InstructionKind::Add) {
                if (ins.hasFlag(QStringLiteral("from"))) {
                    stageChanged(ins.flagValue(QStringLiteral("from")));
                } else {
                    for (const QString &source : ins.sources())
                        sourceChanged(source);
                }
            } else if (ins.kind == InstructionKind::Run) {
                for (const QString &spec : ins.flagValues(QStringLiteral("mount"))) {
                    const QHash<QString, QString> mount = parseMountOptions(spec);
                    if (mount.contains(QStringLiteral("from")))
                        stageChanged(mount.value(QStringLiteral("from")));
                    else if (mount.value(QStringLiteral("type")) == QLatin1String("bind"))
                        sourceChanged(mount.value(QStringLiteral("source"), QStringLiteral(".")));
                }
            }
            if (!pendingArgs.isEmpty() && ins.kind != InstructionKind::Arg) {
                QString text = ins.arguments;
                for (const InstructionFlag &flag : ins.flags)
                    text += QLatin1Char(' ') + flag.value;
                for (const Heredoc &heredoc : ins.heredocs) {
                    if (heredoc.expands)
                        text += QLatin1Char('\n') + heredoc.content;
                }
                const QStringList used = referencedVariables(text, file.escape);
                for (const QString &name : std::as_const(pendingArgs)) {
                    if (used.contains(name)) {
                        miss(CacheStep::Reason::ArgChanged, name);
                        break;
                    }
                }
                if (ins.kind == InstructionKind::Run)
                    miss(CacheStep::Reason::ArgChanged, pendingArgs.constFirst());
            }
            if (s.status == CacheStep::Status::Miss) {
                missed = true;
                firstMissLine = ins.firstLine;
            }
            result.steps.append(s);
        }
        stageMissed[stage.index] = missed;
    }
    return result;
}

} // namespace DockPrep
