#include "analyzers/composereferences.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace DockPrep::ComposeReferences {

using namespace ComposeYaml;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::ComposeChecker)
};

// One service's dependency on another, where it is written.
struct Edge {
    QString target;
    YAML::Node at;
};

struct Service {
    QString name;
    YAML::Node keyNode;
    std::vector<Entry> keys;  // empty for a service that is not a mapping
};

class References
{
public:
    explicit References(QList<ComposeFinding> &out)
        : m_out(out)
    {
    }

    void run(const std::vector<Entry> &top)
    {
        if (const auto networks = find(top, QStringLiteral("networks"))) {
            for (const Entry &network : entries(networks->value))
                m_networks.insert(network.key);
        }
        if (const auto volumes = find(top, QStringLiteral("volumes")))
            checkExternal(entries(volumes->value));
        const auto services = find(top, QStringLiteral("services"));
        if (!services || !services->value.IsMap())
            return;
        for (const Entry &entry : entries(services->value)) {
            m_services.push_back({entry.key, entry.keyNode, entry.value.IsMap() ? entries(entry.value) : std::vector<Entry>()});
            m_names.insert(entry.key);
        }
        for (const Service &service : m_services)
            checkService(service);
        checkImages();
        checkCycles();
        checkExtendsCycles();
    }

private:
    void add(QLatin1StringView rule, const YAML::Node &at, const QString &service, const QString &message)
    {
        const Position p = positionOf(at);
        m_out.append({QString(rule), ComposeSeverity::Error, p.line, p.column, service, message});
    }

    const Service *service(const QString &name) const
    {
        for (const Service &s : m_services) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }

    static QList<Edge> namesIn(const YAML::Node &node)
    {
        QList<Edge> names;
        if (node.IsSequence()) {
            for (const YAML::Node &item : node) {
                if (item.IsScalar())
                    names.append({scalar(item), item});
            }
        } else if (node.IsMap()) {
            for (const Entry &entry : entries(node))
                names.append({entry.key, entry.keyNode});
        }
        return names;
    }

    void checkService(const Service &s)
    {
        const auto dependsOn = find(s.keys, QStringLiteral("depends_on"));
        if (dependsOn) {
            for (const Edge &edge : namesIn(dependsOn->value)) {
                if (m_names.contains(edge.target)) {
                    m_edges[s.name].append(edge);
                } else {
                    // compose-go lets `required: false` pass only for a service that exists but
                    // whose profile is off; one the file does not define is refused either way.
                    add(ComposeRule::undefinedService, edge.at, s.name,
                        Tr::tr("'%1' depends on '%2', which this file does not define; Compose refuses the file.").arg(s.name, edge.target));
                }
            }
        }

        checkImplicitDependencies(s);

        if (const auto extends = find(s.keys, QStringLiteral("extends"))) {
            const std::vector<Entry> fields = entries(extends->value);
            const auto file = find(fields, QStringLiteral("file"));
            const auto target = find(fields, QStringLiteral("service"));
            const YAML::Node at = extends->value.IsScalar() ? extends->value : target ? target->value : YAML::Node();
            const QString name = scalar(at);
            // A base in another file is out of sight: nothing to say about it.
            if (!file && !name.isEmpty() && !m_names.contains(name)) {
                add(ComposeRule::undefinedService, at, s.name,
                    Tr::tr("'%1' extends '%2', which this file does not define; Compose refuses the file.").arg(s.name, name));
            }
        }

        const auto networkMode = find(s.keys, QStringLiteral("network_mode"));
        const auto networks = find(s.keys, QStringLiteral("networks"));
        if (networkMode) {
            const QString mode = scalar(networkMode->value);
            if (mode.startsWith(QLatin1String("service:"))) {
                const QString target = mode.mid(8);
                if (m_names.contains(target)) {
                    m_edges[s.name].append({target, networkMode->value});
                } else if (!target.contains(QLatin1Char('$'))) {
                    add(ComposeRule::undefinedService, networkMode->value, s.name,
                        Tr::tr("network_mode of '%1' names the service '%2', which this file does not define; Compose refuses the file.")
                            .arg(s.name, target));
                }
            }
            if (networks && !networks->value.IsNull() && !mode.isEmpty()) {
                add(ComposeRule::conflictingKeys, networks->keyNode, s.name,
                    Tr::tr("'%1' sets both network_mode and networks, which exclude each other; Compose refuses the file.").arg(s.name));
            }
        }
        if (networks) {
            for (const Edge &network : namesIn(networks->value)) {
                // Compose makes the "default" network itself.
                if (network.target != QLatin1String("default") && !m_networks.contains(network.target)) {
                    add(ComposeRule::undefinedNetwork, network.at, s.name,
                        Tr::tr("'%1' joins the network '%2', which is not declared under the top-level 'networks' key; Compose refuses the file.")
                            .arg(s.name, network.target));
                }
            }
        }

        if (const auto health = find(s.keys, QStringLiteral("healthcheck"))) {
            const auto test = find(entries(health->value), QStringLiteral("test"));
            if (test && test->value.IsSequence() && test->value.size() > 0) {
                const QString first = scalar(test->value[0]);
                if (first != QLatin1String("CMD") && first != QLatin1String("CMD-SHELL") && first != QLatin1String("NONE")) {
                    add(ComposeRule::invalidValue, test->value[0], s.name,
                        Tr::tr("A healthcheck test list starts with CMD, CMD-SHELL or NONE, not '%1'; Compose refuses the file.").arg(first));
                }
            }
        }
    }

    // compose-go adds links (SERVICE or SERVICE:ALIAS) and volumes_from (SERVICE or SERVICE:MODE;
    // container:NAME is a container, not a service) to depends_on: each must name a service of the
    // file, and they count for dependency cycles.
    void checkImplicitDependencies(const Service &s)
    {
        for (const QString &key : {QStringLiteral("links"), QStringLiteral("volumes_from")}) {
            const auto list = find(s.keys, key);
            if (!list || !list->value.IsSequence())
                continue;
            const bool links = key == QLatin1String("links");
            for (const YAML::Node &item : list->value) {
                const QString text = scalar(item);
                if (text.isEmpty() || text.contains(QLatin1Char('$')) || (!links && text.startsWith(QLatin1String("container:"))))
                    continue;
                const QStringList parts = text.split(QLatin1Char(':'));
                const QString target = links && parts.size() != 2 ? text : parts.constFirst();
                if (m_names.contains(target)) {
                    m_edges[s.name].append({target, item});
                } else if (links) {
                    add(ComposeRule::undefinedService, item, s.name,
                        Tr::tr("'%1' links to '%2', which this file does not define; Compose refuses the file.").arg(s.name, target));
                } else {
                    add(ComposeRule::undefinedService, item, s.name,
                        Tr::tr("'%1' takes volumes from '%2', which this file does not define (a container is written "
                               "container:NAME); Compose refuses the file.").arg(s.name, target));
                }
            }
        }
    }

    // What a service's `extends` names: nothing, a service in another file, or one of this file
    // (`base`, written at `at`; it may be undefined, which checkService reports).
    struct Extends {
        bool present = false;
        bool otherFile = false;
        QString base;
        Position at;
    };
    static Extends extendsOf(const Service &s)
    {
        Extends out;
        const auto extends = find(s.keys, QStringLiteral("extends"));
        if (!extends)
            return out;
        out.present = true;
        const std::vector<Entry> fields = entries(extends->value);
        out.otherFile = find(fields, QStringLiteral("file")).has_value();
        const YAML::Node named = extends->value.IsScalar() ? extends->value
                                                           : find(fields, QStringLiteral("service")).value_or(Entry{}).value;
        out.base = scalar(named);
        out.at = positionOf(named);
        return out;
    }

    // The service `s` extends in this file, or null (none, in another file, or undefined).
    const Service *extendedBy(const Service &s, Position &at) const
    {
        const Extends extends = extendsOf(s);
        if (!extends.present || extends.otherFile)
            return nullptr;
        at = extends.at;
        return service(extends.base);
    }

    // compose-go follows extends and refuses a chain that comes back to a service it passed.
    // Each cycle is reported once, at the extends of its first service in the file.
    void checkExtendsCycles()
    {
        QSet<QString> reported;
        for (const Service &s : m_services) {
            if (reported.contains(s.name))
                continue;
            QStringList chain{s.name};
            Position at;
            Position first;
            for (const Service *next = extendedBy(s, at); next && chain.size() < maxPath; next = extendedBy(*next, at)) {
                if (chain.size() == 1)
                    first = at;
                if (next->name == s.name) {
                    chain.append(s.name);
                    for (const QString &name : std::as_const(chain))
                        reported.insert(name);
                    m_out.append({QString(ComposeRule::dependencyCycle), ComposeSeverity::Error, first.line, first.column, s.name,
                        chain.size() == 2 ? Tr::tr("'%1' extends itself; Compose refuses the file.").arg(s.name)
                                          : Tr::tr("%1 extend each other in a circle; Compose refuses the file.")
                                                .arg(chain.join(QStringLiteral(" → ")))});
                    break;
                }
                if (chain.contains(next->name))
                    break;  // a cycle further on, reported from its own first service
                chain.append(next->name);
            }
        }
    }

    static bool hasOwn(const Service &s, const char *key)
    {
        const auto entry = find(s.keys, QString::fromLatin1(key));
        return entry && !entry->value.IsNull();
    }

    // Whether Compose finds something to run: an image, a build, a provider, or an extended
    // service that has one (a base in another file is taken on trust).
    bool runnable(const Service &s, QSet<QString> &visited) const
    {
        if (hasOwn(s, "image") || hasOwn(s, "build") || hasOwn(s, "provider"))
            return true;
        const Extends extends = extendsOf(s);
        if (!extends.present)
            return false;
        if (extends.otherFile)
            return true;
        const QString &base = extends.base;
        const Service *target = service(base);
        if (!target || visited.contains(base))
            return !target;  // an undefined base is reported on its own
        visited.insert(base);
        return runnable(*target, visited);
    }

    void checkImages()
    {
        QList<const Service *> lacking;
        bool anyRunnable = false;
        for (const Service &s : m_services) {
            QSet<QString> visited{s.name};
            if (runnable(s, visited))
                anyRunnable = true;
            else
                lacking.append(&s);
        }
        if (lacking.isEmpty())
            return;
        if (!anyRunnable || lacking.size() >= 2) {
            // Several services (or all) only adding to or changing ones defined elsewhere: an
            // override file (compose.override.yaml) read on its own. One forgotten image is the
            // plain mistake below.
            QStringList names;
            for (const Service *s : std::as_const(lacking))
                names.append(QStringLiteral("'%1'").arg(s->name));
            const Service *first = lacking.constFirst();
            add(ComposeRule::overrideNeedsBase, first->keyNode, first->name,
                names.size() == 1
                    ? Tr::tr("No service here has an image or a build, so this looks like an override file: Compose refuses it on its own; check it together with its base file (docker compose -f compose.yaml -f <this file> config).")
                    : Tr::tr("%1 have neither an image nor a build, so this looks like an override file: Compose refuses it on its own; check it together with its base file (docker compose -f compose.yaml -f <this file> config).")
                          .arg(names.join(QStringLiteral(", "))));
            return;
        }
        for (const Service *s : std::as_const(lacking)) {
            add(ComposeRule::noImageOrBuild, s->keyNode, s->name,
                Tr::tr("'%1' has neither an image nor a build, so Compose has nothing to run and refuses the file.").arg(s->name));
        }
    }

    void checkCycles()
    {
        QHash<QString, int> state;  // 0 unvisited, 1 on the current path, 2 done
        QStringList path;
        for (const Service &s : m_services) {
            if (state.value(s.name) == 0)
                visit(s.name, state, path);
        }
    }

    void visit(const QString &name, QHash<QString, int> &state, QStringList &path)
    {
        state.insert(name, 1);
        path.append(name);
        const QList<Edge> edges = m_edges.value(name);  // a copy: visiting may grow m_edges
        for (const Edge &edge : edges) {
            const int seen = state.value(edge.target);
            if (seen == 1) {
                if (edge.target == name) {
                    add(ComposeRule::dependencyCycle, edge.at, name,
                        Tr::tr("'%1' depends on itself; Compose cannot order its start and refuses the file.").arg(name));
                } else {
                    const QStringList cycle = path.mid(path.indexOf(edge.target)) << edge.target;
                    add(ComposeRule::dependencyCycle, edge.at, name,
                        Tr::tr("%1 wait for each other; Compose cannot order their start and refuses the file.")
                            .arg(cycle.join(QStringLiteral(" → "))));
                }
            } else if (seen == 0 && path.size() < maxPath) {
                visit(edge.target, state, path);
            }
        }
        path.removeLast();
        state.insert(name, 2);
    }

    void checkExternal(const std::vector<Entry> &volumes)
    {
        for (const Entry &volume : volumes) {
            const std::vector<Entry> fields = entries(volume.value);
            const auto external = find(fields, QStringLiteral("external"));
            if (!external || !isTrue(external->value))
                continue;
            for (const Entry &field : fields) {
                if (field.key == QLatin1String("external") || field.key == QLatin1String("name") || field.key.startsWith(QLatin1String("x-")))
                    continue;
                add(ComposeRule::conflictingKeys, field.keyNode, {},
                    Tr::tr("The volume '%1' is external, which Compose does not create, so '%2' cannot go with it (only name can); Compose refuses the file.")
                        .arg(volume.key, field.key));
            }
        }
    }

    static constexpr int maxPath = 10000;  // keeps a hostile chain from exhausting the stack
    QList<ComposeFinding> &m_out;
    std::vector<Service> m_services;
    QSet<QString> m_names;
    QSet<QString> m_networks;
    QHash<QString, QList<Edge>> m_edges;
};

} // namespace

void check(const std::vector<Entry> &topLevel, QList<ComposeFinding> &out)
{
    References(out).run(topLevel);
}

} // namespace DockPrep::ComposeReferences
