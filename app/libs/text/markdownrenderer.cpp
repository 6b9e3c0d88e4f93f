#include "text/markdownrenderer.h"

#include "text/codehighlighter.h"
#include "text/codelanguage.h"
#include "text/markdownentities.h"

#include <QByteArray>

#include <md4c.h>

#include <algorithm>
#include <cctype>
#include <string_view>

namespace DockPrep {

namespace {

constexpr std::string_view replacementCharacter = "\xEF\xBF\xBD";  // U+FFFD, for NUL in the input

// The text of an attribute (a link target, a title, a fence's language) with its entities
// decoded, as UTF-8. An entity no table knows stays as it was written, to be escaped as text.
QByteArray attributeText(const MD_ATTRIBUTE &attribute)
{
    QByteArray text;
    if (!attribute.text)
        return text;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET begin = attribute.substr_offsets[i];
        const std::string_view part(attribute.text + begin, attribute.substr_offsets[i + 1] - begin);
        switch (attribute.substr_types[i]) {
        case MD_TEXT_NULLCHAR: text.append(replacementCharacter); break;
        case MD_TEXT_ENTITY: {
            const QByteArray decoded = decodeHtmlEntity(part);
            text.append(decoded.isNull() ? QByteArrayView(part) : QByteArrayView(decoded));
            break;
        }
        default: text.append(part); break;
        }
    }
    return text;
}

// md4c's own parser walks the document; the callbacks write the HTML.
class HtmlWriter
{
public:
    explicit HtmlWriter(const MarkdownHtmlOptions &options)
        : m_options(options)
    {
    }

    QByteArray out;

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *self) { return static_cast<HtmlWriter *>(self)->enter(type, detail); }
    static int leaveBlock(MD_BLOCKTYPE type, void *detail, void *self) { return static_cast<HtmlWriter *>(self)->leave(type, detail); }
    static int enterSpan(MD_SPANTYPE type, void *detail, void *self) { return static_cast<HtmlWriter *>(self)->enter(type, detail); }
    static int leaveSpan(MD_SPANTYPE type, void *detail, void *self) { return static_cast<HtmlWriter *>(self)->leave(type, detail); }
    static int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self)
    {
        return static_cast<HtmlWriter *>(self)->write(type, std::string_view(text, size));
    }

private:
    void put(std::string_view markup) { out.append(markup); }

    // The line break md4c's HTML puts after a block's tags, for whoever reads the HTML as text.
    void lineEnd() { out.append(m_options.singleLine ? ' ' : '\n'); }

    // Text between tags or inside an attribute: the four characters HTML gives meaning to are
    // escaped, and on a single line so are line breaks and tabs.
    void escaped(const QByteArray &text) { escaped(std::string_view(text.constData(), size_t(text.size()))); }
    void escaped(std::string_view text)
    {
        for (const char c : text) {
            switch (c) {
            case '&': out.append("&amp;"); break;
            case '<': out.append("&lt;"); break;
            case '>': out.append("&gt;"); break;
            case '"': out.append("&quot;"); break;
            case '\n':
                if (m_options.singleLine)
                    out.append(m_inCode ? "<br>" : " ");
                else
                    out.append(c);
                break;
            case '\t': out.append(m_options.singleLine ? "&#9;" : "\t"); break;
            case '\r':
                if (!m_options.singleLine)
                    out.append(c);
                break;
            default: out.append(c); break;
            }
        }
    }

    // A link target as md4c's HTML writes it: the characters a URL may hold as they are, '&' as
    // an entity, every other byte (quotes, spaces, UTF-8) percent-encoded.
    void urlEscaped(const QByteArray &url)
    {
        static constexpr std::string_view plain = "~-_.+!*(),%#@?=;:/,+$";
        static constexpr char hex[] = "0123456789ABCDEF";
        for (const char c : url) {
            const auto byte = static_cast<unsigned char>(c);
            if ((byte < 0x80 && std::isalnum(byte)) || plain.find(c) != std::string_view::npos) {
                out.append(c);
            } else if (c == '&') {
                out.append("&amp;");
            } else {
                const char encoded[] = {'%', hex[byte >> 4], hex[byte & 0xF]};
                out.append(encoded, 3);
            }
        }
    }

    void attribute(std::string_view name, const MD_ATTRIBUTE &value)
    {
        out.append(' ').append(name).append("=\"");
        escaped(attributeText(value));
        out.append('"');
    }

    // Writes `name="target"` when the target is one a note may lead to; nothing otherwise.
    void linkTarget(std::string_view name, const MD_ATTRIBUTE &value)
    {
        const QByteArray target = attributeText(value);
        if (!isAllowedLinkTarget(QString::fromUtf8(target)))
            return;
        out.append(' ').append(name).append("=\"");
        urlEscaped(target);
        out.append('"');
    }

    void heading(std::string_view prefix, const void *detail)
    {
        const unsigned level = static_cast<const MD_BLOCK_H_DETAIL *>(detail)->level;
        out.append(prefix).append(QByteArray::number(std::min(int(level) + std::max(m_options.headingDepth, 0), 6))).append('>');
    }

    void openCode(const MD_BLOCK_CODE_DETAIL &detail)
    {
        put("<pre><code");
        QString language;
        if (detail.lang.text) {
            const QByteArray lang = attributeText(detail.lang);
            language = QString::fromUtf8(lang);
            put(" class=\"language-");
            escaped(lang);
            put("\"");
        }
        put(">");
        m_inCode = true;
        if (m_options.highlighter && !language.isEmpty())
            m_definition = syntaxDefinitionName(canonicalCodeLanguage(language));
        m_code.clear();
    }

    void closeCode()
    {
        if (!m_definition.isEmpty()) {
            QString code = QString::fromUtf8(m_code);
            if (code.endsWith(u'\n'))
                code.chop(1);
            const QString html = m_options.highlighter->toHtml(code, m_definition);
            out.append((m_options.singleLine ? singleLineCode(html) : html).toUtf8());
        }
        put("</code></pre>");
        lineEnd();
        m_inCode = false;
        m_definition.clear();
        m_code.clear();
    }

    void openCell(std::string_view tag, const void *detail)
    {
        out.append('<').append(tag);
        switch (static_cast<const MD_BLOCK_TD_DETAIL *>(detail)->align) {
        case MD_ALIGN_LEFT: put(" align=\"left\""); break;
        case MD_ALIGN_CENTER: put(" align=\"center\""); break;
        case MD_ALIGN_RIGHT: put(" align=\"right\""); break;
        case MD_ALIGN_DEFAULT: break;
        }
        put(">");
    }

    void openListItem(const MD_BLOCK_LI_DETAIL &detail)
    {
        if (!detail.is_task) {
            put("<li>");
            return;
        }
        put("<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled");
        if (detail.task_mark == 'x' || detail.task_mark == 'X')
            put(" checked");
        put(">");
    }

    int enter(MD_BLOCKTYPE type, void *detail)
    {
        const bool topLevel = m_openBlocks == 1;  // only the document around it
        ++m_openBlocks;
        switch (type) {
        case MD_BLOCK_DOC:
        case MD_BLOCK_HTML: break;
        case MD_BLOCK_QUOTE: put("<blockquote>"); lineEnd(); break;
        case MD_BLOCK_UL: put("<ul>"); lineEnd(); break;
        case MD_BLOCK_OL: {
            const unsigned start = static_cast<const MD_BLOCK_OL_DETAIL *>(detail)->start;
            out.append(start == 1 ? QByteArray("<ol>") : "<ol start=\"" + QByteArray::number(start) + "\">");
            lineEnd();
            break;
        }
        case MD_BLOCK_LI: openListItem(*static_cast<const MD_BLOCK_LI_DETAIL *>(detail)); break;
        case MD_BLOCK_HR: put("<hr>"); lineEnd(); break;
        case MD_BLOCK_H: heading("<h", detail); break;
        case MD_BLOCK_CODE: openCode(*static_cast<const MD_BLOCK_CODE_DETAIL *>(detail)); break;
        case MD_BLOCK_P:
            m_bareParagraph = m_options.bareParagraphs && topLevel;
            if (!m_bareParagraph)
                put("<p>");
            else if (m_bareParagraphsWritten++ > 0)
                put("<br>");
            break;
        case MD_BLOCK_TABLE: put("<table>"); lineEnd(); break;
        case MD_BLOCK_THEAD: put("<thead>"); lineEnd(); break;
        case MD_BLOCK_TBODY: put("<tbody>"); lineEnd(); break;
        case MD_BLOCK_TR: put("<tr>"); lineEnd(); break;
        case MD_BLOCK_TH: openCell("th", detail); break;
        case MD_BLOCK_TD: openCell("td", detail); break;
        }
        return 0;
    }

    int leave(MD_BLOCKTYPE type, void *detail)
    {
        --m_openBlocks;
        switch (type) {
        case MD_BLOCK_DOC:
        case MD_BLOCK_HTML:
        case MD_BLOCK_HR: break;
        case MD_BLOCK_QUOTE: put("</blockquote>"); lineEnd(); break;
        case MD_BLOCK_UL: put("</ul>"); lineEnd(); break;
        case MD_BLOCK_OL: put("</ol>"); lineEnd(); break;
        case MD_BLOCK_LI: put("</li>"); lineEnd(); break;
        case MD_BLOCK_H: heading("</h", detail); lineEnd(); break;
        case MD_BLOCK_CODE: closeCode(); break;
        case MD_BLOCK_P:
            if (!m_bareParagraph) {
                put("</p>");
                lineEnd();
            }
            m_bareParagraph = false;
            break;
        case MD_BLOCK_TABLE: put("</table>"); lineEnd(); break;
        case MD_BLOCK_THEAD: put("</thead>"); lineEnd(); break;
        case MD_BLOCK_TBODY: put("</tbody>"); lineEnd(); break;
        case MD_BLOCK_TR: put("</tr>"); lineEnd(); break;
        case MD_BLOCK_TH: put("</th>"); lineEnd(); break;
        case MD_BLOCK_TD: put("</td>"); lineEnd(); break;
        }
        return 0;
    }

    // Inside an image's brackets only the text is written: it becomes the alt attribute, where
    // no tag may go.
    int enter(MD_SPANTYPE type, void *detail)
    {
        const bool insideImage = m_imageNesting > 0;
        if (type == MD_SPAN_IMG)
            ++m_imageNesting;
        if (insideImage)
            return 0;
        switch (type) {
        case MD_SPAN_EM: put("<em>"); break;
        case MD_SPAN_STRONG: put("<strong>"); break;
        case MD_SPAN_U: put("<u>"); break;
        case MD_SPAN_DEL: put("<del>"); break;
        case MD_SPAN_CODE: put("<code>"); break;
        case MD_SPAN_A: {
            const auto *link = static_cast<const MD_SPAN_A_DETAIL *>(detail);
            put("<a");
            linkTarget("href", link->href);
            if (link->title.text)
                attribute("title", link->title);
            put(">");
            break;
        }
        case MD_SPAN_IMG:
            put("<img");
            linkTarget("src", static_cast<const MD_SPAN_IMG_DETAIL *>(detail)->src);
            put(" alt=\"");
            break;
        default: break;  // LaTeX and wiki links: their parser flags are off
        }
        return 0;
    }

    int leave(MD_SPANTYPE type, void *detail)
    {
        if (type == MD_SPAN_IMG)
            --m_imageNesting;
        if (m_imageNesting > 0)
            return 0;
        switch (type) {
        case MD_SPAN_EM: put("</em>"); break;
        case MD_SPAN_STRONG: put("</strong>"); break;
        case MD_SPAN_U: put("</u>"); break;
        case MD_SPAN_DEL: put("</del>"); break;
        case MD_SPAN_CODE: put("</code>"); break;
        case MD_SPAN_A: put("</a>"); break;
        case MD_SPAN_IMG: {
            put("\"");
            const auto *image = static_cast<const MD_SPAN_IMG_DETAIL *>(detail);
            if (image->title.text)
                attribute("title", image->title);
            put(">");
            break;
        }
        default: break;
        }
        return 0;
    }

    int write(MD_TEXTTYPE type, std::string_view text)
    {
        if (!m_definition.isEmpty()) {  // code to highlight when its block closes
            m_code.append(type == MD_TEXT_NULLCHAR ? replacementCharacter : text);
            return 0;
        }
        switch (type) {
        case MD_TEXT_NULLCHAR: put(replacementCharacter); break;
        case MD_TEXT_BR:
            if (m_imageNesting > 0) {
                put(" ");
            } else {
                put("<br>");
                lineEnd();
            }
            break;
        case MD_TEXT_SOFTBR: escaped(std::string_view(m_imageNesting > 0 ? " " : "\n")); break;
        case MD_TEXT_ENTITY: {
            // Decoded where known; any other entity is written as it is (letters and digits
            // between '&' and ';', so it cannot leave the text), for the HTML reader to decode.
            const QByteArray decoded = decodeHtmlEntity(text);
            if (decoded.isNull())
                put(text);
            else
                escaped(decoded);
            break;
        }
        default: escaped(text); break;  // normal text, code, and raw HTML shown as the text it is
        }
        return 0;
    }

    const MarkdownHtmlOptions &m_options;
    int m_openBlocks = 0;
    int m_imageNesting = 0;
    bool m_bareParagraph = false;
    int m_bareParagraphsWritten = 0;
    bool m_inCode = false;
    QString m_definition;  // the syntax definition of the code block being collected, if any
    QByteArray m_code;
};

} // namespace

QString renderMarkdown(const QString &markdown, const MarkdownHtmlOptions &options)
{
    const QByteArray input = markdown.toUtf8();
    HtmlWriter writer(options);
    writer.out.reserve(input.size() * 5 / 4 + 64);
    const MD_PARSER parser{0,
                           MD_DIALECT_GITHUB | MD_FLAG_NOHTML,
                           &HtmlWriter::enterBlock,
                           &HtmlWriter::leaveBlock,
                           &HtmlWriter::enterSpan,
                           &HtmlWriter::leaveSpan,
                           &HtmlWriter::text,
                           nullptr,
                           nullptr};
    if (md_parse(input.constData(), MD_SIZE(input.size()), &parser, &writer) != 0) {
        // md4c only fails on out-of-memory; show the text as is
        const QString text = markdown.toHtmlEscaped();
        return options.singleLine ? QString(text).remove(u'\r').replace(u'\n', u' ').replace(u'\t', QLatin1String("&#9;")) : text;
    }
    QString html = QString::fromUtf8(writer.out);
    return options.bareParagraphs ? html.trimmed() : html;
}

QString singleLineCode(QString codeHtml)
{
    return codeHtml.remove(u'\r').replace(u'\n', QLatin1String("<br>")).replace(u'\t', QLatin1String("&#9;"));
}

} // namespace DockPrep
