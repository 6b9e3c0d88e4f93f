#include "text/markdownhtml.h"

#include "text/codehighlighter.h"
#include "text/codelanguage.h"

#include <QByteArray>
#include <QRegularExpression>

#include <md4c-html.h>
#include <md4c.h>

#include <algorithm>
#include <string_view>
#include <utility>

namespace DockPrep {

namespace {

// Notes are the user's text, possibly pasted from anywhere: a link or an image may only point at
// the web or into the app. Any other target (javascript:, file:, data:, mailto:, a relative path)
// loses its href or src, so it stays visible as text but leads nowhere. The HTML is md4c's own
// (raw HTML is off), which always double-quotes these attributes and percent-encodes quotes.
QString withSafeLinks(QString html)
{
    static const QRegularExpression target(QStringLiteral("<(a href|img src)=\"([^\"]*)\""));
    static const QRegularExpression allowed(QStringLiteral("^(?:https?|dockprep):"), QRegularExpression::CaseInsensitiveOption);
    qsizetype from = 0;
    for (QRegularExpressionMatch match = target.match(html); match.hasMatch(); match = target.match(html, from)) {
        if (match.captured(2).contains(allowed)) {
            from = match.capturedEnd();
            continue;
        }
        const QString tag = match.captured(1).section(u' ', 0, 0);
        html.replace(match.capturedStart(), match.capturedLength(), u'<' + tag);
        from = match.capturedStart() + 1 + tag.size();
    }
    return html;
}

} // namespace

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
    return withSafeLinks(QString::fromUtf8(output));
}

QString markdownToHtml(const QString &markdown, const CodeHighlighter &highlighter)
{
    const QString html = markdownToHtml(markdown);
    // md4c writes a fence as <pre><code class="language-X">escaped text</code></pre>; the text is
    // unescaped (md4c escapes exactly these four) and highlighted, which escapes it again.
    static const QRegularExpression fence(QStringLiteral("<pre><code class=\"language-([^\"]*)\">(.*?)</code></pre>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QString result;
    qsizetype done = 0;
    for (QRegularExpressionMatchIterator it = fence.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString definition = syntaxDefinitionName(canonicalCodeLanguage(match.captured(1)));
        if (definition.isEmpty())
            continue;
        QString code = match.captured(2);
        code.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&amp;"), QLatin1String("&"));
        if (code.endsWith(QLatin1Char('\n')))
            code.chop(1);
        result += QStringView(html).mid(done, match.capturedStart() - done);
        result += QStringLiteral("<pre><code class=\"language-%1\">").arg(match.captured(1)) % highlighter.toHtml(code, definition)
            % QStringLiteral("</code></pre>");
        done = match.capturedEnd();
    }
    result += QStringView(html).mid(done);
    return result;
}

QString inlineMarkdownToHtml(const QString &markdown)
{
    QString html = markdownToHtml(markdown).trimmed();
    if (html.startsWith(QLatin1String("<p>")) && html.endsWith(QLatin1String("</p>")))
        html = html.mid(3, html.size() - 7);
    return html;
}

namespace {

// md4c's own parser walks the document; only the text callbacks add characters.
struct PlainTextWriter {
    QByteArray out;

    void endLine()
    {
        if (!out.isEmpty() && !out.endsWith('\n'))
            out.append('\n');
    }

    static int enterBlock(MD_BLOCKTYPE, void *, void *) { return 0; }

    static int leaveBlock(MD_BLOCKTYPE type, void *, void *self)
    {
        if (type != MD_BLOCK_DOC && type != MD_BLOCK_UL && type != MD_BLOCK_OL)
            static_cast<PlainTextWriter *>(self)->endLine();
        return 0;
    }

    static int span(MD_SPANTYPE, void *, void *) { return 0; }

    static int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self)
    {
        QByteArray &out = static_cast<PlainTextWriter *>(self)->out;
        switch (type) {
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR:
            out.append(type == MD_TEXT_BR ? '\n' : ' ');
            break;
        case MD_TEXT_NULLCHAR:
            break;
        case MD_TEXT_ENTITY: {
            // The common entities as the character they stand for; anything rarer as written.
            static constexpr std::pair<std::string_view, char> entities[] = {
                {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&nbsp;", ' '}};
            const std::string_view entity(text, size);
            const auto known = std::find_if(std::begin(entities), std::end(entities),
                                            [entity](const auto &pair) { return pair.first == entity; });
            if (known != std::end(entities))
                out.append(known->second);
            else
                out.append(text, qsizetype(size));
            break;
        }
        default:  // normal text, code spans and blocks, raw HTML shown as the text it is
            out.append(text, qsizetype(size));
            break;
        }
        return 0;
    }
};

} // namespace

QString markdownToPlainText(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    PlainTextWriter writer;
    const MD_PARSER parser{0, MD_DIALECT_GITHUB | MD_FLAG_NOHTML, &PlainTextWriter::enterBlock, &PlainTextWriter::leaveBlock,
                           &PlainTextWriter::span, &PlainTextWriter::span, &PlainTextWriter::text, nullptr, nullptr};
    if (md_parse(input.constData(), MD_SIZE(input.size()), &parser, &writer) != 0)
        return markdown;  // md4c only fails on out-of-memory; the text as it is still searches
    if (writer.out.endsWith('\n'))
        writer.out.chop(1);
    return QString::fromUtf8(writer.out);
}

} // namespace DockPrep
