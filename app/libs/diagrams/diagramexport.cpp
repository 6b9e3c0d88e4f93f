#include "diagrams/diagramexport.h"

#include <QPainterPath>

namespace DockPrep {

namespace {

QByteArray number(qreal value)
{
    return QByteArray::number(value, 'f', 1);
}

// "#rrggbb" plus the opacity SVG takes separately (a colour with alpha is not SVG 1.1).
QByteArray paint(const char *attribute, const QColor &color)
{
    if (color.alpha() == 0)
        return QByteArray(" ") + attribute + "=\"none\"";
    QByteArray out = QByteArray(" ") + attribute + "=\"" + color.name(QColor::HexRgb).toLatin1() + '"';
    if (color.alpha() < 255)
        out += QByteArray(" ") + attribute + "-opacity=\"" + QByteArray::number(color.alphaF(), 'f', 3) + '"';
    return out;
}

// SVG path data for a path of lines and cubic curves (what QPainterPath makes of rounded rectangles).
QByteArray pathData(const QPainterPath &path)
{
    QByteArray data;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement: data += 'M'; break;
        case QPainterPath::LineToElement: data += 'L'; break;
        case QPainterPath::CurveToElement: data += 'C'; break;
        case QPainterPath::CurveToDataElement: data += ' '; break;
        }
        data += number(e.x) + ' ' + number(e.y);
    }
    return data;
}

} // namespace

QByteArray withoutXmlComments(const QByteArray &svg)
{
    QByteArray out;
    out.reserve(svg.size());
    qsizetype at = 0;
    while (at < svg.size()) {
        const qsizetype comment = svg.indexOf("<!--", at);
        const qsizetype cdata = svg.indexOf("<![CDATA[", at);
        if (comment < 0) {
            out += svg.mid(at);
            break;
        }
        if (cdata >= 0 && cdata < comment) {  // a "<!--" inside CDATA is text, not a comment
            const qsizetype cdataEnd = svg.indexOf("]]>", cdata);
            const qsizetype next = cdataEnd < 0 ? svg.size() : cdataEnd + 3;
            out += svg.mid(at, next - at);
            at = next;
            continue;
        }
        const qsizetype end = svg.indexOf("-->", comment + 4);
        qsizetype resume = end < 0 ? svg.size() : end + 3;
        // A comment alone on its line takes the line with it: its indentation and its line break.
        qsizetype lineStart = comment;
        while (lineStart > at && (svg.at(lineStart - 1) == ' ' || svg.at(lineStart - 1) == '\t'))
            --lineStart;
        qsizetype lineEnd = resume;
        while (lineEnd < svg.size() && (svg.at(lineEnd) == ' ' || svg.at(lineEnd) == '\t' || svg.at(lineEnd) == '\r'))
            ++lineEnd;
        const bool startsLine = lineStart == 0 || svg.at(lineStart - 1) == '\n';
        const bool endsLine = lineEnd == svg.size() || svg.at(lineEnd) == '\n';
        if (startsLine && endsLine) {
            out += svg.mid(at, lineStart - at);
            resume = lineEnd < svg.size() ? lineEnd + 1 : lineEnd;
        } else {
            out += svg.mid(at, comment - at);
        }
        at = resume;
    }
    return out;
}

QByteArray svgForExport(const QByteArray &svg, const DiagramHighlights &highlights, const QRectF &area)
{
    QByteArray result = withoutXmlComments(svg);
    const qsizetype end = result.lastIndexOf("</svg>");
    if (end < 0)
        return {};
    QByteArray overlay = "  <g id=\"dockprep-highlight\">\n";
    if (!highlights.spotlight.isEmpty()) {
        // One path: the whole drawing with a hole per bright element (even-odd), as the screen veils it.
        QPainterPath veil;
        veil.addRect(area);
        for (const QRectF &rect : highlights.spotlight)
            veil.addRoundedRect(rect, diagramHighlightRadius, diagramHighlightRadius);
        overlay += "    <path d=\"" + pathData(veil) + "\" fill-rule=\"evenodd\"" + paint("fill", DiagramHighlightColors::veil) + "/>\n";
    }
    for (const DiagramHighlight &highlight : highlights.outlines) {
        overlay += "    <rect x=\"" + number(highlight.rect.x()) + "\" y=\"" + number(highlight.rect.y()) + "\" width=\""
            + number(highlight.rect.width()) + "\" height=\"" + number(highlight.rect.height()) + "\" rx=\""
            + number(diagramHighlightRadius) + '"' + paint("fill", highlight.fill) + paint("stroke", highlight.stroke)
            + " stroke-width=\"" + QByteArray::number(diagramExportPenWidth) + "\"/>\n";
    }
    overlay += "  </g>\n";
    result.insert(end, overlay);
    return result;
}

} // namespace DockPrep
