#include "diagrams/diagrammetadata.h"

#include <QFile>

#include <yaml-cpp/yaml.h>

namespace DockPrep {

namespace {

QString scalar(const YAML::Node &map, const char *key)
{
    const YAML::Node node = map[key];
    if (!node || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar()).trimmed();
}

// A YAML list of plain strings; anything else is reported at its line.
QStringList stringList(const YAML::Node &node, const QString &file, const QString &what, QList<ContentError> &errors)
{
    QStringList result;
    if (!node)
        return result;
    if (!node.IsSequence()) {
        errors.append({file, node.Mark().line + 1, QStringLiteral("%1 must be a list").arg(what)});
        return result;
    }
    for (const YAML::Node &item : node) {
        if (item.IsScalar())
            result.append(QString::fromStdString(item.Scalar()).trimmed());
        else
            errors.append({file, item.Mark().line + 1, QStringLiteral("%1 must hold plain names").arg(what)});
    }
    return result;
}

} // namespace

const DiagramElement *DiagramMetadata::element(const QString &id) const
{
    for (const DiagramElement &element : elements) {
        if (element.id == id)
            return &element;
    }
    return nullptr;
}

DiagramMetadata DiagramMetadata::load(const QString &folder, const QString &id, QList<ContentError> &errors)
{
    DiagramMetadata meta;
    meta.id = id;
    meta.metadataFile = folder + QLatin1Char('/') + id + QStringLiteral(".yaml");
    meta.svgFile = folder + QLatin1Char('/') + id + QStringLiteral(".svg");
    const QString &file = meta.metadataFile;

    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        errors.append({file, 0, QStringLiteral("cannot read the metadata of diagram '%1': %2").arg(id, in.errorString())});
        return meta;
    }
    try {
        const YAML::Node root = YAML::Load(in.readAll().toStdString());
        if (!root.IsMap()) {
            errors.append({file, 1, QStringLiteral("expected a map with title, elements and optional sequences")});
            return meta;
        }
        meta.title = scalar(root, "title");
        if (meta.title.isEmpty())
            errors.append({file, 1, QStringLiteral("the diagram needs a title")});

        const YAML::Node elements = root["elements"];
        if (!elements || !elements.IsSequence() || elements.size() == 0) {
            errors.append({file, 1, QStringLiteral("the diagram needs a list of elements")});
        } else {
            for (const YAML::Node &node : elements) {
                DiagramElement element;
                element.line = node.Mark().line + 1;
                if (!node.IsMap()) {
                    errors.append({file, element.line, QStringLiteral("an element must be a map with id, title and text")});
                    continue;
                }
                element.id = scalar(node, "id");
                element.title = scalar(node, "title");
                element.text = scalar(node, "text");
                element.questions = stringList(node["questions"], file, QStringLiteral("questions"), errors);
                if (element.id.isEmpty())
                    errors.append({file, element.line, QStringLiteral("an element needs an id")});
                meta.elements.append(element);
            }
        }

        if (const YAML::Node order = root["order"]) {
            meta.orderLine = order.Mark().line + 1;
            meta.order = stringList(order, file, QStringLiteral("order"), errors);
        }

        if (const YAML::Node sequences = root["sequences"]) {
            if (!sequences.IsSequence()) {
                errors.append({file, sequences.Mark().line + 1, QStringLiteral("sequences must be a list")});
            } else {
                for (const YAML::Node &node : sequences) {
                    DiagramSequence sequence;
                    sequence.line = node.Mark().line + 1;
                    sequence.id = scalar(node, "id");
                    sequence.title = scalar(node, "title");
                    const YAML::Node steps = node["steps"];
                    if (sequence.id.isEmpty() || sequence.title.isEmpty() || !steps || !steps.IsSequence()) {
                        errors.append({file, sequence.line, QStringLiteral("a sequence needs an id, a title and a list of steps")});
                        continue;
                    }
                    for (const YAML::Node &stepNode : steps) {
                        DiagramStep step;
                        step.line = stepNode.Mark().line + 1;
                        if (!stepNode.IsMap()) {
                            errors.append({file, step.line, QStringLiteral("a step must be a map with caption and active")});
                            continue;
                        }
                        step.caption = scalar(stepNode, "caption");
                        step.active = stringList(stepNode["active"], file, QStringLiteral("active"), errors);
                        sequence.steps.append(step);
                    }
                    meta.sequences.append(sequence);
                }
            }
        }
    } catch (const YAML::Exception &e) {
        errors.append({file, e.mark.line + 1, QString::fromStdString(e.msg)});
    }
    return meta;
}

} // namespace DockPrep
