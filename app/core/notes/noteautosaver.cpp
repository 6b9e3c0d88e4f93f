#include "noteautosaver.h"

namespace DockPrep {

NoteAutosaver::NoteAutosaver(NoteStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &NoteAutosaver::flush);
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
    m_timer.start();  // restarts: saves once typing pauses
}

bool NoteAutosaver::flush()
{
    m_timer.stop();
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
    m_note.id = toSave.id;
    m_note.created = toSave.created;
    m_note.updated = toSave.updated;
    m_dirty = m_note.body != toSave.body;  // text typed while saving stays pending
    Q_EMIT saved(m_note);
    return true;
}

} // namespace DockPrep
