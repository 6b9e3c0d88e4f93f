#include "challenges/dockerfilechecks.h"

#include "analyzers/buildcache.h"
#include "analyzers/composespec.h"
#include "challenges/checkparams.h"
#include "challenges/codetext.h"
#include "challenges/imageuser.h"
#include "challenges/secretleak.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace DockPrep {

using namespace Checks;

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::ChallengeChecker)
};

QString validateMinStages(const ChallengeCheck &check)
{
    if (check.params.value(QStringLiteral("count")).toInt() < 1)
        return QStringLiteral("check '%1' (min-stages) needs a 'count' of at least 1").arg(check.id);
    return {};
}

} // namespace

std::span<const CheckKind<DockerfileChecks>> DockerfileChecks::kinds()
{
    using D = DockerfileChecks;
    static const CheckKind<D> table[] = {
        {QLatin1StringView("min-stages"), validateMinStages, &D::staged<&D::minStages>},
        {QLatin1StringView("final-base"), [](const ChallengeCheck &check) { return requireRegex(check, "regex"); },
         &D::staged<&D::finalBase>},
        {QLatin1StringView("final-user"), validateNothing, &D::staged<&D::finalUser>},
        {QLatin1StringView("exec-form"), [](const ChallengeCheck &check) { return requireParams(check, {"instructions"}); },
         &D::staged<&D::execForm>},
        {QLatin1StringView("instruction"), [](const ChallengeCheck &check) { return requireParams(check, {"keyword"}); },
         &D::staged<&D::instruction>},
        {QLatin1StringView("run-mount"), [](const ChallengeCheck &check) { return requireParams(check, {"type"}); },
         &D::staged<&D::runMount>},
        {QLatin1StringView("no-secret-variables"), validateNothing, &D::staged<&D::noSecretVariables>},
        {QLatin1StringView("secret-not-written"), validateNothing, &D::staged<&D::secretNotWritten>},
        {QLatin1StringView("apt-combined"), validateNothing, &D::staged<&D::aptCombined>},
        {QLatin1StringView("cache-keeps"),
         [](const ChallengeCheck &check) {
             const QString missing = requireParams(check, {"changed"});
             return missing.isEmpty() ? requireRegex(check, "steps") : missing;
         },
         &D::staged<&D::cacheKeeps>},
        {QLatin1StringView("pattern"), [](const ChallengeCheck &check) { return requireRegex(check, "regex"); }, &D::pattern},
    };
    return table;
}

DockerfileChecks::DockerfileChecks(const QString &text)
    : m_file(parseDockerfile(text))
    , m_graph(buildStageGraph(m_file))
    , m_code(dockerfileCode(text, m_file))
{
}

CheckOutcome DockerfileChecks::parses() const
{
    // The stage graph's errors too (duplicate stage names, stages needing each other): BuildKit
    // refuses those files before it builds anything.
    for (const QList<DockerfileDiagnostic> *list : {&m_file.diagnostics, &m_graph.diagnostics}) {
        for (const DockerfileDiagnostic &d : *list) {
            if (d.isError())
                return {QStringLiteral("parses"), Tr::tr("The Dockerfile parses"), false, d.line, d.message};
        }
    }
    if (m_graph.stages.isEmpty())
        return {QStringLiteral("parses"), Tr::tr("The Dockerfile parses"), false, 1, Tr::tr("There is no FROM instruction.")};
    return {QStringLiteral("parses"), Tr::tr("The Dockerfile parses"), true, 0, {}};
}

CheckOutcome DockerfileChecks::pattern(const ChallengeCheck &check) const
{
    return runPattern(check, m_code);
}

CheckOutcome DockerfileChecks::needsStage(const ChallengeCheck &check) const
{
    return outcome(check, false, 0, Tr::tr("The file has no stage to check."));
}

QList<int> DockerfileChecks::imageInstructions() const
{
    QList<int> out;
    for (const BuildStage &stage : m_graph.stages) {
        if (stage.inTargetImage)
            out += stage.instructions;
    }
    return out;
}

const BuildStage &DockerfileChecks::rootOfTarget() const
{
    int index = m_graph.target;
    while (m_graph.stages.at(index).baseStage >= 0)
        index = m_graph.stages.at(index).baseStage;
    return m_graph.stages.at(index);
}

CheckOutcome DockerfileChecks::minStages(const ChallengeCheck &check) const
{
    const int wanted = check.params.value(QStringLiteral("count")).toInt();
    const int have = int(m_graph.stages.size());
    return have >= wanted ? outcome(check, true)
                          : outcome(check, false, targetFromLine(), Tr::tr("The file has %n stage(s).", nullptr, have));
}

CheckOutcome DockerfileChecks::finalBase(const ChallengeCheck &check) const
{
    const QRegularExpression regex(check.params.value(QStringLiteral("regex")).toString());
    const BuildStage &root = rootOfTarget();
    const int line = at(root.fromInstruction).firstLine;
    if (regex.match(root.resolvedBase).hasMatch())
        return outcome(check, true, line);
    return outcome(check, false, line, Tr::tr("The final image is built on '%1'.").arg(root.resolvedBase));
}

CheckOutcome DockerfileChecks::finalUser(const ChallengeCheck &check) const
{
    const bool numeric = boolParam(check.params, QStringLiteral("numeric"), false);
    const Instruction *lastUser = nullptr;
    int lastUserIndex = -1;
    for (int index : imageInstructions()) {
        if (at(index).kind == InstructionKind::User) {
            lastUser = &at(index);
            lastUserIndex = index;
        }
    }
    if (!lastUser) {
        // distroless ":nonroot" images (and their -debug variants) default to uid 65532.
        if (rootOfTarget().resolvedBase.contains(QLatin1String(":nonroot")) && !numeric)
            return outcome(check, true, targetFromLine());
        return outcome(check, false, targetFromLine(), Tr::tr("No USER instruction: the container runs as root."));
    }
    const QString spec = lastUser->arguments.trimmed();
    const QString user = spec.section(QLatin1Char(':'), 0, 0);
    const QString group = spec.contains(QLatin1Char(':')) ? spec.section(QLatin1Char(':'), 1) : QString();
    if (user == QLatin1String("root") || user == QLatin1String("0") || user.isEmpty())
        return outcome(check, false, lastUser->firstLine, Tr::tr("The last USER is root."));
    // A user that does not exist fails the first RUN after it, or the container's start.
    QStringList scripts;
    for (int index : imageInstructions()) {
        if (index < lastUserIndex && at(index).kind == InstructionKind::Run)
            scripts.append(at(index).script());
    }
    const QString base = rootOfTarget().resolvedBase;
    if (!imageUserExists(user, base, scripts)) {
        return outcome(check, false, lastUser->firstLine,
                       Tr::tr("No user '%1' exists in the image: nothing before this line creates it (useradd, adduser) "
                              "and %2 does not ship one.").arg(user, base));
    }
    if (!group.isEmpty() && !imageGroupExists(group, base, scripts)) {
        return outcome(check, false, lastUser->firstLine,
                       Tr::tr("No group '%1' exists in the image: nothing before this line creates it (groupadd, addgroup).").arg(group));
    }
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    if (numeric && !number.match(user).hasMatch()) {
        return outcome(check, false, lastUser->firstLine,
                       Tr::tr("USER %1 is a name: Kubernetes' runAsNonRoot can only verify a numeric UID.").arg(spec));
    }
    return outcome(check, true, lastUser->firstLine);
}

CheckOutcome DockerfileChecks::execForm(const ChallengeCheck &check) const
{
    const QStringList keywords = stringList(check.params.value(QStringLiteral("instructions")));
    QHash<QString, const Instruction *> last;
    for (int index : imageInstructions()) {
        const QString keyword = instructionKeyword(at(index).kind);
        if (keywords.contains(keyword, Qt::CaseInsensitive))
            last.insert(keyword, &at(index));
    }
    if (last.isEmpty())
        return outcome(check, false, targetFromLine(), Tr::tr("The final image has no %1.").arg(keywords.join(Tr::tr(" or "))));
    for (const Instruction *instruction : std::as_const(last)) {
        if (!instruction->execForm) {
            return outcome(check, false, instruction->firstLine,
                           Tr::tr("%1 in shell form runs under /bin/sh -c, which becomes PID 1 and does not pass SIGTERM on.")
                               .arg(instructionKeyword(instruction->kind)));
        }
    }
    return outcome(check, true);
}

CheckOutcome DockerfileChecks::instruction(const ChallengeCheck &check) const
{
    const QString keyword = check.params.value(QStringLiteral("keyword")).toString().toUpper();
    const bool wanted = boolParam(check.params, QStringLiteral("present"), true);
    if (keyword == QLatin1String("HEALTHCHECK"))
        return healthcheck(check, wanted);
    for (int index : imageInstructions()) {
        if (instructionKeyword(at(index).kind) == keyword) {
            return wanted ? outcome(check, true, at(index).firstLine)
                          : outcome(check, false, at(index).firstLine, Tr::tr("The final image still has %1.").arg(keyword));
        }
    }
    return wanted ? outcome(check, false, targetFromLine(), Tr::tr("The final image has no %1 instruction.").arg(keyword))
                  : outcome(check, true);
}

// Only the last HEALTHCHECK of the image counts, and HEALTHCHECK NONE turns off any before it
// or in the base image (Dockerfile reference, HEALTHCHECK).
CheckOutcome DockerfileChecks::healthcheck(const ChallengeCheck &check, bool wanted) const
{
    const Instruction *last = nullptr;
    for (int index : imageInstructions()) {
        if (at(index).kind == InstructionKind::Healthcheck)
            last = &at(index);
    }
    if (!last || last->healthcheckNone) {
        if (!wanted)
            return outcome(check, true, last ? last->firstLine : 0);
        return last ? outcome(check, false, last->firstLine, Tr::tr("HEALTHCHECK NONE turns the healthcheck off."))
                    : outcome(check, false, targetFromLine(), Tr::tr("The final image has no HEALTHCHECK instruction."));
    }
    return wanted ? outcome(check, true, last->firstLine)
                  : outcome(check, false, last->firstLine, Tr::tr("The final image still has HEALTHCHECK."));
}

CheckOutcome DockerfileChecks::runMount(const ChallengeCheck &check) const
{
    const QString type = check.params.value(QStringLiteral("type")).toString();
    for (const Instruction &instruction : m_file.instructions) {
        if (instruction.kind != InstructionKind::Run)
            continue;
        for (const QString &spec : instruction.flagValues(QStringLiteral("mount"))) {
            if (parseMountOptions(spec).value(QStringLiteral("type")) == type)
                return outcome(check, true, instruction.firstLine);
        }
    }
    return outcome(check, false, 0, Tr::tr("No RUN uses --mount=type=%1.").arg(type));
}

CheckOutcome DockerfileChecks::noSecretVariables(const ChallengeCheck &check) const
{
    for (const Instruction &instruction : m_file.instructions) {
        if (instruction.kind != InstructionKind::Env && instruction.kind != InstructionKind::Arg)
            continue;
        for (const KeyValue &pair : instruction.pairs) {
            if (ComposeSpec::isSecretVariableName(pair.key)) {
                return outcome(check, false, instruction.firstLine,
                               Tr::tr("%1 %2 is kept in the image's history and config, where anyone who pulls the image reads it.")
                                   .arg(instructionKeyword(instruction.kind), pair.key));
            }
        }
    }
    return outcome(check, true);
}

CheckOutcome DockerfileChecks::secretNotWritten(const ChallengeCheck &check) const
{
    const QList<SecretLeak> leaks = findSecretLeaks(m_file);
    if (leaks.isEmpty())
        return outcome(check, true);
    const SecretLeak &leak = leaks.constFirst();
    return outcome(check, false, leak.line,
                   Tr::tr("'%1' writes the secret '%2' into %3, which stays in the layer: anyone who pulls the image reads it.")
                       .arg(leak.command, leak.secret, leak.file));
}

CheckOutcome DockerfileChecks::aptCombined(const ChallengeCheck &check) const
{
    static const QRegularExpression update(QStringLiteral("apt(-get)?\\s+update"));
    static const QRegularExpression install(QStringLiteral("apt(-get)?\\s+(-\\S+\\s+)*install"));
    for (const Instruction &instruction : m_file.instructions) {
        if (instruction.kind != InstructionKind::Run)
            continue;
        const QString script = instruction.script();
        if (script.contains(update) != script.contains(install)) {
            return outcome(check, false, instruction.firstLine,
                           Tr::tr("apt-get update and apt-get install in separate RUNs: the cached update layer goes stale and installs fail or get old packages."));
        }
    }
    return outcome(check, true);
}

CheckOutcome DockerfileChecks::cacheKeeps(const ChallengeCheck &check) const
{
    CacheQuery query;
    query.changedPaths = stringList(check.params.value(QStringLiteral("changed")));
    const QRegularExpression steps(check.params.value(QStringLiteral("steps")).toString());
    const CacheSimulation simulation = simulateBuildCache(m_file, m_graph, query);
    bool any = false;
    for (const CacheStep &step : simulation.steps) {
        const Instruction &instruction = at(step.instruction);
        if (instruction.kind != InstructionKind::Run || step.status == CacheStep::Status::Skipped
            || !steps.match(instruction.script()).hasMatch()) {
            continue;
        }
        any = true;
        if (step.status == CacheStep::Status::Miss)
            return outcome(check, false, instruction.firstLine, step.explanation());
    }
    if (!any)
        return outcome(check, false, 0, Tr::tr("No step of the build does this any more."));
    return outcome(check, true);
}

} // namespace DockPrep
