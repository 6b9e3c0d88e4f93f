#pragma once

#include "platform/monotonicclock.h"

#include <QObject>
#include <QTimer>

namespace DockPrep {

// Decides when changes not yet written are due: once changes pause for `quietMs`, and in any case
// `maxWaitMs` after the first change still unwritten. A pause alone is not enough: steady typing
// never pauses, and a kill then lost every word typed since the last pause.
//
// It owns one timer aimed at the next deadline, which calls poll(); tests give it a clock they
// move by hand and call poll() themselves, so they are exact and never sleep.
class SaveScheduler : public QObject
{
    Q_OBJECT

public:
    SaveScheduler(int quietMs, int maxWaitMs, MonotonicClock clock, QObject *parent = nullptr);

    void setDelays(int quietMs, int maxWaitMs);
    int quietMs() const { return m_quietMs; }
    int maxWaitMs() const { return m_maxWaitMs; }

    void changed();  // something changed that is not written yet
    void clear();    // everything is written (or given up): nothing is due
    bool isPending() const { return m_firstChange >= 0; }
    // The clock time at which due() fires; -1 when nothing is pending.
    qint64 dueAt() const;
    // Emits due() (once) when the deadline has come, and otherwise aims the timer at it.
    void poll();

Q_SIGNALS:
    void due();

private:
    void aimTimer();

    MonotonicClock m_clock;
    int m_quietMs;
    int m_maxWaitMs;
    qint64 m_firstChange = -1;  // clock times; -1 when nothing is pending
    qint64 m_lastChange = -1;
    QTimer m_timer;
};

} // namespace DockPrep
