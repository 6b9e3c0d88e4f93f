#include "notes/noteautosaver.h"

namespace DockPrep {

NoteAutosaver::NoteAutosaver(NoteStore *store, QObject *parent)
    : NoteAutosaver(store, steadyClock(), parent)
{
}

NoteAutosaver::NoteAutosaver(NoteStore *store, MonotonicClock clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_schedule(quietMs, maxWaitMs, std::move(clock))
{
    connect(&m_schedule, &SaveScheduler::due, this, &NoteAutosaver::flush);
}

void NoteAutosaver::edit(const Note &note)
{
    flush();
    m_note = note;
    m_dirty = false;
}

void NoteAutosaver::setText(const QString &body)
{
    if (body == m_note.body)
        return;
    m_note.body = body;
    m_dirty = true;
    m_schedule.changed();
}

bool NoteAutosaver::flush()
{
    m_schedule.clear();
    if (!m_dirty)
        return true;
    // A note never written that the user emptied again is simply not created.
    if (m_note.id.isEmpty() && m_note.body.trimmed().isEmpty()) {
        m_dirty = false;
        return true;
    }
    QString error;
    Note toSave = m_note;
    if (!m_store->saveNote(toSave, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    const bool keptAside = !m_note.id.isEmpty() && toSave.id != m_note.id;
    m_note.id = toSave.id;
    m_note.created = toSave.created;
    m_note.updated = toSave.updated;
    m_note.revision = toSave.revision;
    m_note.conflictOf = toSave.conflictOf;
    m_dirty = m_note.body != toSave.body;  // text typed while saving stays pending
    Q_EMIT saved(m_note);
    if (keptAside)
        Q_EMIT keptAsCopy(m_note);
    return true;
}

} // namespace DockPrep
