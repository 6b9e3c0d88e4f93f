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

} // namespace DockPrep::ComposeYaml
