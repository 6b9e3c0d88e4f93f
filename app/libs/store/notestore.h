#pragma once

#include "store/database.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace DockPrep {

// A note in the user's own words. The Markdown body is the truth: it is stored and exported as
// typed, never regenerated from a rendering.
struct Note {
    QString id;      // a UUID, kept across export and import
    QString target;  // as stored: NoteTarget::toString() ("entry:<id>", "diagram:<d#e>", "" for a free note)
    QString body;
    QDateTime created;  // UTC
    QDateTime updated;  // UTC
    // The stored version this text was read at, counted up by every change: a save based on an
    // older one would overwrite a change made elsewhere. 0 for text never read from the store.
    qint64 revision = 0;
    // Set on a "conflicted copy": the id of the note this text could not overwrite.
    QString conflictOf = {};
};

struct Bookmark {
    QString entryId;
    QString label;
    QDateTime created;  // UTC
};

struct Progress {
    QString entryId;
    bool studied = false;
    QDateTime studiedAt;  // UTC, invalid when not studied
    QDateTime lastSeen;   // UTC, invalid when never seen
};

// The user's notes, bookmarks and study progress. Every change is one transaction; a failure
// returns false with a plain-words message instead of throwing, and the data stays as it was.
class NoteStore : public QObject
{
    Q_OBJECT

public:
    explicit NoteStore(Database &db, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Inserts the note (giving it an id and a creation time when it has none) or updates the note
    // with that id. `updated` comes from the clock, and only moves when the text or target
    // changed. On success `note` holds what was stored.
    // A note changed elsewhere since `note.revision` (another DockPrep on the same data) is never
    // overwritten: the text is stored as a new note on the same target, a conflicted copy whose
    // conflictOf names the original, and `note` comes back as that copy (with another id).
    bool saveNote(Note &note, QString *error = nullptr);
    std::optional<Note> note(const QString &id) const;
    QList<Note> notesFor(const QString &target) const;  // oldest first
    QList<Note> allNotes() const;                        // oldest first
    bool deleteNote(const QString &id, QString *error = nullptr);

    // Turning a bookmark on again changes its label and keeps its creation time.
    bool setBookmark(const QString &entryId, bool bookmarked, const QString &label = {}, QString *error = nullptr);
    bool isBookmarked(const QString &entryId) const;
    QList<Bookmark> bookmarks() const;  // oldest first

    bool markStudied(const QString &entryId, bool studied, QString *error = nullptr);
    bool touch(const QString &entryId, QString *error = nullptr);  // records "seen now"
    QSet<QString> studiedEntries() const;
    QDateTime lastSeen(const QString &entryId) const;  // invalid when never seen

    QList<Progress> allProgress() const;  // by entry id

    // Writes records exactly as given (ids and timestamps included), all of them or none, as a
    // restore from a backup needs. Existing rows with the same keys are replaced.
    bool writeRecords(const QList<Note> &notes, const QList<Bookmark> &bookmarks, const QList<Progress> &progress,
                      QString *error = nullptr);

Q_SIGNALS:
    void noteSaved(const DockPrep::Note &note);
    void noteDeleted(const QString &id);
    void bookmarkChanged(const QString &entryId, bool bookmarked);
    void progressChanged(const QString &entryId);
    void recordsWritten();  // after writeRecords: anything may have changed

private:
    bool writable(QString *error) const;
    QString now() const;
    QList<Note> queryNotes(const QString &sql, const QVariantList &values) const;

    Database &m_db;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace DockPrep
