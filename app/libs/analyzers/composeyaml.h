#pragma once

// Internal to the core: yaml-cpp is linked privately, so only the core's .cpp files include this.

#include <QString>
#include <QVariant>

#include <yaml-cpp/yaml.h>

#include <optional>
#include <vector>

namespace DockPrep::ComposeYaml {

// 1-based line and column of a node, as editors count them.
struct Position {
    int line = 0;
    int column = 0;
};
Position positionOf(const YAML::Node &node);

// One key of a mapping after `<<` merge keys are applied: yaml-cpp resolves anchors and aliases
// but leaves `<<` as an ordinary key, so the merge (YAML 1.1 merge-key type) is done here. Keys
// written in the mapping win over merged ones; among several merged mappings the first wins.
struct Entry {
    QString key;
    YAML::Node keyNode;
    YAML::Node value;
};
std::vector<Entry> entries(const YAML::Node &mapping);
std::optional<Entry> find(const std::vector<Entry> &entries, const QString &key);

QString scalar(const YAML::Node &node);  // empty for anything but a scalar
bool isTrue(const YAML::Node &node);     // true, True, TRUE, yes… as Compose accepts them

// A plain Qt value of a node with merge keys applied: scalars become QString, sequences
// QVariantList, mappings QVariantMap, null an invalid QVariant.
QVariant toVariant(const YAML::Node &node);

// Why a text is refused before yaml-cpp builds it, and where. yaml-cpp shares an aliased node
// instead of copying it, but every walk of the tree (merge keys, toVariant) visits it once per
// alias, so a 500-byte "billion laughs" or a `<<: [*m, *m]` chain costs 10^9 visits. The limits:
// at most `maxBytes` of UTF-8, and at most `maxNodes` nodes with every alias expanded, counted
// from the parser's events (an alias adds its anchor's node count; nothing is expanded), so a
// bomb is refused after reading its own few lines. An alias inside the node it names (an endless
// cycle) is refused too. Malformed YAML passes: YAML::Load reports it with its position.
struct Refusal {
    QString message;  // "more than 250,000 YAML nodes after expanding aliases (limit): refusing"
    Position position;
};
std::optional<Refusal> checkLimits(const std::string &utf8, qint64 maxBytes, qint64 maxNodes);

} // namespace DockPrep::ComposeYaml
