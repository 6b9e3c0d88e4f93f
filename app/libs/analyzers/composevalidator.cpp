#include "analyzers/composevalidator.h"

#include "analyzers/composespec.h"

#include <QCoreApplication>

namespace DockPrep::ComposeValidator {

using namespace ComposeYaml;
using ComposeSpec::ScalarFormat;
using ComposeSpec::Shape;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::ComposeChecker)
};

// Deeper than any real compose file; stops a hostile one from recursing without end.
constexpr int maxDepth = 64;

QString describe(const Shape &shape)
{
    QStringList forms;
    if (shape.scalar)
        forms.append(Tr::tr("a single value"));
    if (!shape.items.isEmpty())
        forms.append(Tr::tr("a list"));
    if (shape.mapping)
        forms.append(Tr::tr("a mapping"));
    if (forms.size() == 3)
        return Tr::tr("a value, a list or a mapping");
    return forms.size() == 2 ? Tr::tr("%1 or %2").arg(forms.at(0), forms.at(1)) : forms.value(0);
}

QString kindOf(const YAML::Node &node)
{
    if (node.IsSequence())
        return Tr::tr("a list");
    if (node.IsMap())
        return Tr::tr("a mapping");
    return Tr::tr("the single value '%1'").arg(scalar(node));
}

QString where(const QString &path)
{
    return path.isEmpty() ? Tr::tr("the top level") : QStringLiteral("'%1'").arg(path);
}

class Walker
{
public:
    Walker(const QString &service, QList<ComposeFinding> &out)
        : m_service(service)
        , m_out(out)
    {
    }

    void walk(const YAML::Node &node, const Shape &shape, const QString &path, int depth)
    {
        if (depth > maxDepth || !node.IsDefined() || node.IsNull())
            return;  // an empty value is left to Compose's defaults
        if (node.IsScalar()) {
            if (!shape.scalar)
                wrongShape(node, shape, path);
            else
                checkFormat(node, shape, path);
        } else if (node.IsSequence()) {
            if (shape.items.isEmpty()) {
                wrongShape(node, shape, path);
                return;
            }
            const Shape &item = ComposeSpec::shape(shape.items);
            for (const YAML::Node &element : node)
                walk(element, item, path + QStringLiteral("[]"), depth + 1);
        } else if (node.IsMap()) {
            if (!shape.mapping) {
                wrongShape(node, shape, path);
                return;
            }
            const QString prefix = path.isEmpty() ? QString() : path + QLatin1Char('.');
            for (const Entry &entry : entries(node)) {
                if (path.isEmpty() && entry.key == QLatin1String("services")) {
                    walkServices(entry.value, depth + 1);
                } else if (shape.fields.isEmpty()) {
                    walk(entry.value, ComposeSpec::shape(shape.values), prefix + entry.key, depth + 1);
                } else if (const auto field = shape.fields.constFind(entry.key); field != shape.fields.cend()) {
                    walk(entry.value, ComposeSpec::shape(*field), prefix + entry.key, depth + 1);
                } else if (!entry.key.startsWith(QLatin1String("x-"))) {
                    unknownKey(entry, shape, path);
                }
            }
        }
    }

private:
    // Each service is checked on its own, so its findings name it. A 'services' or a service
    // that is not a mapping at all is the checker's not-a-compose-file finding.
    void walkServices(const YAML::Node &services, int depth)
    {
        if (!services.IsMap())
            return;
        for (const Entry &entry : entries(services)) {
            if (entry.value.IsMap()) {
                Walker(entry.key, m_out)
                    .walk(entry.value, ComposeSpec::shape(ComposeSpec::serviceShape), QStringLiteral("services.") + entry.key, depth + 1);
            }
        }
    }

    void add(QLatin1StringView rule, const YAML::Node &at, const QString &message)
    {
        const Position p = positionOf(at);
        m_out.append({QString(rule), ComposeSeverity::Error, p.line, p.column, m_service, message});
    }

    void wrongShape(const YAML::Node &node, const Shape &shape, const QString &path)
    {
        add(ComposeRule::invalidType, node,
            Tr::tr("%1 must be %2, not %3; Compose refuses the file.").arg(where(path), describe(shape), kindOf(node)));
    }

    void unknownKey(const Entry &entry, const Shape &shape, const QString &path)
    {
        const QString suggestion = ComposeSpec::closestKey(entry.key, shape);
        const QString owner = path.isEmpty() ? Tr::tr("a top-level key")
            : !m_service.isEmpty() && path == QLatin1String("services.") + m_service ? Tr::tr("a service key")
                                                                                     : Tr::tr("a key of '%1'").arg(path);
        add(ComposeRule::unknownKey, entry.keyNode,
            suggestion.isEmpty()
                ? Tr::tr("'%1' is not %2 in the Compose Specification; Compose refuses unknown keys (use an x- prefix for your own).")
                      .arg(entry.key, owner)
                : Tr::tr("'%1' is not %2 in the Compose Specification (did you mean '%3'?); Compose refuses unknown keys.")
                      .arg(entry.key, owner, suggestion));
    }

    void checkFormat(const YAML::Node &node, const Shape &shape, const QString &path)
    {
        const QString value = scalar(node);
        if (value.contains(QLatin1Char('$')))
            return;  // read after interpolation, so only known at run time
        switch (shape.format) {
        case ScalarFormat::Text:
            return;
        case ScalarFormat::Duration:
            if (!ComposeSpec::isDuration(value)) {
                add(ComposeRule::invalidValue, node,
                    Tr::tr("'%1' is not a duration Compose reads for %2 (such as 30s, 1m30s or 500ms); Compose refuses the file.")
                        .arg(value, where(path)));
            }
            return;
        case ScalarFormat::Bytes:
            if (!ComposeSpec::isByteSize(value)) {
                add(ComposeRule::invalidValue, node,
                    Tr::tr("'%1' is not a size Compose reads for %2 (such as 512m, 2g or a number of bytes); Compose refuses the file.")
                        .arg(value, where(path)));
            }
            return;
        case ScalarFormat::Enum:
            if (!shape.allowed.contains(value)) {
                QString suggestion;
                Shape choices;
                for (const QString &allowed : shape.allowed)
                    choices.fields.insert(allowed, {});
                suggestion = ComposeSpec::closestKey(value, choices);
                add(ComposeRule::invalidValue, node,
                    (suggestion.isEmpty() ? Tr::tr("'%1' is not a value Compose allows for %2 (%3); Compose refuses the file.")
                                                .arg(value, where(path), shape.allowed.join(QStringLiteral(", ")))
                                          : Tr::tr("'%1' is not a value Compose allows for %2 (%3; did you mean '%4'?); Compose refuses the file.")
                                                .arg(value, where(path), shape.allowed.join(QStringLiteral(", ")), suggestion)));
            }
            return;
        case ScalarFormat::PortSpec:
            if (const QString problem = ComposeSpec::portProblem(value); !problem.isEmpty()) {
                add(ComposeRule::invalidValue, node,
                    Tr::tr("'%1' is not a port mapping Compose reads: %2; Compose refuses the file.").arg(value, problem));
            }
            return;
        case ScalarFormat::MountSpec:
            if (const QString problem = ComposeSpec::mountProblem(value); !problem.isEmpty()) {
                add(ComposeRule::invalidValue, node,
                    Tr::tr("'%1' is not a mount Compose reads: %2; Compose refuses the file.").arg(value, problem));
            }
            return;
        }
    }

    QString m_service;
    QList<ComposeFinding> &m_out;
};

// Where the ${ that never closes starts, or -1. $$ is a literal dollar; defaults may nest
// further ${…} (${A:-${B}}).
qsizetype unclosedInterpolation(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('$'))
            continue;
        if (text.at(i + 1) == QLatin1Char('$')) {
            ++i;
            continue;
        }
        if (text.at(i + 1) != QLatin1Char('{'))
            continue;
        int depth = 0;
        qsizetype j = i;
        for (; j < text.size(); ++j) {
            if (text.at(j) == QLatin1Char('$') && j + 1 < text.size() && text.at(j + 1) == QLatin1Char('{')) {
                ++depth;
                ++j;
            } else if (text.at(j) == QLatin1Char('}') && --depth == 0) {
                break;
            }
        }
        if (j >= text.size())
            return i;
        i = j;
    }
    return -1;
}

void interpolation(const YAML::Node &node, QList<ComposeFinding> &out, int depth)
{
    if (depth > maxDepth || !node.IsDefined())
        return;
    if (node.IsScalar()) {
        const QString text = scalar(node);
        if (unclosedInterpolation(text) >= 0) {
            const Position p = positionOf(node);
            out.append({QString(ComposeRule::invalidInterpolation), ComposeSeverity::Error, p.line, p.column, {},
                        Tr::tr("'%1' opens a ${ that never closes; Compose cannot interpolate it and refuses the file (write $$ for a literal $).")
                            .arg(text)});
        }
    } else if (node.IsSequence()) {
        for (const YAML::Node &item : node)
            interpolation(item, out, depth + 1);
    } else if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it)
            interpolation(it->second, out, depth + 1);
    }
}

} // namespace

void validate(const YAML::Node &root, QList<ComposeFinding> &out)
{
    Walker({}, out).walk(root, ComposeSpec::shape(ComposeSpec::topLevelShape), {}, 0);
}

void checkInterpolation(const YAML::Node &root, QList<ComposeFinding> &out)
{
    interpolation(root, out, 0);
}

} // namespace DockPrep::ComposeValidator
