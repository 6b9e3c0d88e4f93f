#include "../testdata.h"
#include "widgettesting.h"

#include "readerview.h"

#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace DockPrep;
using namespace WidgetTesting;

class TestReader : public QObject
{
    Q_OBJECT

    Curriculum m_curriculum = TestData::fixtureCurriculum();
    std::unique_ptr<ReaderView> m_reader;

    QString text() const { return m_reader->document()->toPlainText(); }

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
};

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
