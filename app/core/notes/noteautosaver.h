#pragma once

#include "store/notestore.h"

#include <QObject>
#include <QTimer>

namespace DockPrep {

// Keeps the note being edited saved without a Save button: a quiet moment after typing stops
// (under a second), and at once whenever the editor moves to another note, the panel closes or
// the app quits (flush()). A new note reaches the database with its first character, never as an
// empty row; the text in memory is the truth until the store confirms the write.
class NoteAutosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultDelayMs = 700;

    explicit NoteAutosaver(NoteStore *store, QObject *parent = nullptr);

    // Starts editing `note` (an existing one, or a new one with an empty id and its target);
    // whatever was being edited is saved first.
    void edit(const Note &note);
    const Note &note() const { return m_note; }
    bool hasUnsavedChanges() const { return m_dirty; }

    void setText(const QString &body);  // as the user types
    bool flush();                       // saves now if anything changed; false when that failed
    void setDelay(int ms) { m_timer.setInterval(ms); }

Q_SIGNALS:
    void saved(const DockPrep::Note &note);
    void saveFailed(const QString &message);  // the text stays in memory and is retried on the next edit

private:
    NoteStore *m_store;
    Note m_note;
    bool m_dirty = false;
    QTimer m_timer;
};

} // namespace DockPrep
