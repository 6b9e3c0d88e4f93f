// The database and its notes, bookmarks and progress: opening, saving, conflicts between windows.
#include "support/storetesting.h"
#include "store/notetarget.h"

#include <QSignalSpy>
#include <QTest>

using namespace DockPrep;
using namespace StoreTesting;

class TestStore : public QObject, protected StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(prepare()); }

    void createsFreshDatabase()
    {
        {
            Database db;
            const auto result = db.open(path());
            QCOMPARE(result.status, Database::Status::CreatedNew);
            QVERIFY2(result.message.contains(QStringLiteral("Created")), qPrintable(result.message));
            QVERIFY(db.isOpen());
            QVERIFY(!db.isReadOnly());
            QCOMPARE(db.userVersion(), Database::schemaVersion);
        }
        RawConnection raw(path());
        for (const char *table : {"notes", "bookmarks", "progress", "meta", "notes_fts", "entries_fts", "challenge_attempts",
                                  "interview_sessions", "interview_questions", "review_schedule"})
            QVERIFY2(raw.hasObject(QLatin1String(table)), table);
        Database again;
        QCOMPARE(again.open(path()).status, Database::Status::Ok);
    }

    void pragmasAreInEffect()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        QSqlQuery query = db.query();
        const auto pragma = [&](const QString &name) {
            return db.exec(query, QStringLiteral("PRAGMA ") + name) && query.next() ? query.value(0) : QVariant();
        };
        QCOMPARE(pragma(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(QStringLiteral("synchronous")).toInt(), 1);  // NORMAL
        QCOMPARE(pragma(QStringLiteral("busy_timeout")).toInt(), 5000);
    }

    void savesUpdatesAndDeletesNotes()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        NoteStore store(db);
        store.setClock(clock());
        QSignalSpy saved(&store, &NoteStore::noteSaved);
        QSignalSpy deleted(&store, &NoteStore::noteDeleted);

        const QDateTime t0 = m_now;
        Note note{{}, NoteTarget::entry(QStringLiteral("first-image")).toString(), QStringLiteral("Layers are **cached**."), {}, {}};
        QString error;
        QVERIFY2(store.saveNote(note, &error), qPrintable(error));
        QVERIFY(!QUuid::fromString(note.id).isNull());
        QCOMPARE(note.created, t0);
        QCOMPARE(note.updated, t0);
        QCOMPARE(saved.size(), 1);

        m_now = m_now.addSecs(90);
        const QDateTime t1 = m_now;
        note.body = QStringLiteral("Layers are cached; RUN ordering matters.");
        QVERIFY(store.saveNote(note));
        QCOMPARE(note.created, t0);
        QCOMPARE(note.updated, t1);
        QCOMPARE(saved.size(), 2);

        // An autosave of unchanged text is not an edit.
        m_now = m_now.addSecs(90);
        QVERIFY(store.saveNote(note));
        QCOMPARE(note.updated, t1);
        QCOMPARE(saved.size(), 2);

        const auto stored = store.note(note.id);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->body, note.body);
        QCOMPARE(stored->target, note.target);
        QCOMPARE(stored->created, t0);
        QCOMPARE(stored->updated, t1);
        QCOMPARE(stored->created.timeSpec(), Qt::UTC);

        // Text that would break SQL built by concatenation goes through bound values untouched.
        Note tricky{{}, {}, QStringLiteral("'); DROP TABLE notes; -- \"quoted\" ü 🐳\n\tnext line"), {}, {}};
        QVERIFY(store.saveNote(tricky));
        QCOMPARE(store.note(tricky.id)->body, tricky.body);

        // An imported note keeps its id and creation time.
        const QString importedId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Note imported{importedId, QStringLiteral("diagram:engine-chain#containerd"), QStringLiteral("from export"),
                      utc(QStringLiteral("2024-01-02T03:04:05Z")), {}};
        QVERIFY(store.saveNote(imported));
        QCOMPARE(imported.id, importedId);
        QCOMPARE(imported.created, utc(QStringLiteral("2024-01-02T03:04:05Z")));

        QCOMPARE(store.notesFor(note.target).size(), 1);
        QCOMPARE(store.notesFor(QString()).size(), 1);  // the free-standing one
        const QList<Note> all = store.allNotes();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().id, importedId);  // oldest first

        QVERIFY(store.deleteNote(note.id, &error));
        QVERIFY(!store.note(note.id).has_value());
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.first().first().toString(), note.id);
        QVERIFY(!store.deleteNote(note.id, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.allNotes().size(), 2);
    }

    // Two DockPrep windows on one data folder: the one left open with older text must not
    // overwrite what the other saved. Both texts are kept; the older one as a conflicted copy.
    void staleSaveNeverOverwritesANewerVersion()
    {
        Database mine;
        QVERIFY(mine.open(path()).ok());
        Database theirs;
        QVERIFY(theirs.open(path()).ok());
        NoteStore myStore(mine);
        NoteStore theirStore(theirs);

        Note note{{}, NoteTarget::entry(QStringLiteral("first-image")).toString(), QStringLiteral("read by both"), {}, {}};
        QVERIFY(myStore.saveNote(note));
        QCOMPARE(note.revision, qint64(1));
        Note theirCopy = *theirStore.note(note.id);
        QCOMPARE(theirCopy.revision, qint64(1));
        theirCopy.body = QStringLiteral("their newer text");
        QVERIFY(theirStore.saveNote(theirCopy));
        QCOMPARE(theirCopy.revision, qint64(2));

        QSignalSpy saved(&myStore, &NoteStore::noteSaved);
        Note stale = note;
        stale.body = QStringLiteral("my older text, edited");
        QString error;
        QVERIFY2(myStore.saveNote(stale, &error), qPrintable(error));
        QVERIFY(stale.id != note.id);
        QCOMPARE(stale.conflictOf, note.id);
        QCOMPARE(stale.target, note.target);
        QCOMPARE(stale.revision, qint64(1));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().value<Note>().id, stale.id);

        QCOMPARE(myStore.note(note.id)->body, QStringLiteral("their newer text"));
        QCOMPARE(myStore.note(stale.id)->body, QStringLiteral("my older text, edited"));
        QCOMPARE(myStore.note(stale.id)->conflictOf, note.id);
        QCOMPARE(myStore.notesFor(note.target).size(), 2);
        // Both are found by search, like any note.
        QSqlQuery query = mine.query();
        QVERIFY(mine.exec(query, QStringLiteral("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'text'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }

    void saveBasedOnTheLatestVersionUpdatesInPlace()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        NoteStore store(db);
        Note note{{}, {}, QStringLiteral("one"), {}, {}};
        QVERIFY(store.saveNote(note));
        for (int edit = 2; edit <= 4; ++edit) {
            note.body = QString::number(edit);
            QVERIFY(store.saveNote(note));
            QCOMPARE(note.revision, qint64(edit));
            QVERIFY(note.conflictOf.isEmpty());
        }
        QCOMPARE(store.allNotes().size(), 1);

        // The same text from an older read is no conflict: there is nothing to keep twice.
        Note older = note;
        older.revision = 1;
        QVERIFY(store.saveNote(older));
        QCOMPARE(older.id, note.id);
        QCOMPARE(older.revision, qint64(4));
        QCOMPARE(store.allNotes().size(), 1);

        // A note deleted elsewhere while still being edited here is written again, not dropped.
        QVERIFY(store.deleteNote(note.id));
        note.body = QStringLiteral("typed after the delete");
        QVERIFY(store.saveNote(note));
        QCOMPARE(store.note(note.id)->body, QStringLiteral("typed after the delete"));
        QVERIFY(store.note(note.id)->conflictOf.isEmpty());
    }

    void failedSaveLeavesNoteAsItWas()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        NoteStore store(db);
        Note note{{}, {}, QStringLiteral("original"), {}, {}};
        QVERIFY(store.saveNote(note));
        // A temporary trigger lives on this connection only and makes every update fail.
        QVERIFY(db.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE UPDATE ON notes"
                                       " BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
        QSignalSpy saved(&store, &NoteStore::noteSaved);
        note.body = QStringLiteral("changed");
        QString error;
        QVERIFY(!store.saveNote(note, &error));
        QVERIFY2(error.contains(QStringLiteral("disk says no")), qPrintable(error));
        QCOMPARE(saved.size(), 0);
        QCOMPARE(store.note(note.id)->body, QStringLiteral("original"));
        // The failed save left no transaction open: the next change goes through.
        QVERIFY(db.exec(QStringLiteral("DROP TRIGGER temp.refuse")));
        QVERIFY2(store.saveNote(note, &error), qPrintable(error));
        QCOMPARE(store.note(note.id)->body, QStringLiteral("changed"));
    }

    void refusesWritesWhenClosed()
    {
        Database db;
        NoteStore store(db);
        Note note{{}, {}, QStringLiteral("x"), {}, {}};
        QString error;
        QVERIFY(!store.saveNote(note, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(store.allNotes().isEmpty());
    }

    void bookmarks()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        NoteStore store(db);
        store.setClock(clock());
        QSignalSpy changed(&store, &NoteStore::bookmarkChanged);
        const QString first = QStringLiteral("first-image");
        const QString second = QStringLiteral("second-run");

        const QDateTime t0 = m_now;
        QVERIFY(store.setBookmark(first, true, QStringLiteral("revise")));
        m_now = m_now.addSecs(60);
        QVERIFY(store.setBookmark(second, true));
        QVERIFY(store.setBookmark(first, true, QStringLiteral("revise before Friday")));
        QVERIFY(store.setBookmark(first, true, QStringLiteral("revise before Friday")));  // no change
        QCOMPARE(changed.size(), 3);

        QList<Bookmark> list = store.bookmarks();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).entryId, first);
        QCOMPARE(list.at(0).label, QStringLiteral("revise before Friday"));
        QCOMPARE(list.at(0).created, t0);  // relabelling keeps the date
        QCOMPARE(list.at(1).entryId, second);
        QCOMPARE(list.at(1).label, QString());
        QVERIFY(store.isBookmarked(first));

        QVERIFY(store.setBookmark(first, false));
        QVERIFY(!store.isBookmarked(first));
        QCOMPARE(changed.size(), 4);
        QCOMPARE(changed.last().at(1).toBool(), false);
        QVERIFY(store.setBookmark(first, false));  // already off: fine, no signal
        QCOMPARE(changed.size(), 4);
        QCOMPARE(store.bookmarks().size(), 1);
        QVERIFY(!store.setBookmark(QString(), true));
    }

    void progress()
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        NoteStore store(db);
        store.setClock(clock());
        QSignalSpy changed(&store, &NoteStore::progressChanged);
        const QString entry = QStringLiteral("third-kernel");

        QVERIFY(!store.lastSeen(entry).isValid());
        QVERIFY(store.touch(entry));
        QCOMPARE(store.lastSeen(entry), m_now);
        QVERIFY(store.studiedEntries().isEmpty());  // seeing is not studying

        QVERIFY(store.markStudied(entry, true));
        QVERIFY(store.markStudied(QStringLiteral("first-image"), true));
        QCOMPARE(store.studiedEntries(), (QSet<QString>{entry, QStringLiteral("first-image")}));
        QVERIFY(store.markStudied(entry, true));  // no change
        const auto signalsSoFar = changed.size();
        QCOMPARE(signalsSoFar, 3);

        m_now = m_now.addDays(2);
        QVERIFY(store.touch(entry));
        QCOMPARE(store.lastSeen(entry), m_now);
        QVERIFY(store.markStudied(entry, false));
        QCOMPARE(store.studiedEntries(), QSet<QString>{QStringLiteral("first-image")});
        QCOMPARE(store.lastSeen(entry), m_now);  // unmarking keeps the history of visits
        QCOMPARE(changed.size(), signalsSoFar + 2);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
