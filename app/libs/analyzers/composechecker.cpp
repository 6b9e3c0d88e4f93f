#include "analyzers/composechecker.h"

#include "analyzers/composereferences.h"
#include "analyzers/composespec.h"
#include "analyzers/composevalidator.h"
#include "analyzers/composeyaml.h"
#include "analyzers/composeyamlscan.h"
#include "text/boundedread.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace DockPrep {

using namespace ComposeYaml;

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::ComposeChecker)
};

// An environment variable as written in the list (KEY=value) or map (KEY: value) form.
struct Variable {
    QString name;
    QString value;
    bool hasValue = false;  // "- KEY" or "KEY:" pass a value through from the shell instead
    Position position;
};

// A volume mount of a service, short (src:dst:mode) or long (type/source/target) syntax.
struct Mount {
    enum class Kind { Named, Bind, Anonymous, Tmpfs, Other };
    Kind kind = Kind::Other;
    QString source;
    QString target;
    Position position;
};

// A published port: where on the host it listens.
struct PublishedPort {
    QString hostIp;         // empty means every interface
    bool hostIpKnown = true;  // false when interpolated
    Position position;
    QString text;
};

// ${VAR}, ${VAR:-default}, $VAR: replaced before splitting on ':' so a default's colon stays inside.
const QRegularExpression &interpolationPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\$\\{[^}]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*"));
    return pattern;
}

class Checker
{
public:
    ComposeReport run(const QString &text);

private:
    void add(QLatin1StringView rule, ComposeSeverity severity, Position at, const QString &service, const QString &message)
    {
        m_report.findings.append({QString(rule), severity, at.line, at.column, service, message});
    }
    void checkTopLevel(const std::vector<Entry> &root);
    void readService(const Entry &entry);
    void checkService(const Entry &entry, const ComposeService &service);
    void checkDependsOn(const QString &name, const Entry &dependsOn);
    void checkDatabase(const QString &name, const Entry &serviceEntry, const std::vector<Entry> &keys,
                       const ComposeSpec::DatabaseProfile &profile, const QList<Variable> &environment);

    static QList<Variable> environmentOf(const std::vector<Entry> &keys);
    static QList<Mount> mountsOf(const std::vector<Entry> &keys);
    static QList<PublishedPort> portsOf(const std::vector<Entry> &keys);

    ComposeReport m_report;
    QSet<QString> m_declaredVolumes;
    QSet<QString> m_declaredSecrets;
    bool m_hasVolumesSection = false;
    bool m_hasSecretsSection = false;
    std::vector<Entry> m_serviceEntries;
};

ComposeReport Checker::run(const QString &text)
{
    const std::string source = text.toStdString();
    if (const std::optional<Refusal> refusal = checkLimits(source, InputLimit::composeBytes, InputLimit::composeNodes)) {
        add(ComposeRule::inputLimit, ComposeSeverity::Error, refusal->position, {}, refusal->message);
        return m_report;
    }
    // yaml-cpp keeps repeated keys and lets a quote run to the end of the file; go-yaml, which
    // Compose reads with, refuses both.
    const std::vector<ScanProblem> problems = scanForProblems(source);
    for (const ScanProblem &problem : problems) {
        if (problem.kind == ScanProblem::Kind::UnterminatedQuote) {
            add(ComposeRule::yamlSyntax, ComposeSeverity::Error, {problem.line, problem.column}, {},
                Tr::tr("This is not valid YAML: the quoted value never closes, so it runs to the end of the file."));
            return m_report;
        }
    }
    for (const ScanProblem &problem : problems) {
        const Position at{problem.line, problem.column};
        add(ComposeRule::duplicateKey, ComposeSeverity::Error, at, {},
            Tr::tr("'%1' is written twice in the same mapping (first on line %2); YAML allows a key once, so Compose refuses the file.")
                .arg(QString::fromStdString(problem.key))
                .arg(problem.firstLine));
    }

    YAML::Node root;
    try {
        root = YAML::Load(source);
    } catch (const YAML::Exception &e) {
        const Position at = e.mark.is_null() ? Position{1, 1} : Position{e.mark.line + 1, e.mark.column + 1};
        add(ComposeRule::yamlSyntax, ComposeSeverity::Error, at, {},
            Tr::tr("This is not valid YAML: %1.").arg(QString::fromStdString(e.msg)));
        return m_report;
    }

    try {
        if (!root.IsMap()) {
            add(ComposeRule::notACompose, ComposeSeverity::Error, root.IsDefined() && !root.IsNull() ? positionOf(root) : Position{1, 1},
                {}, Tr::tr("A compose file is a YAML mapping with a top-level 'services' key; this file is not a mapping."));
            return m_report;
        }
        const std::vector<Entry> top = entries(root);
        checkTopLevel(top);
        if (const auto services = find(top, QStringLiteral("services"))) {
            if (!services->value.IsMap() && !services->value.IsNull()) {
                add(ComposeRule::notACompose, ComposeSeverity::Error, positionOf(services->keyNode), {},
                    Tr::tr("'services' must be a mapping of service names to their definitions."));
            } else {
                m_serviceEntries = entries(services->value);
                for (const Entry &entry : m_serviceEntries)
                    readService(entry);
                for (int i = 0; i < int(m_serviceEntries.size()); ++i)
                    checkService(m_serviceEntries.at(i), m_report.services.at(i));
            }
        }
        ComposeValidator::validate(root, m_report.findings);
        ComposeReferences::check(top, m_report.findings);
        ComposeValidator::checkInterpolation(root, m_report.findings);
    } catch (const std::exception &e) {
        // yaml-cpp throws on conversions of unexpected node shapes; the user still gets a message.
        add(ComposeRule::notACompose, ComposeSeverity::Error, {1, 1}, {},
            Tr::tr("The file has a shape the checker cannot read: %1.").arg(QString::fromLocal8Bit(e.what())));
    }

    std::stable_sort(m_report.findings.begin(), m_report.findings.end(), [](const ComposeFinding &a, const ComposeFinding &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    // A value written once under an anchor and merged into several services is checked in each;
    // it is one mistake, told once.
    QSet<QString> told;
    m_report.findings.removeIf([&told](const ComposeFinding &f) {
        const QString key = QStringLiteral("%1:%2:%3").arg(f.rule).arg(f.line).arg(f.column);
        if (told.contains(key))
            return true;
        told.insert(key);
        return false;
    });
    return m_report;
}

void Checker::checkTopLevel(const std::vector<Entry> &root)
{
    for (const Entry &entry : root) {
        if (entry.key == QLatin1String("version")) {
            add(ComposeRule::obsoleteVersion, ComposeSeverity::Warning, positionOf(entry.keyNode), {},
                Tr::tr("The top-level 'version' key is obsolete: Compose v2 ignores it (and warns), the file follows the Compose Specification whatever it says."));
        }
    }
    if (const auto volumes = find(root, QStringLiteral("volumes"))) {
        m_hasVolumesSection = true;
        for (const Entry &volume : entries(volumes->value))
            m_declaredVolumes.insert(volume.key);
    }
    if (const auto secrets = find(root, QStringLiteral("secrets"))) {
        m_hasSecretsSection = true;
        for (const Entry &secret : entries(secrets->value))
            m_declaredSecrets.insert(secret.key);
    }
}

void Checker::readService(const Entry &entry)
{
    ComposeService service;
    service.name = entry.key;
    const Position at = positionOf(entry.keyNode);
    service.line = at.line;
    service.column = at.column;
    const std::vector<Entry> keys = entries(entry.value);
    for (const Entry &key : keys) {
        service.keyLines.insert(key.key, positionOf(key.keyNode).line);
        service.definition.insert(key.key, toVariant(key.value));
    }
    if (const auto image = find(keys, QStringLiteral("image")))
        service.image = scalar(image->value);
    service.builds = find(keys, QStringLiteral("build")).has_value();
    if (const auto health = find(keys, QStringLiteral("healthcheck"))) {
        const std::vector<Entry> check = entries(health->value);
        const auto disable = find(check, QStringLiteral("disable"));
        const auto test = find(check, QStringLiteral("test"));
        const bool disabled = (disable && isTrue(disable->value))
            || (test && test->value.IsSequence() && test->value.size() > 0 && scalar(test->value[0]) == QLatin1String("NONE"));
        service.healthcheck = !disabled && health->value.IsMap();
    }
    if (const auto depends = find(keys, QStringLiteral("depends_on"))) {
        if (depends->value.IsSequence()) {
            for (const YAML::Node &item : depends->value)
                service.dependsOn.append(scalar(item));
        } else {
            for (const Entry &dependency : entries(depends->value))
                service.dependsOn.append(dependency.key);
        }
    }
    m_report.services.append(service);
}

void Checker::checkService(const Entry &entry, const ComposeService &service)
{
    const QString &name = service.name;
    const Position servicePosition{service.line, service.column};
    if (!entry.value.IsMap()) {
        if (!entry.value.IsNull()) {
            add(ComposeRule::notACompose, ComposeSeverity::Error, positionOf(entry.value), name,
                Tr::tr("The service '%1' must be a mapping of keys such as image, ports and environment.").arg(name));
        }
        return;
    }
    const std::vector<Entry> keys = entries(entry.value);

    if (const auto dependsOn = find(keys, QStringLiteral("depends_on")))
        checkDependsOn(name, *dependsOn);

    const auto health = find(keys, QStringLiteral("healthcheck"));
    if (!health) {
        add(ComposeRule::noHealthcheck, ComposeSeverity::Warning, servicePosition, name,
            Tr::tr("'%1' has no healthcheck, so Compose (and anything waiting on it) can only know it started, not that it works.").arg(name));
    }

    const ComposeSpec::ImageReference image = ComposeSpec::parseImage(service.image);
    if (const auto imageEntry = find(keys, QStringLiteral("image")); imageEntry && !image.interpolated && !image.pinnedByDigest) {
        if (image.tag.isEmpty() || image.tag == QLatin1String("latest")) {
            add(ComposeRule::imageNotPinned, ComposeSeverity::Warning, positionOf(imageEntry->value), name,
                image.tag.isEmpty()
                    ? Tr::tr("'%1' has no tag, which means 'latest': the next pull can bring a different major version; pin a version.").arg(service.image)
                    : Tr::tr("'%1' follows 'latest': the next pull can bring a different major version; pin a version.").arg(service.image));
        }
    }

    if (const auto privileged = find(keys, QStringLiteral("privileged")); privileged && isTrue(privileged->value)) {
        add(ComposeRule::privileged, ComposeSeverity::Warning, positionOf(privileged->keyNode), name,
            Tr::tr("privileged: true gives the container every capability and the host's devices; root in it is close to root on the host."));
    }

    const bool hasRestart = find(keys, QStringLiteral("restart")).has_value() || [&] {
        const auto deploy = find(keys, QStringLiteral("deploy"));
        return deploy && find(entries(deploy->value), QStringLiteral("restart_policy")).has_value();
    }();
    if (!hasRestart) {
        add(ComposeRule::noRestartPolicy, ComposeSeverity::Info, servicePosition, name,
            Tr::tr("'%1' has no restart policy: after a crash or a daemon restart it stays down (the default is \"no\").").arg(name));
    }

    const QList<Variable> environment = environmentOf(keys);
    for (const Variable &variable : environment) {
        if (!variable.hasValue || variable.value.isEmpty() || !ComposeSpec::isSecretVariableName(variable.name)
            || variable.value.startsWith(QLatin1String("/run/secrets/"))) {
            continue;
        }
        add(ComposeRule::passwordInEnvironment, ComposeSeverity::Warning, variable.position, name,
            Tr::tr("%1 puts a secret in the container's environment, where docker inspect, logs and child processes see it; use a secret and %1_FILE.")
                .arg(variable.name));
    }

    for (const Mount &mount : mountsOf(keys)) {
        if (mount.kind == Mount::Kind::Named && m_hasVolumesSection && !m_declaredVolumes.contains(mount.source)) {
            add(ComposeRule::undefinedVolume, ComposeSeverity::Error, mount.position, name,
                Tr::tr("The named volume '%1' is not declared under the top-level 'volumes' key; Compose refuses to start.").arg(mount.source));
        } else if (mount.kind == Mount::Kind::Named && !m_hasVolumesSection) {
            add(ComposeRule::undefinedVolume, ComposeSeverity::Error, mount.position, name,
                Tr::tr("The named volume '%1' needs a top-level 'volumes:' section declaring it; Compose refuses to start without one.").arg(mount.source));
        }
    }

    if (const auto secrets = find(keys, QStringLiteral("secrets")); secrets && secrets->value.IsSequence()) {
        for (const YAML::Node &item : secrets->value) {
            QString secretName = scalar(item);
            YAML::Node at = item;
            if (item.IsMap()) {
                const auto source = find(entries(item), QStringLiteral("source"));
                secretName = source ? scalar(source->value) : QString();
                if (source)
                    at = source->value;
            }
            if (!secretName.isEmpty() && !m_declaredSecrets.contains(secretName)) {
                add(ComposeRule::undefinedSecret, ComposeSeverity::Error, positionOf(at), name,
                    Tr::tr("The secret '%1' is not declared under the top-level 'secrets' key; Compose refuses to start.").arg(secretName));
            }
        }
    }

    if (const auto profile = ComposeSpec::databaseProfile(image))
        checkDatabase(name, entry, keys, *profile, environment);
}

void Checker::checkDependsOn(const QString &name, const Entry &dependsOn)
{
    const auto hasHealthcheck = [this](const QString &target) {
        for (const ComposeService &service : std::as_const(m_report.services)) {
            if (service.name == target)
                return service.healthcheck;
        }
        return true;  // defined elsewhere (another file): nothing to say
    };
    if (dependsOn.value.IsSequence()) {
        for (const YAML::Node &item : dependsOn.value) {
            add(ComposeRule::dependsOnNotHealthy, ComposeSeverity::Warning, positionOf(item), name,
                Tr::tr("depends_on: [%1] only waits for '%1' to start, not to be ready; use the long form with condition: service_healthy.")
                    .arg(scalar(item)));
        }
        return;
    }
    for (const Entry &dependency : entries(dependsOn.value)) {
        const auto condition = find(entries(dependency.value), QStringLiteral("condition"));
        const QString value = condition ? scalar(condition->value) : QString();
        if (value == QLatin1String("service_healthy")) {
            if (!hasHealthcheck(dependency.key)) {
                add(ComposeRule::dependsOnNoHealthcheck, ComposeSeverity::Warning, positionOf(condition->value), name,
                    Tr::tr("'%1' waits for '%2' to be healthy, but '%2' has no healthcheck here; unless its image defines one, the start fails.")
                        .arg(name, dependency.key));
            }
        } else if (value != QLatin1String("service_completed_successfully")) {
            add(ComposeRule::dependsOnNotHealthy, ComposeSeverity::Warning,
                positionOf(condition ? condition->value : dependency.keyNode), name,
                Tr::tr("'%1' only waits for '%2' to start, not to be ready; use condition: service_healthy (with a healthcheck on '%2').")
                    .arg(name, dependency.key));
        }
    }
}

void Checker::checkDatabase(const QString &name, const Entry &serviceEntry, const std::vector<Entry> &keys,
                            const ComposeSpec::DatabaseProfile &profile, const QList<Variable> &environment)
{
    const Position servicePosition = positionOf(serviceEntry.keyNode);

    bool persisted = false;
    for (const Mount &mount : mountsOf(keys)) {
        if (mount.kind != Mount::Kind::Named && mount.kind != Mount::Kind::Bind)
            continue;
        for (const QString &path : profile.dataPaths) {
            const QString target = mount.target.endsWith(QLatin1Char('/')) ? mount.target.chopped(1) : mount.target;
            // A mount on the data folder, inside it or on a parent of it keeps the data.
            if (target == path || target.startsWith(path + QLatin1Char('/')) || path.startsWith(target + QLatin1Char('/')))
                persisted = true;
        }
    }
    if (!persisted) {
        add(ComposeRule::databaseNoVolume, ComposeSeverity::Warning, servicePosition, name,
            Tr::tr("'%1' keeps its data in %2 without a named volume there: it lives in an anonymous volume that down -v, rm -v or a clean-up loses.")
                .arg(name, profile.dataPaths.constFirst()));
    }

    // With an env_file the variables may well be set there; say nothing rather than guess.
    if (!find(keys, QStringLiteral("env_file"))) {
        QSet<QString> names;
        for (const Variable &variable : environment)
            names.insert(variable.name);
        for (const QStringList &group : profile.requiredEnv) {
            const bool present = std::any_of(group.cbegin(), group.cend(), [&](const QString &v) { return names.contains(v); });
            if (!present) {
                add(ComposeRule::databaseEnvMissing, ComposeSeverity::Warning, servicePosition, name,
                    Tr::tr("The %1 image needs %2 at its first start and exits without it.")
                        .arg(profile.kind, group.join(QStringLiteral(" or "))));
            }
        }
        const bool named = profile.databaseNameEnv.isEmpty()
            || std::any_of(profile.databaseNameEnv.cbegin(), profile.databaseNameEnv.cend(),
                           [&](const QString &v) { return names.contains(v); });
        if (!named) {
            add(ComposeRule::databaseNameMissing, ComposeSeverity::Info, servicePosition, name,
                Tr::tr("No %1 is set, so the %2 image creates no database of the name your application expects (or one named after the user).")
                    .arg(profile.databaseNameEnv.join(QStringLiteral(" / ")), profile.kind));
        }
    }

    for (const PublishedPort &port : portsOf(keys)) {
        if (!port.hostIpKnown)
            continue;
        const bool loopback = port.hostIp == QLatin1String("127.0.0.1") || port.hostIp == QLatin1String("::1")
            || port.hostIp == QLatin1String("localhost");
        if (!loopback) {
            add(ComposeRule::databasePortPublic, ComposeSeverity::Warning, port.position, name,
                Tr::tr("'%1' publishes the database on every host interface (0.0.0.0), past host firewalls such as ufw; bind 127.0.0.1 or use only the compose network.")
                    .arg(port.text));
        }
    }
}

QList<Variable> Checker::environmentOf(const std::vector<Entry> &keys)
{
    QList<Variable> variables;
    const auto environment = find(keys, QStringLiteral("environment"));
    if (!environment)
        return variables;
    if (environment->value.IsSequence()) {
        for (const YAML::Node &item : environment->value) {
            const QString text = scalar(item);
            const qsizetype equals = text.indexOf(QLatin1Char('='));
            if (equals < 0)
                variables.append({text.trimmed(), {}, false, positionOf(item)});
            else
                variables.append({text.left(equals).trimmed(), text.mid(equals + 1), true, positionOf(item)});
        }
    } else {
        for (const Entry &entry : entries(environment->value)) {
            const bool hasValue = entry.value.IsDefined() && !entry.value.IsNull();
            variables.append({entry.key, scalar(entry.value), hasValue, positionOf(entry.keyNode)});
        }
    }
    return variables;
}

QList<Mount> Checker::mountsOf(const std::vector<Entry> &keys)
{
    QList<Mount> mounts;
    const auto volumes = find(keys, QStringLiteral("volumes"));
    if (!volumes || !volumes->value.IsSequence())
        return mounts;
    for (const YAML::Node &item : volumes->value) {
        Mount mount;
        mount.position = positionOf(item);
        if (item.IsMap()) {
            const std::vector<Entry> fields = entries(item);
            const auto type = find(fields, QStringLiteral("type"));
            const auto source = find(fields, QStringLiteral("source"));
            const auto target = find(fields, QStringLiteral("target"));
            const QString kind = type ? scalar(type->value) : QString();
            mount.source = source ? scalar(source->value) : QString();
            mount.target = target ? scalar(target->value) : QString();
            if (kind == QLatin1String("volume"))
                mount.kind = mount.source.isEmpty() ? Mount::Kind::Anonymous : Mount::Kind::Named;
            else if (kind == QLatin1String("bind"))
                mount.kind = Mount::Kind::Bind;
            else if (kind == QLatin1String("tmpfs"))
                mount.kind = Mount::Kind::Tmpfs;
        } else {
            // SOURCE:TARGET[:MODE], or just TARGET for an anonymous volume. Interpolated sources
            // (${DATA_DIR}:/data) are host paths in practice; ${VAR:-default} hides colons.
            QString text = scalar(item);
            text.replace(interpolationPattern(), QStringLiteral("$VAR"));
            const QStringList parts = text.split(QLatin1Char(':'));
            if (parts.size() == 1) {
                mount.kind = Mount::Kind::Anonymous;
                mount.target = text;
            } else {
                mount.source = parts.at(0);
                mount.target = parts.at(1);
                const QChar first = mount.source.isEmpty() ? QChar() : mount.source.at(0);
                const bool path = first == QLatin1Char('/') || first == QLatin1Char('.') || first == QLatin1Char('~')
                    || first == QLatin1Char('$');
                mount.kind = path ? Mount::Kind::Bind : Mount::Kind::Named;
            }
        }
        mounts.append(mount);
    }
    return mounts;
}

QList<PublishedPort> Checker::portsOf(const std::vector<Entry> &keys)
{
    QList<PublishedPort> ports;
    const auto list = find(keys, QStringLiteral("ports"));
    if (!list || !list->value.IsSequence())
        return ports;
    for (const YAML::Node &item : list->value) {
        PublishedPort port;
        port.position = positionOf(item);
        if (item.IsMap()) {
            const std::vector<Entry> fields = entries(item);
            const auto hostIp = find(fields, QStringLiteral("host_ip"));
            port.hostIp = hostIp ? scalar(hostIp->value) : QString();
            port.hostIpKnown = !port.hostIp.contains(QLatin1Char('$'));
            const auto target = find(fields, QStringLiteral("target"));
            port.text = target ? scalar(target->value) : QString();
        } else {
            port.text = scalar(item);
            QString text = port.text;
            // [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]; an IPv6 host is bracketed.
            if (text.startsWith(QLatin1Char('['))) {
                port.hostIp = text.mid(1, text.indexOf(QLatin1Char(']')) - 1);
            } else {
                const bool hadVariable = text.contains(QLatin1Char('$'));
                text.replace(interpolationPattern(), QStringLiteral("VAR"));
                const QStringList parts = text.split(QLatin1Char(':'));
                if (parts.size() >= 3) {
                    port.hostIp = parts.at(0);
                    port.hostIpKnown = !(hadVariable && port.hostIp == QLatin1String("VAR"));
                }
            }
        }
        ports.append(port);
    }
    return ports;
}

} // namespace

QString composeSeverityName(ComposeSeverity severity)
{
    switch (severity) {
    case ComposeSeverity::Error:
        return QStringLiteral("error");
    case ComposeSeverity::Warning:
        return QStringLiteral("warning");
    case ComposeSeverity::Info:
        return QStringLiteral("info");
    }
    return {};
}

const QList<ComposeRuleInfo> &composeRules()
{
    using S = ComposeSeverity;
    static const QList<ComposeRuleInfo> rules{
        {QString(ComposeRule::yamlSyntax), S::Error, Tr::tr("The file is not valid YAML.")},
        {QString(ComposeRule::inputLimit), S::Error, Tr::tr("The file is over a reading limit (its size, or its YAML nodes with aliases expanded).")},
        {QString(ComposeRule::notACompose), S::Error, Tr::tr("The YAML is not shaped like a compose file.")},
        {QString(ComposeRule::obsoleteVersion), S::Warning, Tr::tr("The top-level version key is obsolete; Compose v2 ignores it.")},
        {QString(ComposeRule::unknownKey), S::Error, Tr::tr("A key the Compose Specification does not define.")},
        {QString(ComposeRule::duplicateKey), S::Error, Tr::tr("A key written twice in the same mapping.")},
        {QString(ComposeRule::invalidType), S::Error, Tr::tr("A value of the wrong shape, such as a single value where a list belongs.")},
        {QString(ComposeRule::invalidValue), S::Error, Tr::tr("A duration, size, port, mount or choice Compose cannot read.")},
        {QString(ComposeRule::invalidInterpolation), S::Error, Tr::tr("A ${ that never closes.")},
        {QString(ComposeRule::undefinedService), S::Error, Tr::tr("depends_on, extends, links, volumes_from or network_mode naming a service the file does not define.")},
        {QString(ComposeRule::undefinedNetwork), S::Error, Tr::tr("A network not declared at the top level.")},
        {QString(ComposeRule::dependencyCycle), S::Error, Tr::tr("Services that depend on or extend each other, or themselves.")},
        {QString(ComposeRule::noImageOrBuild), S::Error, Tr::tr("A service with neither an image nor a build.")},
        {QString(ComposeRule::overrideNeedsBase), S::Error, Tr::tr("An override file read without its base file.")},
        {QString(ComposeRule::conflictingKeys), S::Error, Tr::tr("Keys that exclude each other, such as network_mode with networks.")},
        {QString(ComposeRule::dependsOnNotHealthy), S::Warning, Tr::tr("depends_on waits for a start, not for readiness.")},
        {QString(ComposeRule::dependsOnNoHealthcheck), S::Warning, Tr::tr("Waits for a healthy service that has no healthcheck.")},
        {QString(ComposeRule::noHealthcheck), S::Warning, Tr::tr("A service without a healthcheck.")},
        {QString(ComposeRule::databaseNoVolume), S::Warning, Tr::tr("A database without a named volume on its data path.")},
        {QString(ComposeRule::databaseEnvMissing), S::Warning, Tr::tr("A database image without the variables it needs to start.")},
        {QString(ComposeRule::databaseNameMissing), S::Info, Tr::tr("A database image without the variable naming its database.")},
        {QString(ComposeRule::passwordInEnvironment), S::Warning, Tr::tr("A secret in plain environment instead of a secret file.")},
        {QString(ComposeRule::imageNotPinned), S::Warning, Tr::tr("An image on latest or without a tag.")},
        {QString(ComposeRule::databasePortPublic), S::Warning, Tr::tr("A database port published on every host interface.")},
        {QString(ComposeRule::privileged), S::Warning, Tr::tr("A privileged container.")},
        {QString(ComposeRule::noRestartPolicy), S::Info, Tr::tr("A service without a restart policy.")},
        {QString(ComposeRule::undefinedVolume), S::Error, Tr::tr("A named volume not declared at the top level.")},
        {QString(ComposeRule::undefinedSecret), S::Error, Tr::tr("A secret not declared at the top level.")},
    };
    return rules;
}

bool isComposeRule(const QString &id)
{
    const auto &rules = composeRules();
    return std::any_of(rules.cbegin(), rules.cend(), [&](const ComposeRuleInfo &rule) { return rule.id == id; });
}

bool ComposeReport::hasErrors() const
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const ComposeFinding &f) { return f.severity == ComposeSeverity::Error; });
}

QList<ComposeFinding> ComposeReport::findingsOf(const QString &rule) const
{
    QList<ComposeFinding> out;
    for (const ComposeFinding &finding : findings) {
        if (finding.rule == rule)
            out.append(finding);
    }
    return out;
}

const ComposeService *ComposeReport::service(const QString &name) const
{
    for (const ComposeService &s : services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

ComposeReport checkCompose(const QString &text)
{
    return Checker().run(text);
}

} // namespace DockPrep
