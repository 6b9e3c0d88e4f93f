#include "diagrams/diagramcatalog.h"

#include "text/readableid.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace DockPrep {

DiagramCatalog DiagramCatalog::load(const QString &fileName, ContentError *error)
{
    QList<ContentError> errors;
    DiagramCatalog catalog = load(fileName, errors);
    if (!errors.isEmpty() && error)
        *error = errors.first();
    return catalog;
}

DiagramCatalog DiagramCatalog::load(const QString &fileName, QList<ContentError> &errors)
{
    const qsizetype errorsBefore = errors.size();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append({fileName, 0, file.errorString()});
        return {};
    }
    QStringList ids;
    try {
        const YAML::Node root = YAML::Load(file.readAll().toStdString());
        const YAML::Node list = root.IsMap() ? root["diagrams"] : YAML::Node();
        if (!list || !list.IsSequence() || list.size() == 0) {
            errors.append({fileName, 1, QStringLiteral("expected 'diagrams:' with a list of diagram ids")});
            return {};
        }
        // Ids become file names, so keep them to the characters content links may use.
        static const QRegularExpression validId(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        for (const YAML::Node &node : list) {
            const QString id = node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
            if (!validId.match(id).hasMatch()) {
                errors.append({fileName, node.Mark().line + 1, QStringLiteral("'%1' is not a diagram id (lower-case words joined by '-')").arg(id)});
                continue;
            }
            if (ids.contains(id)) {
                errors.append({fileName, node.Mark().line + 1, QStringLiteral("diagram '%1' is listed twice").arg(id)});
                continue;
            }
            ids.append(id);
        }
    } catch (const YAML::Exception &e) {
        errors.append({fileName, e.mark.line + 1, QString::fromStdString(e.msg)});
        return {};
    }

    DiagramCatalog catalog;
    const QString folder = QFileInfo(fileName).path();
    for (const QString &id : std::as_const(ids))
        catalog.m_diagrams.append(DiagramMetadata::load(folder, id, errors));
    if (errors.size() != errorsBefore)
        return {};
    return catalog;
}

const DiagramMetadata *DiagramCatalog::diagram(const QString &id) const
{
    for (const DiagramMetadata &diagram : m_diagrams) {
        if (diagram.id == id)
            return &diagram;
    }
    return nullptr;
}

QSet<QString> DiagramCatalog::links() const
{
    QSet<QString> result;
    for (const DiagramMetadata &diagram : m_diagrams) {
        for (const DiagramElement &element : diagram.elements)
            result.insert(diagram.id + QLatin1Char('#') + element.id);
    }
    return result;
}

QString DiagramCatalog::linkTitle(const QString &link) const
{
    const qsizetype hash = link.indexOf(QLatin1Char('#'));
    const DiagramMetadata *metadata = diagram(hash < 0 ? link : link.left(hash));
    if (!metadata)
        return {};
    if (hash < 0)
        return metadata->title;
    const DiagramElement *element = metadata->element(link.mid(hash + 1));
    return element ? metadata->title + QStringLiteral(": ") + element->title : QString();
}

QString diagramLinkHeading(const QString &link, const DiagramCatalog *catalog)
{
    if (const QString title = catalog ? catalog->linkTitle(link) : QString(); !title.isEmpty())
        return title;
    const qsizetype hash = link.indexOf(QLatin1Char('#'));
    if (hash < 0)
        return idAsWords(link);
    return idAsWords(link.left(hash)) + QStringLiteral(": ") + idAsWords(link.mid(hash + 1));
}

} // namespace DockPrep
