#include "diagramcatalog.h"

#include <QFile>

#include <yaml-cpp/yaml.h>

namespace DockPrep {

DiagramCatalog DiagramCatalog::load(const QString &fileName, ContentError *error)
{
    auto fail = [&](int line, const QString &why) {
        if (error)
            *error = {fileName, line, why};
        return DiagramCatalog();
    };
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(0, file.errorString());
    DiagramCatalog catalog;
    try {
        const YAML::Node root = YAML::Load(file.readAll().toStdString());
        if (!root.IsSequence())
            return fail(1, QStringLiteral("expected a list of diagrams"));
        for (const YAML::Node &node : root) {
            DiagramInfo info;
            if (node.IsMap() && node["id"] && node["id"].IsScalar())
                info.id = QString::fromStdString(node["id"].Scalar());
            if (node.IsMap() && node["title"] && node["title"].IsScalar())
                info.title = QString::fromStdString(node["title"].Scalar());
            if (info.id.isEmpty() || !node["elements"] || !node["elements"].IsSequence())
                return fail(node.Mark().line + 1, QStringLiteral("a diagram needs an id and a list of elements"));
            for (const YAML::Node &element : node["elements"])
                info.elements.append(QString::fromStdString(element.as<std::string>()));
            catalog.m_diagrams.append(info);
        }
    } catch (const YAML::Exception &e) {
        return fail(e.mark.line + 1, QString::fromStdString(e.msg));
    }
    return catalog;
}

QSet<QString> DiagramCatalog::links() const
{
    QSet<QString> result;
    for (const DiagramInfo &diagram : m_diagrams) {
        for (const QString &element : diagram.elements)
            result.insert(diagram.id + QLatin1Char('#') + element);
    }
    return result;
}

} // namespace DockPrep
