#include "text/markdownhtml.h"

#include "text/markdownentities.h"
#include "text/markdownrenderer.h"

#include <QByteArray>

#include <md4c.h>

#include <string_view>

namespace DockPrep {

QString markdownToHtml(const QString &markdown)
{
    return renderMarkdown(markdown);
}

QString markdownToHtml(const QString &markdown, const CodeHighlighter &highlighter)
{
    MarkdownHtmlOptions options;
    options.highlighter = &highlighter;
    return renderMarkdown(markdown, options);
}

QString inlineMarkdownToHtml(const QString &markdown)
{
    MarkdownHtmlOptions options;
    options.bareParagraphs = true;
    return renderMarkdown(markdown, options);
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
            // The entity as the character it stands for (a no-break space as a space, which is
            // what a search types); anything rarer as written.
            const QByteArray decoded = decodeHtmlEntity(std::string_view(text, size));
            if (decoded.isNull())
                out.append(text, qsizetype(size));
            else
                out.append(decoded == "\u00A0" ? QByteArray(" ") : decoded);
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
