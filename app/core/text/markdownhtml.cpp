#include "markdownhtml.h"

#include <QByteArray>

#include <md4c-html.h>

namespace DockPrep {

QString markdownToHtml(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray output;
    output.reserve(input.size() * 5 / 4 + 64);
    auto append = [](const MD_CHAR *text, MD_SIZE size, void *userdata) {
        static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
    };
    const unsigned parserFlags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
    if (md_html(input.constData(), MD_SIZE(input.size()), append, &output, parserFlags, 0) != 0)
        return markdown.toHtmlEscaped();  // md4c only fails on out-of-memory; show the text as is
    return QString::fromUtf8(output);
}

QString inlineMarkdownToHtml(const QString &markdown)
{
    QString html = markdownToHtml(markdown).trimmed();
    if (html.startsWith(QLatin1String("<p>")) && html.endsWith(QLatin1String("</p>")))
        html = html.mid(3, html.size() - 7);
    return html;
}

} // namespace DockPrep
