// The notes panel as a user drives it: typing, autosave, switching topics, preview, delete,
// and closing the window with unsaved text.
#include "support/testdata.h"

#include "ui/mainwindow.h"
#include "notes/noteautosaver.h"
#include "notes/notehighlighter.h"
#include "notes/notelistmodel.h"
#include "ui/notespanel.h"
#include "store/database.h"
#include "store/notestore.h"
#include "store/notetarget.h"
#include "store/search.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QTabBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QToolButton>
#include <QTimer>

#include <memory>

using namespace DockPrep;

class TestNotesPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<NoteStore> m_store;

    // Answers the next modal message box by clicking the button with `text`.
    static void answerNextMessageBox(const QString &text)
    {
        QTimer::singleShot(0, [text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                qFatal("no message box");
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == text) {
                    QTest::mouseClick(button, Qt::LeftButton);
                    return;
                }
            }
            qFatal("no button %s", qPrintable(text));
        });
    }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        m_db = std::make_unique<Database>();
        QFile::remove(m_dir.filePath(QStringLiteral("notes.sqlite")));
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("notes.sqlite"))).ok());
        m_store = std::make_unique<NoteStore>(*m_db);
    }

    void typingSavesWithinASecond()
    {
        NotesPanel panel(m_store.get());
        panel.setTarget(QStringLiteral("entry:first-image"), QStringLiteral("Building a first image"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.editor()->setFocus();
        QTest::keyClicks(panel.editor(), QStringLiteral("Layers are **cached**"));
        QVERIFY(m_store->allNotes().isEmpty());  // not on every key press
        QTRY_COMPARE_WITH_TIMEOUT(m_store->notesFor(QStringLiteral("entry:first-image")).size(), 1, 1000);
        QCOMPARE(m_store->allNotes().first().body, QStringLiteral("Layers are **cached**"));
        QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("Saved")), qPrintable(panel.statusLabel()->text()));
        QCOMPARE(panel.listView()->model()->rowCount(), 1);
        QCOMPARE(panel.listView()->currentIndex().data().toString(), QStringLiteral("Layers are cached"));

        // The preview renders the Markdown.
        panel.tabs()->setCurrentIndex(1);
        QVERIFY(panel.preview()->toHtml().contains(QStringLiteral("font-weight:700")));
    }

    // The Markdown definition loads after the panel's first frame (it costs a fifth of start-up),
    // so the text shown first is plain and highlighted right after.
    void highlightsOnceShown()
    {
        NotesPanel panel(m_store.get());
        panel.editor()->setPlainText(QStringLiteral("# Layers\n\nThey are **cached**."));
        // Without a definition every line gets the one default colour; Markdown adds others.
        const auto colours = [&] {
            QSet<QRgb> seen;
            for (QTextBlock block = panel.editor()->document()->begin(); block.isValid(); block = block.next()) {
                for (const QTextLayout::FormatRange &range : block.layout()->formats())
                    seen.insert(range.format.foreground().color().rgba());
            }
            return seen.size();
        };
        QVERIFY(colours() <= 1);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(colours() > 1);
    }

    // A stored note opened at start reads "Saved …", not "Editing…", once the highlighter has
    // coloured it (colouring changes formats, not text).
    void openingANoteIsNotAnEdit()
    {
        Note note{{}, QStringLiteral("entry:first-image"), QStringLiteral("# Layers\n\nThey are **cached**."), {}, {}};
        QVERIFY(m_store->saveNote(note));
        NotesPanel panel(m_store.get());
        panel.setTarget(QStringLiteral("entry:first-image"), QStringLiteral("Building a first image"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.editor()->toPlainText(), note.body);
        QTest::qWait(100);  // the deferred highlighting has run
        QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("Saved")), qPrintable(panel.statusLabel()->text()));
    }

    void eachTopicHasItsOwnNotes()
    {
        NotesPanel panel(m_store.get());
        panel.show();
        panel.autosaver()->setDelays(60000, 60000);  // only switching topics can save here
        panel.setTarget(QStringLiteral("entry:first-image"), QStringLiteral("First"));
        QTest::keyClicks(panel.editor(), QStringLiteral("about images"));
        panel.setTarget(QStringLiteral("entry:second-run"), QStringLiteral("Second"));
        QCOMPARE(m_store->notesFor(QStringLiteral("entry:first-image")).size(), 1);
        QVERIFY(panel.editor()->toPlainText().isEmpty());
        QTest::keyClicks(panel.editor(), QStringLiteral("about running"));
        panel.setTarget(QStringLiteral("entry:first-image"), QStringLiteral("First"));
        QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("about images"));
        QCOMPARE(m_store->notesFor(QStringLiteral("entry:second-run")).first().body, QStringLiteral("about running"));

        // A second note on the same topic, through the New button.
        QTest::mouseClick(panel.findChildren<QToolButton *>().at(0), Qt::LeftButton);
        QVERIFY(panel.editor()->toPlainText().isEmpty());
        QTest::keyClicks(panel.editor(), QStringLiteral("another thought"));
        QVERIFY(panel.flush());
        QCOMPARE(m_store->notesFor(QStringLiteral("entry:first-image")).size(), 2);
        QCOMPARE(panel.listView()->model()->rowCount(), 2);

        // "All notes" lists all three.
        panel.scopeBox()->setCurrentIndex(2);
        QCOMPARE(panel.listView()->model()->rowCount(), 3);
    }

    void deleteAsksFirst()
    {
        Note note{{}, QStringLiteral("entry:first-image"), QStringLiteral("to be deleted"), {}, {}};
        QVERIFY(m_store->saveNote(note));
        NotesPanel panel(m_store.get());
        panel.show();
        panel.setTarget(QStringLiteral("entry:first-image"), QStringLiteral("First"));
        QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("to be deleted"));
        panel.listView()->setFocus();

        answerNextMessageBox(QStringLiteral("Cancel"));
        QTest::keyClick(panel.listView(), Qt::Key_Delete);
        QCOMPARE(m_store->allNotes().size(), 1);

        answerNextMessageBox(QStringLiteral("Delete"));
        QTest::keyClick(panel.listView(), Qt::Key_Delete);
        QVERIFY(m_store->allNotes().isEmpty());
        QCOMPARE(panel.listView()->model()->rowCount(), 0);
        QVERIFY(panel.editor()->toPlainText().isEmpty());
        // Nothing pending brings it back.
        QVERIFY(panel.flush());
        QVERIFY(m_store->allNotes().isEmpty());
    }

    // Another DockPrep on the same data saved this note after the panel opened it: what is typed
    // here is kept as a conflicted copy beside it, and the panel says so.
    void changedElsewhereIsKeptAsACopyAndSaid()
    {
        Note note{{}, QStringLiteral("entry:first-image"), QStringLiteral("Layers"), {}, {}};
        QVERIFY(m_store->saveNote(note));
        NotesPanel panel(m_store.get());
        panel.autosaver()->setDelays(60000, 60000);
        panel.setTarget(QStringLiteral("entry:first-image"), QStringLiteral("First"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("Layers"));

        Database otherDb;
        QVERIFY(otherDb.open(m_dir.filePath(QStringLiteral("notes.sqlite"))).ok());
        NoteStore other(otherDb);
        Note theirs = *other.note(note.id);
        theirs.body = QStringLiteral("Layers, from the other window");
        QVERIFY(other.saveNote(theirs));

        panel.editor()->setFocus();
        panel.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(panel.editor(), QStringLiteral(" are cached"));
        QVERIFY(panel.flush());
        QCOMPARE(m_store->note(note.id)->body, QStringLiteral("Layers, from the other window"));
        const QList<Note> onTopic = m_store->notesFor(QStringLiteral("entry:first-image"));
        QCOMPARE(onTopic.size(), 2);
        QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("conflicted copy")), qPrintable(panel.statusLabel()->text()));
        QCOMPARE(panel.listView()->model()->rowCount(), 2);
        QCOMPARE(panel.listView()->currentIndex().data().toString(), QStringLiteral("Layers are cached (conflicted copy)"));
        QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("Layers are cached"));
    }

    void closingTheWindowKeepsUnsavedText()
    {
        const Curriculum curriculum = TestData::fixtureCurriculum();
        Search search(*m_db);
        auto *settings = new QSettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        {
            MainWindow window(curriculum, m_store.get(), &search, settings);
            settings->setParent(&window);
            window.restoreSession();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.notesPanel()->autosaver()->setDelays(60000, 60000);
            window.notesPanel()->editor()->setFocus();
            QTest::keyClicks(window.notesPanel()->editor(), QStringLiteral("typed just before closing"));
            QVERIFY(m_store->allNotes().isEmpty());
            window.close();
        }
        QCOMPARE(m_store->allNotes().size(), 1);
        QCOMPARE(m_store->allNotes().first().body, QStringLiteral("typed just before closing"));
        QCOMPARE(m_store->allNotes().first().target, NoteTarget::entry(curriculum.readingOrder().first()).toString());
    }

    // Before: moving to a topic without notes left the preview showing the previous note.
    void previewFollowsToATopicWithoutNotes()
    {
        Note note{{}, QStringLiteral("entry:first-image"), QStringLiteral("# Layers\n\nThey are cached."), {}, {}};
        QVERIFY(m_store->saveNote(note));
        NotesPanel panel(m_store.get());
        panel.setTarget(QStringLiteral("entry:first-image"), QStringLiteral("Building a first image"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTabBar *tabBar = panel.tabs()->tabBar();
        QTest::mouseClick(tabBar, Qt::LeftButton, {}, tabBar->tabRect(1).center());
        QCOMPARE(panel.tabs()->currentIndex(), 1);
        QVERIFY(panel.preview()->toPlainText().contains(QLatin1String("They are cached.")));
        panel.setTarget(QStringLiteral("entry:second-run"), QStringLiteral("Running it"));
        QCOMPARE(panel.preview()->toPlainText(), QString());
        QCOMPARE(panel.heading()->text(), QStringLiteral("Running it"));
        panel.setTarget(QStringLiteral("entry:first-image"), QStringLiteral("Building a first image"));
        QVERIFY(panel.preview()->toPlainText().contains(QLatin1String("They are cached.")));
    }

    // A long first line scrolls sideways instead of ending in "…".
    void longTitlesScrollSideways()
    {
        const QString longLine = QStringLiteral("Overlay2 copy-up happens on the first write to a lower-layer file, "
                                                "which is why big log files in the image cost so much");
        Note note{{}, QStringLiteral("entry:first-image"), longLine + QStringLiteral("\n\nmore"), {}, {}};
        QVERIFY(m_store->saveNote(note));
        NotesPanel panel(m_store.get());
        panel.resize(280, 600);
        panel.setTarget(QStringLiteral("entry:first-image"), QStringLiteral("Building a first image"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QListView *list = panel.listView();
        QCOMPARE(list->textElideMode(), Qt::ElideNone);
        const QModelIndex first = list->model()->index(0, 0);
        QCOMPARE(first.data().toString(), longLine);
        QTRY_VERIFY(list->horizontalScrollBar()->maximum() > 0);
        QVERIFY(list->visualRect(first).width() >= list->fontMetrics().horizontalAdvance(longLine));
        // Scrolled to the end, the end of the line is in view.
        list->horizontalScrollBar()->setValue(list->horizontalScrollBar()->maximum());
        QVERIFY(list->visualRect(first).right() <= list->viewport()->width() + list->fontMetrics().averageCharWidth() * 2);
    }

    // "All notes" says what each note is about, and the heading what the edited one is about.
    void allNotesShowTheirTopics()
    {
        Note onEntry{{}, QStringLiteral("entry:first-image"), QStringLiteral("layers are cached"), {}, {}};
        Note onDiagram{{}, QStringLiteral("diagram:layers#image-layers"), QStringLiteral("read-only layers"), {}, {}};
        Note free{{}, QString(), QStringLiteral("free thought"), {}, {}};
        for (Note *note : {&onEntry, &onDiagram, &free})
            QVERIFY(m_store->saveNote(*note));
        NotesPanel panel(m_store.get());
        panel.setTopicTitle([](const QString &target) -> QString {
            if (target == QLatin1String("entry:first-image"))
                return QStringLiteral("Building a first image");
            if (target == QLatin1String("diagram:layers#image-layers"))
                return QStringLiteral("Diagram: Image layers");
            return target.isEmpty() ? QStringLiteral("Free note") : target;
        });
        panel.setTarget(QStringLiteral("entry:first-image"), QStringLiteral("Building a first image"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.heading()->text(), QStringLiteral("Building a first image"));

        panel.scopeBox()->setCurrentIndex(2);  // All notes
        QListView *list = panel.listView();
        QCOMPARE(list->model()->rowCount(), 3);
        const auto row = [&](const Note &note) {
            return qobject_cast<NoteListModel *>(list->model())->indexOf(note.id);
        };
        QCOMPARE(row(onDiagram).data().toString(), QStringLiteral("read-only layers\nDiagram: Image layers"));
        QCOMPARE(row(free).data().toString(), QStringLiteral("free thought\nFree note"));
        for (const Note *note : {&onEntry, &onDiagram, &free}) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row(*note)).center());
            QCOMPARE(panel.editor()->toPlainText(), note->body);
            QCOMPARE(panel.heading()->text(), row(*note).data(NoteListModel::TopicRole).toString());
        }
        // Two lines a row: the topic is not cut off.
        QVERIFY(list->visualRect(row(free)).height() >= 2 * list->fontMetrics().height());
        panel.scopeBox()->setCurrentIndex(1);
        QCOMPARE(panel.heading()->text(), QStringLiteral("Free notes"));
    }

    // Only Markdown is coloured: a first line "Free note: …" is text, not a metadata key.
    void highlightsOnlyMarkdown()
    {
        NotesPanel panel(m_store.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(panel.highlighter()->theme().isValid());
        panel.editor()->setPlainText(QStringLiteral("Free note: compose v2\n# Heading\n**bold** and `code` and *it*\n"
                                                    "- item\n```dockerfile\nFROM alpine\n```\nafter: plain"));
        const auto formats = [&](int blockNumber) {
            return panel.editor()->document()->findBlockByNumber(blockNumber).layout()->formats();
        };
        const auto rangeAt = [&](int blockNumber, int position) -> std::optional<QTextLayout::FormatRange> {
            for (const QTextLayout::FormatRange &range : formats(blockNumber)) {
                if (range.start <= position && position < range.start + range.length)
                    return range;
            }
            return std::nullopt;
        };
        QVERIFY(formats(0).isEmpty());
        QVERIFY(rangeAt(1, 2) && rangeAt(1, 2)->format.fontWeight() == QFont::Bold);
        QVERIFY(rangeAt(2, 3) && rangeAt(2, 3)->format.fontWeight() == QFont::Bold);
        QVERIFY(rangeAt(2, 14) && rangeAt(2, 14)->format.hasProperty(QTextFormat::ForegroundBrush));  // the code span
        QVERIFY(!rangeAt(2, 9));  // "and" between them
        QVERIFY(rangeAt(2, 24) && rangeAt(2, 24)->format.fontItalic());
        QVERIFY(rangeAt(3, 0));  // the list marker
        QVERIFY(!rangeAt(3, 3));
        // Dockerfile's keyword is coloured by its own definition; the text after the fence is plain again.
        // (Breeze Light shows keywords bold in the text colour, Breeze Dark in a colour of their own.)
        QVERIFY(rangeAt(5, 0) && (rangeAt(5, 0)->format.hasProperty(QTextFormat::ForegroundBrush) || rangeAt(5, 0)->format.fontWeight() == QFont::Bold));
        QVERIFY(formats(7).isEmpty());
        // Closing the fence by editing is followed on the next lines.
        QTextCursor cursor(panel.editor()->document()->findBlockByNumber(6));
        cursor.select(QTextCursor::BlockUnderCursor);
        QVERIFY(panel.editor()->document()->findBlockByNumber(7).userState() <= 0);
        cursor.removeSelectedText();  // the closing fence: "after: plain" is inside the code now
        QCOMPARE(panel.editor()->document()->findBlockByNumber(6).text(), QStringLiteral("after: plain"));
        QVERIFY(panel.editor()->document()->findBlockByNumber(6).userState() > 0);
    }
};

QTEST_MAIN(TestNotesPanel)
#include "tst_notespanel.moc"
