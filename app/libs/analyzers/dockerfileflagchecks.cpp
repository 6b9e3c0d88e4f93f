#include "analyzers/dockerfileparsing.h"

#include "analyzers/buildkitvalues.h"
#include "analyzers/buildstages.h"
#include "analyzers/dockerfilekeywords.h"
#include "analyzers/dockerfilevariables.h"

#include <QCoreApplication>

namespace DockPrep::DockerfileParsing {

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::DockerfileParser)
};

} // namespace

void Parser::checkFlags(const Instruction &ins, const QString &name)
{
    if (ins.kind == InstructionKind::Unknown || ins.flags.isEmpty())
        return;
    // BuildKit never parses the flags of ARG, STOPSIGNAL and HEALTHCHECK NONE: it ignores them.
    const bool ignored = ins.kind == InstructionKind::Arg || ins.kind == InstructionKind::Stopsignal
        || (ins.kind == InstructionKind::Healthcheck
            && ins.arguments.section(QLatin1Char(' '), 0, 0).compare(QLatin1String("NONE"), Qt::CaseInsensitive) == 0);
    QStringList seen;
    for (const InstructionFlag &flag : ins.flags) {
        if (ignored) {
            warning(flag.line, flag.column, Tr::tr("%1 ignores the flag --%2").arg(name, flag.name));
            continue;
        }
        const FlagSpec *spec = flagSpec(ins.kind, flag.name);
        if (!spec) {
            rejected(flag.line, flag.column, BuildKitRule::UnknownFlag, Tr::tr("%1 does not know the flag --%2").arg(name, flag.name));
            continue;
        }
        if (spec->type != FlagType::List && seen.contains(flag.name))
            rejected(flag.line, flag.column, BuildKitRule::DuplicateFlag, Tr::tr("--%1 is given twice: %2 takes it once").arg(flag.name, name));
        seen.append(flag.name);
        if (spec->type == FlagType::Bool && flag.hasValue) {
            const QString value = flag.value.toLower();
            if (value.isEmpty())
                rejected(flag.line, flag.column, BuildKitRule::FlagValue, Tr::tr("--%1= has no value: write --%1 alone or --%1=true").arg(flag.name));
            else if (value != QLatin1String("true") && value != QLatin1String("false"))
                rejected(flag.line, flag.column, BuildKitRule::FlagValue,
                         Tr::tr("--%1 takes true or false, not '%2'").arg(flag.name, flag.value));
            continue;
        }
        if (spec->type != FlagType::Bool && !flag.hasValue) {
            rejected(flag.line, flag.column, BuildKitRule::FlagValue, Tr::tr("--%1 needs a value: --%1=<value>").arg(flag.name));
            continue;
        }
        checkFlagValue(ins, flag);
    }
}

void Parser::checkFlagValue(const Instruction &ins, const InstructionFlag &flag)
{
    const auto reject = [&](const char *rule, const QString &problem) {
        if (!problem.isEmpty())
            rejected(flag.line, flag.column, rule, QStringLiteral("--%1: %2").arg(flag.name, problem));
    };
    if (ins.kind == InstructionKind::Healthcheck) {
        // Read when the file is parsed, before any variable is known: `$` is not expanded.
        reject(BuildKitRule::HealthcheckValue,
               flag.name == QLatin1String("retries") ? checkHealthcheckRetries(flag.value) : checkHealthcheckDuration(flag.value));
        return;
    }
    if (flag.value.contains(QLatin1Char('$')))
        return;  // expanded from ARG/ENV when the stage is built
    if (flag.name == QLatin1String("chmod")) {
        reject(BuildKitRule::Chmod, checkChmod(flag.value));
    } else if (flag.name == QLatin1String("from") && isCurrentStage(flag.value)) {
        reject(BuildKitRule::SelfReference, Tr::tr("a stage cannot copy from itself ('%1' is the stage being built)").arg(flag.value));
    } else if (flag.name == QLatin1String("mount")) {
        const QHash<QString, QString> mount = parseMountOptions(flag.value);
        const QString type = mount.value(QStringLiteral("type"));
        static const QStringList types{QStringLiteral("bind"), QStringLiteral("cache"), QStringLiteral("tmpfs"), QStringLiteral("secret"),
                                       QStringLiteral("ssh")};
        if (!types.contains(type.toLower()))
            reject(BuildKitRule::MountType, Tr::tr("'%1' is not a mount type (bind, cache, tmpfs, secret or ssh)").arg(type));
        else if (mount.contains(QStringLiteral("from")) && isCurrentStage(mount.value(QStringLiteral("from"))))
            reject(BuildKitRule::SelfReference,
                   Tr::tr("a stage cannot mount itself ('%1' is the stage being built)").arg(mount.value(QStringLiteral("from"))));
    }
}

bool Parser::isCurrentStage(const QString &reference) const
{
    if (m_inTrigger)
        return false;
    int index = -1;
    QString name;
    for (const Instruction &ins : m_result.instructions) {
        if (ins.kind == InstructionKind::From) {
            ++index;
            name = ins.stageName;
        }
    }
    if (index < 0)
        return false;
    bool isNumber = false;
    const int number = reference.toInt(&isNumber);
    return isNumber ? number == index : !name.isEmpty() && reference.compare(name, Qt::CaseInsensitive) == 0;
}

void Parser::checkQuotes(const LogicalLine &logical, QStringView word, qsizetype offset, const QString &name)
{
    const qsizetype at = unterminatedQuote(word, m_result.escape);
    if (at >= 0)
        rejected(logical.at(offset + at), BuildKitRule::UnterminatedQuote,
                 Tr::tr("the %1 in this %2 argument is never closed").arg(word.at(at) == QLatin1Char('"') ? Tr::tr("double quote") : Tr::tr("single quote"), name));
}

void Parser::checkBaseImage(const LogicalLine::Position &at, const QString &image)
{
    QHash<QString, QString> globals;
    QStringList stages;
    for (const Instruction &ins : std::as_const(m_result.instructions)) {
        if (ins.kind == InstructionKind::From) {
            stages.append(ins.stageName.toLower());
        } else if (ins.kind == InstructionKind::Arg && stages.isEmpty()) {
            for (const KeyValue &kv : ins.pairs) {
                if (kv.hasValue)
                    globals.insert(kv.key, expandVariables(kv.value, globals, m_result.escape));
            }
        }
    }
    bool complete = true;
    // The expansion also removes quotes: `FROM debian:"${TAG}"` names debian:<tag>.
    const QString resolved = unquote(expandVariables(image, globals, m_result.escape, &complete), m_result.escape);
    if (!complete || resolved == QLatin1String("scratch") || stages.contains(resolved.toLower()))
        return;
    const QString problem = checkImageReference(resolved);
    if (!problem.isEmpty())
        rejected(at, BuildKitRule::ImageReference,
                 resolved == image ? Tr::tr("FROM %1: %2").arg(image, problem) : Tr::tr("FROM %1 (%2): %3").arg(image, resolved, problem));
}

} // namespace DockPrep::DockerfileParsing
