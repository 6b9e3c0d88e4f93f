// The readable exports: Markdown, HTML and PDF, their headings, names instead of ids, and pages.
#include "support/exchangetesting.h"

#include <QTest>

using namespace DockPrep;
using namespace ExchangeTesting;

class TestExchangeDocuments : public QObject, protected ExchangeFixture
{
    Q_OBJECT

private Q_SLOTS:
    void markdownKeepsNotesVerbatim()
    {
        const QString markdown = QString::fromUtf8(markdownExport(request()));
        for (const Note &n : sampleSnapshot().notes)
            QVERIFY2(markdown.contains(n.body.trimmed()), qPrintable(n.body));
        QVERIFY(markdown.startsWith(QStringLiteral("# DockPrep notes")));
        // Grouped under the question's title, in reading order, free and orphaned notes kept.
        const qsizetype first = markdown.indexOf(m_curriculum.entry(QStringLiteral("first-image"))->title);
        const qsizetype second = markdown.indexOf(m_curriculum.entry(QStringLiteral("second-run"))->title);
        QVERIFY(first > 0 && second > first);
        QVERIFY(markdown.contains(QStringLiteral("## Free notes")));
        QVERIFY(markdown.contains(QStringLiteral("## Questions no longer in the curriculum\n\n### Removed long ago\n")));
        // A diagram note is headed by the diagram's and the element's titles.
        QVERIFY2(markdown.contains(QStringLiteral("## Diagrams\n\n### The engine chain: containerd-shim-runc-v2\n")), qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("1 of 3 questions studied")));
        QVERIFY(markdown.contains(QStringLiteral("> How do you build an image from a *Dockerfile*?")));
    }

    // Note dates read as the user's other dates do: the locale's format, the local time.
    void noteDatesFollowTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString markdown = QString::fromUtf8(markdownExport(request()));
        QLocale::setDefault(before);
        const Note note = sampleSnapshot().notes.constFirst();  // a copy: the snapshot is a temporary
        const QString german = QLocale(QLocale::German, QLocale::Germany).toString(note.created.toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(markdown.contains(german), qPrintable(german + u'\n' + markdown));
        QVERIFY(!markdown.contains(QLatin1String(" UTC")));
    }

    void htmlIsSelfContainedAndEscaped()
    {
        const QString html = htmlExport(request());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        // Nothing a user typed becomes markup: the note's script and the label's tags are text.
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>revisit</b>")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;revisit&lt;/b&gt;")));
        // No external resources: the file opens the same offline.
        QVERIFY(!html.contains(QStringLiteral("src=")));
        QVERIFY(!html.contains(QStringLiteral("<link")));
        // The Dockerfile in the note is highlighted, and its text survives intact.
        const qsizetype pre = html.indexOf(QStringLiteral("<pre><code class=\"language-dockerfile\">"));
        QVERIFY(pre > 0);
        const QString code = html.mid(pre, html.indexOf(QStringLiteral("</pre>"), pre) - pre);
        QVERIFY(code.contains(QStringLiteral("<span style=")));
        QString plain = code;
        plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        QVERIFY2(plain.contains(QStringLiteral("RUN echo &quot;hi&quot; &amp;&amp; ls")), qPrintable(plain));
        QVERIFY(html.contains(QStringLiteral("🐳")));
    }

    // Chapter > question > note: a note's "# Heading" sits under its question's heading, in the
    // Markdown, the HTML and so the PDF; a free note's under the "Free notes" section.
    void noteHeadingsNestUnderTheirSection()
    {
        ExportRequest headed = request();
        headed.snapshot.notes[0].body = QStringLiteral("# My idea\n\n## Detail\n\n###### Deepest");
        headed.snapshot.notes[3].body = QStringLiteral("# Loose thought\n\ntext");
        const QString html = htmlExport(headed);
        QVERIFY2(html.contains(QStringLiteral("<h2>Basics</h2>\n<h3>Building a first image</h3>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<h4>My idea</h4>")));
        QVERIFY(html.contains(QStringLiteral("<h5>Detail</h5>")));
        QVERIFY(html.contains(QStringLiteral("<h6>Deepest</h6>")));
        QVERIFY(html.contains(QStringLiteral("<h2>Free notes</h2>")));
        QVERIFY(html.contains(QStringLiteral("<h3>Loose thought</h3>")));
        QCOMPARE(html.count(QStringLiteral("<h1>")), 1);  // the document's own title only

        const QString markdown = QString::fromUtf8(markdownExport(headed));
        QVERIFY2(markdown.contains(QStringLiteral("## Basics\n\n### Building a first image\n")), qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("\n#### My idea\n\n##### Detail\n\n###### Deepest\n")));
        QVERIFY(markdown.contains(QStringLiteral("\n### Loose thought\n")));
        QCOMPARE(markdown.count(QRegularExpression(QStringLiteral("(^|\n)# "))), 1);
    }

    void markdownHeadingsMoveDown_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("expected");
        QTest::newRow("atx") << "# A\n\ntext\n\n## B" << "### A\n\ntext\n\n#### B";
        QTest::newRow("indented atx") << "  # A" << "  ### A";
        QTest::newRow("capped at six") << "##### A\n###### B" << "###### A\n###### B";
        QTest::newRow("not a heading") << "#hashtag and C# and\n    # indented code" << "#hashtag and C# and\n    # indented code";
        QTest::newRow("fenced code") << "```bash\n# a comment\n```\n# After" << "```bash\n# a comment\n```\n### After";
        QTest::newRow("tilde fence") << "~~~\n# x\n```\n# y\n~~~\n# z" << "~~~\n# x\n```\n# y\n~~~\n### z";
        QTest::newRow("setext") << "Title\n=====\n\nSub\n---" << "### Title\n\n#### Sub";
        QTest::newRow("rule after a blank line") << "text\n\n---\nmore" << "text\n\n---\nmore";
        QTest::newRow("list then rule") << "- item\n---" << "- item\n---";
    }
    void markdownHeadingsMoveDown()
    {
        QFETCH(QString, note);
        QFETCH(QString, expected);
        QCOMPARE(markdownHeadingsBelow(note, 2), expected);
    }

    // Ids are for the program: every readable export names questions, chapters and diagram
    // elements by their titles, and spells out the id of a question that no longer exists.
    void readableExportsShowNoIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("markdown") << QString::fromUtf8(markdownExport(request()));
        QString html = htmlExport(request());
        html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));  // class names and language tags are markup
        QTest::newRow("html") << html;
        QTest::newRow("pdf") << pdfPageTexts(request()).join(QLatin1Char('\n'));
        QString cards;
        for (const QString &row : cardRows(ankiExport(deck({true, {}, {}}))))
            cards += row.section(QLatin1Char('\t'), 1, 2).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        QTest::newRow("anki fronts and backs") << cards;
    }
    void readableExportsShowNoIds()
    {
        QFETCH(QString, text);
        QVERIFY(text.size() > 100);
        for (const char *id : {"first-image", "second-run", "third-kernel", "removed-long-ago", "engine-chain", "basics", "deeper",
                               "build-cache", "› shim", "entry:", "diagram:"}) {
            QVERIFY2(!text.contains(QLatin1String(id)), id);
        }
    }

    void pdfIsA4()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(pdfExport(request(), &buffer));
        const QByteArray pdf = buffer.data();
        QVERIFY(pdf.startsWith("%PDF-"));
        // A4 in points: 595 × 842.
        QVERIFY2(QRegularExpression(QStringLiteral("/MediaBox \\[0 0 595(\\.\\d+)? 841\\.\\d+|/MediaBox \\[0 0 595(\\.\\d+)? 842"))
                     .match(QString::fromLatin1(pdf))
                     .hasMatch(),
                 "no A4 media box");
    }

    void longPdfHasEveryPage()
    {
        // 300 notes run over many pages; at the default 1200 dpi text would be lost.
        ExportRequest big = request();
        for (int i = 0; i < 300; ++i) {
            big.snapshot.notes.append(note("x", QString(), QStringLiteral("Note number %1 with some words to fill a line.").arg(i),
                                           "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"));
        }
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const int written = pdfExport(big, &buffer);
        QVERIFY2(written >= 5, qPrintable(QString::number(written)));
        QCOMPARE(pdfPageCount(buffer.data()), written);
        // Every page has text on it: the last one is not left blank.
        int laidOut = 0;
        const QStringList pages = pdfPageTexts(big, &laidOut);
        QCOMPARE(laidOut, written);
        for (qsizetype i = 0; i < pages.size(); ++i)
            QVERIFY2(!pages.at(i).trimmed().isEmpty(), qPrintable(QStringLiteral("page %1 is empty").arg(i + 1)));
        QVERIFY(pages.constLast().contains(QStringLiteral("Note number 299")));
    }

    // A document that exactly fills its pages, which QTextDocument::print() ended with a blank
    // one, and one short enough for a single page.
    void pdfEndsWithItsLastLine_data()
    {
        QTest::addColumn<int>("notes");
        for (int notes : {0, 1, 20, 40, 41, 42, 43, 60})
            QTest::addRow("%d notes", notes) << notes;
    }
    void pdfEndsWithItsLastLine()
    {
        QFETCH(int, notes);
        ExportRequest r{{}, &m_curriculum, utc("2026-02-03T04:05:06.000Z"), nullptr, {}};
        for (int i = 0; i < notes; ++i)
            r.snapshot.notes.append(note("x", QStringLiteral("entry:first-image"), QStringLiteral("Line %1").arg(i), "2026-01-01T00:00:00.000Z",
                                         "2026-01-01T00:00:00.000Z"));
        int pages = 0;
        const QStringList texts = pdfPageTexts(r, &pages);
        QVERIFY(pages >= 1);
        QVERIFY2(!texts.constLast().trimmed().isEmpty(), qPrintable(QStringLiteral("%1 pages, the last one blank").arg(pages)));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QCOMPARE(pdfExport(r, &buffer), pages);
        QCOMPARE(pdfPageCount(buffer.data()), pages);
    }

    // A heading never ends a page: whatever the amount of text before it, the heading and the first
    // lines under it share a page.
    void pdfHeadingsStayWithTheirText()
    {
        int headingsMoved = 0;
        for (int filler = 30; filler < 70; ++filler) {
            QString html = QStringLiteral("<h1>Title</h1>");
            for (int i = 0; i < filler; ++i)
                html += QStringLiteral("<p>Filler paragraph %1 with a few words in it.</p>").arg(i);
            html += QStringLiteral("<h2>Section heading</h2><h3>Question heading</h3><p>The text under the headings.</p>");
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QPdfWriter writer(&buffer);
            writer.setResolution(300);
            PdfPages pages(html, &writer, QStringLiteral("t"));
            const QStringList texts = pages.pageTexts();
            QVERIFY2(pages.headingsEndingAPage().isEmpty(), qPrintable(QStringLiteral("filler %1: %2").arg(filler).arg(texts.join(QStringLiteral("\n=====\n")).right(600))));
            for (const QString &page : texts) {
                QVERIFY2(!page.trimmed().isEmpty(), qPrintable(QStringLiteral("filler %1: %2").arg(filler).arg(texts.join(QStringLiteral("\n=====\n")).right(600))));
                if (page.startsWith(QStringLiteral("Section heading")))
                    ++headingsMoved;
                // The second heading never starts a page without the first one above it.
                QVERIFY2(!page.startsWith(QStringLiteral("Question heading")), qPrintable(page.left(80)));
            }
        }
        QVERIFY(headingsMoved > 0);  // some filler length did put the headings at a page's end
    }

    // In the PDF a note is one tinted box (a one-cell table), not a tint per paragraph with white
    // gaps between; the browser HTML keeps its <div>.
    void pdfNoteIsOneBox()
    {
        ExportRequest r = request();
        r.snapshot.notes[0].body = QStringLiteral("First paragraph.\n\nSecond paragraph.\n\n- a list\n- of two");
        QTextDocument document;
        document.setHtml(printHtmlExport(r));
        int tintedCells = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            QVERIFY2(!block.blockFormat().hasProperty(QTextFormat::BackgroundBrush) || block.text().isEmpty()
                         || QTextCursor(block).currentTable() || block.blockFormat().nonBreakableLines(),
                     qPrintable(block.text()));
            QTextTable *table = QTextCursor(block).currentTable();
            if (table && block.text() == QStringLiteral("First paragraph.")) {
                QVERIFY(table->cellAt(QTextCursor(block)).format().background().style() != Qt::NoBrush);
                // The whole note shares the cell.
                const QTextTableCell cell = table->cellAt(QTextCursor(block));
                QCOMPARE(table->cellAt(QTextCursor(block.next())).row(), cell.row());
                QVERIFY(block.next().text() == QStringLiteral("Second paragraph."));
                ++tintedCells;
            }
        }
        QCOMPARE(tintedCells, 1);
        QVERIFY(htmlExport(r).contains(QStringLiteral("<div class=\"note\">\n<p>First paragraph.</p>")));
    }

    void exportWritesCompleteFilesOrNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.md"));
        const ExportResult written = exportStudy(request(), ExportFormat::Markdown, path);
        QVERIFY2(written.ok, qPrintable(written.message));
        QVERIFY2(written.message.contains(QStringLiteral("Exported 5 note")), qPrintable(written.message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), markdownExport(request()));

        // A parent that is a file cannot hold the export (this fails even for root).
        const ExportResult blocked = exportStudy(request(), ExportFormat::Html, path + QStringLiteral("/inside.html"));
        QVERIFY(!blocked.ok);
        QVERIFY2(blocked.message.contains(QStringLiteral("Cannot write")), qPrintable(blocked.message));
        const ExportResult folder = exportStudy(request(), ExportFormat::Json, dir.path());
        QVERIFY(!folder.ok);
        QVERIFY2(folder.message.contains(QStringLiteral("is a folder")), qPrintable(folder.message));
        QVERIFY(!exportStudy(request(), ExportFormat::Json, QString()).ok);
        // The file written first is untouched by the failures, and no temporary file is left.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.md")});
    }

    void everyFormatExportsAnEmptyStore()
    {
        QTemporaryDir dir;
        const ExportRequest empty{{}, &m_curriculum, utc("2026-02-03T04:05:06.000Z"), nullptr, {}};
        for (ExportFormat format : exportFormats()) {
            const QString path = dir.filePath(QStringLiteral("empty.") + exportFileSuffix(format));
            const ExportResult result = exportStudy(empty, format, path);
            QVERIFY2(result.ok, qPrintable(result.message));
            QVERIFY(QFileInfo(path).size() > 0);
        }
    }

    // For looking at: DOCKPREP_EXPORT_SAMPLES=DIR writes the sample data in every format there,
    // and renders each .html file in DIR to a PNG beside it (as QTextDocument draws HTML).
    void samples()
    {
        const QString folder = qEnvironmentVariable("DOCKPREP_EXPORT_SAMPLES");
        if (folder.isEmpty())
            QSKIP("set DOCKPREP_EXPORT_SAMPLES to a folder to write sample exports");
        for (ExportFormat format : exportFormats())
            QVERIFY(exportStudy(request(), format, folder + QStringLiteral("/sample.") + exportFileSuffix(format)).ok);
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.html")})) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QTextDocument document;
            document.setHtml(QString::fromUtf8(file.readAll()));
            document.setTextWidth(800);
            // The first screens, one PNG each.
            for (int top = 0, screen = 1; top < document.size().height() && screen <= 3; top += 1000, ++screen) {
                QImage image(QSize(800, 1000), QImage::Format_RGB32);
                image.fill(Qt::white);
                QPainter painter(&image);
                painter.translate(0, -top);
                document.drawContents(&painter, QRectF(0, top, 800, 1000));
                painter.end();
                QVERIFY(image.save(dir.filePath(name + QStringLiteral("-%1.png").arg(screen))));
            }
        }
    }
};

QTEST_MAIN(TestExchangeDocuments)
#include "tst_exchange_documents.moc"
