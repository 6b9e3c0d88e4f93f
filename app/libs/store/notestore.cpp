#include "store/notestore.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace DockPrep {

namespace {

// ISO 8601 in UTC with milliseconds: sorts as text, reads back exactly, and is what an export
// shows without conversion.
QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

// A null QString binds as SQL NULL; the text columns hold "" for "nothing".
QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1StringView("")) : value;
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

NoteStore::NoteStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

bool NoteStore::writable(QString *error) const
{
    if (!m_db.isOpen())
        return failWith(error, QStringLiteral("The database is not open."));
    if (m_db.isReadOnly()) {
        return failWith(error, QStringLiteral("The database was written by a newer DockPrep and is open read-only; "
                                              "changes cannot be saved."));
    }
    return true;
}

QString NoteStore::now() const
{
    return isoUtc(m_clock());
}

bool NoteStore::saveNote(Note &note, QString *error)
{
    if (!writable(error))
        return false;
    Note stored = note;
    const QString time = now();
    const auto newId = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failWith(error, QStringLiteral("Could not save the note: %1").arg(transaction.error()));
    QString sqlError;
    // Read inside the write transaction (BEGIN IMMEDIATE), so no other writer can slip in
    // between this look and the write below.
    bool exists = false;
    bool sameText = false;
    bool changedElsewhere = false;
    if (!stored.id.isEmpty()) {
        QSqlQuery current = m_db.query();
        if (!m_db.exec(current, QStringLiteral("SELECT target, body, revision FROM notes WHERE id = ?"), {stored.id}, &sqlError))
            return failWith(error, QStringLiteral("Could not save the note: %1").arg(sqlError));
        if (current.next()) {
            exists = true;
            sameText = current.value(0).toString() == stored.target && current.value(1).toString() == stored.body;
            changedElsewhere = current.value(2).toLongLong() != stored.revision;
        }
    }

    bool changed = true;
    bool ok = true;
    if (exists && sameText) {
        changed = false;  // an autosave of the same text: `updated` and the signal stay still
    } else if (exists && !changedElsewhere) {
        ok = m_db.exec(QStringLiteral("UPDATE notes SET target = ?, body = ?, updated = ?, revision = revision + 1 WHERE id = ?"),
                       {text(stored.target), text(stored.body), time, stored.id}, &sqlError);
    } else {
        // A new note; or one deleted elsewhere since it was read, whose text is written again
        // rather than dropped; or one changed elsewhere, which keeps that change while this
        // text becomes a conflicted copy beside it.
        if (exists) {
            stored.conflictOf = stored.id;
            stored.id.clear();
            stored.created = {};
        }
        if (stored.id.isEmpty())
            stored.id = newId();
        const QString created = stored.created.isValid() ? isoUtc(stored.created) : time;
        ok = m_db.exec(QStringLiteral("INSERT INTO notes (id, target, body, created, updated, revision, conflict_of)"
                                      " VALUES (?, ?, ?, ?, ?, 1, ?)"),
                       {stored.id, text(stored.target), text(stored.body), created, time, text(stored.conflictOf)}, &sqlError);
    }
    if (!ok)
        return failWith(error, QStringLiteral("Could not save the note: %1").arg(sqlError));
    QSqlQuery readBack = m_db.query();
    if (!m_db.exec(readBack, QStringLiteral("SELECT created, updated, revision, conflict_of FROM notes WHERE id = ?"), {stored.id},
                   &sqlError)
        || !readBack.next()) {
        return failWith(error, QStringLiteral("Could not save the note: %1").arg(sqlError));
    }
    stored.created = fromIso(readBack.value(0));
    stored.updated = fromIso(readBack.value(1));
    stored.revision = readBack.value(2).toLongLong();
    stored.conflictOf = readBack.value(3).toString();
    readBack.finish();
    if (!transaction.commit())
        return failWith(error, QStringLiteral("Could not save the note: %1").arg(transaction.error()));

    note = stored;
    if (changed)
        Q_EMIT noteSaved(note);
    return true;
}

QList<Note> NoteStore::queryNotes(const QString &sql, const QVariantList &values) const
{
    QList<Note> notes;
    QSqlQuery query = m_db.query();
    QString error;
    if (!m_db.exec(query, sql, values, &error)) {
        qWarning("Could not read notes: %s", qPrintable(error));
        return notes;
    }
    while (query.next()) {
        notes.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      fromIso(query.value(3)), fromIso(query.value(4)), query.value(5).toLongLong(), query.value(6).toString()});
    }
    return notes;
}

std::optional<Note> NoteStore::note(const QString &id) const
{
    const QList<Note> found = queryNotes(QStringLiteral("SELECT id, target, body, created, updated, revision, conflict_of FROM notes WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Note> NoteStore::notesFor(const QString &target) const
{
    return queryNotes(QStringLiteral("SELECT id, target, body, created, updated, revision, conflict_of FROM notes WHERE target = ?"
                                     " ORDER BY created, num"),
                      {text(target)});
}

QList<Note> NoteStore::allNotes() const
{
    return queryNotes(QStringLiteral("SELECT id, target, body, created, updated, revision, conflict_of FROM notes ORDER BY created, num"), {});
}

bool NoteStore::deleteNote(const QString &id, QString *error)
{
    if (!writable(error))
        return false;
    QSqlQuery query = m_db.query();
    QString sqlError;
    if (!m_db.exec(query, QStringLiteral("DELETE FROM notes WHERE id = ?"), {id}, &sqlError))
        return failWith(error, QStringLiteral("Could not delete the note: %1").arg(sqlError));
    if (query.numRowsAffected() == 0)
        return failWith(error, QStringLiteral("There is no note with the id %1.").arg(id));
    Q_EMIT noteDeleted(id);
    return true;
}

bool NoteStore::setBookmark(const QString &entryId, bool bookmarked, const QString &label, QString *error)
{
    if (!writable(error))
        return false;
    if (entryId.isEmpty())
        return failWith(error, QStringLiteral("No question was given to bookmark."));
    QSqlQuery query = m_db.query();
    QString sqlError;
    const bool ok = bookmarked
        ? m_db.exec(query,
                    QStringLiteral("INSERT INTO bookmarks (entry_id, label, created) VALUES (?, ?, ?)"
                                   " ON CONFLICT (entry_id) DO UPDATE SET label = excluded.label"
                                   " WHERE bookmarks.label IS NOT excluded.label"),
                    {entryId, text(label), now()}, &sqlError)
        : m_db.exec(query, QStringLiteral("DELETE FROM bookmarks WHERE entry_id = ?"), {entryId}, &sqlError);
    if (!ok)
        return failWith(error, QStringLiteral("Could not change the bookmark: %1").arg(sqlError));
    if (query.numRowsAffected() > 0)
        Q_EMIT bookmarkChanged(entryId, bookmarked);
    return true;
}

bool NoteStore::isBookmarked(const QString &entryId) const
{
    QSqlQuery query = m_db.query();
    return m_db.exec(query, QStringLiteral("SELECT 1 FROM bookmarks WHERE entry_id = ?"), {entryId}) && query.next();
}

QList<Bookmark> NoteStore::bookmarks() const
{
    QList<Bookmark> result;
    QSqlQuery query = m_db.query();
    QString error;
    if (!m_db.exec(query, QStringLiteral("SELECT entry_id, label, created FROM bookmarks ORDER BY created, entry_id"), {}, &error)) {
        qWarning("Could not read bookmarks: %s", qPrintable(error));
        return result;
    }
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), fromIso(query.value(2))});
    return result;
}

bool NoteStore::markStudied(const QString &entryId, bool studied, QString *error)
{
    if (!writable(error))
        return false;
    if (entryId.isEmpty())
        return failWith(error, QStringLiteral("No question was given to mark."));
    QSqlQuery query = m_db.query();
    QString sqlError;
    const QVariant studiedAt = studied ? QVariant(now()) : QVariant(QMetaType::fromType<QString>());
    if (!m_db.exec(query,
                   QStringLiteral("INSERT INTO progress (entry_id, studied, studied_at) VALUES (?, ?, ?)"
                                  " ON CONFLICT (entry_id) DO UPDATE SET"
                                  " studied = excluded.studied, studied_at = excluded.studied_at"
                                  " WHERE progress.studied IS NOT excluded.studied"),
                   {entryId, studied ? 1 : 0, studiedAt}, &sqlError)) {
        return failWith(error, QStringLiteral("Could not record the progress: %1").arg(sqlError));
    }
    if (query.numRowsAffected() > 0)
        Q_EMIT progressChanged(entryId);
    return true;
}

bool NoteStore::touch(const QString &entryId, QString *error)
{
    if (!writable(error))
        return false;
    if (entryId.isEmpty())
        return failWith(error, QStringLiteral("No question was given."));
    QString sqlError;
    if (!m_db.exec(QStringLiteral("INSERT INTO progress (entry_id, last_seen) VALUES (?, ?)"
                                  " ON CONFLICT (entry_id) DO UPDATE SET last_seen = excluded.last_seen"),
                   {entryId, now()}, &sqlError)) {
        return failWith(error, QStringLiteral("Could not record the visit: %1").arg(sqlError));
    }
    Q_EMIT progressChanged(entryId);
    return true;
}

QSet<QString> NoteStore::studiedEntries() const
{
    QSet<QString> ids;
    QSqlQuery query = m_db.query();
    QString error;
    if (!m_db.exec(query, QStringLiteral("SELECT entry_id FROM progress WHERE studied = 1"), {}, &error)) {
        qWarning("Could not read progress: %s", qPrintable(error));
        return ids;
    }
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

QDateTime NoteStore::lastSeen(const QString &entryId) const
{
    QSqlQuery query = m_db.query();
    if (!m_db.exec(query, QStringLiteral("SELECT last_seen FROM progress WHERE entry_id = ?"), {entryId}) || !query.next())
        return {};
    return fromIso(query.value(0));
}

QList<Progress> NoteStore::allProgress() const
{
    QList<Progress> result;
    QSqlQuery query = m_db.query();
    QString error;
    if (!m_db.exec(query, QStringLiteral("SELECT entry_id, studied, studied_at, last_seen FROM progress ORDER BY entry_id"), {},
                   &error)) {
        qWarning("Could not read progress: %s", qPrintable(error));
        return result;
    }
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toInt() == 1, fromIso(query.value(2)), fromIso(query.value(3))});
    return result;
}

bool NoteStore::writeRecords(const QList<Note> &notes, const QList<Bookmark> &bookmarks, const QList<Progress> &progress,
                             QString *error)
{
    if (!writable(error))
        return false;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failWith(error, QStringLiteral("Could not write the records: %1").arg(transaction.error()));
    const auto optionalTime = [](const QDateTime &time) {
        return time.isValid() ? QVariant(isoUtc(time)) : QVariant(QMetaType::fromType<QString>());
    };
    QString sqlError;
    for (const Note &note : notes) {
        if (!m_db.exec(QStringLiteral("INSERT INTO notes (id, target, body, created, updated) VALUES (?, ?, ?, ?, ?)"
                                      " ON CONFLICT (id) DO UPDATE SET target = excluded.target, body = excluded.body,"
                                      " created = excluded.created, updated = excluded.updated,"
                                      " revision = notes.revision + 1"),
                       {note.id, text(note.target), text(note.body), isoUtc(note.created), isoUtc(note.updated)}, &sqlError))
            return failWith(error, QStringLiteral("Could not write the note %1: %2").arg(note.id, sqlError));
    }
    for (const Bookmark &bookmark : bookmarks) {
        if (!m_db.exec(QStringLiteral("INSERT INTO bookmarks (entry_id, label, created) VALUES (?, ?, ?)"
                                      " ON CONFLICT (entry_id) DO UPDATE SET label = excluded.label, created = excluded.created"),
                       {bookmark.entryId, text(bookmark.label), isoUtc(bookmark.created)}, &sqlError))
            return failWith(error, QStringLiteral("Could not write the bookmark on %1: %2").arg(bookmark.entryId, sqlError));
    }
    for (const Progress &entry : progress) {
        if (!m_db.exec(QStringLiteral("INSERT INTO progress (entry_id, studied, studied_at, last_seen) VALUES (?, ?, ?, ?)"
                                      " ON CONFLICT (entry_id) DO UPDATE SET studied = excluded.studied,"
                                      " studied_at = excluded.studied_at, last_seen = excluded.last_seen"),
                       {entry.entryId, entry.studied ? 1 : 0, optionalTime(entry.studiedAt), optionalTime(entry.lastSeen)},
                       &sqlError))
            return failWith(error, QStringLiteral("Could not write the progress of %1: %2").arg(entry.entryId, sqlError));
    }
    if (!transaction.commit())
        return failWith(error, QStringLiteral("Could not write the records: %1").arg(transaction.error()));
    Q_EMIT recordsWritten();
    return true;
}

} // namespace DockPrep
