// Fuzzes the Markdown renderer used for the curriculum and the user's notes (md4c). Beyond not
// crashing: raw HTML never passes through, no link or image points anywhere but http(s) and the
// app's own dockprep: scheme, and a single-line rendering (an Anki field) holds no line break or tab.
#include "fuzzsupport.h"

#include "text/markdownhtml.h"
#include "text/markdownrenderer.h"

#include <QRegularExpression>

using namespace DockPrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = Fuzz::inputText(data, size);
    static const QRegularExpression rawTag(QStringLiteral("<(script|iframe|object|embed|style)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression url(QStringLiteral("(?:href|src)=\"([^\"]*)\""));
    static const QRegularExpression allowed(QStringLiteral("^(?:https?:|dockprep:)"), QRegularExpression::CaseInsensitiveOption);

    MarkdownHtmlOptions singleLine;
    singleLine.singleLine = true;
    const QString field = renderMarkdown(markdown, singleLine);
    if (field.contains(u'\n') || field.contains(u'\t'))
        Fuzz::fail("a line break or tab in a single-line rendering", field);

    for (const QString &html : {markdownToHtml(markdown), inlineMarkdownToHtml(markdown), field}) {
        if (html.contains(rawTag))
            Fuzz::fail("raw HTML passed through", html);
        for (auto it = url.globalMatch(html); it.hasNext();) {
            const QString target = it.next().captured(1);
            if (!target.contains(allowed))
                Fuzz::fail("link to a scheme that is not allowed", target);
        }
    }
    return 0;
}
