#pragma once

#include "content/contenterror.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace DockPrep {

// What a diagram's SVG holds, read with QXmlStreamReader (no rendering, no GUI needed): every id
// in paint order with its line, and every feature Qt Svg cannot draw faithfully.
class SvgOutline
{
public:
    struct Node {
        QString id;
        QString tag;   // "g", "rect"…
        int line = 0;
        int paintOrder = 0;  // position among the start tags: later paints on top
        bool rotatedOrSkewed = false;  // its own transform or an ancestor's is not a plain scale/translate
    };

    static SvgOutline read(const QString &fileName);

    bool isValid() const { return !m_unreadable; }  // parsed; problems() may still list unsupported features
    // Parse errors and unsupported features, each with its line.
    const QList<ContentError> &problems() const { return m_problems; }
    const Node *node(const QString &id) const;
    // Ids sorted by paint order, bottom first.
    QStringList idsInPaintOrder() const;

private:
    QList<Node> m_nodes;
    QHash<QString, qsizetype> m_byId;
    QList<ContentError> m_problems;
    bool m_unreadable = false;
};

} // namespace DockPrep
