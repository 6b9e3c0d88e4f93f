// The HTML renderer every Markdown text in DockPrep goes through (answers, questions, notes, the
// notes preview, the HTML and Anki exports): what it writes is final, so escaping, link rules and
// highlighting are checked on its output directly.
#include "text/codehighlighter.h"
#include "text/markdownrenderer.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <KSyntaxHighlighting/Repository>

using namespace DockPrep;

namespace {

CodeHighlighter lightHighlighter()
{
    return CodeHighlighter(syntaxRepository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
}

// The text a reader of the HTML sees (enough HTML for the renderer's own output).
QString textOf(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return QString(html)
        .remove(tag)
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

} // namespace

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The reader, the exports and the stylesheets expect md4c's own HTML: the tags, the line
    // breaks between blocks, the attributes.
    void writesMd4cHtml_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        QTest::newRow("paragraph and spans") << QStringLiteral("a **b** *c* `d` ~~e~~")
                                             << QStringLiteral("<p>a <strong>b</strong> <em>c</em> <code>d</code> <del>e</del></p>\n");
        QTest::newRow("nested lists") << QStringLiteral("- a\n  - b\n    1. c\n")
                                      << QStringLiteral("<ul>\n<li>a<ul>\n<li>b<ol>\n<li>c</li>\n</ol>\n</li>\n</ul>\n</li>\n</ul>\n");
        QTest::newRow("ordered list from 5") << QStringLiteral("5. five\n6. six")
                                             << QStringLiteral("<ol start=\"5\">\n<li>five</li>\n<li>six</li>\n</ol>\n");
        QTest::newRow("loose list") << QStringLiteral("- a\n\n- b") << QStringLiteral("<ul>\n<li><p>a</p>\n</li>\n<li><p>b</p>\n</li>\n</ul>\n");
        QTest::newRow("task list")
            << QStringLiteral("- [ ] todo\n- [x] done")
            << QStringLiteral("<ul>\n<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>todo</li>\n"
                              "<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled checked>done</li>\n</ul>\n");
        QTest::newRow("table")
            << QStringLiteral("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |")
            << QStringLiteral("<table>\n<thead>\n<tr>\n<th align=\"left\">a</th>\n<th align=\"center\">b</th>\n<th align=\"right\">c</th>\n</tr>\n"
                              "</thead>\n<tbody>\n<tr>\n<td align=\"left\">1</td>\n<td align=\"center\">2</td>\n<td align=\"right\">3</td>\n</tr>\n"
                              "</tbody>\n</table>\n");
        QTest::newRow("headings, quote, rule") << QStringLiteral("# One\nTwo\n---\n> q\n\n***")
                                               << QStringLiteral("<h1>One</h1>\n<h2>Two</h2>\n<blockquote>\n<p>q</p>\n</blockquote>\n<hr>\n");
        QTest::newRow("hard and soft breaks") << QStringLiteral("a  \nb\nc") << QStringLiteral("<p>a<br>\nb\nc</p>\n");
        QTest::newRow("code block") << QStringLiteral("```bash\necho <hi>\n```") << QStringLiteral("<pre><code class=\"language-bash\">echo &lt;hi&gt;\n</code></pre>\n");
        QTest::newRow("indented code") << QStringLiteral("    x & y") << QStringLiteral("<pre><code>x &amp; y\n</code></pre>\n");
        QTest::newRow("entities") << QStringLiteral("&copy; &#60; &#x3e; &amp;") << QStringLiteral("<p>\u00A9 &lt; &gt; &amp;</p>\n");
        QTest::newRow("image") << QStringLiteral("![an *alt*](https://x.example/i.png \"t\")")
                               << QStringLiteral("<p><img src=\"https://x.example/i.png\" alt=\"an alt\" title=\"t\"></p>\n");
        QTest::newRow("empty") << QString() << QString();
    }

    void writesMd4cHtml()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(renderMarkdown(markdown), html);
    }

    // An entity the renderer does not know is left for the HTML reader to decode; it is letters
    // between '&' and ';', so it cannot start a tag. A number that is no character is U+FFFD.
    void entities()
    {
        QCOMPARE(renderMarkdown(QStringLiteral("&alpha; &#0; &#xD800; &#x1F433;")), QStringLiteral("<p>&alpha; \uFFFD \uFFFD \U0001F433</p>\n"));
    }

    // Raw HTML is text, and no text can end an attribute early: a quote in a link target is
    // percent-encoded, in a title it is an entity.
    void escapesMarkupAndAttributes_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");
        QTest::newRow("script block") << QStringLiteral("<script>alert(1)</script>") << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
        QTest::newRow("inline tag") << QStringLiteral("a <img src=x onerror=alert(1)> b")
                                    << QStringLiteral("a &lt;img src=x onerror=alert(1)&gt; b");
        QTest::newRow("quote in a target") << QStringLiteral("[x](<https://a.example/\" onmouseover=\"alert(1)>)")
                                           << QStringLiteral("<a href=\"https://a.example/%22%20onmouseover=%22alert(1)\">x</a>");
        QTest::newRow("quote in a title") << QStringLiteral("[x](https://a.example \"a\\\" onclick=\\\"b\")")
                                          << QStringLiteral("<a href=\"https://a.example\" title=\"a&quot; onclick=&quot;b\">x</a>");
        QTest::newRow("markup in alt text") << QStringLiteral("![\"><script>](https://a.example/i.png)")
                                            << QStringLiteral("alt=\"&quot;&gt;&lt;script&gt;\"");
        QTest::newRow("code") << QStringLiteral("```\n</code></pre><script>\n```") << QStringLiteral("&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;");
    }

    void escapesMarkupAndAttributes()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        const QString html = renderMarkdown(markdown);
        QVERIFY2(html.contains(expected), qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("<script")), qPrintable(html));
        // Every tag holds only the attributes the renderer writes, each one quoted whole.
        static const QRegularExpression tag(QStringLiteral("<\\w+([^>]*)>"));
        static const QRegularExpression attribute(QStringLiteral("\\s(\\w+)=\"[^\"]*\""));
        const QStringList written{QStringLiteral("href"), QStringLiteral("src"), QStringLiteral("alt"), QStringLiteral("title"), QStringLiteral("class")};
        for (auto tags = tag.globalMatch(html); tags.hasNext();) {
            const QString attributes = tags.next().captured(1);
            for (auto it = attribute.globalMatch(attributes); it.hasNext();)
                QVERIFY2(written.contains(it.next().captured(1)), qPrintable(html));
            QVERIFY2(QString(attributes).remove(attribute).trimmed().isEmpty(), qPrintable(html));
        }
    }

    // A link may lead to the web or into the app; any other target is dropped, the text stays.
    void dropsDisallowedLinkTargets_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        QTest::newRow("javascript") << QStringLiteral("[x](javascript:alert(1))") << QStringLiteral("<p><a>x</a></p>\n");
        QTest::newRow("javascript, entity-encoded") << QStringLiteral("[x](&#106;avascript:alert(1))") << QStringLiteral("<p><a>x</a></p>\n");
        QTest::newRow("file") << QStringLiteral("[x](file:///etc/passwd)") << QStringLiteral("<p><a>x</a></p>\n");
        QTest::newRow("data") << QStringLiteral("[x](data:text/html;base64,PHNjcmlwdD4=)") << QStringLiteral("<p><a>x</a></p>\n");
        QTest::newRow("data image") << QStringLiteral("![x](data:image/png;base64,AAAA)") << QStringLiteral("<p><img alt=\"x\"></p>\n");
        QTest::newRow("title kept") << QStringLiteral("[x](vbscript:y \"t\")") << QStringLiteral("<p><a title=\"t\">x</a></p>\n");
        QTest::newRow("https") << QStringLiteral("[x](https://docs.docker.com/)") << QStringLiteral("<p><a href=\"https://docs.docker.com/\">x</a></p>\n");
        QTest::newRow("HTTP") << QStringLiteral("[x](HTTP://example.com)") << QStringLiteral("<p><a href=\"HTTP://example.com\">x</a></p>\n");
        QTest::newRow("in-app") << QStringLiteral("[x](dockprep:entry/first-image)")
                                << QStringLiteral("<p><a href=\"dockprep:entry/first-image\">x</a></p>\n");
    }

    void dropsDisallowedLinkTargets()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(renderMarkdown(markdown), html);
    }

    void linkPolicy_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://x") << true;
        QTest::newRow("http") << QStringLiteral("http://x") << true;
        QTest::newRow("dockprep") << QStringLiteral("dockprep:diagram/x") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:x") << false;
        QTest::newRow("javascript with a leading space") << QStringLiteral(" javascript:x") << false;
        QTest::newRow("file") << QStringLiteral("file:///x") << false;
        QTest::newRow("data") << QStringLiteral("data:x") << false;
        QTest::newRow("mailto") << QStringLiteral("mailto:me@example.com") << false;
        QTest::newRow("relative") << QStringLiteral("../x") << false;
        QTest::newRow("colon first") << QStringLiteral(":x") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void linkPolicy()
    {
        QFETCH(QString, target);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedLinkTarget(target), allowed);
    }

    // Code blocks are coloured as the renderer writes them, for any fence kind; a language the
    // highlighter does not know stays plain text.
    void highlightsCodeBlocks_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("language");
        QTest::newRow("backticks") << QStringLiteral("```dockerfile\nFROM alpine\nRUN echo \"<x>\"\n```") << QStringLiteral("dockerfile");
        QTest::newRow("tildes") << QStringLiteral("~~~dockerfile\nFROM alpine\nRUN echo \"<x>\"\n~~~") << QStringLiteral("dockerfile");
        QTest::newRow("alias") << QStringLiteral("```docker\nFROM alpine\nRUN echo \"<x>\"\n```") << QStringLiteral("docker");
    }

    void highlightsCodeBlocks()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, language);
        MarkdownHtmlOptions options;
        const CodeHighlighter highlighter = lightHighlighter();
        options.highlighter = &highlighter;
        const QString html = renderMarkdown(markdown, options);
        QVERIFY2(html.startsWith(QStringLiteral("<pre><code class=\"language-%1\"><span style=\"").arg(language)), qPrintable(html));
        QVERIFY2(html.endsWith(QLatin1String("</code></pre>\n")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("&lt;x&gt;")) && !html.contains(QLatin1String("<x>")), qPrintable(html));
        QCOMPARE(textOf(html), QStringLiteral("FROM alpine\nRUN echo \"<x>\"\n"));
        // The same block without a highlighter: md4c's plain code.
        QVERIFY(!renderMarkdown(markdown).contains(QLatin1String("<span")));
    }

    void unknownLanguageStaysPlain()
    {
        MarkdownHtmlOptions options;
        const CodeHighlighter highlighter = lightHighlighter();
        options.highlighter = &highlighter;
        QCOMPARE(renderMarkdown(QStringLiteral("```cobol\nDISPLAY 'HI'.\n```"), options),
                 QStringLiteral("<pre><code class=\"language-cobol\">DISPLAY 'HI'.\n</code></pre>\n"));
    }

    // A ``` line inside a ~~~ block is code, as CommonMark has it.
    void tildeFenceHoldsBackticks()
    {
        QCOMPARE(renderMarkdown(QStringLiteral("~~~text\n```bash\necho hi\n```\n~~~\nafter")),
                 QStringLiteral("<pre><code class=\"language-text\">```bash\necho hi\n```\n</code></pre>\n<p>after</p>\n"));
    }

    void headingDepth()
    {
        MarkdownHtmlOptions options;
        options.headingDepth = 2;
        QCOMPARE(renderMarkdown(QStringLiteral("# One\n\n#### Four\n\nSet\n==="), options),
                 QStringLiteral("<h3>One</h3>\n<h6>Four</h6>\n<h3>Set</h3>\n"));
    }

    void bareParagraphs()
    {
        MarkdownHtmlOptions options;
        options.bareParagraphs = true;
        QCOMPARE(renderMarkdown(QStringLiteral("a **b**\n"), options), QStringLiteral("a <strong>b</strong>"));
        QCOMPARE(renderMarkdown(QStringLiteral("a\n\nb"), options), QStringLiteral("a<br>b"));
        QCOMPARE(renderMarkdown(QStringLiteral("> q"), options), QStringLiteral("<blockquote>\n<p>q</p>\n</blockquote>"));
    }

    // An Anki field is one line of a tab-separated file.
    void singleLine()
    {
        MarkdownHtmlOptions options;
        options.singleLine = true;
        const CodeHighlighter highlighter = lightHighlighter();
        const QString markdown = QStringLiteral("a\tb\nc  \nd\n\n```text\nx\n\ty\n```\n\n```bash\necho 1\necho\t2\n```\n- \"q\"");
        const QString plain = renderMarkdown(markdown, options);
        // (md4c expands a tab that indents a line of code; one inside the line stays a tab.)
        QCOMPARE(plain, QStringLiteral("<p>a&#9;b c<br> d</p> <pre><code class=\"language-text\">x<br>    y<br></code></pre> "
                                       "<pre><code class=\"language-bash\">echo 1<br>echo&#9;2<br></code></pre> <ul> <li>&quot;q&quot;</li> </ul> "));
        options.highlighter = &highlighter;
        const QString coloured = renderMarkdown(markdown, options);
        QVERIFY2(coloured.contains(QLatin1String("<span style=\"")), qPrintable(coloured));
        QVERIFY2(!coloured.contains(u'\n') && !coloured.contains(u'\t'), qPrintable(coloured));
        QVERIFY2(coloured.contains(QLatin1String("&#9;")), qPrintable(coloured));
    }

    // md4c parses without recursion; nothing after it may be worse than linear either. These
    // would take minutes (and fail ctest's timeout) with a quadratic step, and the HTML stays
    // within a fixed factor of the input.
    void hugeAndDeepInputIsBounded_data()
    {
        QTest::addColumn<QString>("markdown");
        constexpr int many = 200000;
        QTest::newRow("nested quotes") << QString(many, u'>') + QStringLiteral(" x");
        QTest::newRow("nested lists") << QStringLiteral("- ").repeated(many / 2) + QStringLiteral("x");
        QTest::newRow("brackets") << QString(many, u'[') + QStringLiteral("x") + QString(many, u']');
        QTest::newRow("emphasis") << QStringLiteral("*a ").repeated(many / 3);
        QTest::newRow("links") << QStringLiteral("[a](https://x.example) [b](javascript:y) ").repeated(many / 40);
        QTest::newRow("code blocks") << QStringLiteral("```bash\necho 1\n```\n").repeated(many / 20);
        QTest::newRow("escaping") << QStringLiteral("<&>\" ").repeated(many / 5);
    }

    void hugeAndDeepInputIsBounded()
    {
        QFETCH(QString, markdown);
        MarkdownHtmlOptions options;
        const CodeHighlighter highlighter = lightHighlighter();
        options.highlighter = &highlighter;
        const QString html = renderMarkdown(markdown, options);
        QVERIFY(!html.isEmpty());
        QVERIFY2(html.size() < 40 * markdown.size(), qPrintable(QString::number(html.size())));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
