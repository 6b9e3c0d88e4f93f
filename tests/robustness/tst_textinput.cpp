// Text from outside the program at its most hostile: Markdown nested far deeper than any parser's
// stack would survive if it recursed, and question files whose front matter is broken in ways the
// content loader's own tests do not cover (see tests/curriculum/tst_contentloader.cpp for the rest).
#include "curriculum/contentloader.h"
#include "text/markdownhtml.h"

#include <QRegularExpression>
#include <QTest>

using namespace DockPrep;

namespace {

constexpr int deep = 100000;

QList<ContentError> parse(const QByteArray &data)
{
    QList<ContentError> errors;
    ContentLoader::parseEntry(QStringLiteral("basics/sample.md"), data, {QStringLiteral("basics")}, {}, errors);
    return errors;
}

} // namespace

class TestTextInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deeplyNestedMarkdown_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");  // a piece of the rendering proving it was parsed
        QTest::newRow("block quotes") << QString(deep, u'>') + QStringLiteral(" bottom") << QStringLiteral("<blockquote>");
        QTest::newRow("list items") << QStringLiteral("- ").repeated(deep) + QStringLiteral("bottom") << QStringLiteral("<li>");
        QTest::newRow("ordered list items") << QStringLiteral("1. ").repeated(deep) + QStringLiteral("bottom") << QStringLiteral("<ol>");
        QTest::newRow("quotes in lists") << QStringLiteral("- > ").repeated(deep / 2) + QStringLiteral("bottom") << QStringLiteral("<li>");
        QTest::newRow("brackets") << QString(deep, u'[') + QStringLiteral("x") + QString(deep, u']') << QStringLiteral("[[[");
        QTest::newRow("link in link text") << QStringLiteral("[a ").repeated(deep) + QStringLiteral("b") + QStringLiteral("](https://x)").repeated(deep)
                                           << QStringLiteral("https://x");
        QTest::newRow("emphasis") << QString(deep, u'*') + QStringLiteral("x") + QString(deep, u'*') << QStringLiteral("<strong>");
        QTest::newRow("code spans") << QString(deep, u'`') + QStringLiteral("x") << QStringLiteral("<code");
        QTest::newRow("table columns") << QStringLiteral("|a").repeated(deep) + QStringLiteral("|\n") + QStringLiteral("|-").repeated(deep) + QStringLiteral("|\n")
                                       << QStringLiteral("|a|a|");  // md4c caps a table's width: past it, the text stays text
    }

    void deeplyNestedMarkdown()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        const QString html = markdownToHtml(markdown);
        QVERIFY2(html.contains(expected), qPrintable(html.left(200)));
        QVERIFY(html.contains(QLatin1String("bottom")) || !markdown.contains(QLatin1String("bottom")));
    }

    void linksOnlyToTheWebAndTheApp_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("kept");  // the link target left in the HTML, empty when none may be
        QTest::newRow("https") << QStringLiteral("[docs](https://docs.docker.com/)") << QStringLiteral("https://docs.docker.com/");
        QTest::newRow("http") << QStringLiteral("[old](http://example.com)") << QStringLiteral("http://example.com");
        QTest::newRow("in-app") << QStringLiteral("[entry](dockprep:entry/first-image)") << QStringLiteral("dockprep:entry/first-image");
        QTest::newRow("autolink") << QStringLiteral("see www.docker.com") << QStringLiteral("http://www.docker.com");
        QTest::newRow("javascript") << QStringLiteral("[x](javascript:alert(1))") << QString();
        QTest::newRow("JavaScript, mixed case") << QStringLiteral("[x](JaVaScRiPt:alert(1))") << QString();
        QTest::newRow("entity-encoded scheme") << QStringLiteral("[x](&#106;avascript:alert(1))") << QString();
        QTest::newRow("file") << QStringLiteral("[passwd](file:///etc/passwd)") << QString();
        QTest::newRow("data") << QStringLiteral("[x](data:text/html;base64,PHNjcmlwdD4=)") << QString();
        QTest::newRow("mailto autolink") << QStringLiteral("write to me@example.com") << QString();
        QTest::newRow("relative path") << QStringLiteral("[x](../../.ssh/id_rsa)") << QString();
        QTest::newRow("image from disk") << QStringLiteral("![x](/home/me/secret.png)") << QString();
        QTest::newRow("reference link") << QStringLiteral("[x][r]\n\n[r]: vbscript:msgbox") << QString();
    }

    void linksOnlyToTheWebAndTheApp()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, kept);
        const QString html = markdownToHtml(markdown);
        static const QRegularExpression target(QStringLiteral("(?:href|src)=\"([^\"]*)\""));
        QStringList targets;
        for (auto it = target.globalMatch(html); it.hasNext();)
            targets.append(it.next().captured(1));
        QCOMPARE(targets, kept.isEmpty() ? QStringList() : QStringList{kept});
        QVERIFY2(html.contains(QLatin1String("x")) || !markdown.contains(QLatin1String("[x]")), qPrintable(html));  // the text stays
    }

    void brokenFrontMatter_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QByteArray body = "## Question\n\nWhy?\n";
        QTest::newRow("a list, not key: value") << QByteArray("---\n- id\n- sample\n---\n" + body) << 2 << "must be 'key: value' lines";
        QTest::newRow("a bare word") << QByteArray("---\nsample\n---\n" + body) << 2 << "must be 'key: value' lines";
        QTest::newRow("empty block") << QByteArray("---\n---\n" + body) << 2 << "must be 'key: value' lines";
        QTest::newRow("id is a map") << QByteArray("---\nid: {a: b}\n---\n" + body) << 2 << "id";
        QTest::newRow("tags is a word") << QByteArray("---\nid: sample\ntags: oops\n---\n" + body) << 3 << "tags";
        QTest::newRow("tab indentation") << QByteArray("---\nid: sample\n\ttags: [a]\n---\n" + body) << 3 << "front matter";
        QTest::newRow("duplicate key") << QByteArray("---\nid: sample\nid: sample\n---\n" + body) << 3 << "duplicate front matter key 'id'";
        QTest::newRow("nested 100k deep") << QByteArray("---\nid: sample\ntags: " + QByteArray(deep, '[') + "\n---\n" + body) << 3 << "front matter";
        QTest::newRow("anchor bomb") << QByteArray("---\na: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\n"
                                                   "d: [*c, *c, *c, *c, *c, *c, *c, *c]\n---\n" + body)
                                     << 2 << "unknown front matter key 'a'";
        static const char withNul[] = "---\nid: sam\0ple\n---\n";
        QTest::newRow("NUL byte") << QByteArray(withNul, sizeof withNul - 1) + body << 2 << "front matter";
    }

    void brokenFrontMatter()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, message);
        const QList<ContentError> errors = parse(data);
        QVERIFY2(!errors.isEmpty(), "a broken front matter must be reported");
        QStringList all;
        bool found = false;
        for (const ContentError &error : errors) {
            all.append(error.toString());
            found = found || (error.line == line && error.message.contains(message));
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected line %1 '%2'; got:\n%3").arg(line).arg(message, all.join(u'\n'))));
    }

    void manyFollowUps()
    {
        // Each "### " heading appends to the entry's follow-ups while the previous answer is still
        // being built: a reallocation there was a use-after-free (fuzz/regressions/contentloader).
        QByteArray file = "---\nid: sample\nchapter: basics\nlevel: senior\ntitle: A sample\ntags: [a]\n---\n"
                          "## Question\n\nWhy?\n\n## Answer\n\nBecause.\n\n## Key points\n\n"
                          "- One [match: one]\n- Two [match: two]\n- Three [match: three]\n\n## Follow-ups\n\n";
        constexpr int count = 40;
        for (int i = 0; i < count; ++i)
            file += "### Question " + QByteArray::number(i) + "?\n\n  Answer " + QByteArray::number(i) + ".  \n\n";
        QList<ContentError> errors;
        const Entry entry = ContentLoader::parseEntry(QStringLiteral("basics/sample.md"), file, {QStringLiteral("basics")}, {}, errors);
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
        QCOMPARE(entry.followUps.size(), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(entry.followUps.at(i).question, QStringLiteral("Question %1?").arg(i));
            QCOMPARE(entry.followUps.at(i).answer.size(), 1);
            QCOMPARE(entry.followUps.at(i).answer.first().text, QStringLiteral("Answer %1.").arg(i));  // finished: trimmed
        }
    }

    void byteOrderMarkIsNotAnError()
    {
        // Saved by an editor that starts UTF-8 files with a byte order mark: read as if it were not
        // there, rather than called invalid UTF-8 or missing its front matter.
        const QByteArray file = "---\nid: sample\nchapter: basics\nlevel: guru\n---\n## Question\n\nWhy?\n";
        const QList<ContentError> plain = parse(file);
        QVERIFY(!plain.isEmpty());
        const QList<ContentError> withMark = parse("\xef\xbb\xbf" + file);
        QCOMPARE(withMark.size(), plain.size());
        for (qsizetype i = 0; i < plain.size(); ++i)
            QCOMPARE(withMark.at(i).toString(), plain.at(i).toString());
    }
};

QTEST_GUILESS_MAIN(TestTextInput)
#include "tst_textinput.moc"
