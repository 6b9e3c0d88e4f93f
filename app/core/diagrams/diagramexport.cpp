#include "diagramexport.h"

namespace DockPrep {

QByteArray svgWithHighlight(const QByteArray &svg, const QList<QRectF> &rects, const QColor &color)
{
    const qsizetype end = svg.lastIndexOf("</svg>");
    if (end < 0)
        return {};
    QByteArray overlay = "  <g id=\"dockprep-highlight\" fill=\"" + color.name().toLatin1()
        + "\" fill-opacity=\"0.12\" stroke=\"" + color.name().toLatin1() + "\" stroke-width=\"4\">\n";
    for (const QRectF &rect : rects) {
        const QRectF r = rect.adjusted(-4, -4, 4, 4);
        overlay += "    <rect x=\"" + QByteArray::number(r.x(), 'f', 1) + "\" y=\"" + QByteArray::number(r.y(), 'f', 1)
            + "\" width=\"" + QByteArray::number(r.width(), 'f', 1) + "\" height=\"" + QByteArray::number(r.height(), 'f', 1)
            + "\" rx=\"12\"/>\n";
    }
    overlay += "  </g>\n";
    QByteArray result = svg;
    result.insert(end, overlay);
    return result;
}

} // namespace DockPrep
