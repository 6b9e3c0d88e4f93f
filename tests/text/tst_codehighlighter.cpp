#include "text/codehighlighter.h"
#include "text/markdownhtml.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QTest>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

using namespace DockPrep;

namespace {
QPalette paletteWith(QColor window, QColor text)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x70, 0xd0));
    return p;
}
const QPalette light = paletteWith(Qt::white, Qt::black);
const QPalette dark = paletteWith(QColor(0x20, 0x20, 0x20), QColor(0xee, 0xee, 0xee));

// The colour of the span that wraps `word`, or empty if it is not wrapped.
QString colourOf(const QString &html, const QString &word)
{
    const QRegularExpression re(QStringLiteral("<span style=\"color:(#[0-9a-f]{6});[^\"]*\">%1</span>").arg(QRegularExpression::escape(word)));
    return re.match(html).captured(1);
}
} // namespace

class TestCodeHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definitionsWeNeedExist()
    {
        for (const char *name : {"Dockerfile", "YAML", "Bash", "JSON", "Go", "Python", "JavaScript", "INI Files"})
            QVERIFY2(syntaxRepository().definitionForName(QLatin1String(name)).isValid(), name);
    }

    void themeFollowsPalette()
    {
        QVERIFY(themeForPalette(light).isValid());
        const auto background = [](const QPalette &p) {
            return QColor::fromRgba(themeForPalette(p).editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness();
        };
        QVERIFY(background(light) > 128);
        QVERIFY(background(dark) < 128);
    }

    void formatsAreApplied_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("dockerfile") << "Dockerfile" << "FROM debian:trixie\nRUN apt-get update" << "apt-get";
        QTest::newRow("bash") << "Bash" << "if true; then echo x; fi" << "echo";
        QTest::newRow("yaml") << "YAML" << "services:\n  web:\n    image: nginx" << "services";
        QTest::newRow("json") << "JSON" << "{\"a\": true}" << "&quot;a&quot;";
    }

    void formatsAreApplied()
    {
        QFETCH(QString, definition);
        QFETCH(QString, code);
        QFETCH(QString, keyword);
        const QString lightHtml = CodeHighlighter(themeForPalette(light)).toHtml(code, definition);
        const QString darkHtml = CodeHighlighter(themeForPalette(dark)).toHtml(code, definition);
        const QString lightColour = colourOf(lightHtml, keyword);
        const QString darkColour = colourOf(darkHtml, keyword);
        QVERIFY2(!lightColour.isEmpty(), qPrintable(lightHtml));
        QVERIFY2(!darkColour.isEmpty(), qPrintable(darkHtml));
        QVERIFY2(lightColour != darkColour, "light and dark themes must colour differently");
        // Nothing of the code is lost: stripping the tags gives the code back.
        QString text = lightHtml;
        text.remove(QRegularExpression(QStringLiteral("<[^>]+>")));
        text.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">")).replace(QLatin1String("&amp;"), QLatin1String("&"));
        QCOMPARE(text, code);
    }

    void escapesEverything()
    {
        const QString html = CodeHighlighter(themeForPalette(light)).toHtml(QStringLiteral("echo '<script>alert(1)</script>' & \"x\""), QStringLiteral("Bash"));
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
        const QString plain = CodeHighlighter(themeForPalette(light)).toHtml(QStringLiteral("<b>"), QString());
        QCOMPARE(plain, QStringLiteral("&lt;b&gt;"));
    }

    void inlineMarkdown()
    {
        QCOMPARE(inlineMarkdownToHtml(QStringLiteral("run `docker compose restart` <now>")),
                 QStringLiteral("run <code>docker compose restart</code> &lt;now&gt;"));
    }

    void markdownAsPlainText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("plain");
        QTest::newRow("emphasis") << QStringLiteral("a **whiteout** and *copy-up*") << QStringLiteral("a whiteout and copy-up");
        QTest::newRow("code span") << QStringLiteral("run `docker diff` now") << QStringLiteral("run docker diff now");
        QTest::newRow("link") << QStringLiteral("see [the docs](https://docs.docker.com)") << QStringLiteral("see the docs");
        QTest::newRow("heading and list") << QStringLiteral("## Limits\n\n- memory.max\n- pids.max")
                                          << QStringLiteral("Limits\nmemory.max\npids.max");
        QTest::newRow("soft break") << QStringLiteral("one\ntwo") << QStringLiteral("one two");
        QTest::newRow("entities") << QStringLiteral("a &amp; b &lt;c&gt;") << QStringLiteral("a & b <c>");
        QTest::newRow("raw html stays text") << QStringLiteral("<b>x</b>") << QStringLiteral("<b>x</b>");
        QTest::newRow("empty") << QString() << QString();
    }

    void markdownAsPlainText()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, plain);
        QCOMPARE(markdownToPlainText(markdown), plain);
    }

    void markdownIsRenderedWithoutRawHtml()
    {
        const QString html = markdownToHtml(QStringLiteral("**bold** and `code`\n\n<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |"));
        QVERIFY(html.contains(QLatin1String("<strong>bold</strong>")));
        QVERIFY(html.contains(QLatin1String("<code>code</code>")));
        QVERIFY(html.contains(QLatin1String("<table>")));
        QVERIFY2(!html.contains(QLatin1String("<script>")), qPrintable(html));
    }
};

QTEST_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
