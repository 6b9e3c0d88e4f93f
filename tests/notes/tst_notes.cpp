// Autosaving the note being edited, and the list of notes on a topic.
#include "support/fakeclock.h"

#include "platform/savescheduler.h"
#include "notes/noteautosaver.h"
#include "support/testdata.h"
#include "notes/notelistmodel.h"
#include "notes/notetopics.h"
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

    void savesOnceTypingPauses()
    {
        FakeClock clock;
        NoteAutosaver saver(m_store.get(), clock.clock());
        QSignalSpy saved(&saver, &NoteAutosaver::saved);
        saver.edit(newNoteOn(QStringLiteral("entry:a")));
        saver.setText(QStringLiteral("L"));
        clock.advance(100);
        saver.setText(QStringLiteral("La"));
        clock.advance(100);
        saver.setText(QStringLiteral("Layers"));
        // Nothing is written while the user is still typing...
        clock.advance(NoteAutosaver::quietMs - 1);
        saver.saveIfDue();
        QVERIFY(m_store->allNotes().isEmpty());
        QVERIFY(saver.hasUnsavedChanges());
        // ...and once they pause, one write with the whole text.
        clock.advance(1);
        saver.saveIfDue();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(m_store->allNotes().size(), 1);
        QCOMPARE(m_store->allNotes().first().body, QStringLiteral("Layers"));
        QCOMPARE(m_store->allNotes().first().target, QStringLiteral("entry:a"));
        QVERIFY(!saver.hasUnsavedChanges());
        QVERIFY(!saver.note().id.isEmpty());
        saver.saveIfDue();
        QCOMPARE(saved.count(), 1);  // nothing more is due
    }

    // The timer the app relies on does the same without a hand on the clock.
    void savesByItselfOnTheTimer()
    {
        NoteAutosaver saver(m_store.get());
        saver.setDelays(20, 50);
        QSignalSpy saved(&saver, &NoteAutosaver::saved);
        saver.edit(newNoteOn(QStringLiteral("entry:a")));
        saver.setText(QStringLiteral("Layers"));
        QVERIFY(m_store->allNotes().isEmpty());
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_store->allNotes().first().body, QStringLiteral("Layers"));
    }

    // Typing that never pauses (a key every 50 ms for 6 s, 120 keys) is saved at least once a
    // second: at any moment, every key pressed a second ago or earlier is in the database. The
    // saver used to wait for a pause, so nothing at all was written.
    void steadyTypingIsSavedEverySecond()
    {
        FakeClock clock;
        NoteAutosaver saver(m_store.get(), clock.clock());
        QSignalSpy saved(&saver, &NoteAutosaver::saved);
        saver.edit(newNoteOn(QStringLiteral("entry:a")));
        QString typed;
        QList<std::pair<qint64, qsizetype>> keys;  // when each length was reached
        for (int key = 0; key < 120; ++key) {
            typed += QLatin1Char(char('a' + key % 26));
            saver.setText(typed);
            keys.append({clock.now(), typed.size()});
            clock.advance(50);
            saver.saveIfDue();  // what the timer does at this moment
            const QString stored = m_store->allNotes().value(0).body;
            QVERIFY(typed.startsWith(stored));
            for (const auto &[at, length] : std::as_const(keys)) {
                if (at <= clock.now() - NoteAutosaver::maxWaitMs)
                    QVERIFY2(stored.size() >= length, qPrintable(QStringLiteral("at %1 ms, the text of %2 ms is not saved")
                                                                     .arg(clock.now() - keys.first().first)
                                                                     .arg(at - keys.first().first)));
            }
        }
        // About one write a second, not one per key.
        QVERIFY2(saved.count() >= 5 && saved.count() <= 7, qPrintable(QString::number(saved.count())));
    }

    void longestWaitIsASecond()
    {
        QVERIFY(NoteAutosaver::quietMs < NoteAutosaver::maxWaitMs);
        QVERIFY(NoteAutosaver::maxWaitMs <= 1000);
    }

    // When a write is due: the pause after the last change, or the longest wait after the first
    // unwritten one, whichever comes first. Times in ms after the first change.
    void scheduleDeadlines_data()
    {
        QTest::addColumn<QList<int>>("changes");
        QTest::addColumn<int>("due");
        QTest::newRow("one change") << QList<int>{0} << 300;
        QTest::newRow("a pause after a few") << QList<int>{0, 100, 250} << 550;
        QTest::newRow("steady changes") << QList<int>{0, 200, 400, 600, 800, 950} << 1000;
        QTest::newRow("a late change does not push past the longest wait") << QList<int>{0, 250, 500, 750, 990} << 1000;
        QTest::newRow("a pause just before the longest wait") << QList<int>{0, 200, 450, 650} << 950;
    }

    void scheduleDeadlines()
    {
        QFETCH(QList<int>, changes);
        QFETCH(int, due);
        FakeClock clock;
        const qint64 start = clock.now();
        SaveScheduler schedule(300, 1000, clock.clock());
        QSignalSpy fired(&schedule, &SaveScheduler::due);
        QVERIFY(!schedule.isPending());
        QCOMPARE(schedule.dueAt(), qint64(-1));
        for (int at : std::as_const(changes)) {
            clock.advance(start + at - clock.now());
            schedule.poll();
            QCOMPARE(fired.count(), 0);
            schedule.changed();
        }
        QCOMPARE(schedule.dueAt() - start, qint64(due));
        clock.advance(start + due - 1 - clock.now());
        schedule.poll();
        QCOMPARE(fired.count(), 0);
        clock.advance(1);
        schedule.poll();
        QCOMPARE(fired.count(), 1);
        QVERIFY(!schedule.isPending());
        schedule.poll();
        QCOMPARE(fired.count(), 1);
    }

    // Another DockPrep on the same data saved the note after this one read it: the text typed
    // here becomes a conflicted copy on the same topic, and the typing goes on there.
    void staleNoteIsKeptAsACopy()
    {
        Note original = newNoteOn(QStringLiteral("entry:a"));
        original.body = QStringLiteral("first version");
        QVERIFY(m_store->saveNote(original));

        Database otherDb;
        QVERIFY(otherDb.open(m_dir->filePath(QStringLiteral("notes.sqlite"))).ok());
        NoteStore other(otherDb);
        Note theirs = *other.note(original.id);
        theirs.body = QStringLiteral("changed in the other window");
        QVERIFY(other.saveNote(theirs));

        FakeClock clock;
        NoteAutosaver saver(m_store.get(), clock.clock());
        QSignalSpy kept(&saver, &NoteAutosaver::keptAsCopy);
        saver.edit(original);  // as read before the other window saved
        saver.setText(QStringLiteral("first version, and mine"));
        QVERIFY(saver.flush());
        QCOMPARE(kept.count(), 1);
        const Note copy = saver.note();
        QVERIFY(copy.id != original.id);
        QCOMPARE(copy.conflictOf, original.id);
        QCOMPARE(m_store->note(original.id)->body, QStringLiteral("changed in the other window"));
        QCOMPARE(m_store->note(copy.id)->body, QStringLiteral("first version, and mine"));
        QCOMPARE(m_store->note(copy.id)->target, QStringLiteral("entry:a"));

        // Typing on goes to the copy; the other window's text stays as it saved it.
        saver.setText(QStringLiteral("first version, and mine, and more"));
        QVERIFY(saver.flush());
        QCOMPARE(kept.count(), 1);
        QCOMPARE(m_store->note(copy.id)->body, QStringLiteral("first version, and mine, and more"));
        QCOMPARE(m_store->note(original.id)->body, QStringLiteral("changed in the other window"));
        QCOMPARE(m_store->allNotes().size(), 2);
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
        saver.setDelays(60000, 60000);  // only the switch can have saved it
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
        // Read as Markdown, not line by line: a fence is no text, underscores in a word are text.
        QTest::newRow("code block first") << "```yaml\nkey: value\n```" << "key: value";
        QTest::newRow("underscores in a word") << "the max_connections knob" << "the max_connections knob";
        QTest::newRow("link") << "see [the docs](https://docs.docker.com)" << "see the docs";
        QTest::newRow("empty") << "  \n " << "";
    }
    void headlinesDropMarkdownMarks()
    {
        QFETCH(QString, body);
        QFETCH(QString, headline);
        QCOMPARE(NoteListModel::headline(body), headline);
    }

    // "All notes" names what each note is about in words: the question's or the diagram
    // element's title, never the id the note is stored with.
    void allNotesNameTheirTopics()
    {
        const Curriculum curriculum = TestData::fixtureCurriculum();
        const DiagramCatalog catalog = DiagramCatalog::load(TestData::sourcePath(QStringLiteral("diagrams/catalog.yaml")));
        const NoteTopics topics(&curriculum, &catalog);
        QCOMPARE(topics.title(QStringLiteral("entry:first-image")), QStringLiteral("Building a first image"));
        QCOMPARE(topics.title(QStringLiteral("diagram:layers#image-layers")),
                 QStringLiteral("Diagram: Image layers and copy-on-write: Image layers"));
        QCOMPARE(topics.title(QString()), QStringLiteral("Free note"));
        QVERIFY(topics.title(QStringLiteral("entry:gone")).contains(QLatin1String("no longer in the curriculum")));

        Note onEntry{{}, QStringLiteral("entry:first-image"), QStringLiteral("layers"), {}, {}};
        Note onDiagram{{}, QStringLiteral("diagram:layers#image-layers"), QStringLiteral("read-only"), {}, {}};
        QVERIFY(m_store->saveNote(onEntry));
        QVERIFY(m_store->saveNote(onDiagram));
        NoteListModel model(m_store.get());
        model.setTopicTitle([&topics](const QString &target) -> QString { return topics.title(target); });
        model.showTarget(QStringLiteral("entry:first-image"));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("layers"));  // one topic: no need to say which
        model.showAll();
        QCOMPARE(model.indexOf(onDiagram.id).data().toString(),
                 QStringLiteral("read-only\nDiagram: Image layers and copy-on-write: Image layers"));
        QCOMPARE(model.indexOf(onEntry.id).data().toString(), QStringLiteral("layers\nBuilding a first image"));
        QCOMPARE(model.indexOf(onEntry.id).data(NoteListModel::TopicRole).toString(), QStringLiteral("Building a first image"));
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
