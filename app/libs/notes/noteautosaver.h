#pragma once

#include "platform/savescheduler.h"
#include "store/notestore.h"

#include <QObject>

namespace DockPrep {

// Keeps the note being edited saved without a Save button: when typing pauses (quietMs), and
// while it goes on at the latest maxWaitMs after the first unsaved keystroke, so a crash or a
// kill loses at most the last second of typing. It saves at once whenever the editor moves to
// another note, loses focus, the page changes, the panel closes or the app quits (flush()). A new
// note reaches the database with its first character, never as an empty row; the text in memory
// is the truth until the store confirms the write.
class NoteAutosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int quietMs = 700;
    static constexpr int maxWaitMs = 1000;

    explicit NoteAutosaver(NoteStore *store, QObject *parent = nullptr);
    // With a clock the test moves: saveIfDue() then writes exactly when the schedule says.
    NoteAutosaver(NoteStore *store, MonotonicClock clock, QObject *parent = nullptr);

    // Starts editing `note` (an existing one, or a new one with an empty id and its target);
    // whatever was being edited is saved first.
    void edit(const Note &note);
    const Note &note() const { return m_note; }
    bool hasUnsavedChanges() const { return m_dirty; }

    void setText(const QString &body);  // as the user types
    bool flush();                       // saves now if anything changed; false when that failed
    void saveIfDue() { m_schedule.poll(); }  // what the timer calls
    void setDelays(int quietMs, int maxWaitMs) { m_schedule.setDelays(quietMs, maxWaitMs); }
    const SaveScheduler &schedule() const { return m_schedule; }

Q_SIGNALS:
    void saved(const DockPrep::Note &note);
    void saveFailed(const QString &message);  // the text stays in memory and is retried on the next edit
    // The note had been changed elsewhere (another DockPrep on the same data) since it was read,
    // so the text typed here was kept as a new note, `copy`, and editing goes on in it.
    void keptAsCopy(const DockPrep::Note &copy);

private:
    NoteStore *m_store;
    Note m_note;
    bool m_dirty = false;
    SaveScheduler m_schedule;
};

} // namespace DockPrep
