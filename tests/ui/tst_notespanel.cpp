// The notes panel as a user drives it: typing, autosave, switching topics, preview, delete,
// and closing the window with unsaved text.
#include "../testdata.h"

#include "mainwindow.h"
#include "notes/noteautosaver.h"
#include "notespanel.h"
#include "store/database.h"
#include "store/notestore.h"
#include "store/search.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
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
        QCOMPARE(m_store->allNotes().first().target, NoteStore::entryTarget(curriculum.readingOrder().first()));
    }
};

QTEST_MAIN(TestNotesPanel)
#include "tst_notespanel.moc"
