#include "platform/savescheduler.h"

#include <algorithm>

namespace DockPrep {

SaveScheduler::SaveScheduler(int quietMs, int maxWaitMs, MonotonicClock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_quietMs(quietMs)
    , m_maxWaitMs(maxWaitMs)
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire 5% late; the longest wait is a promise, so keep it to the ms.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SaveScheduler::poll);
}

void SaveScheduler::setDelays(int quietMs, int maxWaitMs)
{
    m_quietMs = quietMs;
    m_maxWaitMs = maxWaitMs;
    if (isPending())
        aimTimer();
}

void SaveScheduler::changed()
{
    const qint64 now = m_clock();
    if (m_firstChange < 0)
        m_firstChange = now;
    m_lastChange = now;
    aimTimer();
}

void SaveScheduler::clear()
{
    m_firstChange = m_lastChange = -1;
    m_timer.stop();
}

qint64 SaveScheduler::dueAt() const
{
    if (!isPending())
        return -1;
    return std::min(m_lastChange + m_quietMs, m_firstChange + m_maxWaitMs);
}

void SaveScheduler::poll()
{
    if (!isPending())
        return;
    if (m_clock() < dueAt()) {
        aimTimer();  // a change moved the quiet deadline, or the timer woke early
        return;
    }
    clear();
    Q_EMIT due();
}

void SaveScheduler::aimTimer()
{
    const qint64 wait = std::max<qint64>(0, dueAt() - m_clock());
    m_timer.start(int(std::min<qint64>(wait, m_maxWaitMs)));
}

} // namespace DockPrep
