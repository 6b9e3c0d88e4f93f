#include "support/testdata.h"
#include "support/widgettesting.h"

#include "ui/findbar.h"
#include "ui/readerlayout.h"
#include "ui/readerview.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextTable>

using namespace DockPrep;
using namespace WidgetTesting;

class TestReader : public QObject
{
    Q_OBJECT

    Curriculum m_curriculum = TestData::fixtureCurriculum();
    std::unique_ptr<ReaderView> m_reader;

    QString text() const { return m_reader->document()->toPlainText(); }

    // The fixture plus one entry with a long paragraph and a snippet with a very long line.
    static Curriculum longLinesCurriculum(const QString &folder)
    {
        const QDir from(TestData::fixtureContent());
        const QDir to(folder);
        for (const QString &file : {QStringLiteral("chapters.yaml"), QStringLiteral("basics/first-image.md"),
                                    QStringLiteral("basics/second-run.md"), QStringLiteral("deeper/third-kernel.md")}) {
            to.mkpath(QFileInfo(to.filePath(file)).path());
            QFile::copy(from.filePath(file), to.filePath(file));
        }
        QFile entry(to.filePath(QStringLiteral("deeper/long-lines.md")));
        if (!entry.open(QIODevice::WriteOnly))
            qFatal("cannot write the long-lines fixture");
        QString paragraph;
        for (int i = 0; i < 12; ++i)
            paragraph += QStringLiteral("Overlay layers stack read-only directories under one writable layer per container. ");
        entry.write(QStringLiteral("---\nid: long-lines\nchapter: deeper\nlevel: senior\ntitle: Long lines\ntags: [layout]\n---\n\n"
                                   "## Question\nWhy are lines long?\n\n## Answer\n%1\n\n```bash\n"
                                   "docker run --rm -it --name a-container-with-a-long-name --mount type=bind,source=/srv/data,"
                                   "target=/data,readonly --network host --env SOME_SETTING=value debian:trixie-slim echo done\n"
                                   "echo short\n```\n\n"
                                   "## Key points\n- Layers stack [match: overlay stacking, writable layer]\n- Directories merge [match: merged directory]\n- Copies go up [match: copy up]\n\n"
                                   "## Follow-ups\n### Does it wrap?\nYes.\n")
                        .arg(paragraph)
                        .toUtf8());
        entry.close();
        const auto result = ContentLoader(TestData::diagramLinks()).load(folder);
        if (!result.ok())
            qFatal("long-lines content is broken: %s", qPrintable(result.errors.first().toString()));
        return result.curriculum;
    }

    // Characters on the fullest line of the block holding `words`, and that block's left edge.
    static std::pair<int, qreal> longestLine(QTextDocument *document, const QString &words)
    {
        const QTextBlock block = document->find(words).block();
        int longest = 0;
        for (int i = 0; i < block.layout()->lineCount(); ++i)
            longest = qMax(longest, block.layout()->lineAt(i).textLength());
        return {longest, document->documentLayout()->blockBoundingRect(block).left()};
    }

    // Where the start of `words` is drawn in the viewport.
    QRect wordRect(const QString &words) const
    {
        QTextCursor found = m_reader->document()->find(words);
        found.setPosition(found.selectionStart());
        return m_reader->cursorRect(found);
    }

private Q_SLOTS:
    void init()
    {
        m_reader = std::make_unique<ReaderView>(m_curriculum);
        m_reader->resize(900, 700);
        m_reader->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_reader.get()));
        m_reader->showEntry(QStringLiteral("first-image"));
    }

    void questionFirstAnswersHidden()
    {
        QVERIFY(text().contains(QLatin1String("How do you build an image")));
        QVERIFY(!text().contains(QLatin1String("Write a Dockerfile")));
        QVERIFY(!text().contains(QLatin1String("Every RUN creates a layer")));
        QVERIFY(!text().contains(QLatin1String("The folder passed as the last argument")));
        QVERIFY(text().contains(QLatin1String("Where does the build context come from?")));  // follow-up questions show
        QVERIFY(!text().contains(QLatin1String("BuildKit is the default")));  // what changed belongs to the answer
    }

    void clickingRevealShowsThePart()
    {
        QVERIFY(clickAnchor(m_reader.get(), PageLink::reveal(QStringLiteral("answer")).toString()));
        QTRY_VERIFY(text().contains(QLatin1String("Write a Dockerfile")));
        QVERIFY(text().contains(QLatin1String("BuildKit is the default")));
        QVERIFY(!text().contains(QLatin1String("Every RUN creates a layer")));
        QVERIFY(clickAnchor(m_reader.get(), PageLink::reveal(QStringLiteral("key-points")).toString()));
        QTRY_VERIFY(text().contains(QLatin1String("Every RUN creates a layer")));
        QVERIFY(clickAnchor(m_reader.get(), PageLink::reveal(QStringLiteral("followup-1")).toString()));
        QTRY_VERIFY(text().contains(QLatin1String("It keeps files out of the context")));
        QVERIFY(!text().contains(QLatin1String("The folder passed as the last argument")));
    }

    void revealNextWalksThroughTheParts()
    {
        int steps = 0;
        while (m_reader->revealNext())
            ++steps;
        QCOMPARE(steps, 4);  // answer, key points, two follow-ups
        QVERIFY(text().contains(QLatin1String("The folder passed as the last argument")));
        m_reader->showEntry(QStringLiteral("second-run"));  // a new entry starts covered again
        QVERIFY(!text().contains(QLatin1String("It creates and starts a container")));
    }

    void studyModeRevealsEverything()
    {
        m_reader->setStudyMode(true);
        QVERIFY(text().contains(QLatin1String("Write a Dockerfile")));
        QVERIFY(text().contains(QLatin1String("Tags name the result")));
        QVERIFY(text().contains(QLatin1String("It keeps files out of the context")));
        m_reader->showEntry(QStringLiteral("second-run"));
        QVERIFY(text().contains(QLatin1String("It creates and starts a container")));
    }

    void snippetsAreHighlightedInBothPalettes()
    {
        m_reader->setStudyMode(true);
        QPalette light = m_reader->palette();
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        m_reader->setPalette(light);
        // "docker" in the Bash snippet is a command the theme colours; "Write" is prose.
        const QColor lightFrom = colourOfWord(m_reader->document(), QStringLiteral("docker"));
        const QColor lightPlain = colourOfWord(m_reader->document(), QStringLiteral("Write"));
        QVERIFY(lightFrom.isValid());
        QVERIFY2(lightFrom != lightPlain, "a highlighted command must be coloured unlike prose");
        const QColor lightOption = colourOfWord(m_reader->document(), QStringLiteral("no-install-recommends"));
        QVERIFY2(lightOption.isValid() && lightOption != lightPlain && lightOption != lightFrom, "the Dockerfile snippet is highlighted too");

        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        m_reader->setPalette(dark);  // the page re-renders with a dark theme
        const QColor darkFrom = colourOfWord(m_reader->document(), QStringLiteral("docker"));
        QVERIFY(darkFrom.isValid());
        QVERIFY2(darkFrom != lightFrom, "the dark palette must switch the highlighting theme");
        QVERIFY(colourOfWord(m_reader->document(), QStringLiteral("no-install-recommends")) != lightOption);
    }

    void copyLinkCopiesTheSnippet()
    {
        m_reader->setStudyMode(true);
        QSignalSpy copied(m_reader.get(), &ReaderView::snippetCopied);
        QVERIFY(clickAnchor(m_reader.get(), PageLink::copy(1).toString()));
        QTRY_COMPARE(copied.size(), 1);
        QCOMPARE(copied.first().first().toString(), QStringLiteral("bash"));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("docker build -t demo ."));
    }

    void copyNumbersHoldWhileEarlierPartsAreHidden()
    {
        // The answer (two snippets) stays hidden; the second follow-up's snippet is number 2.
        m_reader->reveal(QStringLiteral("followup-1"));
        QVERIFY(!text().contains(QLatin1String("Write a Dockerfile")));
        QVERIFY(clickAnchor(m_reader.get(), PageLink::copy(2).toString()));
        QTRY_COMPARE(QApplication::clipboard()->text(), QStringLiteral("node_modules"));
    }

    void relatedLinksNavigate()
    {
        m_reader->setStudyMode(true);
        QSignalSpy entryLinks(m_reader.get(), &ReaderView::entryLinkActivated);
        QSignalSpy diagramLinks(m_reader.get(), &ReaderView::diagramLinkActivated);
        QVERIFY(clickAnchor(m_reader.get(), PageLink::entry(QStringLiteral("second-run")).toString()));
        QTRY_COMPARE(entryLinks.size(), 1);
        QCOMPARE(entryLinks.first().first().toString(), QStringLiteral("second-run"));
        QVERIFY(clickAnchor(m_reader.get(), PageLink::diagram(QStringLiteral("build-cache#cache-hit")).toString()));
        QTRY_COMPARE(diagramLinks.size(), 1);
        QCOMPARE(diagramLinks.first().first().toString(), QStringLiteral("build-cache#cache-hit"));
    }

    void revealKeepsTheScrollPosition()
    {
        m_reader->resize(500, 250);
        m_reader->reveal(QStringLiteral("answer"));
        m_reader->verticalScrollBar()->setValue(m_reader->verticalScrollBar()->maximum() / 2);
        const int before = m_reader->verticalScrollBar()->value();
        QVERIFY(before > 0);
        m_reader->reveal(QStringLiteral("followup-0"));
        QCOMPARE(m_reader->verticalScrollBar()->value(), before);
    }

    void textKeepsAReadingMeasureAtAnyWidth()
    {
        QTemporaryDir dir;
        const Curriculum curriculum = longLinesCurriculum(dir.path());
        ReaderView reader(curriculum);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        reader.showEntry(QStringLiteral("long-lines"));
        reader.setStudyMode(true);
        const QString words = QStringLiteral("Overlay layers stack");
        int wide = 0;
        for (int width : {1100, 1900}) {
            reader.resize(width, 700);
            QTRY_COMPARE(reader.viewport()->width() > width - 40, true);
            const auto [characters, left] = longestLine(reader.document(), words);
            QVERIFY2(characters >= 62 && characters <= 86, qPrintable(QStringLiteral("%1 characters a line at %2 px").arg(characters).arg(width)));
            wide = characters;
            // Centred: the column's left edge sits where half the unused width leaves it.
            const qreal column = reader.document()->find(words).block().layout()->boundingRect().width();
            QVERIFY2(qAbs(left - (reader.viewport()->width() - column) / 2) < column * 0.1,
                     qPrintable(QStringLiteral("left edge %1 at %2 px").arg(left).arg(width)));
        }
        reader.resize(360, 700);  // narrow: the text still fits, nothing scrolls sideways
        QTRY_VERIFY(reader.viewport()->width() < 360);
        QVERIFY(longestLine(reader.document(), words).first < wide * 3 / 4);
        QCOMPARE(reader.horizontalScrollBar()->maximum(), 0);
    }

    void longSnippetLinesWrapInsideTheirBox()
    {
        QTemporaryDir dir;
        const Curriculum curriculum = longLinesCurriculum(dir.path());
        ReaderView reader(curriculum);
        reader.resize(700, 600);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        reader.setStudyMode(true);
        reader.showEntry(QStringLiteral("long-lines"));
        QCOMPARE(reader.horizontalScrollBar()->maximum(), 0);  // the page never scrolls sideways
        QVERIFY(ReaderLayout::continuationLineCount(reader.document()) >= 1);           // the long line wraps, marked ↪
        const QTextCursor code = reader.document()->find(QStringLiteral("a-container-with-a-long-name"));
        QTextTable *box = code.currentTable();
        QVERIFY(box);
        const QRectF boxRect = reader.document()->documentLayout()->frameBoundingRect(box);
        QVERIFY2(boxRect.right() <= reader.viewport()->width(), "the snippet's border stays whole inside the view");
        // "echo short" is a line of its own, not a continuation.
        const QTextBlock shortLine = reader.document()->find(QStringLiteral("echo short")).block();
        QCOMPARE(shortLine.layout()->lineCount(), 1);
        reader.resize(1600, 600);  // wide, the measure still holds the snippet to the column
        QTRY_COMPARE(reader.horizontalScrollBar()->maximum(), 0);
    }

    void revealControlsAreQuietRows()
    {
        QTextCursor link = m_reader->document()->find(QStringLiteral("Show the answer"));
        QVERIFY(!link.isNull());
        link.setPosition(link.selectionStart() + 1);
        const QTextCharFormat format = link.charFormat();
        QVERIFY(format.isAnchor());
        QVERIFY2(!format.fontUnderline(), "a reveal is a disclosure row, not an underlined link");
        QCOMPARE(format.foreground().color(), m_reader->palette().color(QPalette::Text));
        QVERIFY(link.currentTable());  // drawn as a row with a border
    }

    void followUpQuestionsAreSmallerThanHeadings()
    {
        const auto lineHeight = [this](const QString &words) {
            return m_reader->document()->find(words).block().layout()->lineAt(0).height();
        };
        const qreal heading = lineHeight(QStringLiteral("Key points"));
        const qreal followUp = lineHeight(QStringLiteral("Where does the build context come from?"));
        const qreal body = lineHeight(QStringLiteral("Tags:"));
        QVERIFY2(followUp < heading * 0.85, qPrintable(QStringLiteral("follow-up %1, heading %2").arg(followUp).arg(heading)));
        QVERIFY(followUp <= body * 1.1);
    }

    void revealNextScrollsToWhatItRevealed()
    {
        m_reader->resize(500, 260);
        QTRY_VERIFY(m_reader->viewport()->height() < 260);
        while (m_reader->revealNext()) {
        }
        // The last part revealed is the second follow-up: its answer is on screen.
        const QRect shown = wordRect(QStringLiteral("It keeps files out of the context"));
        QVERIFY2(shown.top() >= 0 && shown.bottom() <= m_reader->viewport()->height(),
                 qPrintable(QStringLiteral("answer at y %1 in a %2 px view").arg(shown.top()).arg(m_reader->viewport()->height())));
        QVERIFY(m_reader->verticalScrollBar()->value() > 0);
    }

    void placeComesBackAsItWasLeft()
    {
        m_reader->resize(500, 250);
        m_reader->reveal(QStringLiteral("answer"));
        m_reader->reveal(QStringLiteral("followup-1"));
        m_reader->verticalScrollBar()->setValue(m_reader->verticalScrollBar()->maximum() / 2);
        const ReadingPlace left = m_reader->place();
        QVERIFY(left.scroll > 0);
        QCOMPARE(left.revealed, QStringList({QStringLiteral("answer"), QStringLiteral("followup-1")}));
        m_reader->showEntry(QStringLiteral("second-run"));
        m_reader->showEntry(QStringLiteral("first-image"));
        QCOMPARE(m_reader->verticalScrollBar()->value(), 0);
        m_reader->restorePlace(left);
        QCOMPARE(m_reader->verticalScrollBar()->value(), left.scroll);
        QVERIFY(text().contains(QLatin1String("It keeps files out of the context")));
        QVERIFY(!text().contains(QLatin1String("Every RUN creates a layer")));
    }

    void controlHomeAndEndGoToTheEnds()
    {
        m_reader->setStudyMode(true);
        m_reader->resize(500, 250);
        m_reader->setFocus();
        QTest::keyClick(m_reader.get(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(m_reader->verticalScrollBar()->value(), m_reader->verticalScrollBar()->maximum());
        QVERIFY(m_reader->verticalScrollBar()->maximum() > 0);
        QTest::keyClick(m_reader.get(), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(m_reader->verticalScrollBar()->value(), 0);
    }

    void findBarFindsCountsAndSteps()
    {
        m_reader->setStudyMode(true);
        m_reader->openFindBar();
        FindBar *bar = WidgetTesting::child<FindBar>(m_reader.get(), "findBar");
        QLineEdit *field = WidgetTesting::child<QLineEdit>(bar, "findField");
        QLabel *count = WidgetTesting::child<QLabel>(bar, "findCount");
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("build"));
        const int expected = int(text().toLower().count(QLatin1String("build")));
        QVERIFY(expected >= 4);
        QCOMPARE(m_reader->extraSelections().size(), expected);  // every match is marked
        QCOMPARE(count->text(), QStringLiteral("1 of %1").arg(expected));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(count->text(), QStringLiteral("2 of %1").arg(expected));
        QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);  // wraps around to the last
        QCOMPARE(count->text(), QStringLiteral("%1 of %1").arg(expected));
        QCOMPARE(m_reader->extraSelections().size(), expected);  // stepping keeps every mark
        QTest::keyClicks(field, QStringLiteral("zzz"));
        QCOMPARE(count->text(), QStringLiteral("No match"));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(m_reader->extraSelections().isEmpty());
    }

    void findBarCountsWhatARevealUncovers()
    {
        m_reader->resize(500, 250);
        m_reader->openFindBar();
        FindBar *bar = WidgetTesting::child<FindBar>(m_reader.get(), "findBar");
        QLineEdit *field = WidgetTesting::child<QLineEdit>(bar, "findField");
        QLabel *count = WidgetTesting::child<QLabel>(bar, "findCount");
        QTest::keyClicks(field, QStringLiteral("creates a layer"));
        QCOMPARE(count->text(), QStringLiteral("No match"));  // still covered
        const int scroll = m_reader->verticalScrollBar()->value();
        m_reader->reveal(QStringLiteral("key-points"));
        QCOMPARE(count->text(), QStringLiteral("1 of 1"));
        QCOMPARE(m_reader->verticalScrollBar()->value(), scroll);  // the reveal does not jump to it
        QTest::keyClick(field, Qt::Key_Return);  // asked for, it does
        QVERIFY(m_reader->verticalScrollBar()->value() > scroll);
    }

    void searchWordsStayMarkedUntilTheNextEntry()
    {
        m_reader->setStudyMode(true);
        m_reader->highlightWords({QStringLiteral("layer"), QStringLiteral("b")});  // one letter marks nothing
        QCOMPARE(m_reader->extraSelections().size(), 1);  // "Every RUN creates a layer"
        m_reader->reveal(QStringLiteral("answer"));  // a re-render keeps the marks
        QCOMPARE(m_reader->extraSelections().size(), 1);
        m_reader->showEntry(QStringLiteral("second-run"));
        QVERIFY(m_reader->extraSelections().isEmpty());
    }
};

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
