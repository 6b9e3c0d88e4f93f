#pragma once

#include "content/contenterror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace DockPrep {

// One clickable part of a diagram: a <g id> in the SVG with the words the side panel shows.
struct DiagramElement {
    QString id;
    QString title;
    QString text;           // the explanation, plain text
    QStringList questions;  // entry ids linked from the metadata itself (content links are added at runtime)
    int line = 0;           // in the metadata file, for messages
};

// One frame of a step-through: what it says and which elements light up.
struct DiagramStep {
    QString caption;
    QStringList active;
    int line = 0;
};

struct DiagramSequence {
    QString id;
    QString title;
    QList<DiagramStep> steps;
    int line = 0;
};

// diagrams/<id>.yaml: everything about one diagram except the drawing (diagrams/<id>.svg).
struct DiagramMetadata {
    QString id;
    QString title;
    QString svgFile;       // path of the drawing (on disk or in the resources)
    QString metadataFile;  // path of the .yaml this was read from
    QList<DiagramElement> elements;
    QList<DiagramSequence> sequences;
    QStringList order;     // explicit keyboard order; empty means reading order
    int orderLine = 0;

    const DiagramElement *element(const QString &id) const;

    // Reads `<folder>/<id>.yaml`. Problems are appended to `errors` as file:line messages; the
    // result is usable (possibly partial) whenever no error was added.
    static DiagramMetadata load(const QString &folder, const QString &id, QList<ContentError> &errors);
};

} // namespace DockPrep
