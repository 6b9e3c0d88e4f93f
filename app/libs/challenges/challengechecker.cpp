#include "challenges/challengechecker.h"

#include "analyzers/buildcache.h"
#include "analyzers/buildstages.h"
#include "analyzers/composechecker.h"
#include "analyzers/composespec.h"
#include "analyzers/dockerfileparser.h"
#include "challenges/codetext.h"
#include "challenges/databaseurl.h"
#include "challenges/imageuser.h"
#include "challenges/secretleak.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace DockPrep {

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::ChallengeChecker)
};

QStringList stringList(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList out;
        for (const QVariant &item : value.toList())
            out.append(item.toString());
        return out;
    }
    return value.isValid() ? QStringList{value.toString()} : QStringList();
}

bool boolParam(const QVariantMap &params, const QString &name, bool fallback)
{
    if (!params.contains(name))
        return fallback;
    const QString value = params.value(name).toString().toLower();
    return value == QLatin1String("true") || value == QLatin1String("yes");
}

// The 1-based line of character `offset` in `text`.
int lineAt(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
}

CheckOutcome outcome(const ChallengeCheck &check, bool passed, int line = 0, const QString &detail = {})
{
    return {check.id, check.message, passed, line, passed ? QString() : detail};
}

CheckOutcome checkPattern(const ChallengeCheck &check, const QString &text)
{
    const QRegularExpression regex(check.params.value(QStringLiteral("regex")).toString(),
                                   QRegularExpression::MultilineOption);
    const bool wanted = boolParam(check.params, QStringLiteral("present"), true);
    const QRegularExpressionMatch match = regex.match(text);
    if (wanted) {
        return match.hasMatch() ? outcome(check, true, lineAt(text, match.capturedStart()))
                                : outcome(check, false, 0, Tr::tr("Nothing in the file does this yet."));
    }
    return match.hasMatch() ? outcome(check, false, lineAt(text, match.capturedStart()),
                                      Tr::tr("This line is what the check is about: '%1'.").arg(match.captured().trimmed()))
                            : outcome(check, true);
}

// ---- compose

class ComposeChecks
{
public:
    explicit ComposeChecks(const QString &text)
        : m_report(checkCompose(text))
        , m_code(composeCode(text))
    {
    }

    CheckOutcome parses() const
    {
        for (const ComposeFinding &f : m_report.findings) {
            if (f.severity == ComposeSeverity::Error)
                return {QStringLiteral("parses"), Tr::tr("Compose accepts the file"), false, f.line, f.message};
        }
        return {QStringLiteral("parses"), Tr::tr("Compose accepts the file"), true, 0, {}};
    }

    CheckOutcome run(const ChallengeCheck &check) const
    {
        if (check.kind == QLatin1String("pattern"))
            return checkPattern(check, m_code);
        if (check.kind == QLatin1String("absent"))
            return absent(check);
        if (check.kind == QLatin1String("service-key"))
            return serviceKey(check);
        if (check.kind == QLatin1String("database-url"))
            return databaseUrl(check);
        return outcome(check, false, 0, Tr::tr("This check does not apply to compose files."));
    }

private:
    CheckOutcome absent(const ChallengeCheck &check) const
    {
        const QStringList rules = stringList(check.params.value(QStringLiteral("rules")));
        const QString service = check.params.value(QStringLiteral("service")).toString();
        for (const ComposeFinding &f : m_report.findings) {
            if (rules.contains(f.rule) && (service.isEmpty() || f.service == service))
                return outcome(check, false, f.line, f.message);
        }
        if (!service.isEmpty() && !m_report.service(service))
            return outcome(check, false, 0, Tr::tr("There is no service '%1'.").arg(service));
        return outcome(check, true);
    }

    CheckOutcome serviceKey(const ChallengeCheck &check) const
    {
        const QString name = check.params.value(QStringLiteral("service")).toString();
        const QString key = check.params.value(QStringLiteral("key")).toString();
        const ComposeService *service = m_report.service(name);
        if (!service)
            return outcome(check, false, 0, Tr::tr("There is no service '%1'.").arg(name));
        const bool written = service->definition.contains(key) && service->definition.value(key).isValid();
        // A healthcheck that turns itself off (`disable: true`, `test: ["NONE"]`) is no healthcheck:
        // it turns the image's off too.
        const bool disabled = written && key == QLatin1String("healthcheck") && !service->healthcheck;
        const bool present = written && !disabled;
        const int line = written ? service->keyLines.value(key) : service->line;
        if (disabled) {
            const bool wantedAbsent = !check.params.contains(QStringLiteral("equals")) && !check.params.contains(QStringLiteral("contains"))
                && !boolParam(check.params, QStringLiteral("present"), true);
            return wantedAbsent ? outcome(check, true, line)
                                : outcome(check, false, line,
                                          Tr::tr("The healthcheck of '%1' is disabled (disable: true or test: [\"NONE\"]), so Compose runs none.").arg(name));
        }
        if (check.params.contains(QStringLiteral("equals"))) {
            const QString expected = check.params.value(QStringLiteral("equals")).toString();
            const QString actual = service->definition.value(key).toString();
            if (present && actual.compare(expected, Qt::CaseInsensitive) == 0)
                return outcome(check, true, line);
            return outcome(check, false, line,
                           present ? Tr::tr("'%1' of '%2' is '%3', not '%4'.").arg(key, name, actual, expected)
                                   : Tr::tr("'%1' has no '%2' key.").arg(name, key));
        }
        if (check.params.contains(QStringLiteral("contains"))) {
            const QString expected = check.params.value(QStringLiteral("contains")).toString();
            const QVariant value = service->definition.value(key);
            const QStringList items = value.typeId() == QMetaType::QVariantList ? stringList(value)
                : value.typeId() == QMetaType::QVariantMap ? value.toMap().keys()
                                                           : QStringList{value.toString()};
            const bool found = std::any_of(items.cbegin(), items.cend(), [&](const QString &item) {
                return item.contains(expected, Qt::CaseInsensitive);
            });
            if (present && found)
                return outcome(check, true, line);
            return outcome(check, false, line,
                           present ? Tr::tr("'%1' of '%2' has nothing with '%3'.").arg(key, name, expected)
                                   : Tr::tr("'%1' has no '%2' key.").arg(name, key));
        }
        const bool wanted = boolParam(check.params, QStringLiteral("present"), true);
        if (present == wanted)
            return outcome(check, true, line);
        return outcome(check, false, line,
                       wanted ? Tr::tr("'%1' has no '%2' key.").arg(name, key) : Tr::tr("'%1' still has a '%2' key.").arg(name, key));
    }

    // A service's environment as NAME → value, from the map or the NAME=VALUE list form.
    static QHash<QString, QString> environmentOf(const ComposeService &service)
    {
        QHash<QString, QString> out;
        const QVariant environment = service.definition.value(QStringLiteral("environment"));
        if (environment.typeId() == QMetaType::QVariantMap) {
            const QVariantMap map = environment.toMap();
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                out.insert(it.key(), it.value().toString());
        } else {
            for (const QString &item : stringList(environment))
                out.insert(item.section(QLatin1Char('='), 0, 0), item.section(QLatin1Char('='), 1));
        }
        return out;
    }

    CheckOutcome databaseUrl(const ChallengeCheck &check) const
    {
        const QString appName = check.params.value(QStringLiteral("service")).toString();
        const QString variable = check.params.value(QStringLiteral("variable")).toString();
        const QString dbName = check.params.value(QStringLiteral("database")).toString();
        const ComposeService *app = m_report.service(appName);
        const ComposeService *db = m_report.service(dbName);
        if (!app || !db)
            return outcome(check, false, 0, Tr::tr("There is no service '%1'.").arg(app ? dbName : appName));
        const QHash<QString, QString> appEnvironment = environmentOf(*app);
        const int line = app->keyLines.value(QStringLiteral("environment"), app->line);
        if (!appEnvironment.contains(variable))
            return outcome(check, false, line, Tr::tr("'%1' has no %2 in its environment.").arg(appName, variable));
        const InitialDatabase database = initialDatabase(db->image, environmentOf(*db));
        const QString problem = databaseUrlProblem(appEnvironment.value(variable), dbName, database);
        return problem.isEmpty() ? outcome(check, true, line) : outcome(check, false, line, problem);
    }

    ComposeReport m_report;
    QString m_code;  // the file without its comments, for `pattern`
};

// ---- Dockerfile

class DockerfileChecks
{
public:
    explicit DockerfileChecks(const QString &text)
        : m_file(parseDockerfile(text))
        , m_graph(buildStageGraph(m_file))
        , m_code(dockerfileCode(text, m_file))
    {
    }

    CheckOutcome parses() const
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

    CheckOutcome run(const ChallengeCheck &check) const
    {
        if (check.kind == QLatin1String("pattern"))
            return checkPattern(check, m_code);
        if (m_graph.stages.isEmpty() || m_graph.target < 0)
            return outcome(check, false, 0, Tr::tr("The file has no stage to check."));
        const QString &kind = check.kind;
        if (kind == QLatin1String("min-stages"))
            return minStages(check);
        if (kind == QLatin1String("final-base"))
            return finalBase(check);
        if (kind == QLatin1String("final-user"))
            return finalUser(check);
        if (kind == QLatin1String("exec-form"))
            return execForm(check);
        if (kind == QLatin1String("instruction"))
            return instruction(check);
        if (kind == QLatin1String("run-mount"))
            return runMount(check);
        if (kind == QLatin1String("no-secret-variables"))
            return noSecretVariables(check);
        if (kind == QLatin1String("secret-not-written"))
            return secretNotWritten(check);
        if (kind == QLatin1String("apt-combined"))
            return aptCombined(check);
        if (kind == QLatin1String("cache-keeps"))
            return cacheKeeps(check);
        return outcome(check, false, 0, Tr::tr("This check does not apply to Dockerfiles."));
    }

private:
    const Instruction &at(int index) const { return m_file.instructions.at(index); }
    int targetFromLine() const { return at(m_graph.stages.at(m_graph.target).fromInstruction).firstLine; }

    // Instructions of the stages whose files and settings make up the final image, in build order.
    QList<int> imageInstructions() const
    {
        QList<int> out;
        for (const BuildStage &stage : m_graph.stages) {
            if (stage.inTargetImage)
                out += stage.instructions;
        }
        return out;
    }

    // The image the final stage is ultimately built on (following FROM <stage>).
    const BuildStage &rootOfTarget() const
    {
        int index = m_graph.target;
        while (m_graph.stages.at(index).baseStage >= 0)
            index = m_graph.stages.at(index).baseStage;
        return m_graph.stages.at(index);
    }

    CheckOutcome minStages(const ChallengeCheck &check) const
    {
        const int wanted = check.params.value(QStringLiteral("count")).toInt();
        const int have = int(m_graph.stages.size());
        return have >= wanted ? outcome(check, true)
                              : outcome(check, false, targetFromLine(), Tr::tr("The file has %n stage(s).", nullptr, have));
    }

    CheckOutcome finalBase(const ChallengeCheck &check) const
    {
        const QRegularExpression regex(check.params.value(QStringLiteral("regex")).toString());
        const BuildStage &root = rootOfTarget();
        const int line = at(root.fromInstruction).firstLine;
        if (regex.match(root.resolvedBase).hasMatch())
            return outcome(check, true, line);
        return outcome(check, false, line, Tr::tr("The final image is built on '%1'.").arg(root.resolvedBase));
    }

    CheckOutcome finalUser(const ChallengeCheck &check) const
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

    CheckOutcome execForm(const ChallengeCheck &check) const
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

    CheckOutcome instruction(const ChallengeCheck &check) const
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
    CheckOutcome healthcheck(const ChallengeCheck &check, bool wanted) const
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

    CheckOutcome runMount(const ChallengeCheck &check) const
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

    CheckOutcome noSecretVariables(const ChallengeCheck &check) const
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

    CheckOutcome secretNotWritten(const ChallengeCheck &check) const
    {
        const QList<SecretLeak> leaks = findSecretLeaks(m_file);
        if (leaks.isEmpty())
            return outcome(check, true);
        const SecretLeak &leak = leaks.constFirst();
        return outcome(check, false, leak.line,
                       Tr::tr("'%1' writes the secret '%2' into %3, which stays in the layer: anyone who pulls the image reads it.")
                           .arg(leak.command, leak.secret, leak.file));
    }

    CheckOutcome aptCombined(const ChallengeCheck &check) const
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

    CheckOutcome cacheKeeps(const ChallengeCheck &check) const
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

    ParsedDockerfile m_file;
    BuildGraph m_graph;
    QString m_code;  // the instructions' lines without comments, for `pattern`
};

const QStringList &composeKinds()
{
    static const QStringList kinds{QStringLiteral("absent"), QStringLiteral("service-key"), QStringLiteral("database-url"),
                                   QStringLiteral("pattern")};
    return kinds;
}

const QStringList &dockerfileKinds()
{
    static const QStringList kinds{QStringLiteral("min-stages"),   QStringLiteral("final-base"),
                                   QStringLiteral("final-user"),   QStringLiteral("exec-form"),
                                   QStringLiteral("instruction"),  QStringLiteral("run-mount"),
                                   QStringLiteral("no-secret-variables"), QStringLiteral("secret-not-written"),
                                   QStringLiteral("apt-combined"),
                                   QStringLiteral("cache-keeps"),  QStringLiteral("pattern")};
    return kinds;
}

} // namespace

QString challengeFileKindId(ChallengeFileKind kind)
{
    return kind == ChallengeFileKind::Compose ? QStringLiteral("compose") : QStringLiteral("dockerfile");
}

bool ChallengeResult::passed() const
{
    return !outcomes.isEmpty()
        && std::all_of(outcomes.cbegin(), outcomes.cend(), [](const CheckOutcome &o) { return o.passed; });
}

int ChallengeResult::passedCount() const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const CheckOutcome &o) { return o.passed; }));
}

ChallengeResult checkChallenge(const Challenge &challenge, const QString &text)
{
    ChallengeResult result;
    if (challenge.fileKind == ChallengeFileKind::Compose) {
        const ComposeChecks checks(text);
        result.outcomes.append(checks.parses());
        for (const ChallengeCheck &check : challenge.checks)
            result.outcomes.append(checks.run(check));
    } else {
        const DockerfileChecks checks(text);
        result.outcomes.append(checks.parses());
        for (const ChallengeCheck &check : challenge.checks)
            result.outcomes.append(checks.run(check));
    }
    return result;
}

QString validateCheck(ChallengeFileKind kind, const ChallengeCheck &check)
{
    const QStringList &kinds = kind == ChallengeFileKind::Compose ? composeKinds() : dockerfileKinds();
    if (!kinds.contains(check.kind)) {
        return QStringLiteral("unknown check kind '%1' for a %2 challenge (one of: %3)")
            .arg(check.kind, challengeFileKindId(kind), kinds.join(QStringLiteral(", ")));
    }
    if (check.id.isEmpty() || check.message.isEmpty())
        return QStringLiteral("a check needs an id and a message");
    const auto require = [&](const char *name) -> QString {
        const QString key = QString::fromLatin1(name);
        return !stringList(check.params.value(key)).join(QString()).isEmpty()
            ? QString()
            : QStringLiteral("check '%1' (%2) needs '%3'").arg(check.id, check.kind, key);
    };
    const auto regexError = [&](const char *name) -> QString {
        const QRegularExpression regex(check.params.value(QString::fromLatin1(name)).toString());
        return regex.isValid() ? QString()
                               : QStringLiteral("check '%1': invalid regex: %2").arg(check.id, regex.errorString());
    };
    if (check.kind == QLatin1String("absent")) {
        const QStringList rules = stringList(check.params.value(QStringLiteral("rules")));
        if (rules.isEmpty())
            return QStringLiteral("check '%1' (absent) needs 'rules'").arg(check.id);
        for (const QString &rule : rules) {
            if (!isComposeRule(rule))
                return QStringLiteral("check '%1': unknown compose rule '%2'").arg(check.id, rule);
        }
        return {};
    }
    QString error;
    if (check.kind == QLatin1String("service-key")) {
        if (!(error = require("service")).isEmpty() || !(error = require("key")).isEmpty())
            return error;
    } else if (check.kind == QLatin1String("database-url")) {
        if (!(error = require("service")).isEmpty() || !(error = require("variable")).isEmpty()
            || !(error = require("database")).isEmpty())
            return error;
    } else if (check.kind == QLatin1String("pattern") || check.kind == QLatin1String("final-base")) {
        if (!(error = require("regex")).isEmpty() || !(error = regexError("regex")).isEmpty())
            return error;
    } else if (check.kind == QLatin1String("cache-keeps")) {
        if (!(error = require("changed")).isEmpty() || !(error = require("steps")).isEmpty()
            || !(error = regexError("steps")).isEmpty())
            return error;
    } else if (check.kind == QLatin1String("min-stages")) {
        if (check.params.value(QStringLiteral("count")).toInt() < 1)
            return QStringLiteral("check '%1' (min-stages) needs a 'count' of at least 1").arg(check.id);
    } else if (check.kind == QLatin1String("exec-form")) {
        if (stringList(check.params.value(QStringLiteral("instructions"))).isEmpty())
            return QStringLiteral("check '%1' (exec-form) needs 'instructions'").arg(check.id);
    } else if (check.kind == QLatin1String("instruction")) {
        return require("keyword");
    } else if (check.kind == QLatin1String("run-mount")) {
        return require("type");
    }
    return {};
}

} // namespace DockPrep
