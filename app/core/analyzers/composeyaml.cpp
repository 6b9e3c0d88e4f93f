#include "composeyaml.h"

#include <QSet>
#include <QVariantList>
#include <QVariantMap>

namespace DockPrep::ComposeYaml {

namespace {

// Merge chains longer than this are almost certainly a mistake; stopping keeps a hostile file
// from recursing without end.
constexpr int maxMergeDepth = 32;

bool isMergeKey(const YAML::Node &key)
{
    // A quoted "<<" is an ordinary string key; only the plain one (tag "?") merges.
    return key.IsScalar() && key.Scalar() == "<<" && key.Tag() == "?";
}

void collect(const YAML::Node &mapping, std::vector<Entry> &out, QSet<QString> &seen, int depth)
{
    if (!mapping.IsMap() || depth > maxMergeDepth)
        return;
    std::vector<YAML::Node> merged;
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        if (isMergeKey(it->first)) {
            merged.push_back(it->second);
            continue;
        }
        if (!it->first.IsScalar())
            continue;
        const QString key = QString::fromStdString(it->first.Scalar());
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.push_back({key, it->first, it->second});
    }
    for (const YAML::Node &source : merged) {
        if (source.IsMap()) {
            collect(source, out, seen, depth + 1);
        } else if (source.IsSequence()) {
            for (const YAML::Node &item : source)
                collect(item, out, seen, depth + 1);
        }
    }
}

QVariant convert(const YAML::Node &node, int depth)
{
    if (depth > maxMergeDepth || !node.IsDefined() || node.IsNull())
        return {};
    if (node.IsScalar())
        return QString::fromStdString(node.Scalar());
    if (node.IsSequence()) {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(convert(item, depth + 1));
        return list;
    }
    QVariantMap map;
    for (const Entry &entry : entries(node))
        map.insert(entry.key, convert(entry.value, depth + 1));
    return map;
}

} // namespace

Position positionOf(const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    if (mark.is_null())
        return {};
    return {mark.line + 1, mark.column + 1};
}

std::vector<Entry> entries(const YAML::Node &mapping)
{
    std::vector<Entry> out;
    QSet<QString> seen;
    collect(mapping, out, seen, 0);
    return out;
}

std::optional<Entry> find(const std::vector<Entry> &entries, const QString &key)
{
    for (const Entry &entry : entries) {
        if (entry.key == key)
            return entry;
    }
    return std::nullopt;
}

QString scalar(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

bool isTrue(const YAML::Node &node)
{
    const QString value = scalar(node).toLower();
    return value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("on");
}

QVariant toVariant(const YAML::Node &node)
{
    return convert(node, 0);
}

} // namespace DockPrep::ComposeYaml
