// Autosaving the note being edited, and the list of notes on a topic.
#include "notes/noteautosaver.h"
#include "notes/notelistmodel.h"
#include "store/database.h"
#include "store/notestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <memory>

using namespace DockPrep;

class TestNotes : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<NoteStore> m_store;
    int m_tick = 0;

    static Note newNoteOn(const QString &target)
    {
        Note note;
        note.target = target;
        return note;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("notes.sqlite"))).ok());
        m_store = std::make_unique<NoteStore>(*m_db);
        // Each save is one second later than the last, so "newest first" is well defined.
        m_tick = 0;
        m_store->setClock([this] { return QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC).addSecs(++m_tick); });
    }

    void savesOnlyOnceTypingPauses()
    {
        NoteAutosaver saver(m_store.get());
        saver.setDelay(100);
        QSignalSpy saved(&saver, &NoteAutosaver::saved);
        saver.edit(newNoteOn(QStringLiteral("entry:a")));
        saver.setText(QStringLiteral("L"));
        saver.setText(QStringLiteral("La"));
        saver.setText(QStringLiteral("Layers"));
        // Nothing is written while the user is still typing...
        QVERIFY(m_store->allNotes().isEmpty());
        QVERIFY(saver.hasUnsavedChanges());
        // ...and once they pause, one write with the whole text.
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_store->allNotes().size(), 1);
        QCOMPARE(m_store->allNotes().first().body, QStringLiteral("Layers"));
        QCOMPARE(m_store->allNotes().first().target, QStringLiteral("entry:a"));
        QVERIFY(!saver.hasUnsavedChanges());
        QVERIFY(!saver.note().id.isEmpty());
    }

    void defaultDelayIsUnderASecond()
    {
        QVERIFY(NoteAutosaver::defaultDelayMs < 1000);
    }

    void flushSavesAtOnce()
    {
        NoteAutosaver saver(m_store.get());
        saver.edit(newNoteOn(QStringLiteral("entry:a")));
        saver.setText(QStringLiteral("closing now"));
        QVERIFY(saver.flush());
        QCOMPARE(m_store->allNotes().size(), 1);
        // The same text again is not another write.
        QSignalSpy saved(m_store.get(), &NoteStore::noteSaved);
        QVERIFY(saver.flush());
        QCOMPARE(saved.count(), 0);
    }

    void emptyNewNoteIsNeverCreated()
    {
        NoteAutosaver saver(m_store.get());
        saver.edit(newNoteOn(QStringLiteral("entry:a")));
        saver.setText(QStringLiteral("x"));
        saver.setText(QStringLiteral("  "));
        QVERIFY(saver.flush());
        QVERIFY(m_store->allNotes().isEmpty());
    }

    void movingToAnotherNoteSavesThePrevious()
    {
        NoteAutosaver saver(m_store.get());
        saver.setDelay(60000);  // only the switch can have saved it
        saver.edit(newNoteOn(QStringLiteral("entry:a")));
        saver.setText(QStringLiteral("first"));
        saver.edit(newNoteOn(QStringLiteral("entry:b")));
        QCOMPARE(m_store->notesFor(QStringLiteral("entry:a")).size(), 1);
        saver.setText(QStringLiteral("second"));
        saver.flush();
        const Note first = m_store->notesFor(QStringLiteral("entry:a")).first();
        saver.edit(first);
        saver.setText(QStringLiteral("first, edited"));
        saver.flush();
        QCOMPARE(m_store->note(first.id)->body, QStringLiteral("first, edited"));
        QCOMPARE(m_store->allNotes().size(), 2);
    }

    void failedSaveKeepsTheText()
    {
        NoteAutosaver saver(m_store.get());
        QSignalSpy failed(&saver, &NoteAutosaver::saveFailed);
        saver.edit(newNoteOn(QStringLiteral("entry:a")));
        m_db->close();
        saver.setText(QStringLiteral("precious words"));
        QVERIFY(!saver.flush());
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(saver.hasUnsavedChanges());
        QCOMPARE(saver.note().body, QStringLiteral("precious words"));
        // Once the database is back, the next flush writes what was kept.
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("notes.sqlite"))).ok());
        QVERIFY(saver.flush());
        QCOMPARE(m_store->allNotes().first().body, QStringLiteral("precious words"));
    }

    void listFollowsTheStoreWithoutResetting()
    {
        Note a{{}, QStringLiteral("entry:a"), QStringLiteral("# Older\nbody"), {}, {}};
        Note b{{}, QStringLiteral("entry:a"), QStringLiteral("Newer"), {}, {}};
        Note other{{}, QStringLiteral("entry:b"), QStringLiteral("elsewhere"), {}, {}};
        QVERIFY(m_store->saveNote(a));
        QVERIFY(m_store->saveNote(b));
        QVERIFY(m_store->saveNote(other));
        NoteListModel model(m_store.get());
        model.showTarget(QStringLiteral("entry:a"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Newer"));  // newest change first
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        a.body = QStringLiteral("Older, now edited");
        QVERIFY(m_store->saveNote(a));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Older, now edited"));
        // Notes on another target never appear; a new one on this target does.
        Note c{{}, QStringLiteral("entry:a"), QStringLiteral("third"), {}, {}};
        QVERIFY(m_store->saveNote(c));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(m_store->deleteNote(b.id));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.indexOf(b.id).isValid());
        QCOMPARE(resets.count(), 0);
        model.showAll();
        QCOMPARE(model.rowCount(), 3);
    }

    void headlinesDropMarkdownMarks_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("headline");
        QTest::newRow("heading") << "## Overlay\nmore" << "Overlay";
        QTest::newRow("blank lines first") << "\n\n  - *bullet* text" << "bullet text";
        QTest::newRow("quote and code") << "> `docker run`" << "docker run";
        QTest::newRow("empty") << "  \n " << "";
    }
    void headlinesDropMarkdownMarks()
    {
        QFETCH(QString, body);
        QFETCH(QString, headline);
        QCOMPARE(NoteListModel::headline(body), headline);
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
