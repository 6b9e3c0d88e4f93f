#include "diagrams/svgoutline.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace DockPrep {

namespace {

// Translate and scale keep a group's hit rectangle a rectangle; anything else does not.
bool isRotationOrSkew(QStringView transform)
{
    static const QRegularExpression bad(QStringLiteral("\\b(rotate|skewX|skewY|matrix)\\s*\\("));
    return bad.matchView(transform).hasMatch();
}

} // namespace

SvgOutline SvgOutline::read(const QString &fileName)
{
    SvgOutline outline;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        outline.m_unreadable = true;
        outline.m_problems.append({fileName, 0, QStringLiteral("cannot read the drawing: %1").arg(file.errorString())});
        return outline;
    }
    QXmlStreamReader xml(&file);
    QList<bool> transformStack;  // per open element: it or an ancestor rotates or skews
    int order = 0;
    bool sawSvgRoot = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (!transformStack.isEmpty())
                transformStack.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const int line = int(xml.lineNumber());
        const QString tag = xml.name().toString();
        const QXmlStreamAttributes attributes = xml.attributes();
        if (!sawSvgRoot) {
            sawSvgRoot = true;
            if (tag != QLatin1String("svg"))
                outline.m_problems.append({fileName, line, QStringLiteral("the root element must be <svg>, not <%1>").arg(tag)});
        }
        const bool inherited = !transformStack.isEmpty() && transformStack.last();
        const bool rotated = inherited || isRotationOrSkew(attributes.value(QLatin1String("transform")));
        transformStack.append(rotated);

        if (tag == QLatin1String("clipPath") || tag == QLatin1String("script") || tag == QLatin1String("foreignObject"))
            outline.m_problems.append({fileName, line, QStringLiteral("<%1> is not supported by Qt Svg; draw without it").arg(tag)});
        if (tag == QLatin1String("tspan") && (attributes.hasAttribute(QLatin1String("x")) || attributes.hasAttribute(QLatin1String("y"))))
            outline.m_problems.append({fileName, line, QStringLiteral("<tspan> with x or y is ignored by Qt Svg; use one <text> per line")});

        const QString id = attributes.value(QLatin1String("id")).toString();
        ++order;
        if (id.isEmpty())
            continue;
        if (outline.m_byId.contains(id)) {
            outline.m_problems.append({fileName, line, QStringLiteral("id '%1' is used twice (first on line %2)")
                                                            .arg(id).arg(outline.m_nodes.at(outline.m_byId.value(id)).line)});
            continue;
        }
        outline.m_byId.insert(id, outline.m_nodes.size());
        outline.m_nodes.append({id, tag, line, order, rotated});
    }
    if (xml.hasError()) {
        outline.m_unreadable = true;
        outline.m_problems.append({fileName, int(xml.lineNumber()), QStringLiteral("not well-formed XML: %1").arg(xml.errorString())});
    } else if (!sawSvgRoot) {
        outline.m_unreadable = true;
        outline.m_problems.append({fileName, 0, QStringLiteral("the file holds no <svg> element")});
    }
    return outline;
}

const SvgOutline::Node *SvgOutline::node(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_nodes.at(*it);
}

QStringList SvgOutline::idsInPaintOrder() const
{
    QStringList ids;
    for (const Node &node : m_nodes)  // appended in document order, which is paint order
        ids.append(node.id);
    return ids;
}

} // namespace DockPrep
