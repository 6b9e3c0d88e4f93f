#include "diagrams/diagramvalidator.h"

#include "diagrams/svgoutline.h"

namespace DockPrep {

QList<ContentError> validateDiagram(const DiagramMetadata &diagram, const QSet<QString> &entryIds)
{
    const QString &file = diagram.metadataFile;
    const SvgOutline svg = SvgOutline::read(diagram.svgFile);
    QList<ContentError> errors = svg.problems();
    if (!svg.isValid())
        return errors;

    QSet<QString> seen;
    for (const DiagramElement &element : diagram.elements) {
        if (element.id.isEmpty())
            continue;  // already reported by the loader
        if (seen.contains(element.id))
            errors.append({file, element.line, QStringLiteral("element '%1' is described twice").arg(element.id)});
        seen.insert(element.id);

        const SvgOutline::Node *node = svg.node(element.id);
        if (!node)
            errors.append({file, element.line, QStringLiteral("element '%1' has no id=\"%1\" in %2").arg(element.id, diagram.svgFile)});
        else if (node->rotatedOrSkewed)
            errors.append({diagram.svgFile, node->line, QStringLiteral("element '%1' is rotated or skewed; its hit rectangle would be wrong").arg(element.id)});
        if (element.title.isEmpty())
            errors.append({file, element.line, QStringLiteral("element '%1' has no title").arg(element.id)});
        if (element.text.isEmpty())
            errors.append({file, element.line, QStringLiteral("element '%1' has no text").arg(element.id)});
        if (!entryIds.isEmpty()) {
            for (const QString &question : element.questions) {
                if (!entryIds.contains(question))
                    errors.append({file, element.line, QStringLiteral("element '%1' links to question '%2', which does not exist").arg(element.id, question)});
            }
        }
    }

    for (const QString &id : diagram.order) {
        if (!seen.contains(id))
            errors.append({file, diagram.orderLine, QStringLiteral("order names '%1', which is not an element").arg(id)});
    }
    if (!diagram.order.isEmpty()) {
        for (const DiagramElement &element : diagram.elements) {
            if (!diagram.order.contains(element.id))
                errors.append({file, diagram.orderLine, QStringLiteral("order leaves out element '%1'; keyboard users could not reach it").arg(element.id)});
        }
    }

    for (const DiagramSequence &sequence : diagram.sequences) {
        if (sequence.steps.isEmpty())
            errors.append({file, sequence.line, QStringLiteral("sequence '%1' has no steps").arg(sequence.id)});
        for (qsizetype i = 0; i < sequence.steps.size(); ++i) {
            const DiagramStep &step = sequence.steps.at(i);
            if (step.caption.isEmpty())
                errors.append({file, step.line, QStringLiteral("step %1 of '%2' has no caption").arg(i + 1).arg(sequence.id)});
            if (step.active.isEmpty())
                errors.append({file, step.line, QStringLiteral("step %1 of '%2' highlights nothing").arg(i + 1).arg(sequence.id)});
            for (const QString &id : step.active) {
                if (!seen.contains(id))
                    errors.append({file, step.line, QStringLiteral("step %1 of '%2' names '%3', which is not an element").arg(i + 1).arg(sequence.id, id)});
            }
        }
    }
    return errors;
}

QList<ContentError> validateDiagrams(const DiagramCatalog &catalog, const QSet<QString> &entryIds)
{
    QList<ContentError> errors;
    for (const DiagramMetadata &diagram : catalog.diagrams())
        errors += validateDiagram(diagram, entryIds);
    return errors;
}

} // namespace DockPrep
